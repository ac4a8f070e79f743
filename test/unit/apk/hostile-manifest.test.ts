// Hostile and damaged APKs (issue 12, item 3): each ends quickly with a BadInputError naming the
// file and what is wrong, never a hang or a runaway allocation. The old reader
// (adbkit-apkreader) looped forever on the zero-size chunk and decoded the repeated big string
// into a gigabyte; it is kept as the oracle that the new reader gives the same model on every
// real aapt-built APK.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import ApkReaderModule from '@devicefarmer/adbkit-apkreader';
import { readManifest, modelFromRaw } from '../../../src/main/apk/manifest';
import { AxmlError, parseAxml } from '../../../src/main/apk/axml';
import { readZipEntry } from '../../../src/main/apk/apk-zip';
import { readManifestEntry } from '../../../src/main/apk/remote-manifest';
import { BadInputError } from '../../../src/main/errors';
import { testAppApk } from '../../../src/sim/apks/build';
import {
  apkOf,
  axml,
  chunk,
  endElement,
  minimalManifest,
  MINIMAL_STRINGS,
  pool,
  rawPool,
  startElement,
  utf8String,
  zip,
} from './hostile-apks';

const dir = mkdtempSync(join(tmpdir(), 'pd-hostile-'));
function file(name: string, bytes: Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
}

/** What the user reads: the file, and why. */
async function refusal(apk: Buffer, name: string): Promise<BadInputError> {
  const err = await readManifest(file(name, apk)).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err, name).toBeInstanceOf(BadInputError);
  expect((err as BadInputError).message).toContain(name);
  expect((err as BadInputError).exitCode).toBe(2);
  return err as BadInputError;
}

// A hang guard, not a speed target: the old reader never returned on some of these.
const QUICK = { timeout: 10_000 };

