// The scanner reads a file's bytes without decoding them (candidate lines are found in the chunk
// read as latin1, only those lines are decoded). It must report exactly what decoding every chunk
// reports: same findings, line numbers, counts, cut lines, whatever the chunk boundaries and
// whatever the text holds (CJK, emoji, Unicode spaces, CRLF, bad UTF-8, stack traces, long lines).
import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  byFirstCharacter,
  latin1Candidates,
  scanLogFile,
  scanStream,
  type ScanOptions,
} from '../../../src/main/logs/scanner';
import { PREFILTER } from '../../../src/main/logs/patterns';
import { generateToken, sdkLogSource } from '../../../src/sim/phone/sdk-logs';
import { noiseLine, threadtime } from '../../../src/sim/phone/noise';
import type { VendorChannel } from '../../../src/shared/types';

const header = (i: number, pid: number, tag: string, msg: string, level = 'D') =>
  `11-22 10:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}.000 ${String(pid).padStart(5)} ${String(pid).padStart(5)} ${level} ${tag}: ${msg}`;

/** A log with everything that could make bytes and text disagree, as one Buffer. */
function corpus(): Buffer {
  const parts: (string | Buffer)[] = [];
  const vendors: VendorChannel[] = ['huawei', 'honor', 'xiaomi', 'oppo', 'vivo', 'meizu', 'fcm'];
  let i = 0;
  const add = (s: string | Buffer, eol = '\n') => {
    parts.push(s, eol);
    i++;
  };
  add('--------- beginning of main');
  for (let k = 0; k < 3000; k++) {
    const n = noiseLine(k);
    add(threadtime(Date.UTC(2026, 10, 22, 10, 0, 0) + k, n));
    switch (k % 20) {
      case 0: {
        const vendor = vendors[(k / 20) % vendors.length];
        const lines = sdkLogSource.appStartLines({
          channel: vendor,
          imSdk: k % 40 ? 'tencent' : 'easemob',
          token: generateToken(vendor, `b-${k}`),
          package: 'com.example.chat',
          reportOk: k % 3 !== 0,
        });
        for (const l of lines) add(header(i, 4321, l.tag, l.message, l.level));
        break;
      }
      case 1:
        add(header(i, 4321, '推送服务', `华为 get token: 0865551032618726300001294600CN01 ✅ ${k}`));
        break;
      case 2:
        // Unicode spaces where the prefilter's \s may match them.
        add(header(i, 4321, 'App', `FCM token\u00a0: ${generateToken('fcm', `nbsp-${k}`)}`));
        add(header(i, 4321, 'App', `Token\u3000= 上海${k}abcdefghijklmnop`));
        add(header(i, 4321, 'App', `token\u2028: split line ${k}`));
        break;
      case 3:
        add(header(i, 4321, 'HmsMessaging', 'turnOnPush: already on, nothing to do'), '\r\n');
        add(header(i, 4321, 'OkHttp', `--> POST /oauth/token refresh 🚀 attempt ${k}`), '\r\n');
        break;
      case 4:
        // A stack trace: header-less lines read with the header above them.
        add(header(i, 4321, 'FirebaseMessaging', 'Failed to get token', 'E'));
        add('java.io.IOException: SERVICE_NOT_AVAILABLE');
        add('\tat com.google.firebase.messaging.FirebaseMessaging.blockingGetToken(FirebaseMessaging.java:612)');
        add('Caused by: java.io.IOException: FIS_AUTH_ERROR');
        break;
      case 5:
        // Bad UTF-8 around a token line, and a truncated sequence before the newline.
        add(
          Buffer.concat([
            Buffer.from(header(i, 4321, 'TUIOfflinePush', 'huawei get token:')),
            Buffer.from([0xff, 0xfe, 0xc3]),
            Buffer.from('IQAAAACy0PsqAAD000000000000000000000000'),
            Buffer.from([0xe2, 0x82]),
          ]),
        );
        break;
      case 6:
        add('');
        add(
          `  ${header(i, 4321, 'EMPushHelper', `[EMPushHelper] onReceiveToken: HMSPUSH - 0869379034831543200000121400CN${k}`)}`,
        );
        break;
      case 7:
        add(header(i, 1000, 'ActivityManager', 'Start proc 4321:com.example.chat/u0a155 for activity', 'I'));
        break;
      case 8:
        // Longer than the cap of the runs below: cut where it crosses a chunk boundary.
        add(header(i, 4321, 'Big', `onNewToken token=${'Ж'.repeat(1500)}${'z'.repeat(3000)} ${k}`));
        break;
    }
  }
  return Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p)));
}

