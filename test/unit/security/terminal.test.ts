// issue 12 item 12: what the CLI prints is stripped of terminal control sequences (OSC 52 writes
// the clipboard, OSC 8 fakes links, CSI repaints the screen) and of C0/C1 controls but \n and \t.
import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { installOutputGuard, stripControl } from '../../../src/cli/terminal';
import { registerSecret } from '../../../src/main/secrets';

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('stripControl', () => {
  it.each([
    ['OSC 52 (clipboard) with BEL', 'a\u001b]52;c;aGVsbG8=\u0007b', 'ab'],
    ['OSC 52 with ST', 'a\u001b]52;c;aGVsbG8=\u001b\\b', 'ab'],
    ['OSC 8 hyperlink', '\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007', 'click'],
    ['CSI clear screen and colour', '\u001b[2J\u001b[31mred\u001b[0m', 'red'],
    ['8-bit CSI and OSC', 'x\u009b2Jy\u009d52;c;QQ==\u009cz', 'xyz'],
    ['DCS', 'a\u001bPq#0;2;0;0;0\u001b\\b', 'ab'],
    ['bare controls', 'a\u0000b\u0007c\u0008d\re\u007ff', 'abcdef'],
    ['unterminated OSC eats to the end', 'ok\u001b]52;c;aGVsbG8=', 'ok'],
  ])('%s', (_name, input, expected) => {
    const out = stripControl(input);
    expect(out).toBe(expected);
    expect(out).not.toMatch(CONTROL);
  });

  it('keeps text, tabs, newlines and non-ASCII', () => {
    expect(stripControl('a\tb\nc 中文 ✓')).toBe('a\tb\nc 中文 ✓');
  });
});

describe('the output guard', () => {
  it('routes strings and buffers through the redactor and the stripper, and can be undone', () => {
    const chunks: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _enc, cb) {
        chunks.push(chunk.toString('utf8'));
        cb();
      },
    }) as unknown as NodeJS.WriteStream;
    registerSecret('guard-secret+/=value');
    const undo = installOutputGuard([stream]);
    stream.write('model \u001b]52;c;aGVsbG8=\u0007X secret guard-secret%2B%2F%3Dvalue\n');
    stream.write(Buffer.from('buf \u001b[2Jguard-secret+/=value\n'));
    undo();
    stream.write('\u001b[0m');
    expect(chunks[0]).toBe('model X secret ***\n');
    expect(chunks[1]).toBe('buf ***\n');
    expect(chunks[2]).toBe('\u001b[0m');
  });
});