describe('hostile manifests', () => {
  it('the hand-built minimal manifest is read (so each refusal below is for its own reason)', async () => {
    expect((await readManifest(file('minimal.apk', apkOf(minimalManifest())))).package).toBe('com.example.hostile');
  });

  it('a chunk whose size is 0 (the old reader looped forever)', QUICK, async () => {
    const doc = axml([
      pool(MINIMAL_STRINGS),
      Buffer.from([0, 0, 8, 0, 0, 0, 0, 0]),
      startElement(0, [{ name: 1, type: 3, data: 2 }]),
      endElement(0),
    ]);
    expect((await refusal(apkOf(doc), 'zero-size.apk')).message).toMatch(
      /chunk 0x0 is 0 bytes, smaller than its 8-byte header/,
    );
  });

  it('a chunk whose size runs beyond the file', QUICK, async () => {
    const big = chunk(0x0102, Buffer.alloc(8), Buffer.alloc(20), 0x7ffffff0);
    const doc = axml([pool(MINIMAL_STRINGS), big]);
    expect((await refusal(apkOf(doc), 'beyond.apk')).message).toMatch(
      /says it is 2147483632 bytes, but only \d+ are left/,
    );
    // The document's own size too.
    expect((await refusal(apkOf(axml([pool(MINIMAL_STRINGS)], 1 << 30)), 'doc-beyond.apk')).message).toMatch(
      /XML chunk says it is 1073741824 bytes/,
    );
  });

  it('string-pool offsets and indexes out of range', QUICK, async () => {
    const offsets = rawPool(utf8String('manifest'), [0xfffffff0]);
    expect((await refusal(apkOf(axml([offsets, startElement(0), endElement(0)])), 'offsets.apk')).message).toMatch(
      /string #0 starts at offset 4294967280, beyond its string pool/,
    );
    const index = axml([pool(MINIMAL_STRINGS), startElement(1000), endElement(1000)]);
    expect((await refusal(apkOf(index), 'index.apk')).message).toMatch(
      /string #1000 asked for, but the string pool holds 3/,
    );
    const count = Buffer.from(pool(MINIMAL_STRINGS));
    count.writeUInt32LE(0x40000000, 8); // the string count
    expect((await refusal(apkOf(axml([count, startElement(0), endElement(0)])), 'count.apk')).message).toMatch(
      /claims 1073741824 strings/,
    );
    // A UTF-16 length that claims 2^31 characters.
    const utf16 = rawPool(Buffer.from([0xff, 0xff, 0xff, 0xff, 0, 0]), [0], { utf8: false });
    expect((await refusal(apkOf(axml([utf16, startElement(0), endElement(0)])), 'utf16.apk')).message).toMatch(
      /string #0 runs past the end of its string pool/,
    );
  });

  it('a pool that points many times into one big string (the old reader reached 1 GB)', QUICK, async () => {
    // 64 KiB of 0xff: a string at any offset reads as 32767 characters of 32767 bytes, so 30 000
    // offsets one byte apart would decode to ~1 GB. Attributes use them all.
    const strings = Buffer.concat([utf8String('manifest'), utf8String('a'), Buffer.alloc(64 * 1024, 0xff)]);
    const base = utf8String('manifest').length + utf8String('a').length;
    const offsets = [0, base - utf8String('a').length, ...Array.from({ length: 30_000 }, (_, i) => base + i)];
    const elements: Buffer[] = [];
    for (let e = 0; e < 30; e++)
      elements.push(
        startElement(
          0,
          Array.from({ length: 1000 }, (_, i) => ({ name: 1, type: 3, data: 2 + e * 1000 + i })),
        ),
        endElement(0),
      );
    const doc = axml([rawPool(strings, offsets), startElement(0), ...elements, endElement(0)]);
    const before = process.memoryUsage().rss;
    expect((await refusal(apkOf(doc), 'repeated.apk')).message).toMatch(
      /the strings used add up to more than 16777216 bytes/,
    );
    // Not a speed or memory target (those are benchmarks): a guard that nothing near 1 GB was held.
    expect(process.memoryUsage().rss - before).toBeLessThan(512 * 1024 * 1024);
    // Deflated as APKs are: the same refusal.
    expect((await refusal(apkOf(doc, 8), 'repeated-deflated.apk')).message).toMatch(
      /the strings used add up to more than 16777216 bytes/,
    );
  });

  it("many string indexes at one offset (the issue's shape): decoded once, and read", QUICK, async () => {
    // 100 000 pool entries all pointing at one 30 000-byte string; the old reader decoded each.
    const head = Buffer.concat([utf8String('manifest'), utf8String('package')]);
    const data = Buffer.concat([head, utf8String('x'.repeat(30_000))]);
    const offsets = [0, utf8String('manifest').length, ...Array.from({ length: 100_000 }, () => head.length)];
    const attrs = Array.from({ length: 1000 }, (_, i) => ({ name: 1, type: 3, data: 2 + i }));
    const many = Array.from({ length: 100 }, () => [startElement(0, attrs), endElement(0)]).flat();
    const doc = axml([
      rawPool(data, offsets),
      startElement(0, [{ name: 1, type: 3, data: 2 }]),
      ...many,
      endElement(0),
    ]);
    expect((await readManifest(file('shared.apk', apkOf(doc)))).package).toHaveLength(30_000);
  });

  it('deep nesting', QUICK, async () => {
    const depth = 100_000;
    const doc = axml([
      pool(MINIMAL_STRINGS),
      ...Array.from({ length: depth }, () => startElement(0)),
      ...Array.from({ length: depth }, () => endElement(0)),
    ]);
    expect((await refusal(apkOf(doc), 'deep.apk')).message).toMatch(/elements nested more than 64 deep/);
  });

  it('too many elements, too many attributes', QUICK, async () => {
    const flat = Array.from({ length: 200_001 }, () => [startElement(0), endElement(0)]).flat();
    expect(
      (await refusal(apkOf(axml([pool(MINIMAL_STRINGS), startElement(0), ...flat, endElement(0)])), 'wide.apk'))
        .message,
    ).toMatch(/more than 200000 elements/);
    const attrs = Array.from({ length: 5000 }, () => ({ name: 1, type: 3, data: 2 }));
    expect(
      (await refusal(apkOf(axml([pool(MINIMAL_STRINGS), startElement(0, attrs), endElement(0)])), 'attrs.apk')).message,
    ).toMatch(/an element with 5000 attributes/);
  });

  it('huge strings and huge entries', QUICK, async () => {
    // A manifest bigger than any real one (zip's declared size, checked before inflating).
    const huge = axml([pool(['manifest', 'package', 'x'.repeat(0x7fff)]), Buffer.alloc(17 * 1024 * 1024)]);
    expect((await refusal(zip([{ name: 'AndroidManifest.xml', data: huge, method: 0 }]), 'huge.apk')).message).toMatch(
      /uncompressed, more than the 16777216 allowed/,
    );
    // Deflated 1000:1: a zip bomb.
    expect((await refusal(apkOf(Buffer.alloc(8 * 1024 * 1024), 8), 'bomb.apk')).message).toMatch(
      /compressed \d+:1, more than the 100:1/,
    );
    // Declaring less than it inflates to.
    expect(
      (await refusal(zip([{ name: 'AndroidManifest.xml', data: minimalManifest(), declaredSize: 16 }]), 'liar.apk'))
        .message,
    ).toMatch(/inflates to more than the 16 bytes it declares/);
    expect(
      (await refusal(zip([{ name: 'AndroidManifest.xml', data: minimalManifest(), declaredSize: 1000 }]), 'short.apk'))
        .message,
    ).toMatch(/is \d+ bytes, not the 1000 it declares/);
  });

  it('broken structure: truncated, unbalanced, a second root, no manifest, not binary XML', QUICK, async () => {
    const full = minimalManifest();
    const cut = Buffer.from(full.subarray(0, full.length - 24));
    cut.writeUInt32LE(cut.length, 4);
    expect((await refusal(apkOf(cut), 'cut.apk')).message).toMatch(/ends inside <manifest>/);
    expect((await refusal(apkOf(axml([pool(MINIMAL_STRINGS), endElement(0)])), 'unbalanced.apk')).message).toMatch(
      /an end tag with no element open/,
    );
    expect(
      (
        await refusal(
          apkOf(axml([pool(MINIMAL_STRINGS), startElement(0), endElement(0), startElement(0), endElement(0)])),
          'roots.apk',
        )
      ).message,
    ).toMatch(/a second root element/);
    expect((await refusal(zip([{ name: 'classes.dex', data: Buffer.from('dex') }]), 'nomanifest.apk')).message).toMatch(
      /no AndroidManifest\.xml in it/,
    );
    expect((await refusal(apkOf(Buffer.from('<manifest package="x"/>')), 'text.apk')).message).toMatch(
      /not binary XML/,
    );
  });

  it('as Android does: unknown chunk types are skipped, a later string pool before the root replaces the first', async () => {
    // Packers insert chunks that tools choke on; ResXMLParser::nextNode skips them.
    const junk = chunk(0x0777, Buffer.alloc(8), Buffer.from('junk'));
    const doc = axml([
      pool(['x', 'y']),
      pool(MINIMAL_STRINGS),
      junk,
      startElement(0, [{ name: 1, type: 3, data: 2 }]),
      junk,
      endElement(0),
    ]);
    expect((await readManifest(apkOf(doc), 'packed.apk')).package).toBe('com.example.hostile');
  });

  it('a parse that runs past its deadline stops with that reason', () => {
    const many = Array.from({ length: 5000 }, () => [startElement(0), endElement(0)]).flat();
    const doc = axml([pool(MINIMAL_STRINGS), startElement(0), ...many, endElement(0)]);
    expect(parseAxml(doc).childNodes).toHaveLength(5000);
    expect(() => parseAxml(doc, { timeoutMs: -1 })).toThrow(/reading took longer than -1 ms/);
  });

  it('the in-place read refuses an entry that declares more than a manifest can be, before reading it', async () => {
    const apk = zip([{ name: 'AndroidManifest.xml', data: minimalManifest(), declaredSize: 1 << 30 }]);
    let asked = 0;
    const r = {
      tail: async (n: number) => apk.subarray(Math.max(0, apk.length - n)),
      read: async (o: number, n: number) => {
        asked += n;
        return apk.subarray(o, o + n);
      },
    };
    await expect(readManifestEntry(r, apk.length - 8)).rejects.toThrow(/more than the 16777216 allowed/);
    expect(asked).toBe(0);
  });
});