/** Deterministic cut points (some inside multi-byte characters). */
function split(buf: Buffer, seed: number, size: number): Buffer[] {
  const out: Buffer[] = [];
  let s = seed;
  for (let at = 0; at < buf.length;) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const n = 1 + (s % size);
    out.push(buf.subarray(at, Math.min(buf.length, at + n)));
    at += n;
  }
  return out;
}

/** The same chunks as text, decoded the way the scanner decodes a byte stream chunk by chunk. */
function asText(chunks: Buffer[]): string[] {
  const d = new StringDecoder('utf8');
  const out = chunks.map((c) => d.write(c));
  out[out.length - 1] += d.end();
  return out;
}

/** The chunks through one buffer filled again for each, as fileChunks reads a file. */
async function* reusing(chunks: Buffer[]) {
  const buf = Buffer.alloc(Math.max(...chunks.map((c) => c.length)));
  for (const c of chunks) {
    c.copy(buf);
    yield buf.subarray(0, c.length);
    buf.fill(0x41);
  }
}

async function both(chunks: Buffer[], opts: ScanOptions) {
  const bytes = await scanStream(Readable.from(chunks), opts);
  const reused = await scanStream(reusing(chunks), opts);
  const text = await scanStream(Readable.from(asText(chunks)), opts);
  expect(reused).toEqual(bytes);
  // Bytes read differ where the text holds U+FFFD for a bad byte; everything else must not.
  return { bytes: { ...bytes, bytes: 0 }, text: { ...text, bytes: 0 } };
}

