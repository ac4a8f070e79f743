// Builders of hostile APKs for the tests: binary-XML chunks written by hand (layout from AOSP's
// ResourceTypes.h, the same one aapt writes) and zips around them, with sizes that may lie.
import { crc32, deflateRawSync } from 'node:zlib';

const u16 = (n: number) => {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
};
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
};

/** A chunk: type, header size, then the rest of the header and the body; the size is computed unless given. */
export function chunk(type: number, header: Buffer, body: Buffer = Buffer.alloc(0), size?: number): Buffer {
  const pad = (4 - ((8 + header.length + body.length) % 4)) % 4;
  const total = 8 + header.length + body.length + pad;
  return Buffer.concat([u16(type), u16(8 + header.length), u32(size ?? total), header, body, Buffer.alloc(pad)]);
}

/** A UTF-8 pool string: char length, byte length, bytes, NUL. */
export function utf8String(s: string): Buffer {
  const bytes = Buffer.from(s, 'utf8');
  const len = (n: number) => (n < 0x80 ? Buffer.from([n]) : Buffer.from([0x80 | (n >> 8), n & 0xff]));
  return Buffer.concat([len([...s].length), len(bytes.length), bytes, Buffer.from([0])]);
}

/** A string pool from raw string data and offsets into it (UTF-8 unless told). */
export function rawPool(data: Buffer, offsets: number[], opts: { utf8?: boolean; stringsStart?: number } = {}): Buffer {
  const headerRest = Buffer.concat([
    u32(offsets.length),
    u32(0),
    u32(opts.utf8 === false ? 0 : 1 << 8),
    u32(opts.stringsStart ?? 28 + offsets.length * 4),
    u32(0),
  ]);
  return chunk(0x0001, headerRest, Buffer.concat([...offsets.map(u32), data]));
}

export function pool(strings: string[]): Buffer {
  const encoded = strings.map(utf8String);
  const offsets: number[] = [];
  let o = 0;
  for (const e of encoded) {
    offsets.push(o);
    o += e.length;
  }
  return rawPool(Buffer.concat(encoded), offsets);
}

export type Attr = { name: number; type: number; data: number };
const NO = 0xffffffff;

export function startElement(name: number, attrs: Attr[] = []): Buffer {
  const node = Buffer.concat([u32(1), u32(NO)]); // line, comment
  const ext = Buffer.concat([u32(NO), u32(name), u16(20), u16(20), u16(attrs.length), u16(0), u16(0), u16(0)]);
  const body = Buffer.concat([
    ext,
    ...attrs.map((a) =>
      Buffer.concat([
        u32(NO),
        u32(a.name),
        u32(a.type === 3 ? a.data : NO),
        u16(8),
        Buffer.from([0, a.type]),
        u32(a.data),
      ]),
    ),
  ]);
  return chunk(0x0102, node, body);
}

export function endElement(name: number): Buffer {
  return chunk(0x0103, Buffer.concat([u32(1), u32(NO)]), Buffer.concat([u32(NO), u32(name)]));
}

/** The document: the XML chunk header around the chunks (its size computed unless given). */
export function axml(chunks: Buffer[], size?: number): Buffer {
  const body = Buffer.concat(chunks);
  return Buffer.concat([u16(0x0003), u16(8), u32(size ?? 8 + body.length), body]);
}

/** The smallest manifest the reader accepts: <manifest package="com.example.hostile"/>. */
export const MINIMAL_STRINGS = ['manifest', 'package', 'com.example.hostile'];
export function minimalManifest(): Buffer {
  return axml([pool(MINIMAL_STRINGS), startElement(0, [{ name: 1, type: 3, data: 2 }]), endElement(0)]);
}

export interface ZipEntrySpec {
  name: string;
  data: Buffer;
  /** 8 (deflate, the default) or 0 (stored). */
  method?: 0 | 8;
  /** Lie about the uncompressed size in both headers. */
  declaredSize?: number;
}

/** A zip of the entries, as an APK's (a local header, the data, then the central directory). */
export function zip(entries: ZipEntrySpec[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const method = e.method ?? 8;
    const data = method === 8 ? deflateRawSync(e.data, { level: 9 }) : e.data;
    const name = Buffer.from(e.name);
    const size = e.declaredSize ?? e.data.length;
    const common = Buffer.concat([
      u16(20),
      u16(0),
      u16(method),
      u16(0),
      u16(0x21),
      u32(crc32(e.data)),
      u32(data.length),
      u32(size),
      u16(name.length),
      u16(0),
    ]);
    const local = Buffer.concat([u32(0x04034b50), common, name, data]);
    centrals.push(Buffer.concat([u32(0x02014b50), u16(20), common, u16(0), u16(0), u16(0), u32(0), u32(offset), name]));
    locals.push(local);
    offset += local.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.concat([
    u32(0x06054b50),
    u16(0),
    u16(0),
    u16(entries.length),
    u16(entries.length),
    u32(cd.length),
    u32(offset),
    u16(0),
  ]);
  return Buffer.concat([...locals, cd, end]);
}

/**
 * An APK of one manifest, stored (not deflated) unless told: repetitive hostile documents deflate
 * beyond the ratio cap, and the tests of the binary-XML reader must reach the reader.
 */
export const apkOf = (manifest: Buffer, method: 0 | 8 = 0): Buffer =>
  zip([{ name: 'AndroidManifest.xml', data: manifest, method }]);