type Raw = Record<string, unknown>;
interface XmlNode {
  nodeName: string;
  attributes: { name: string; typedValue: { value: unknown } }[];
  childNodes: XmlNode[];
}
type OldReader = {
  open(apk: string | Buffer): Promise<{ readManifest(): Promise<Raw>; readXml(path: string): Promise<XmlNode> }>;
};
const Old = ((ApkReaderModule as unknown as { default?: OldReader }).default ??
  ApkReaderModule) as unknown as OldReader;

/** The model as the old reader built it (the code this replaces), for comparison. */
async function oldModel(apk: string) {
  const reader = await Old.open(apk);
  const raw = await reader.readManifest();
  const app = (raw.application ?? {}) as Raw;
  const doc = await reader.readXml('AndroidManifest.xml');
  const appNode = doc.childNodes.find((n) => n.nodeName === 'application');
  app.metaData = (appNode?.childNodes ?? [])
    .filter((n) => n.nodeName === 'meta-data')
    .map((n) => Object.fromEntries(n.attributes.map((a) => [a.name, a.typedValue.value])));
  raw.application = app;
  return modelFromRaw(raw);
}

const CHANNELS = ['xiaomi', 'huawei', 'honor', 'oppo', 'vivo', 'meizu', 'fcm'] as const;
const FAULTS = [
  [],
  ['manifest-missing-service'],
  ['manifest-placeholder'],
  ['manifest-foreign-permission'],
  ['click-not-exported'],
  ['click-unresolvable'],
];

