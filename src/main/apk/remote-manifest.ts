// Reads only AndroidManifest.xml out of an APK that stays on the phone: the zip's end record and
// central directory from the file's tail, then that one entry — a few hundred KB instead of
// pulling a 100 MB APK over USB. The entry is repacked into a one-entry zip that the APK reader
// opens like any other. Anything unexpected (zip64, a shell that mangles bytes, no `tail -c`)
// throws, and the caller falls back to pulling the whole file.
import type { Client } from '../adb/kit';
import { commandLine, shellBytes } from '../adb/shell';
import { checkEntrySizes } from './apk-zip';

export interface RangeReader {
  /** The last `length` bytes (the whole file when it is shorter). */
  tail(length: number): Promise<Buffer>;
  /** Bytes [offset, offset + length). */
  read(offset: number, length: number): Promise<Buffer>;
}

const EOCD = 0x06054b50;
const CDH = 0x02014b50;
const LFH = 0x04034b50;
const EOCD_MAX = 22 + 0xffff;
const MANIFEST = 'AndroidManifest.xml';

export interface ManifestEntry {
  /** A zip holding AndroidManifest.xml: the APK itself when it was small enough to read whole. */
  zip: Buffer;
  /** Bytes read from the phone. */
  bytesRead: number;
  /** The APK's size. */
  size: number;
}

function fail(why: string): never {
  throw new Error(`cannot read the manifest in place: ${why}`);
}

/**
 * `tailWindow`: how much of the end to read first (the end record with the longest comment fits).
 * No `stat` is needed: a tail shorter than asked is the whole file, and otherwise the file ends
 * with the end record right after the central directory (as every APK does: its signing block
 * sits before the directory), which gives the size.
 */
export async function readManifestEntry(r: RangeReader, tailWindow = EOCD_MAX): Promise<ManifestEntry> {
  let bytesRead = 0;
  const tail = await r.tail(tailWindow);
  bytesRead += tail.length;
  if (tail.length > tailWindow) fail(`the tail read gave ${tail.length} bytes for ${tailWindow}`);
  // The end record: its signature, with a comment length that reaches exactly to the end.
  let e = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD && i + 22 + tail.readUInt16LE(i + 20) === tail.length) {
      e = i;
      break;
    }
  }
  if (e < 0) fail('no zip end record');
  const cdSize = tail.readUInt32LE(e + 12);
  const cdOffset = tail.readUInt32LE(e + 16);
  if (cdSize === 0xffffffff || cdOffset === 0xffffffff) fail('zip64');
  if (tail.length < tailWindow) {
    // The whole file: the reader takes it as it is.
    if (cdOffset + cdSize !== e) fail('a central directory that does not end at the end record');
    return { zip: tail, bytesRead, size: tail.length };
  }
  const size = cdOffset + cdSize + (tail.length - e);
  if (cdSize > 64 * 1024 * 1024) fail('a central directory of more than 64 MB');
  const tailStart = size - tail.length;
  let cd: Buffer;
  if (cdOffset >= tailStart) cd = tail.subarray(cdOffset - tailStart, cdOffset - tailStart + cdSize);
  else {
    cd = await r.read(cdOffset, cdSize);
    bytesRead += cd.length;
  }
  if (cd.length !== cdSize) fail('a short central directory');

  for (let p = 0; p + 46 <= cd.length;) {
    if (cd.readUInt32LE(p) !== CDH) fail('a broken central directory');
    const nameLen = cd.readUInt16LE(p + 28);
    const extraLen = cd.readUInt16LE(p + 30);
    const commentLen = cd.readUInt16LE(p + 32);
    const name = cd.toString('utf8', p + 46, p + 46 + nameLen);
    if (name === MANIFEST) {
      const method = cd.readUInt16LE(p + 10);
      const compSize = cd.readUInt32LE(p + 20);
      const localOffset = cd.readUInt32LE(p + 42);
      if (method !== 0 && method !== 8) fail(`compression method ${method}`);
      // The sizes come from the phone's file: capped before a byte of the entry is asked for.
      try {
        checkEntrySizes(MANIFEST, compSize, cd.readUInt32LE(p + 24), method);
      } catch (err) {
        fail((err as Error).message);
      }
      // The local header's own name and extra lengths decide where the data starts.
      const head = await r.read(localOffset, 30);
      bytesRead += head.length;
      if (head.length !== 30 || head.readUInt32LE(0) !== LFH) fail('a broken local header');
      const dataStart = localOffset + 30 + head.readUInt16LE(26) + head.readUInt16LE(28);
      const data = await r.read(dataStart, compSize);
      bytesRead += data.length;
      if (data.length !== compSize) fail('a short entry');
      return { zip: repack(cd.subarray(p, p + 46 + nameLen), data), bytesRead, size };
    }
    p += 46 + nameLen + extraLen + commentLen;
  }
  fail(`no ${MANIFEST} in the APK`);
}

/** A zip of one entry, from its central directory record and its compressed data. */
function repack(cdh: Buffer, data: Buffer): Buffer {
  const nameLen = cdh.readUInt16LE(28);
  const name = cdh.subarray(46, 46 + nameLen);
  const flags = cdh.readUInt16LE(8) & ~0x8; // sizes and CRC are in the header now
  const local = Buffer.alloc(30);
  local.writeUInt32LE(LFH, 0);
  local.writeUInt16LE(cdh.readUInt16LE(6), 4);
  local.writeUInt16LE(flags, 6);
  cdh.copy(local, 8, 10, 28); // method, time, date, crc, sizes
  local.writeUInt16LE(nameLen, 26);
  local.writeUInt16LE(0, 28);
  const central = Buffer.alloc(46);
  cdh.copy(central, 0, 0, 28);
  central.writeUInt16LE(flags, 8);
  central.writeUInt16LE(nameLen, 28);
  // extra, comment, disk, attributes: 0; local header at 0.
  const cdStart = local.length + name.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(cdStart, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

/** Byte ranges of a file on the phone, through toybox's `tail -c` and `head -c`. */
export function phoneFile(
  client: Client,
  serial: string,
  path: string,
  opts: { timeoutMs?: number } = {},
): RangeReader {
  const file = commandLine([path]);
  return {
    tail: (length) => shellBytes(client, serial, `tail -c ${length} ${file}`, opts),
    read: (offset, length) => shellBytes(client, serial, `tail -c +${offset + 1} ${file} | head -c ${length}`, opts),
  };
}
