// Reading AndroidManifest.xml out of an APK by byte ranges (as on a phone, through tail/head -c),
// checked against reading the whole APK: the same manifest, a fraction of the bytes.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { testAppApk } from '../../../src/sim/apks/build';
import { readManifest } from '../../../src/main/apk/manifest';
import { readManifestEntry, type RangeReader } from '../../../src/main/apk/remote-manifest';

function reader(file: Buffer, mangle?: (b: Buffer) => Buffer): RangeReader & { reads: number } {
  const r = {
    reads: 0,
    tail: async (n: number) => {
      r.reads++;
      const b = file.subarray(Math.max(0, file.length - n));
      return mangle ? mangle(b) : b;
    },
    read: async (offset: number, length: number) => {
      r.reads++;
      const b = file.subarray(offset, offset + length);
      return mangle ? mangle(b) : b;
    },
  };
  return r;
}

/** The APK with 200 KB of padding before its zip directory's end, as a big APK has. */
function padded(apk: Buffer): Buffer {
  // A zip comment may hold anything: put 60 KB there, and shift nothing else.
  const e = apk.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const comment = Buffer.alloc(60_000, 0x41);
  const out = Buffer.concat([apk.subarray(0, e + 22), comment]);
  out.writeUInt16LE(comment.length, e + 20);
  return out;
}

describe('reading the manifest in place', () => {
  it('gives the same manifest as the whole APK, for every channel', async () => {
    for (const channel of ['xiaomi', 'huawei', 'oppo', 'vivo', 'meizu', 'honor', 'fcm'] as const) {
      const apk = readFileSync(await testAppApk(channel, []));
      const whole = await readManifest(apk);
      // A window smaller than the APK: the entry is found through the directory and repacked.
      const entry = await readManifestEntry(reader(apk), apk.length - 64);
      expect(entry.zip.equals(apk)).toBe(false);
      expect(entry.size).toBe(apk.length);
      expect(await readManifest(entry.zip), channel).toEqual(whole);
      // A file shorter than the window is read whole, in one command.
      const r = reader(apk);
      const small = await readManifestEntry(r);
      expect(r.reads).toBe(1);
      expect(small.zip.equals(apk)).toBe(true);
    }
  });

  it('reads the directory separately when it lies before the tail window, and the comment is skipped', async () => {
    const apk = padded(readFileSync(await testAppApk('xiaomi', [])));
    const e = apk.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    const cdOffset = apk.readUInt32LE(e + 16);
    // A window that starts just after the directory's first byte: the directory is read on its own.
    const r = reader(apk);
    const entry = await readManifestEntry(r, apk.length - cdOffset - 1);
    expect(await readManifest(entry.zip)).toEqual(await readManifest(apk));
    expect(r.reads).toBe(4); // tail, directory, local header, data
    // A window that holds the directory: one read fewer.
    const inWindow = reader(apk);
    await readManifestEntry(inWindow, apk.length - cdOffset);
    expect(inWindow.reads).toBe(3);
  });

  it('refuses bytes mangled by a pty, a file that is no zip, and a zip without a manifest', async () => {
    const apk = readFileSync(await testAppApk('oppo', []));
    const crlf = (b: Buffer) => Buffer.from(b.toString('latin1').replace(/\n/g, '\r\n'), 'latin1');
    await expect(readManifestEntry(reader(apk, crlf), apk.length - 64)).rejects.toThrow(
      /cannot read the manifest in place/,
    );
    const junk = Buffer.alloc(5000, 7);
    await expect(readManifestEntry(reader(junk))).rejects.toThrow(/no zip end record/);
    const renamed = Buffer.from(apk);
    let at = renamed.indexOf('AndroidManifest.xml');
    while (at >= 0) {
      renamed.write('AndroidManifest.xmm', at, 'latin1');
      at = renamed.indexOf('AndroidManifest.xml');
    }
    await expect(readManifestEntry(reader(renamed), renamed.length - 64)).rejects.toThrow(/no AndroidManifest.xml/);
  });
});
