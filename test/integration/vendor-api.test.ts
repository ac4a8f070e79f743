// Issue 20 (vendor API truth), over real HTTP: the senders against the stand-ins (which answer as the
// real services do, push-api-audit.md) and against a capture server that records the exact wire
// request, the CLI `push` for an IM provider, and the profile checks made at load.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStandins, type Standins } from '../../src/sim/standins/server';
import { simProfile, serviceAccountJson } from '../../src/sim/standins/profile';
import type { PhoneRegistry, PushEnvelope } from '../../src/sim/standins/types';
import { createSender } from '../../src/main/push/providers';
import { parseProfile } from '../../src/main/push/profile-file';
import { generateToken } from '../../src/sim/phone/sdk-logs';
import { createI18n, translate } from '../../src/shared/i18n';
import { MEIZU_REGIONS, profileWarnings, type AppProfile } from '../../src/shared/profile';
import type { ProviderName, VendorChannel } from '../../src/shared/types';
import { runCli } from '../helpers/cli';
import { vivoExpectedSign } from '../../src/sim/standins/signing';

const en = createI18n('en');
const zh = createI18n('zh-CN');
const VENDORS: VendorChannel[] = ['fcm', 'huawei', 'honor', 'xiaomi', 'oppo', 'vivo', 'meizu'];
const tokens = new Map<VendorChannel, string>(VENDORS.map((v) => [v, generateToken(v, 'vendor-api')]));
const received: PushEnvelope[] = [];
const registry: PhoneRegistry = {
  lookup: (vendor, token) =>
    tokens.get(vendor) === token
      ? {
          package: 'com.example.chat',
          deliver: (e) => {
            received.push(e);
            return { shown: true, key: `0|com.example.chat|${received.length}|null|10150`, intercepted: false };
          },
        }
      : undefined,
};

// Each vendor's own channel id, all different, so one id copied into every field shows.
const CHANNELS = {
  xiaomi: 'mi_private_im',
  oppo: 'oppo_private_im',
  huawei: 'hw_im',
  fcm: 'fcm_chat',
  vivo: 'vivo_im',
} as const;

let s: Standins;
let base: AppProfile;
let dir: string;

beforeAll(async () => {
  s = await startStandins({ phones: registry, delayMs: 5 });
  dir = mkdtempSync(join(tmpdir(), 'pd-vendor-api-'));
  const sa = join(dir, 'sa.json');
  writeFileSync(sa, serviceAccountJson(s), { mode: 0o600 });
  base = { ...simProfile(s, sa), channels: { ...CHANNELS } };
  for (const vendor of ['xiaomi', 'oppo', 'huawei', 'fcm'] as const)
    for (const imSdk of ['tencent', 'easemob'] as const)
      s.reportToken({ imSdk, user: 'alice', vendor, token: tokens.get(vendor)!, package: 'com.example.chat' });
});

afterAll(async () => {
  await s?.close();
});

const withProvider = (p: AppProfile, provider: ProviderName, patch: Record<string, unknown>): AppProfile => ({
  ...p,
  providers: { ...p.providers, [provider]: { ...(p.providers as Record<string, object>)[provider], ...patch } },
});
const req = (vendor: VendorChannel | null, extra: Record<string, unknown> = {}) => ({
  token: vendor ? tokens.get(vendor)! : '',
  package: 'com.example.chat',
  title: 'Hello',
  body: 'World',
  ext: { pd_nonce: 'n' },
  ...extra,
});
const settle = () => new Promise((r) => setTimeout(r, 40));