describe('real aapt-built APKs', () => {
  it('give the same model as the old reader, for every channel and manifest fault', async () => {
    for (const channel of CHANNELS)
      for (const faults of FAULTS) {
        const apk = await testAppApk(channel, faults);
        expect(await readManifest(apk), `${channel} ${faults.join(',')}`).toEqual(await oldModel(apk));
      }
  });

  it('mutated manifest bytes end as a model or a BadInputError, never anything else', QUICK, async () => {
    const manifest = await readZipEntry(await testAppApk('huawei', []), 'AndroidManifest.xml');
    const edit = fc.oneof(
      fc
        .record({ at: fc.nat(manifest.length - 1), byte: fc.integer({ min: 0, max: 255 }) })
        .map((e) => (b: Buffer) => void (b[e.at] = e.byte)),
      // A size, offset or count field set to an extreme: the values hostile files use.
      fc
        .record({
          at: fc.nat(Math.floor(manifest.length / 4) - 1),
          v: fc.constantFrom(0, 1, 4, 8, 0x7fff, 0x8000, 0xffff, 0x7fffffff, 0xffffffff),
        })
        .map((e) => (b: Buffer) => void b.writeUInt32LE(e.v >>> 0, e.at * 4)),
    );
    const accepted = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 6 }), async (edits) => {
        const bytes = Buffer.from(manifest);
        for (const e of edits) e(bytes);
        try {
          const m = await readManifest(apkOf(bytes, 8), 'mutated.apk');
          accepted.add(m.package);
        } catch (err) {
          expect(err).toBeInstanceOf(BadInputError);
          expect((err as Error).message).toContain('mutated.apk');
        }
        // The parser alone: a tree or an AxmlError.
        try {
          parseAxml(bytes);
        } catch (err) {
          expect(err).toBeInstanceOf(AxmlError);
        }
      }),
      { numRuns: 400, seed: 12 },
    );
    // Some mutations land on bytes that do not matter: those still read.
    expect(accepted.size).toBeGreaterThan(0);
  });
});

it('mutated APK bytes (the zip around the manifest) end as a model or a BadInputError', QUICK, async () => {
  const apk = readFileSync(await testAppApk('oppo', []));
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.record({ at: fc.nat(apk.length - 1), byte: fc.integer({ min: 0, max: 255 }) }), {
        minLength: 1,
        maxLength: 8,
      }),
      async (edits) => {
        const bytes = Buffer.from(apk);
        for (const e of edits) bytes[e.at] = e.byte;
        await readManifest(bytes, 'mutated.apk').catch((err: unknown) => {
          expect(err).toBeInstanceOf(BadInputError);
          expect((err as Error).message).toContain('mutated.apk');
        });
      },
    ),
    { numRuns: 300, seed: 12 },
  );
});

it('the test APK builders write what the old reader also reads (they are valid zips)', async () => {
  const raw = await (await Old.open(apkOf(minimalManifest()))).readManifest();
  expect(raw.package).toBe('com.example.hostile');
  expect(readFileSync(file('ok.apk', apkOf(minimalManifest()))).length).toBeGreaterThan(0);
});