describe('scanning bytes reports what scanning decoded text reports', () => {
  const log = corpus();

  it.each([
    [1, 1 << 20],
    [2, 4096],
    [3, 700],
    [4, 97],
    [7, 300_000],
  ])('chunking %i (up to %i bytes)', async (seed, size) => {
    const chunks = split(log, seed, size);
    const { bytes, text } = await both(chunks, { maxLineLength: 4000 });
    expect(bytes.findings.length).toBeGreaterThan(20);
    expect(bytes).toEqual(text);
  });

  it('with a package filter, a known format and the default cap', async () => {
    const chunks = split(log, 5, 8192);
    const { bytes, text } = await both(chunks, { package: 'com.example.chat', format: 'threadtime' });
    expect(bytes.filteredByPid).toBe(true);
    expect(bytes).toEqual(text);
  });

  it('reads a file as the stream of its bytes reads (scanLogFile)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pd-bytes-'));
    try {
      const file = join(dir, 'log.txt');
      writeFileSync(file, log);
      const fromFile = await scanLogFile(file, { maxLineLength: 4000 });
      const fromStream = await scanStream(Readable.from(split(log, 8, 1 << 20)), { maxLineLength: 4000 });
      expect(fromFile.findings.length).toBeGreaterThan(20);
      expect(fromFile).toEqual({ ...fromStream });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops reading a file when aborted (the chunk at hand is finished, as with a stream)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pd-bytes-'));
    try {
      const file = join(dir, 'log.txt');
      writeFileSync(file, Buffer.concat([log, log, log]));
      const ac = new AbortController();
      const r = await scanLogFile(file, { signal: ac.signal, onFinding: () => ac.abort() });
      expect(r.findings.length).toBeGreaterThan(0);
      expect(r.bytes).toBe(1 << 20);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('finds the lines whose prefilter match needs a Unicode space', async () => {
    const r = await scanStream(Readable.from(split(log, 6, 65536)), {});
    expect(r.findings.some((f) => f.kind === 'token' && f.line.includes('token\u00a0:'))).toBe(true);
  });
});

describe('latin1Candidates', () => {
  it('takes the prefilter (else the fast path is never used)', () => {
    expect(latin1Candidates(PREFILTER)).not.toBeNull();
    expect(latin1Candidates(new RegExp(`${PREFILTER.source}|Start proc`))).not.toBeNull();
  });

  it('matches the bytes of every line the prefilter matches, read as latin1', () => {
    const re = latin1Candidates(PREFILTER)!;
    const spaces = [
      '\u00a0',
      '\u1680',
      '\u2000',
      '\u2009',
      '\u2028',
      '\u202f',
      '\u205f',
      '\u3000',
      '\ufeff',
      ' ',
      '\t',
    ];
    for (const sp of spaces)
      for (const line of [`token${sp}: x`, `Token${sp}${sp}= 值`, `pushToken${sp}`, `${sp}regId=1`]) {
        expect(PREFILTER.test(line), line).toBe(true);
        re.lastIndex = 0;
        expect(re.test(Buffer.from(line, 'utf8').toString('latin1')), JSON.stringify(line)).toBe(true);
      }
  });

  it.each([
    ['a.b'],
    ['a\\Sb'],
    ['a\\Wb'],
    ['a\\Db'],
    ['[^a]b'],
    ['a\\s?b'],
    ['a\\s{2}b'],
    ['a[\\s:]b'],
    ['a(?!b)'],
    ['(?<!a)b'],
    ['^ab'],
    ['ab$'],
    ['a\\u00e9'],
    ['aé'],
    ['(a)\\1'],
  ])('refuses %s (its latin1 form could miss a line)', (src) => {
    expect(latin1Candidates(new RegExp(src))).toBeNull();
  });

  it('refuses flags', () => {
    expect(latin1Candidates(/token/i)).toBeNull();
  });

  it('widens \\s, inside a class too, when repeated', () => {
    expect(latin1Candidates(/a\s*b/)!.source).toBe('a(?:[\\s\\x80-\\xff]*b)');
    expect(latin1Candidates(/a[\s:]+b/)!.source).toBe('a(?:[\\s\\x80-\\xff:]+b)');
  });
});

describe('byFirstCharacter', () => {
  it('groups alternatives by their first character, and keeps what it cannot group', () => {
    expect(byFirstCharacter('ab|ac|[Xx]y|\\[z|(q)|a*b|-x|')).toBe('a(?:b|c)|X(?:y)|x(?:y)|-(?:x)|\\[z|(q)|a*b|');
    expect(byFirstCharacter('a(?:b|c)|d[|]e|f\\|g')).toBe('a(?:(?:b|c))|d(?:[|]e)|f(?:\\|g)');
  });

  it('matches where the alternation matches', () => {
    const source = PREFILTER.source;
    const grouped = new RegExp(byFirstCharacter(source));
    const samples = [
      'token: x',
      'Token is',
      'get token',
      'getToken =',
      'getToken()',
      'pushToken',
      'PushToken',
      'onNewToken',
      'newToken',
      'regId',
      'RegId',
      'push fail',
      'pushId',
      'pushID',
      'register | x',
      'registerPush',
      'onRegister',
      'RegisterStatus{',
      'Error_Code',
      'errorCode',
      'error code',
      'Invalid app id',
      'Invalid appid',
      'Invalid package',
      'Invalid thing',
      'TOO_MANY_REGISTRATIONS',
      'turnOnPush',
      'HMS apk',
      'ApiException',
      'broadcast intent callback',
      'nothing here',
      'oauth/token refresh',
      'access token refreshed',
      'token cache hit',
      'FIS auth',
      'uploadTokenInternal',
      'setToken',
    ];
    for (const line of samples) expect(grouped.test(line), line).toBe(new RegExp(source).test(line));
  });
});

describe('repeated lines', () => {
  it('are matched by tag and message together (a remembered match never crosses tags)', async () => {
    const msg = 'onNewToken token=IQAAAACy0PsqAAD0123456789abcdef';
    const lines = [];
    for (let k = 0; k < 300; k++)
      lines.push(header(k, 4321, ['HonorPush', 'HUAWEI', 'Other'][k % 3], msg), header(k, 4321, 'Other', `x ${k}`));
    const r = await scanStream(Readable.from([Buffer.from(lines.join('\n') + '\n')]), { format: 'threadtime' });
    expect(r.findings.map((f) => [f.patternId, f.vendor, f.count, f.lineNumber])).toEqual([
      ['tim-newtoken-honor', 'honor', 100, 1],
      ['tim-newtoken-huawei', 'huawei', 100, 3],
      ['tim-newtoken', undefined, 100, 5],
    ]);
  });
});
