// The phone's screen (issue 16 item 7): PNG bytes taken as they come, mended when an old pty shell
// turned \n into \r\n, refused with a clear message otherwise; the virtual phone answers with a
// PNG that a decoder reads (its size and colour type from IHDR, its pixels inflate to W×H×3+H).
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pngFromScreencap } from '../../../src/main/device/screenshot';
import { screenPng } from '../../../src/sim/shell/commands/screen';

function chunks(png: Buffer): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (let at = 8; at < png.length;) {
    const len = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    out.set(type, Buffer.concat([out.get(type) ?? Buffer.alloc(0), png.subarray(at + 8, at + 8 + len)]));
    at += 12 + len;
  }
  return out;
}

describe('screenshots', () => {
  const png = screenPng([9, 105, 218], 'com.example.chat/.MainActivity');

  it('the virtual phone draws a well-formed PNG', () => {
    const c = chunks(png);
    const ihdr = c.get('IHDR')!;
    const [w, h] = [ihdr.readUInt32BE(0), ihdr.readUInt32BE(4)];
    expect([ihdr[8], ihdr[9]]).toEqual([8, 2]);
    expect(inflateSync(c.get('IDAT')!).length).toBe(h * (1 + w * 3));
    expect(c.get('tEXt')!.toString('latin1')).toContain('com.example.chat/.MainActivity');
  });

  it('takes a PNG as it is, mends \\r\\n from an old pty shell, and refuses anything else', () => {
    expect(pngFromScreencap(png, 's').equals(png)).toBe(true);
    const mangled = Buffer.from(png.toString('latin1').replace(/\n/g, '\r\n'), 'latin1');
    expect(pngFromScreencap(mangled, 's').equals(png)).toBe(true);
    expect(() => pngFromScreencap(Buffer.from('/system/bin/sh: screencap: not found\n'), 's')).toThrow(
      /did not answer `screencap -p` with a PNG: \/system\/bin\/sh: screencap: not found/,
    );
  });
});
