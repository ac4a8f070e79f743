// The world's log pastes (test/fixtures/world/logs.ts): every format read, every SDK error line
// recognised with a meaning from the vendor's table, every token found, tokens masked in the lines.
import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { scanStream } from '../../../src/main/logs/scanner';
import { codeInfo, codeMeaning } from '../../../src/main/logs/codes';
import { maskLine } from '../../../src/main/logs/mask';
import { checkTokenShape } from '../../../src/main/logs/token-shape';
import { parseAny, parseLine } from '../../../src/main/logs/line';
import { createI18n, translate } from '../../../src/shared/i18n';
import { BadInputError } from '../../../src/main/errors';
import { LOG_FIXTURES, FCM_TOKEN, MI_REGID, HMS_AL_TOKEN, MEIZU_PUSHID } from '../../fixtures/world/logs';
import { scoreFixture } from './score-logs';

const scan = (text: string) => scanStream(Readable.from([text + '\n']), { source: 'paste' });

describe('world log pastes', () => {
  it.each(LOG_FIXTURES.map((f) => [f.name, f] as const))('%s', async (_name, fx) => {
    const s = await scoreFixture(fx, scanStream as never);
    expect(s.problem).toBeUndefined();
    expect(s.read).toBe(true);
    expect(s.errorsFound).toBe(s.errorsExpected);
    expect(s.tokensFound).toBe(s.tokensExpected);
  });

  it.each(LOG_FIXTURES.filter((f) => f.errors.length).map((f) => [f.name, f] as const))(
    '%s: the error has a meaning in both languages',
    async (_n, fx) => {
      const r = await scan(fx.text);
      const err = r.findings.find((f) => f.kind === 'register-error' || f.kind === 'report-error')!;
      const { info } = codeInfo(err);
      expect(info, `no table entry for ${JSON.stringify(err.value)}`).toBeDefined();
      for (const lang of ['en', 'zh-CN'] as const) {
        const text = translate(createI18n(lang), codeMeaning(err));
        expect(text).not.toMatch(/^logs\.code\./);
        expect(text).not.toContain('{{');
        if (!info!.confirmed) expect(text).toMatch(/not confirmed|未能/);
      }
    },
  );

  it('counts the lines it could not place instead of refusing the paste', async () => {
    const r = await scan(LOG_FIXTURES.find((f) => f.name.startsWith('a crash report'))!.text);
    expect(r.format).toBe('mixed');
    expect(r.unplaced).toBe(3);
  });

  it('still refuses text that holds no logcat line and no push line', async () => {
    await expect(scan('<html>\n<body>hello</body>\n</html>')).rejects.toBeInstanceOf(BadInputError);
  });

  it('attaches a stack trace line to the header above it, inside a sniffed log too', async () => {
    const head = Array.from(
      { length: 70 },
      (_, i) => `06-01 10:00:${String(i % 60).padStart(2, '0')}.000  1000  1000 I Noise   : line ${i}`,
    );
    const text = [
      ...head,
      '06-01 10:01:00.000  4321  4340 E FirebaseMessaging: Fetching FCM registration token failed',
      '    java.io.IOException: SERVICE_NOT_AVAILABLE',
      '        at com.google.firebase.messaging.GmsRpc.handleResponse(GmsRpc.java:7)',
    ].join('\n');
    const r = await scan(text);
    expect(r.format).toBe('threadtime');
    const err = r.findings.find((f) => f.value === 'SERVICE_NOT_AVAILABLE');
    expect(err).toMatchObject({ tag: 'FirebaseMessaging', pid: 4321, vendor: 'fcm' });
  });
});

describe('token shapes seen in the wild', () => {
  it.each([
    ['huawei', HMS_AL_TOKEN],
    ['meizu', MEIZU_PUSHID],
    ['fcm', FCM_TOKEN],
    ['xiaomi', MI_REGID],
  ] as const)('%s %s has the expected shape', (vendor, token) => {
    expect(checkTokenShape(vendor, token).ok).toBe(true);
  });
});

describe('masking', () => {
  it.each([
    [`cmd: register | arg: ${MI_REGID} | result: 0 | reason: `, MI_REGID],
    [`FCM Token : ${FCM_TOKEN}`, FCM_TOKEN],
    [`onRegisterStatus token = ${MEIZU_PUSHID}`, MEIZU_PUSHID],
    [
      `[EMPushHelper] uploadTokenInternal, token=0869379034831543200000121400CN01, url=https://a4.easemob.com`,
      '0869379034831543200000121400CN01',
    ],
    [
      `onRegister responseCode: 0 registerID: CN_724a57d2233d2363fbdeff46af095155`,
      'CN_724a57d2233d2363fbdeff46af095155',
    ],
  ])('masks the token in %s', (line, token) => {
    const masked = maskLine(line);
    expect(masked).not.toContain(token);
    expect(masked).toContain(token.slice(0, 4) + '********');
  });

  it.each([
    'onTokenErrorCallBack code = -1, code des = vivo error code: 101',
    'command={register}, resultCode={70000001}, reason={}',
    'getToken failed, com.huawei.hms.common.ApiException: 907122036: no right',
    'setOfflinePushToken err code = -10005 desc = ',
  ])('leaves codes in clear: %s', (line) => {
    expect(maskLine(line)).toBe(line);
  });

  it('never leaves a token-shaped value after a token word (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('token=', 'token: ', 'regId = ', 'pushId=', 'arg: ', 'registerID: '),
        fc.stringMatching(/^[A-Za-z0-9_-]{16,80}$/),
        (lead, token) => {
          expect(maskLine(`x ${lead}${token} y`)).not.toContain(token);
        },
      ),
    );
  });
});

describe('line grammar (property)', () => {
  const arb = fc.record({
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    pid: fc.integer({ min: 1, max: 99999 }),
    tid: fc.integer({ min: 1, max: 99999 }),
    level: fc.constantFrom('V', 'D', 'I', 'W', 'E'),
    tag: fc.stringMatching(/^[A-Za-z][A-Za-z0-9_.-]{0,22}$/),
    msg: fc.stringMatching(/^[ -~]{0,60}$/),
  });
  const d = (n: number) => String(n).padStart(2, '0');

  it('reads studio lines with and without the year, threadtime, time and long headers alike', () => {
    fc.assert(
      fc.property(arb, fc.boolean(), (x, year) => {
        const ts = `${year ? '2024-' : ''}${d(x.month)}-${d(x.day)} 10:11:12.345`;
        const studio = `${ts} ${x.pid}-${x.tid}/com.example.chat ${x.level}/${x.tag}: ${x.msg}`;
        expect(parseAny(studio)?.parsed).toMatchObject({
          pid: x.pid,
          tid: x.tid,
          level: x.level,
          tag: x.tag,
          message: x.msg,
        });
        const tt = `${ts} ${String(x.pid).padStart(5)} ${String(x.tid).padStart(5)} ${x.level} ${x.tag.padEnd(8)}: ${x.msg}`;
        expect(parseAny(tt)?.parsed).toMatchObject({ pid: x.pid, tid: x.tid, tag: x.tag, message: x.msg });
        const long = `[ ${ts} ${x.pid}:${x.tid} ${x.level}/${x.tag} ]`;
        expect(parseLine(long, 'long')).toMatchObject({ pid: x.pid, tid: x.tid, level: x.level, tag: x.tag });
      }),
    );
  });
});
