import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { parseLine, sniffFormat } from '../../../src/main/logs/line';
import { PATTERNS, matchLine, compileUserPatterns } from '../../../src/main/logs/patterns';
import { checkTokenShape, maskToken, guessVendor } from '../../../src/main/logs/token-shape';
import { scanStream } from '../../../src/main/logs/scanner';
import { generateToken, sdkLogSource } from '../../../src/sim/phone/sdk-logs';
import { BadInputError } from '../../../src/main/errors';
import type { VendorChannel } from '../../../src/shared/types';

// Lines quoted in shared/reference/device-facts.md (§4.1, §5) with their sources there.
describe('line parsers', () => {
  it.each([
    // id 37246713436: threadtime with a long tag
    [
      'threadtime',
      '02-06 14:47:58.361  1433  1470 I ActivityManager: Process com.letv.android.supermanager (pid 3891) has died',
      { pid: 1433, tid: 1470, level: 'I', tag: 'ActivityManager' },
    ],
    // firebase/firebase-android-sdk#2917: padded short tag
    [
      'threadtime',
      '08-18 16:38:31.978 16600 16600 W GCM     : broadcast intent callback: result=CANCELLED',
      { pid: 16600, level: 'W', tag: 'GCM', message: 'broadcast intent callback: result=CANCELLED' },
    ],
    // -v year and -v uid variants
    [
      'threadtime',
      '2026-11-22 10:00:00.123 10153  4321  4322 D TUIOfflinePush-OEMPushSetting: huawei get token:abc',
      { pid: 4321, tid: 4322, level: 'D', tag: 'TUIOfflinePush-OEMPushSetting' },
    ],
    // -v epoch
    [
      'threadtime',
      '1671458080.804   212   212 I lowmemorykiller: Using psi monitors for memory pressure detection',
      { pid: 212, tag: 'lowmemorykiller' },
    ],
    // Easemob doc (Android Studio export, tag with a space)
    [
      'studio',
      '2019-09-02 10:50:35.988 5446-5475/? D/ONE SDK: [2019/09/02 10:50:35:988]: [EMPushHelper] isSupportPush: HMSPUSH - true',
      { pid: 5446, tid: 5475, level: 'D', tag: 'ONE SDK' },
    ],
    // googlesamples/google-services#255 (brief)
    [
      'brief',
      'W/GCM-DMM ( 5936): broadcast intent callback: result=CANCELLED forIntent { act=com.google.android.c2dm.intent.RECEIVE flg=0x10000000 pkg=org.kman.AquaMail (has extras) }',
      { pid: 5936, tag: 'GCM-DMM', level: 'W' },
    ],
    [
      'time',
      '09-02 10:50:35.988 D/HWHMSPush( 5446): get huawei hms push token:0869379034831543200000121400CN01',
      { pid: 5446, tag: 'HWHMSPush' },
    ],
    [
      'process',
      'I( 1433) Start proc 4321:com.example.chat/u0a155 for top-activity  (ActivityManager)',
      { pid: 1433, tag: 'ActivityManager' },
    ],
    ['tag', 'I/PushDemoLog: get token:IQAAAACy0PsqAADxfCrWG3kupbOraeAiYoo9n2B', { tag: 'PushDemoLog' }],
  ] as const)('%s: %s', (format, line, expected) => {
    expect(parseLine(line, format)).toMatchObject(expected);
  });

  it('sniffs the format of a sample and refuses text that is no log', () => {
    expect(
      sniffFormat([
        '--------- beginning of main',
        '02-06 14:47:58.361  1433  1470 I ActivityManager: x',
        '02-06 14:47:58.362  1433  1470 I ActivityManager: y',
      ]),
    ).toBe('threadtime');
    expect(sniffFormat(['W/GCM-DMM ( 5936): x', 'I/Foo( 12): y'])).toBe('brief');
    expect(sniffFormat(['<html>', '<body>hello</body>'])).toBeNull();
  });
});

