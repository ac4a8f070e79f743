// The sync protocol behind `sync:` (adb pull/push, adbkit's pull and stat): requests of a 4-byte id
// and a 4-byte length, answered with STAT/DENT/DATA/DONE/FAIL records.
import type { ServiceIO } from './server';

export interface SyncFiles {
  stat(path: string): { mode: number; size: number; mtime: number } | null;
  read(path: string): Promise<Buffer | null>;
  list(path: string): { name: string; mode: number; size: number; mtime: number }[] | null;
  write(path: string, data: Buffer, mode: number): boolean;
}

const MAX_DATA = 64 * 1024;

function record(id: string, value: number, data?: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.write(id, 0, 'latin1');
  head.writeUInt32LE(value, 4);
  return data ? Buffer.concat([head, data]) : head;
}

export function serveSync(io: ServiceIO, files: SyncFiles): void {
  let buffer = Buffer.alloc(0);
  let busy = Promise.resolve();
  let sending: { path: string; mode: number; parts: Buffer[] } | null = null;

  const fail = (message: string) => io.write(record('FAIL', Buffer.byteLength(message), Buffer.from(message)));

  const handle = async (id: string, arg: Buffer, length: number): Promise<void> => {
    const path = arg.toString('utf8');
    switch (id) {
      case 'STAT': {
        const st = files.stat(path);
        const b = Buffer.alloc(16);
        b.write('STAT', 0, 'latin1');
        b.writeUInt32LE(st?.mode ?? 0, 4);
        b.writeUInt32LE(st?.size ?? 0, 8);
        b.writeUInt32LE(st?.mtime ?? 0, 12);
        await io.write(b);
        return;
      }
      case 'LIST': {
        for (const e of files.list(path) ?? []) {
          const name = Buffer.from(e.name);
          const b = Buffer.alloc(20);
          b.write('DENT', 0, 'latin1');
          b.writeUInt32LE(e.mode, 4);
          b.writeUInt32LE(e.size, 8);
          b.writeUInt32LE(e.mtime, 12);
          b.writeUInt32LE(name.length, 16);
          await io.write(Buffer.concat([b, name]));
        }
        await io.write(Buffer.concat([Buffer.from('DONE'), Buffer.alloc(16)]));
        return;
      }
      case 'RECV': {
        const data = await files.read(path);
        if (!data) {
          await fail(`remote object '${path}' does not exist`);
          return;
        }
        // Records go out back to back in as few writes as the transport allows (as adbd batches
        // them): one write per record would cost a round trip each.
        const records: Buffer[] = [];
        for (let off = 0; off < data.length; off += MAX_DATA) {
          const chunk = data.subarray(off, Math.min(off + MAX_DATA, data.length));
          records.push(record('DATA', chunk.length, chunk));
        }
        records.push(record('DONE', 0));
        await io.write(Buffer.concat(records));
        return;
      }
      case 'SEND': {
        const comma = path.lastIndexOf(',');
        sending = {
          path: comma >= 0 ? path.slice(0, comma) : path,
          mode: comma >= 0 ? Number(path.slice(comma + 1)) : 0o644,
          parts: [],
        };
        return;
      }
      case 'DATA':
        sending?.parts.push(arg);
        return;
      case 'DONE': {
        if (!sending) return;
        const ok = files.write(sending.path, Buffer.concat(sending.parts), sending.mode);
        sending = null;
        if (ok) await io.write(record('OKAY', 0));
        else await fail('Read-only file system');
        return;
      }
      case 'QUIT':
        io.close();
        return;
      default:
        void length;
        await fail(`unknown sync request ${JSON.stringify(id)}`);
        io.close();
    }
  };

  io.onData((chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    while (buffer.length >= 8) {
      const id = buffer.subarray(0, 4).toString('latin1');
      const length = buffer.readUInt32LE(4);
      // DONE carries an mtime, not a length.
      const bodyLength = id === 'DONE' ? 0 : length;
      if (bodyLength > MAX_DATA + 1024) {
        void fail('request too long');
        io.close();
        return;
      }
      if (buffer.length < 8 + bodyLength) break;
      const arg = Buffer.from(buffer.subarray(8, 8 + bodyLength));
      buffer = buffer.subarray(8 + bodyLength);
      busy = busy.then(() => handle(id, arg, length)).catch(() => io.close());
    }
  });
}