/** A server that records each request and answers with what `reply` says (the real shapes, from push-apis.md). */
async function captureServer(reply: (path: string) => unknown) {
  const seen: { path: string; headers: http.IncomingHttpHeaders; body: string }[] = [];
  const server = http.createServer((rq, rs) => {
    let body = '';
    rq.on('data', (c) => (body += c));
    rq.on('end', () => {
      const path = new URL(rq.url ?? '/', 'http://x').pathname;
      seen.push({ path, headers: rq.headers, body });
      rs.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(reply(path)));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, seen, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describe('Honor: the real answer {code, message, data:{sendResult, requestId, failTokens, expireTokens}}', () => {
  it('takes requestId as the message id', async () => {
    const before = received.length;
    const r = await createSender(base, 'honor').send(req('honor'));
    expect(r.ok, translate(en, r.meaning)).toBe(true);
    await settle();
    expect(r.messageId).toMatch(/^\d{13}[0-9a-f]{12}$/);
    expect(received.slice(before).map((e) => e.messageId)).toEqual([r.messageId]);
  });

  it('reports a token listed in failTokens as refused, with its meaning, although the code is 200', async () => {
    const r = await createSender(base, 'honor').send(req('honor', { token: generateToken('honor', 'another-app') }));
    expect(r).toMatchObject({ ok: false, httpStatus: 200, vendorCode: 'failTokens' });
    expect(translate(en, r.meaning)).toMatch(/refused this token/);
    expect(translate(zh, r.meaning)).toMatch(/failTokens/);
  });

  it('reports a token listed in expireTokens as refused', async () => {
    const expired = generateToken('honor', 'uninstalled');
    tokens.set('honor', expired);
    s.expireDeviceToken(expired);
    try {
      const r = await createSender(base, 'honor').send(req('honor'));
      expect(r).toMatchObject({ ok: false, vendorCode: 'expireTokens' });
      expect(translate(en, r.meaning)).toMatch(/has expired/);
    } finally {
      tokens.set('honor', generateToken('honor', 'vendor-api'));
    }
  });
});

describe('IM providers carry each vendor its own channel id from profile.channels', () => {
  // No channelId in the request, as `push --provider tencent-im` sends it: the sender reads the profile.
  it.each(['tencent-im', 'easemob'] as const)(
    '%s: every vendor the recipient has a token for gets its own channel',
    async (provider) => {
      const before = received.length;
      const r = await createSender(base, provider).send(req(null));
      expect(r.ok, translate(en, r.meaning)).toBe(true);
      await settle();
      const got = Object.fromEntries(received.slice(before).map((e) => [e.vendor, e.channelId]));
      expect(got).toEqual({ xiaomi: CHANNELS.xiaomi, oppo: CHANNELS.oppo, huawei: CHANNELS.huawei, fcm: CHANNELS.fcm });
    },
  );

  it('the same through the CLI: push --provider tencent-im --json', async () => {
    const file = join(dir, 'cli-profile.json');
    writeFileSync(file, JSON.stringify(base), { mode: 0o600 });
    const before = received.length;
    const res = await runCli(['push', '--profile', file, '--provider', 'tencent-im', '--json']);
    expect(res.code, res.stderr).toBe(0);
    expect(JSON.parse(res.stdout.trim())).toMatchObject({ provider: 'tencent-im', ok: true });
    await settle();
    const got = received.slice(before);
    expect(got.find((e) => e.vendor === 'xiaomi')?.channelId).toBe(CHANNELS.xiaomi);
    expect(got.find((e) => e.vendor === 'oppo')?.channelId).toBe(CHANNELS.oppo);
  }, 120_000);

  it('Tencent IM: OfflinePushInfo.AndroidInfo has each id and each vendor class from the profile', async () => {
    const cap = await captureServer(() => ({
      ActionStatus: 'OK',
      ErrorInfo: '',
      ErrorCode: 0,
      MsgTime: 1,
      MsgKey: 'k1',
    }));
    try {
      let p = withProvider(base, 'tencent-im', {
        baseUrl: cap.url,
        huaweiCategory: 'IM',
        honorImportance: 'NORMAL',
        oppoCategory: 'IM',
        oppoPrivateTemplateId: 'tpl-1',
        meizuNoticeMsgType: 1,
      });
      p = withProvider(p, 'vivo', { classification: 1, category: 'IM' });
      const r = await createSender(p, 'tencent-im').send(req(null, { channelId: 'must-not-be-copied' }));
      expect(r.ok).toBe(true);
      const info = JSON.parse(cap.seen[0].body).OfflinePushInfo.AndroidInfo;
      expect(info).toEqual({
        HuaWeiChannelID: CHANNELS.huawei,
        XiaoMiChannelID: CHANNELS.xiaomi,
        OPPOChannelID: CHANNELS.oppo,
        GoogleChannelID: CHANNELS.fcm,
        HuaWeiCategory: 'IM',
        HuaWeiImportance: 'NORMAL',
        HonorImportance: 'NORMAL',
        VIVOCategory: 'IM',
        VIVOClassification: 1,
        OPPOCategory: 'IM',
        OPPOPrivateMsgTemplateId: 'tpl-1',
        MeiZuNoticeMsgType: 1,
        ExtAsHuaweiIntentParam: 1,
      });
    } finally {
      await cap.close();
    }
  });

  it('Tencent IM: without its own fields it falls back to the vendor sections (vivo classification 0 → MARKETING)', async () => {
    const cap = await captureServer(() => ({
      ActionStatus: 'OK',
      ErrorInfo: '',
      ErrorCode: 0,
      MsgTime: 1,
      MsgKey: 'k1',
    }));
    try {
      let p = withProvider(base, 'tencent-im', { baseUrl: cap.url });
      p = withProvider(p, 'vivo', { classification: 0 });
      p = withProvider(p, 'honor', { importance: 'LOW' });
      p = withProvider(p, 'huawei', { category: 'MARKETING' });
      await createSender(p, 'tencent-im').send(req(null));
      const info = JSON.parse(cap.seen[0].body).OfflinePushInfo.AndroidInfo;
      expect(info).toMatchObject({
        VIVOCategory: 'MARKETING',
        VIVOClassification: 0,
        HonorImportance: 'LOW',
        HuaWeiCategory: 'MARKETING',
      });
    } finally {
      await cap.close();
    }
  });

  it('Easemob: em_android_push_ext has each id and each vendor class', async () => {
    const cap = await captureServer((path) =>
      path.endsWith('/token')
        ? { access_token: 'tok', expires_in: 86400, application: 'a' }
        : { data: { alice: 'm1' } },
    );
    try {
      const p = withProvider(base, 'easemob', {
        baseUrl: cap.url,
        huaweiCategory: 'IM',
        vivoCategory: 'IM',
        oppoCategory: 'IM',
        oppoNotifyLevel: 16,
        honorImportance: 'NORMAL',
        ttlUnit: 'ms',
      });
      const r = await createSender(p, 'easemob').send(req(null, { testMode: true }));
      expect(r.ok).toBe(true);
      expect(JSON.parse(cap.seen[0].body).ttl).toBe(86_400_000);
      expect(JSON.parse(cap.seen[1].body).ext.em_android_push_ext).toEqual({
        fcm_channel_id: CHANNELS.fcm,
        huawei_channel_id: CHANNELS.huawei,
        xiaomi_channel_id: CHANNELS.xiaomi,
        oppo_channel_id: CHANNELS.oppo,
        huawei_category: 'IM',
        huawei_target_user_type: 1,
        honor_importance: 'NORMAL',
        honor_target_user_type: 1,
        oppo_category: 'IM',
        oppo_notify_level: 16,
        vivo_category: 'IM',
      });
    } finally {
      await cap.close();
    }
  });
});

describe('Tencent IM codes, as the real server answers them', () => {
  it('a wrong secretKey: 70009, with the field to fix', async () => {
    const r = await createSender(withProvider(base, 'tencent-im', { secretKey: 'f'.repeat(64) }), 'tencent-im').send(
      req(null),
    );
    expect(r).toMatchObject({ ok: false, vendorCode: '70009', attempts: 1 });
    expect(translate(en, r.meaning)).toMatch(/secretKey is not the key of this SDKAppID/);
  });

  it('another SDKAppID: 70014', async () => {
    const r = await createSender(
      withProvider(base, 'tencent-im', { sdkAppId: s.credentials.tencent.sdkAppId + 1 }),
      'tencent-im',
    ).send(req(null));
    expect(r.vendorCode).toBe('70014');
    expect(translate(en, r.meaning)).toMatch(/sdkAppId and secretKey/);
  });

  it('an identifier that is not an app administrator: 60010', async () => {
    const r = await createSender(withProvider(base, 'tencent-im', { adminId: 'bob' }), 'tencent-im').send(req(null));
    expect(r.vendorCode).toBe('60010');
    expect(translate(en, r.meaning)).toMatch(/administrator/);
  });

  it('an undecodable UserSig: 70003 (the stand-in, asked directly)', async () => {
    const c = s.credentials.tencent;
    const q = new URLSearchParams({
      sdkappid: String(c.sdkAppId),
      identifier: c.adminId,
      usersig: 'eJyrVgrxCdYrSy1SslIy0j',
      random: '1',
      contenttype: 'json',
    });
    const res = await fetch(`${s.urls['tencent-im'].baseUrl}/v4/openim/sendmsg?${q}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(await res.json()).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: 70003 });
  });
});

describe('vivo: the category follows the classification', () => {
  it('classification 0 without a category sends an operational pair that vivo accepts', async () => {
    const r = await createSender(withProvider(base, 'vivo', { classification: 0 }), 'vivo').send(
      req('vivo', { classification: 1 }),
    );
    expect(r.ok, `${r.vendorCode} ${translate(en, r.meaning)}`).toBe(true);
  });

  it('the stand-in refuses a mismatched pair with 10097, as vivo does', async () => {
    const c = s.credentials.vivo;
    const timestamp = String(Date.now());
    const auth = await fetch(`${s.urls.vivo.baseUrl}/message/auth`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        appId: c.appId,
        appKey: c.appKey,
        timestamp,
        sign: vivoExpectedSign(c.appId, c.appKey, timestamp, c.appSecret),
      }),
    });
    const token = (await auth.json()) as { result: number; authToken: string };
    expect(token.result).toBe(0);
    const send = await fetch(`${s.urls.vivo.baseUrl}/message/send`, {
      method: 'POST',
      headers: { authToken: token.authToken, 'content-type': 'application/json' },
      body: JSON.stringify({
        appId: c.appId,
        regId: tokens.get('vivo'),
        classification: 0,
        category: 'IM',
        requestId: 'r1',
      }),
    });
    expect(await send.json()).toMatchObject({ result: 10097 });
  });

  it('a mismatched pair in the profile is refused at load, naming the field', () => {
    expect(() => parseProfile(withProvider(base, 'vivo', { classification: 0, category: 'IM' }))).toThrow(
      /providers\.vivo\.category: IM is a system category/,
    );
    expect(() => parseProfile(withProvider(base, 'vivo', { classification: 1, category: 'MARKETING' }))).toThrow(
      /providers\.vivo\.category: MARKETING is an operational category/,
    );
  });
});

describe('Xiaomi without channels.xiaomi', () => {
  it('is accepted with a warning that it lands in the default channel, and the profile warns at load', async () => {
    const p: AppProfile = { ...base, channels: { ...CHANNELS, xiaomi: undefined } };
    delete p.channels!.xiaomi;
    const r = await createSender(p, 'xiaomi').send(req('xiaomi'));
    expect(r.ok).toBe(true);
    expect(r.meaning.key).toBe('push.accepted.xiaomiNoChannel');
    expect(translate(en, r.meaning)).toMatch(/default channel/);
    expect(profileWarnings(p).map((w) => w.path)).toContain('channels.xiaomi');
    expect(profileWarnings(base).map((w) => w.path)).not.toContain('channels.xiaomi');
  });

  it('the CLI says so on stderr and in the meaning of the answer', async () => {
    const file = join(dir, 'no-xiaomi-channel.json');
    const channels: Record<string, string> = { ...CHANNELS };
    delete channels.xiaomi;
    writeFileSync(file, JSON.stringify({ ...base, channels }), { mode: 0o600 });
    const res = await runCli([
      'push',
      '--profile',
      file,
      '--provider',
      'xiaomi',
      '--token',
      tokens.get('xiaomi')!,
      '--json',
    ]);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stderr).toMatch(/channels\.xiaomi: channels\.xiaomi is not set/);
    expect(JSON.parse(res.stdout.trim())).toMatchObject({
      ok: true,
      vendorCode: '0',
      meaning: expect.stringMatching(/default channel/),
    });
  }, 120_000);
});

describe('FCM click_action must be an intent-filter action name', () => {
  const fcm = (value: string, type: 'activity' | 'url' = 'activity') =>
    parseProfile({ ...base, clickAction: { ...base.clickAction, fcm: { type, value } } });
  it.each([
    [
      'intent://chat/open#Intent;scheme=pdchat;end',
      /clickAction\.fcm\.value: FCM click_action must be the action name of an <intent-filter>.*not an intent URI/,
    ],
    ['com.example.chat/.MainActivity', /clickAction\.fcm\.value: .*not a component or class/],
    ['https://example.com/x', /clickAction\.fcm\.value: .*intent URI or URL/],
  ])('refuses %s', (value, message) => expect(() => fcm(value)).toThrow(message));
  it('refuses type url (FCM opens no URL)', () =>
    expect(() => fcm('https://example.com', 'url')).toThrow(/clickAction\.fcm\.type: FCM cannot open a URL/));
  it('accepts an action name; warns on a class-like name', () => {
    expect(profileWarnings(fcm('com.example.chat.OPEN_CHAT')).map((w) => w.key)).not.toContain(
      'push.warn.fcmClassName',
    );
    expect(profileWarnings(fcm('com.example.chat.MainActivity')).map((w) => w.key)).toContain('push.warn.fcmClassName');
  });
});

describe('the profile fields real accounts need', () => {
  it('accepts a profile with every new field', () => {
    const p = parseProfile({
      ...base,
      providers: {
        ...base.providers,
        xiaomi: { ...base.providers.xiaomi, region: 'europe' },
        huawei: { ...base.providers.huawei, clientId: '108765432', category: 'IM', importance: 'NORMAL' },
        honor: { ...base.providers.honor, importance: 'LOW' },
        oppo: {
          ...base.providers.oppo,
          region: 'overseas',
          category: 'IM',
          notifyLevel: 16,
          privateTemplateId: 't1',
          privateTitleParameters: { name: 'A' },
          privateContentParameters: { n: '1' },
        },
        vivo: { ...base.providers.vivo, classification: 1, category: 'ACCOUNT' },
        meizu: { ...base.providers.meizu, region: 'overseas', noticeMsgType: 1 },
        'tencent-im': {
          ...base.providers['tencent-im'],
          region: 'singapore',
          huaweiCategory: 'IM',
          vivoCategory: 'IM',
          oppoCategory: 'IM',
          honorImportance: 'NORMAL',
          oppoPrivateTemplateId: 't1',
          meizuNoticeMsgType: 1,
        },
        easemob: {
          ...base.providers.easemob,
          ttlUnit: 'ms',
          huaweiCategory: 'IM',
          vivoCategory: 'MARKETING',
          oppoCategory: 'IM',
          oppoNotifyLevel: 2,
          honorImportance: 'LOW',
        },
      },
    });
    expect(p.providers.oppo?.notifyLevel).toBe(16);
  });

  it.each([
    [
      'xiaomi',
      { region: 'mars' },
      /providers\.xiaomi\.region: must be one of china, global, europe, russia, india, singapore/,
    ],
    ['huawei', { category: 'CHAT' }, /providers\.huawei\.category: must be one of IM, VOIP/],
    ['huawei', { importance: 'URGENT' }, /providers\.huawei\.importance: must be LOW, NORMAL or HIGH/],
    ['honor', { importance: 'HIGH' }, /providers\.honor\.importance: must be LOW \(information\/marketing\) or NORMAL/],
    ['oppo', { notifyLevel: 4, category: 'IM' }, /providers\.oppo\.notifyLevel: must be 1 \(notification bar\), 2/],
    ['oppo', { notifyLevel: 16 }, /providers\.oppo\.notifyLevel: notifyLevel needs a category/],
    [
      'oppo',
      { privateContentParameters: { a: 'b' } },
      /providers\.oppo\.privateTemplateId: private template parameters need privateTemplateId/,
    ],
    ['oppo', { region: 'eu' }, /providers\.oppo\.region: must be one of china, overseas/],
    ['vivo', { category: 'chat' }, /providers\.vivo\.category: must be an UPPERCASE category/],
    ['meizu', { noticeMsgType: 2 }, /providers\.meizu\.noticeMsgType: must be 0 or 1/],
    [
      'tencent-im',
      { region: 'tokyo' },
      /providers\.tencent-im\.region: must be one of china, singapore, seoul, frankfurt, mumbai, siliconvalley, jakarta/,
    ],
    ['tencent-im', { vivoCategory: 'CHAT' }, /providers\.tencent-im\.vivoCategory: must be one of IM/],
    ['easemob', { ttlUnit: 'minutes' }, /providers\.easemob\.ttlUnit: must be s \(seconds\) or ms/],
    ['easemob', { oppoPrivateTemplateId: 'x' }, /providers\.easemob: Unrecognized key/],
  ] as [ProviderName, Record<string, unknown>, RegExp][])(
    '%s %j is refused with its path',
    (provider, patch, message) => {
      expect(() => parseProfile(withProvider(base, provider, patch))).toThrow(message);
    },
  );

  it('Meizu defaults to https like the official SDK', () => {
    expect(MEIZU_REGIONS.china).toBe('https://server-api-push.meizu.com');
  });
});

describe('the new vendor fields on the wire', () => {
  it('Huawei: the v2 client id in the auth form, importance in the notification', async () => {
    const cap = await captureServer((path) =>
      path.endsWith('/token')
        ? { access_token: 'a', expires_in: 3600 }
        : { code: '80000000', msg: 'Success', requestId: 'r1' },
    );
    try {
      const p = withProvider(base, 'huawei', {
        authUrl: `${cap.url}/oauth2/v3/token`,
        baseUrl: cap.url,
        clientId: '108765432',
        importance: 'NORMAL',
        category: 'IM',
      });
      expect((await createSender(p, 'huawei').send(req('huawei'))).messageId).toBe('r1');
      expect(new URLSearchParams(cap.seen[0].body).get('client_id')).toBe('108765432');
      expect(cap.seen[1].path).toBe(`/v1/${s.credentials.huawei.appId}/messages:send`);
      const android = JSON.parse(cap.seen[1].body).message.android;
      expect(android.category).toBe('IM');
      expect(android.notification).toMatchObject({ importance: 'NORMAL', channel_id: CHANNELS.huawei });
    } finally {
      await cap.close();
    }
  });

  it('Honor: importance from the profile', async () => {
    const cap = await captureServer((path) =>
      path.endsWith('/token')
        ? { access_token: 'a', expires_in: 3600 }
        : {
            code: 200,
            message: 'success',
            data: { sendResult: true, requestId: 'q1', failTokens: [], expireTokens: [] },
          },
    );
    try {
      const p = withProvider(base, 'honor', { authUrl: `${cap.url}/auth/token`, baseUrl: cap.url, importance: 'LOW' });
      expect((await createSender(p, 'honor').send(req('honor'))).messageId).toBe('q1');
      expect(JSON.parse(cap.seen[1].body).android.notification.importance).toBe('LOW');
    } finally {
      await cap.close();
    }
  });

  it('OPPO: notify_level and the private template', async () => {
    const cap = await captureServer((path) =>
      path.endsWith('/auth')
        ? { code: 0, message: 'ok', data: { auth_token: 'a', create_time: Date.now() } }
        : { code: 0, message: 'Success', data: { messageId: 'm1' } },
    );
    try {
      const p = withProvider(base, 'oppo', {
        baseUrl: cap.url,
        category: 'IM',
        notifyLevel: 16,
        privateTemplateId: 'tpl',
        privateTitleParameters: { name: 'Ann' },
        privateContentParameters: { count: '2' },
      });
      await createSender(p, 'oppo').send(req('oppo'));
      const n = JSON.parse(new URLSearchParams(cap.seen[1].body).get('message')!).notification;
      expect(n).toMatchObject({
        channel_id: CHANNELS.oppo,
        category: 'IM',
        notify_level: 16,
        private_msg_template_id: 'tpl',
        private_title_parameters: { name: 'Ann' },
        private_content_parameters: { count: '2' },
      });
    } finally {
      await cap.close();
    }
  });

  it('Meizu: noticeMsgType from the profile, public (0) by default as the vendor documents', async () => {
    const cap = await captureServer(() => ({ code: '200', message: '', value: {}, msgId: 'z' }));
    try {
      for (const [patch, expected] of [
        [{}, 0],
        [{ noticeMsgType: 1 }, 1],
      ] as const) {
        cap.seen.length = 0;
        await createSender(withProvider(base, 'meizu', { baseUrl: cap.url, ...patch }), 'meizu').send(req('meizu'));
        expect(JSON.parse(new URLSearchParams(cap.seen[0].body).get('messageJson')!).noticeBarInfo.noticeMsgType).toBe(
          expected,
        );
      }
    } finally {
      await cap.close();
    }
  });
});