describe('token, report and event patterns', () => {
  const HMS32 = '0869379034831543200000121400CN01';
  const MI64 = 'Tn0uw0uGRoadNgW6TElcKCGiEwrMCo39nWomRxQU0+K+WlqvFmaHSn45vr9fLG3k';
  const OPPO = 'CN_724a57d2233d2363fbdeff46af095155';
  const VIVO = '15665456497861102581637';
  it.each([
    ['TUIOfflinePush-OEMPushSetting', `huawei get token:${HMS32}`, 'token', 'huawei', HMS32],
    ['TUIOfflinePush-HUAWEIHmsMessageService', `onNewToken token=${HMS32}`, 'token', 'huawei', HMS32],
    [
      'TUIOfflinePush-OEMPushSetting',
      'Honor get pushToken IQAAAACy0PsqAADxfCrWG3kupbOra',
      'token',
      'honor',
      'IQAAAACy0PsqAADxfCrWG3kupbOra',
    ],
    ['TUIOfflinePush-OEMPushSetting', `vivopush open vivo push success regId = ${VIVO}`, 'token', 'vivo', VIVO],
    ['TUIOfflinePush-OEMPushSetting', 'vivopush open vivo push fail state = 101', 'register-error', 'vivo', '101'],
    ['TUIOfflinePush-OPPOPushImpl', `onRegister responseCode: 0 registerID: ${OPPO}`, 'token', 'oppo', OPPO],
    ['TUIOfflinePush-OPPOPushImpl', 'onRegister responseCode: 14 registerID: ', 'register-error', 'oppo', undefined],
    [
      'TUIOfflinePush-MEIZUPushReceiver',
      'onRegisterStatus token = V5R5b7c02a1b2c3d4e5f647744c6b635e464b527e487802',
      'token',
      'meizu',
      'V5R5b7c02a1b2c3d4e5f647744c6b635e464b527e487802',
    ],
    [
      'TUIOfflinePush-XiaomiMsgReceiver',
      `onReceiveRegisterResult is called. command={register}, resultCode={0}, reason={}, category={null}, commandArguments={[${MI64}]}`,
      'token',
      'xiaomi',
      MI64,
    ],
    ['TUIOfflinePush-XiaomiMsgReceiver', `regId: ${MI64}`, 'token', 'xiaomi', MI64],
    ['TUIOfflinePush-OEMPushSetting', 'google fcm getToken = dUHQ:APA91bxyz', 'token', 'fcm', 'dUHQ:APA91bxyz'],
    [
      'TUIOfflinePush-TUIOfflinePushManager',
      `setOfflinePushConfig businessID = 10492 pushToken = ${HMS32}`,
      'token',
      undefined,
      HMS32,
    ],
    ['TUIOfflinePush-TUIOfflinePushManager', 'setOfflinePushToken success', 'report-ok', undefined, undefined],
    [
      'TUIOfflinePush-TUIOfflinePushManager',
      'setOfflinePushToken err code = 6014 desc = not logged in',
      'report-error',
      undefined,
      '6014',
    ],
    [
      'TUIOfflinePush-TUIOfflinePushManager',
      'onTokenErrorCallBack code = -1, code des = vivo error code: 101',
      'register-error',
      'vivo',
      '-1',
    ],
    [
      'ONE SDK',
      `[2019/09/02 10:50:38:298]: [EMPushHelper] onReceiveToken: HMSPUSH - ${HMS32}`,
      'token',
      'huawei',
      HMS32,
    ],
    ['ONE SDK', `[2019/09/02 10:50:38:298]: [EMPushHelper] onReceiveToken: OPPOPUSH - ${OPPO}`, 'token', 'oppo', OPPO],
    [
      'ONE SDK',
      '[2019/09/02 10:50:38:450]: [EMPushHelper] uploadTokenInternal success.',
      'report-ok',
      undefined,
      undefined,
    ],
    ['HWHMSPush', `get huawei hms push token:${HMS32}`, 'token', 'huawei', HMS32],
    ['PushDemoLog', `received refresh token:${HMS32}`, 'token', 'huawei', HMS32],
    ['MyFirebaseMsgService', 'Refreshed token: eK0LLz43Z_U:APA91bHjy', 'token', 'fcm', 'eK0LLz43Z_U:APA91bHjy'],
    [
      'TPush',
      `[OtherPushClient] handleUpdateToken other push token is : ${OPPO} other push type: oppo`,
      'token',
      'oppo',
      OPPO,
    ],
    [
      'TPush',
      '[OtherPushClient] handleUpdateToken other push token is :  other push type: huawei',
      'register-error',
      'huawei',
      undefined,
    ],
    [
      'GCM',
      'broadcast intent callback: result=CANCELLED forIntent { act=com.google.android.c2dm.intent.RECEIVE flg=0x10000000 pkg=org.kman.AquaMail (has extras) }',
      'push-event',
      'fcm',
      'org.kman.AquaMail',
    ],
  ] as const)('%s: %s', (tag, message, kind, vendor, value) => {
    const f = matchLine(tag, message, PATTERNS);
    expect(f).not.toBeNull();
    expect(f!.kind).toBe(kind);
    if (vendor) expect(f!.vendor).toBe(vendor);
    if (value !== undefined) expect(f!.value).toBe(value);
  });

  it('ignores ordinary lines', () => {
    expect(
      matchLine('ActivityManager', 'Start proc 4321:com.example.chat/u0a155 for top-activity', PATTERNS),
    ).toBeNull();
    expect(matchLine('WindowManager', 'Relayout Window{a1 u0 com.example.chat}: token changes', PATTERNS)).toBeNull();
  });

  it('compiles user patterns, and refuses broken or runaway ones with the field named', () => {
    const [p] = compileUserPatterns([{ vendor: 'xiaomi', regex: 'my token is (\\S+)' }]);
    expect(matchLine('App', 'my token is abc123', PATTERNS, [p])?.value).toBe('abc123');
    expect(() => compileUserPatterns([{ vendor: 'xiaomi', regex: '(' }])).toThrow(/tokenPatterns\[0\]\.regex/);
    // RE2 (user-patterns.ts): nested repetition runs in linear time, so it is no longer refused.
    expect(
      matchLine('App', `${'a'.repeat(2000)}!`, PATTERNS, compileUserPatterns([{ vendor: 'xiaomi', regex: '(a+)+$' }])),
    ).toBeNull();
    expect(() => compileUserPatterns([{ vendor: 'xiaomi', regex: '(?=x)(\\S+)' }])).toThrow(BadInputError);
  });
});

