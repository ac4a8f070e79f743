// Reading and writing `.pdsnap` files: gzip'd JSON in the format of shared/snapshot.ts. A write
// goes to a temporary file first, so a crash never leaves half a snapshot under the real name.
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { BadInputError } from '../errors';
import {
  parseSnapshot,
  snapshotJson,
  SnapshotFormatError,
  SNAPSHOT_MAX_BYTES,
  type PhoneSnapshot,
} from '../../shared/snapshot';

export function encodeSnapshot(snap: PhoneSnapshot): Buffer {
  return gzipSync(Buffer.from(JSON.stringify(snap), 'utf8'), { level: 9 });
}

export function decodeSnapshot(bytes: Uint8Array): PhoneSnapshot {
  return parseSnapshot(snapshotJson(bytes, (b, max) => gunzipSync(b, { maxOutputLength: max })));
}

export function writeSnapshot(path: string, snap: PhoneSnapshot): number {
  const data = encodeSnapshot(snap);
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    const fd = openSync(tmp, 'w', 0o600);
    try {
      writeSync(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (err) {
    try {
      unlinkSync(tmp);
    } catch {
      // nothing was written
    }
    const e = err as NodeJS.ErrnoException;
    throw new BadInputError(
      `Cannot write the snapshot to ${path}: ${e.code ?? e.message}.`,
      'Pick a folder you can write to with -o.',
    );
  }
  return data.length;
}

/** Reads a snapshot file; anything that is not one gets a message naming the file and the problem. */
export function readSnapshotFile(path: string): PhoneSnapshot {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new BadInputError(`${path} is a folder, not a snapshot file.`);
    size = st.size;
  } catch (err) {
    if (err instanceof BadInputError) throw err;
    const e = err as NodeJS.ErrnoException;
    throw new BadInputError(
      e.code === 'ENOENT' ? `No snapshot at ${path}: no such file.` : `Cannot read ${path} (${e.code ?? e.message}).`,
      'Give the .pdsnap file `push-doctor capture` wrote.',
    );
  }
  if (size > SNAPSHOT_MAX_BYTES)
    throw new BadInputError(
      `${path} is ${Math.round(size / 1024 / 1024)} MiB; a snapshot is at most ${SNAPSHOT_MAX_BYTES / 1024 / 1024} MiB, so this is not one.`,
      'Give the .pdsnap file `push-doctor capture` wrote.',
    );
  try {
    return decodeSnapshot(readFileSync(path));
  } catch (err) {
    if (err instanceof SnapshotFormatError)
      throw new SnapshotFormatError(`${path}: ${err.message.replace(/^This (gzip )?file/, 'it')}`, err.hint ?? '');
    throw err;
  }
}
