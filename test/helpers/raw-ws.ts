// A WebSocket client at the byte level (RFC 6455): a real upgrade over a raw TCP socket, then any
// frame at all, including the malformed ones a library client refuses to send (unmasked, bad
// UTF-8, lying length headers, reserved opcodes). Used to attack `serve`.
import net from 'node:net';
import { randomBytes } from 'node:crypto';

export interface RawClient {
  socket: net.Socket;
  /** Resolves when the server closes: the close frame's code and reason (null if none came). */
  closed: Promise<{ code: number | null; reason: string }>;
  /** Text messages the server sent so far. */
  messages: string[];
  send(bytes: Buffer): void;
}

export interface UpgradeOptions {
  port: number;
  token?: string;
  host?: string;
  origin?: string;
  path?: string;
}

/** Opens a raw connection and completes the upgrade; rejects with the status line otherwise. */
export function rawUpgrade(o: UpgradeOptions): Promise<RawClient> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(o.port, '127.0.0.1');
    socket.on('error', () => undefined);
    const host = o.host ?? `127.0.0.1:${o.port}`;
    const path = o.path ?? `/ws${o.token ? `?token=${o.token}` : ''}`;
    socket.once('connect', () =>
      socket.write(
        `GET ${path} HTTP/1.1\r\nHost: ${host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
          `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\n` +
          `Origin: ${o.origin ?? `http://${host}`}\r\n\r\n`,
      ),
    );
    let buf = Buffer.alloc(0);
    const onHead = (d: Buffer) => {
      buf = Buffer.concat([buf, d]);
      const end = buf.indexOf('\r\n\r\n');
      if (end < 0) return;
      socket.off('data', onHead);
      const status = buf.subarray(0, buf.indexOf('\r\n')).toString();
      if (!/^HTTP\/1\.1 101 /.test(status)) {
        socket.destroy();
        reject(new Error(status));
        return;
      }
      resolve(frames(socket, buf.subarray(end + 4)));
    };
    socket.on('data', onHead);
    socket.once('close', () => reject(new Error('closed before the upgrade')));
  });
}

function frames(socket: net.Socket, first: Buffer): RawClient {
  const messages: string[] = [];
  let buf = first;
  let resolveClosed!: (v: { code: number | null; reason: string }) => void;
  const closed = new Promise<{ code: number | null; reason: string }>((r) => (resolveClosed = r));
  const parse = () => {
    for (;;) {
      if (buf.length < 2) return;
      const opcode = buf[0] & 0x0f;
      let len = buf[1] & 0x7f;
      let off = 2;
      if (len === 126) {
        if (buf.length < 4) return;
        len = buf.readUInt16BE(2);
        off = 4;
      } else if (len === 127) {
        if (buf.length < 10) return;
        len = Number(buf.readBigUInt64BE(2));
        off = 10;
      }
      if (buf.length < off + len) return;
      const payload = buf.subarray(off, off + len);
      buf = buf.subarray(off + len);
      if (opcode === 1) messages.push(payload.toString('utf8'));
      if (opcode === 8)
        resolveClosed({
          code: payload.length >= 2 ? payload.readUInt16BE(0) : null,
          reason: payload.subarray(2).toString('utf8'),
        });
    }
  };
  socket.on('data', (d: Buffer) => {
    buf = Buffer.concat([buf, d]);
    parse();
  });
  socket.once('close', () => resolveClosed({ code: null, reason: '' }));
  parse();
  return { socket, closed, messages, send: (b) => void (socket.writable && socket.write(b)) };
}

export interface FrameOptions {
  opcode?: number;
  fin?: boolean;
  mask?: boolean;
  rsv?: number;
  /** Announce this length instead of the payload's (a lying header). */
  announce?: bigint | number;
}

/** One frame; client frames are masked unless `mask: false`. */
export function frame(payload: Buffer | string, o: FrameOptions = {}): Buffer {
  const data = typeof payload === 'string' ? Buffer.from(payload) : payload;
  const mask = o.mask ?? true;
  const len = BigInt(o.announce ?? data.length);
  const head: number[] = [((o.fin ?? true) ? 0x80 : 0) | ((o.rsv ?? 0) << 4) | (o.opcode ?? 1)];
  let ext = Buffer.alloc(0);
  if (len < 126n) head.push(Number(len));
  else if (len < 65536n) {
    head.push(126);
    ext = Buffer.alloc(2);
    ext.writeUInt16BE(Number(len));
  } else {
    head.push(127);
    ext = Buffer.alloc(8);
    ext.writeBigUInt64BE(len);
  }
  if (mask) head[1] |= 0x80;
  const key = randomBytes(4);
  const body = Buffer.from(data);
  if (mask) for (let i = 0; i < body.length; i++) body[i] ^= key[i % 4];
  return Buffer.concat([Buffer.from(head), ext, mask ? key : Buffer.alloc(0), body]);
}