describe('token shapes and masking', () => {
  it.each([
    ['huawei', '0869379034831543200000121400CN01', true],
    ['xiaomi', 'Tn0uw0uGRoadNgW6TElcKCGiEwrMCo39nWomRxQU0+K+WlqvFmaHSn45vr9fLG3k', true],
    ['oppo', 'CN_724a57d2233d2363fbdeff46af095155', true],
    ['vivo', '15665456497861102581637', true],
    ['vivo', 'CN_724a57d2233d2363fbdeff46af095155', false],
    ['fcm', 'short', false],
  ] as const)('%s %s → %s', (vendor, token, ok) => {
    expect(checkTokenShape(vendor, token).ok).toBe(ok);
  });

  it.each(['fcm', 'huawei', 'honor', 'xiaomi', 'oppo', 'vivo', 'meizu'] as VendorChannel[])(
    'the virtual phone generates a %s token of the real shape',
    (vendor) => {
      const t = generateToken(vendor, 'seed');
      expect(checkTokenShape(vendor, t)).toEqual({ ok: true });
      expect(generateToken(vendor, 'seed')).toBe(t);
    },
  );

  it('guesses the vendor of a bare token', () => {
    expect(guessVendor('CN_724a57d2233d2363fbdeff46af095155')).toBe('oppo');
    expect(guessVendor('15665456497861102581637')).toBe('vivo');
  });

  it('masks all but four characters at each end, with a fixed-width mask', () => {
    expect(maskToken('15665456497861102581637')).toBe('1566********1637');
    expect(maskToken('abc')).toBe('********');
  });
});

describe('scanner', () => {
  const line = (pid: number, tag: string, msg: string, level = 'D') =>
    `11-22 10:00:00.000 ${String(pid).padStart(5)} ${String(pid).padStart(5)} ${level} ${tag.padEnd(8)}: ${msg}\n`;

  it('finds the lines the virtual app logs for every channel and IM SDK', async () => {
    for (const channel of ['huawei', 'honor', 'xiaomi', 'oppo', 'vivo', 'meizu', 'fcm'] as VendorChannel[]) {
      for (const imSdk of ['tencent', 'easemob'] as const) {
        const token = generateToken(channel, 'x');
        const text = sdkLogSource
          .appStartLines({ channel, imSdk, token, package: 'com.example.chat', reportOk: true })
          .map((l) => line(4321, l.tag, l.message, l.level))
          .join('');
        const r = await scanStream(Readable.from([text]), { format: 'threadtime' });
        const tok = r.findings.find((f) => f.kind === 'token');
        expect(tok?.value, `${channel}/${imSdk}`).toBe(token);
        expect(tok?.vendor ?? channel).toBe(channel);
        expect(
          r.findings.some((f) => f.kind === 'report-ok'),
          `${channel}/${imSdk} report`,
        ).toBe(true);
      }
    }
  });

  it('keeps to the app when the log shows its process start', async () => {
    const text =
      line(
        1000,
        'ActivityManager',
        'Start proc 4321:com.example.chat/u0a155 for top-activity {com.example.chat/.MainActivity}',
        'I',
      ) +
      line(5555, 'OtherApp', 'huawei get token:0865551032618726300001294600CN01', 'I') +
      line(4321, 'HWHMSPush', 'get huawei hms push token:0869379034831543200000121400CN01', 'I');
    const r = await scanStream(Readable.from([text]), { package: 'com.example.chat' });
    expect(r.filteredByPid).toBe(true);
    expect(r.findings.map((f) => f.value)).toEqual(['0869379034831543200000121400CN01']);
  });

  it('cuts a giant line instead of holding it, and reads on', async () => {
    const huge = 'x'.repeat(5_000_000);
    const r = await scanStream(
      Readable.from([
        line(1, 'A', 'a'),
        `11-22 10:00:00.000     1     1 I Big     : ${huge}`,
        '\n',
        line(4321, 'HWHMSPush', 'get huawei hms push token:0869379034831543200000121400CN01', 'I'),
      ]),
      {
        format: 'threadtime',
        maxLineLength: 4096,
      },
    );
    expect(r.cutLines).toBe(1);
    expect(r.findings).toHaveLength(1);
  });

  it('refuses garbage with a message naming the accepted formats, and does not throw on binary', async () => {
    const err = await scanStream(Readable.from([Buffer.from([0, 1, 2, 0xff, 0xfe, 10, 65, 66, 10])]), {
      source: 'x.bin',
    }).catch((e) => e);
    expect(err).toBeInstanceOf(BadInputError);
    expect(err.message).toContain('x.bin');
    expect(err.hint).toContain('threadtime');
  });
});
