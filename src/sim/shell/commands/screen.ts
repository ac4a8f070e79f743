// `screencap -p`: the virtual phone's screen as a real PNG. There is no pixel to show, so the
// picture says what a real one would at a glance: the launcher, the app, or a settings screen the
// tool opened, each in its own colour band (the component is in the PNG's tEXt chunk too).
import { deflateSync } from 'node:zlib';
import type { CommandHandler } from '../run';
import type { VirtualPhone } from '../../phone/phone';

const W = 180;
const H = 320;

let table: Uint32Array | undefined;
function crc32(buf: Buffer): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (const b of buf) c = table[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A W×H RGB PNG: a status bar, a title band in `color`, and a light body. */
export function screenPng(color: [number, number, number], text: string): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < H; y++) {
    const row = Buffer.alloc(1 + W * 3);
    const rgb: [number, number, number] = y < 12 ? [32, 32, 32] : y < 60 ? color : [246, 247, 249];
    for (let x = 0; x < W; x++) row.set(rgb, 1 + x * 3);
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(W, 0);
  ihdr.writeUInt32BE(H, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('tEXt', Buffer.from(`Description\0${text}`, 'latin1')),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export function screencap(phone: VirtualPhone): CommandHandler {
  return async (ctx) => {
    if (!ctx.argv.includes('-p')) {
      await ctx.stderr.write('screencap: only -p (PNG to stdout) is supported here\n');
      return 1;
    }
    const top = phone.resumedActivity;
    const color: [number, number, number] = top.includes('launcher')
      ? [60, 64, 72]
      : top.startsWith(`${phone.app.package}/`)
        ? [9, 105, 218]
        : [130, 80, 223];
    await ctx.stdout.write(screenPng(color, top));
    return 0;
  };
}
