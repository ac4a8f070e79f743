// Local stand-ins for the push services: one HTTP server, a path prefix per provider, each
// speaking its provider's API as push-apis.md describes — auth, signatures, the send call, the
// real error envelopes for a bad secret, an unknown token, a wrong package, a quota — and
// delivering accepted messages to the virtual phone that holds the token after a delay.
// Signatures are checked with this folder's own code (./signing, ./fcm-assertion), written from
// the vendors' documents, never with the product's senders. Each answer names its source
// (shared/reference/push-apis.md = "apis §n", push-api-audit.md = "audit §n"); codes no source
// confirms are marked "unverified".
import http from 'node:http';
import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { ProviderName, VendorChannel } from '../../shared/types';
import type { PhoneRegistry, PushEnvelope, StandinFault, TokenReport } from './types';
import { VIVO_OPERATIONAL_CATEGORIES, VIVO_SYSTEM_CATEGORIES, vivoClassificationOf } from '../../shared/profile';
import {
  checkUserSig,
  clientCredentialsMatch,
  meizuExpectedSign,
  oppoExpectedSign,
  vivoExpectedSign,
  xiaomiAuthorized,
} from './signing';
import { checkFcmAssertion } from './fcm-assertion';

export interface StandinCredentials {
  package: string;
  xiaomi: { appSecret: string };
  /** clientId: the OAuth client id when it differs from the App ID (project-level credentials). */
  huawei: { appId: string; clientSecret: string; clientId?: string };
  honor: { appId: string; clientId: string; clientSecret: string };
  oppo: { appKey: string; masterSecret: string };
  vivo: { appId: string; appKey: string; appSecret: string };
  meizu: { appId: string; appSecret: string };
  fcm: { projectId: string; clientEmail: string; privateKeyPem: string; publicKeyPem: string; privateKeyId: string };
  tencent: { sdkAppId: number; secretKey: string; adminId: string; users: string[] };
  easemob: { orgName: string; appName: string; clientId: string; clientSecret: string; users: string[] };
}

export interface StandinUrls {
  baseUrl: string;
  authUrl?: string;
  tokenUrl?: string;
}

export interface StandinOptions {
  port?: number;
  host?: string;
  /** Delay between accepting a message and it reaching the phone (ms). */
  delayMs?: number;
  phones: PhoneRegistry;
  credentials?: Partial<StandinCredentials>;
  /** Messages a provider accepts before it answers with its quota error. */
  quota?: Partial<Record<ProviderName, number>>;
}

export interface Standins {
  urls: Record<ProviderName, StandinUrls>;
  credentials: StandinCredentials;
  /** Requests seen per provider and endpoint (tests count auth calls). */
  calls: Record<string, number>;
  /** The next `count` requests to a provider fail this way. */
  failNext(provider: ProviderName, fault: StandinFault, count?: number): void;
  /** Tokens issued so far stop working (the next call gets the provider's expired-token answer). */
  expireAuth(): void;
  /** A device token the vendor now reports as expired (Honor lists it in expireTokens). */
  expireDeviceToken(token: string): void;
  reportToken(report: TokenReport): void;
  /** Messages delivered to phones, for tests and the UI. */
  delivered: { envelope: PushEnvelope; outcome: unknown; at: number }[];
  close(): Promise<void>;
}

const rnd = (n: number) => randomBytes(n).toString('hex');

export function generateCredentials(pkg = 'com.example.chat'): StandinCredentials {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    package: pkg,
    xiaomi: { appSecret: `mi${rnd(12)}` },
    huawei: { appId: '104412345', clientSecret: rnd(32) },
    honor: { appId: '104987654', clientId: `hn${rnd(8)}`, clientSecret: rnd(24) },
    oppo: { appKey: rnd(16), masterSecret: rnd(16) },
    vivo: { appId: '105612345', appKey: rnd(16), appSecret: rnd(16) },
    meizu: { appId: '123456', appSecret: rnd(16) },
    fcm: {
      projectId: 'push-doctor-sim',
      clientEmail: 'firebase-adminsdk@push-doctor-sim.iam.gserviceaccount.com',
      privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
      privateKeyId: rnd(20),
    },
    tencent: {
      sdkAppId: 1400000000 + Math.floor(Math.random() * 99999),
      secretKey: rnd(32),
      adminId: 'administrator',
      users: ['alice', 'bob'],
    },
    easemob: {
      orgName: 'pd-org',
      appName: 'chat',
      clientId: `YXA6${rnd(10)}`,
      clientSecret: `YXA6${rnd(16)}`,
      users: ['alice', 'bob'],
    },
  };
}

type Handler = (req: Req) => Promise<Res> | Res;
interface Req {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  body: string;
  form: URLSearchParams;
  json: unknown;
}
interface Res {
  status: number;
  body: unknown;
  /** Deliver this after answering. */
  deliver?: PushEnvelope[];
}

const j = (status: number, body: unknown, deliver?: PushEnvelope[]): Res => ({ status, body, deliver });

export async function startStandins(opts: StandinOptions): Promise<Standins> {
  const cred: StandinCredentials = {
    ...generateCredentials(opts.credentials?.package),
    ...opts.credentials,
  } as StandinCredentials;
  const delayMs = opts.delayMs ?? 300;
  const issued = new Map<string, { provider: ProviderName; expiresAt: number }>();
  const calls: Record<string, number> = {};
  const faults = new Map<ProviderName, { fault: StandinFault; count: number }>();
  const sent: Partial<Record<ProviderName, number>> = {};
  const delivered: Standins['delivered'] = [];
  const imTokens = new Map<string, TokenReport[]>(); // `${sdk}:${user}` → reports
  const pending = new Set<NodeJS.Timeout>();
  const hanging = new Set<http.ServerResponse>();
  const expiredDeviceTokens = new Set<string>();
  let origin = ''; // known once listening; the FCM assertion's audience is this server's token URL

  const issue = (provider: ProviderName, ttlSec: number) => {
    const token = `${provider}-${rnd(16)}`;
    issued.set(token, { provider, expiresAt: Date.now() + ttlSec * 1000 });
    return token;
  };
  const valid = (provider: ProviderName, token: string | undefined) => {
    const t = token ? issued.get(token) : undefined;
    return !!t && t.provider === provider && t.expiresAt > Date.now();
  };
  const overQuota = (provider: ProviderName) => {
    sent[provider] = (sent[provider] ?? 0) + 1;
    return opts.quota?.[provider] !== undefined && sent[provider]! > opts.quota[provider]!;
  };
  const phone = (vendor: VendorChannel, token: string) => opts.phones.lookup(vendor, token);
  const clickIntent = (c: { type?: string; value?: string } | undefined, pkg: string): string | undefined => {
    if (!c?.value) return undefined;
    if (c.value.startsWith('intent:') || /^[a-z][\w+.-]*:\/\//i.test(c.value)) return c.value;
    // A class name (OPPO, Meizu): started as an explicit component.
    return `intent:#Intent;component=${pkg}/${c.value};end`;
  };

  // ---- providers ------------------------------------------------------------------------------
  const routes: { provider: ProviderName; method: string; re: RegExp; handle: Handler }[] = [];
  const route = (provider: ProviderName, method: string, re: RegExp, handle: Handler) =>
    routes.push({ provider, method, re, handle });

  // FCM HTTP v1 — apis §1: token endpoint (oauth2 jwt.go), send + google.rpc error envelope with
  // FcmError details (firebase error-codes page; UNREGISTERED 404 as observed in firebase-admin-java#972).
  route('fcm', 'POST', /^\/fcm\/token$/, async (r) => {
    const assertion = r.form.get('assertion') ?? '';
    if (r.form.get('grant_type') !== 'urn:ietf:params:oauth:grant-type:jwt-bearer' || !assertion)
      return j(400, { error: 'invalid_request', error_description: 'grant_type or assertion missing' });
    // Google's answer to a bad assertion: 400 invalid_grant (apis §1, oauth2 jwt.go error parsing).
    const verdict = await checkFcmAssertion(
      assertion,
      cred.fcm.publicKeyPem,
      cred.fcm.clientEmail,
      `${origin}/fcm/token`,
    );
    if (!verdict.ok) return j(400, { error: 'invalid_grant', error_description: verdict.error });
    return j(200, { access_token: issue('fcm', 3600), expires_in: 3599, token_type: 'Bearer' });
  });
  route('fcm', 'POST', /^\/fcm\/v1\/projects\/([^/]+)\/messages:send$/, (r) => {
    const fcmError = (status: number, s: string, message: string, errorCode?: string) =>
      j(status, {
        error: {
          code: status,
          message,
          status: s,
          details: errorCode ? [{ '@type': 'type.googleapis.com/google.firebase.fcm.v1.FcmError', errorCode }] : [],
        },
      });
    if (!valid('fcm', /^Bearer (.+)$/.exec(r.headers.authorization ?? '')?.[1]))
      return fcmError(
        401,
        'UNAUTHENTICATED',
        'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.',
      );
    const project = /projects\/([^/]+)\//.exec(r.path)![1];
    if (project !== cred.fcm.projectId)
      return fcmError(
        403,
        'PERMISSION_DENIED',
        `Permission 'cloudmessaging.messages.create' denied on resource '//cloudresourcemanager.googleapis.com/projects/${project}'`,
        'SENDER_ID_MISMATCH',
      );
    const m = (r.json as { message?: Record<string, any> })?.message;
    if (!m?.token)
      return fcmError(400, 'INVALID_ARGUMENT', 'Request contains an invalid argument.', 'INVALID_ARGUMENT');
    if (m.android?.restricted_package_name && m.android.restricted_package_name !== cred.package)
      return fcmError(400, 'INVALID_ARGUMENT', 'Request contains an invalid argument.', 'INVALID_ARGUMENT');
    if (overQuota('fcm'))
      return fcmError(429, 'RESOURCE_EXHAUSTED', 'Quota exceeded for quota metric', 'QUOTA_EXCEEDED');
    if (!/^[A-Za-z0-9_-]+:APA91b/.test(m.token))
      return fcmError(
        400,
        'INVALID_ARGUMENT',
        'The registration token is not a valid FCM registration token',
        'INVALID_ARGUMENT',
      );
    if (!phone('fcm', m.token)) return fcmError(404, 'NOT_FOUND', 'Requested entity was not found.', 'UNREGISTERED');
    const id = `0:${Date.now()}%${rnd(8)}`;
    return j(200, { name: `projects/${project}/messages/${id}` }, [
      {
        vendor: 'fcm',
        via: 'fcm',
        token: m.token,
        package: cred.package,
        title: m.notification?.title ?? '',
        body: m.notification?.body ?? '',
        channelId: m.android?.notification?.channel_id,
        ext: m.data,
        messageId: id,
        // AndroidMessagePriority (FCM HTTP v1): NORMAL unless the sender asks for HIGH.
        priority: String(m.android?.priority ?? '').toLowerCase() === 'high' ? 'high' : 'normal',
      },
    ]);
  });

  // Huawei Push Kit — apis §2: string `code`, 80000000 success, error table from HMS-Java ResponceCodeProcesser.
  route('huawei', 'POST', /^\/huawei\/oauth2\/v3\/token$/, (r) => {
    // HMS-Go auth.go TokenMsg: error + error_description on a refused client (apis §2).
    if (!clientCredentialsMatch(r.form, cred.huawei.clientId ?? cred.huawei.appId, cred.huawei.clientSecret))
      return j(400, { error: 1101, error_description: 'invalid client' });
    return j(200, { access_token: issue('huawei', 3600), expires_in: 3600, token_type: 'Bearer' });
  });
  route('huawei', 'POST', /^\/huawei\/v1\/([^/]+)\/messages:send$/, (r) => {
    const bearer = /^Bearer (.+)$/.exec(r.headers.authorization ?? '')?.[1];
    const token = bearer ? issued.get(bearer) : undefined;
    // apis §2 error table (HMS-Java ResponceCodeProcesser): unknown bearer 80200001, expired 80200003.
    if (!token || token.provider !== 'huawei')
      return j(401, { code: '80200001', msg: 'Oauth authentication error', requestId: rnd(8) });
    if (token.expiresAt <= Date.now())
      return j(401, { code: '80200003', msg: 'Oauth Token expired.', requestId: rnd(8) });
    const appId = /\/v1\/([^/]+)\//.exec(r.path)![1];
    if (appId !== cred.huawei.appId)
      return j(403, {
        code: '80300002',
        msg: 'There is no permission to send a message to a specified device.',
        requestId: rnd(8),
      });
    const m = (r.json as { message?: Record<string, any> })?.message;
    const tokens: string[] = m?.token ?? [];
    if (!m || !tokens.length)
      return j(400, { code: '80100001', msg: 'Some request parameters are invalid.', requestId: rnd(8) });
    if (overQuota('huawei'))
      return j(200, {
        code: '80300010',
        msg: 'The number of tokens in the message body exceeds the default value',
        requestId: rnd(8),
      });
    const known = tokens.filter((t) => phone('huawei', t));
    if (!known.length) return j(200, { code: '80300007', msg: 'All the tokens are invalid', requestId: rnd(8) });
    const n = m.android?.notification ?? {};
    const requestId = `${Date.now()}${rnd(4)}`;
    return j(
      200,
      { code: '80000000', msg: 'Success', requestId },
      known.map((t) => ({
        vendor: 'huawei' as const,
        via: 'huawei' as const,
        token: t,
        package: cred.package,
        title: n.title ?? '',
        body: n.body ?? '',
        channelId: n.channel_id,
        clickIntent: n.click_action?.type === 1 ? n.click_action.intent : undefined,
        ext: m.data ? JSON.parse(m.data) : undefined,
        messageId: requestId,
        testMode: m.android?.target_user_type === 1,
      })),
    );
  });

  // Honor Push — apis §3 / audit §3: IAM client credentials, sendMessage with a `timestamp` header.
  route('honor', 'POST', /^\/honor\/auth\/token$/, (r) => {
    if (!clientCredentialsMatch(r.form, cred.honor.clientId, cred.honor.clientSecret))
      return j(401, { error: 'invalid_client', error_description: 'Invalid client or Invalid client credentials' });
    return j(200, { access_token: issue('honor', 3600), expires_in: 3600, token_type: 'Bearer' });
  });
  route('honor', 'POST', /^\/honor\/api\/v1\/([^/]+)\/sendMessage$/, (r) => {
    if (!valid('honor', /^Bearer (.+)$/.exec(r.headers.authorization ?? '')?.[1]))
      return j(401, { code: 401, message: 'token invalid or expired' });
    if (!r.headers.timestamp) return j(400, { code: 80100001, message: 'timestamp header missing' });
    const b = r.json as {
      token?: string[];
      android?: { notification?: Record<string, any>; targetUserType?: number };
      data?: string;
    };
    // Quota code borrowed from Huawei: Honor publishes no code table (unverified, audit §3).
    if (overQuota('honor')) return j(200, { code: 80300010, message: 'daily quota exceeded' });
    // The real answer (audit §3: zandala88/honor-push HonorSendResp, index 8107895125 SendRes):
    // {code, message, data:{sendResult, requestId, failTokens, expireTokens}} — refused tokens are
    // listed inside a code-200 answer, not signalled by the code.
    const tokens = b?.token ?? [];
    const expireTokens = tokens.filter((t) => expiredDeviceTokens.has(t));
    const failTokens = tokens.filter((t) => !expiredDeviceTokens.has(t) && !phone('honor', t));
    const known = tokens.filter((t) => !expiredDeviceTokens.has(t) && phone('honor', t));
    const n = b.android?.notification ?? {};
    const id = `${Date.now()}${rnd(6)}`;
    return j(
      200,
      {
        code: 200,
        message: 'success',
        data: { sendResult: known.length > 0, requestId: id, failTokens, expireTokens },
      },
      known.map((t) => ({
        vendor: 'honor' as const,
        via: 'honor' as const,
        token: t,
        package: cred.package,
        title: n.title ?? '',
        body: n.body ?? '',
        ext: b.data ? JSON.parse(b.data) : undefined,
        clickIntent: n.clickAction?.type === 1 ? n.clickAction.intent : undefined,
        messageId: id,
        testMode: b.android?.targetUserType === 1,
      })),
    );
  });

  // Xiaomi MiPush — apis §4: `{result, code, reason, description, data:{id,…}}`, HTTP 200 for errors.
  route('xiaomi', 'POST', /^\/xiaomi\/v3\/message\/regid$/, (r) => {
    const err = (code: number, reason: string) =>
      j(200, { result: 'error', reason, trace_id: rnd(8), code, description: reason });
    // apis §4: wrong secret 21301 (MixPush issue #44), wrong package 22022 (MI-jar ErrorCode).
    if (!xiaomiAuthorized(r.headers.authorization, cred.xiaomi.appSecret))
      return err(21301, 'Invalid application secret.');
    const f = r.form;
    if (!f.get('registration_id')) return err(10016, 'missing required parameter: registration_id');
    if (f.get('restricted_package_name') !== cred.package)
      return err(22022, `Invalid package name: ${f.get('restricted_package_name')}`);
    if (overQuota('xiaomi')) return err(22101, 'too many notifications');
    const token = f.get('registration_id')!;
    // The reason text is real (wildfirechat/push_server#5); the number is unverified (audit §4).
    if (!phone('xiaomi', token)) return err(20301, 'No valid targets!');
    const id = `scm${rnd(10)}`;
    const ext: Record<string, string> = {};
    for (const [k, v] of f)
      if (
        k.startsWith('extra.') &&
        !['extra.channel_id', 'extra.notify_effect', 'extra.intent_uri', 'extra.web_uri'].includes(k)
      )
        ext[k.slice(6)] = v;
    return j(
      200,
      {
        result: 'ok',
        trace_id: rnd(8),
        code: 0,
        info: 'Received push messages for 1 REGID',
        data: { id, day_acked: '1', day_quota: '1000' },
      },
      [
        {
          vendor: 'xiaomi',
          via: 'xiaomi',
          token,
          package: cred.package,
          title: f.get('title') ?? '',
          body: f.get('description') ?? '',
          channelId: f.get('extra.channel_id') ?? undefined,
          clickIntent: f.get('extra.intent_uri') ?? f.get('extra.web_uri') ?? undefined,
          ext,
          messageId: id,
        },
      ],
    );
  });

  // OPPO / HeyTap — apis §5: `{code, message, data}`, HTTP 200, codes from OPPO-jar ReturnCode$ErrorCode.
  route('oppo', 'POST', /^\/oppo\/server\/v1\/auth$/, (r) => {
    const ts = r.form.get('timestamp') ?? '';
    if (r.form.get('app_key') !== cred.oppo.appKey) return j(200, { code: 14, message: 'Invalid AppKey' });
    if (!ts || Math.abs(Date.now() - Number(ts)) > 10 * 60_000)
      return j(200, { code: 19, message: 'Invalid Timestamp' });
    // apis §5 return codes (OPPO-jar ReturnCode$ErrorCode): 14 app_key, 19 timestamp, 16 signature.
    if (r.form.get('sign') !== oppoExpectedSign(cred.oppo.appKey, ts, cred.oppo.masterSecret))
      return j(200, { code: 16, message: 'Invalid Signature' });
    return j(200, { code: 0, message: 'success', data: { auth_token: issue('oppo', 86400), create_time: Date.now() } });
  });
  route('oppo', 'POST', /^\/oppo\/server\/v1\/message\/notification\/unicast$/, (r) => {
    const at = r.form.get('auth_token');
    if (!at) return j(200, { code: 29, message: 'Missing AuthToken' });
    if (!valid('oppo', at)) return j(200, { code: 11, message: 'Invalid AuthToken' });
    let msg: Record<string, any>;
    try {
      msg = JSON.parse(r.form.get('message') ?? '');
    } catch {
      return j(200, { code: 41, message: 'Invalid Arguments: message' });
    }
    if (!msg.notification?.channel_id)
      return j(200, { code: 41, message: 'Invalid Arguments: channel_id is required' });
    if (overQuota('oppo')) return j(200, { code: 33, message: 'The number of messages exceeds the daily limit' });
    // Per-target codes are 10000–20000 and endpoint-specific; the exact one is unverified (apis §5).
    if (!phone('oppo', msg.target_value)) return j(200, { code: 10000, message: 'Invalid RegistrationId' });
    if (msg.notification.notify_level !== undefined && !msg.notification.category)
      return j(200, { code: 67, message: 'notify_level requires category' });
    const n = msg.notification;
    const id = `${rnd(8)}-1-1-${rnd(10)}`;
    let ext: Record<string, string> | undefined;
    try {
      ext = n.action_parameters ? JSON.parse(n.action_parameters) : undefined;
    } catch {
      ext = undefined;
    }
    return j(200, { code: 0, message: 'Success', data: { messageId: id } }, [
      {
        vendor: 'oppo',
        via: 'oppo',
        token: msg.target_value,
        package: cred.package,
        title: n.title ?? '',
        body: n.content ?? '',
        channelId: n.channel_id,
        clickIntent: clickIntent({ value: n.click_action_activity ?? n.click_action_url }, cred.package),
        ext,
        messageId: id,
      },
    ]);
  });

  // vivo — apis §6: `{result, desc, …}` with HTTP 200 for business errors (modood SendRes/AuthRes).
  route('vivo', 'POST', /^\/vivo\/message\/auth$/, (r) => {
    const b = (r.json ?? {}) as Record<string, string>;
    // 10200/10201 mean "appId/appKey is empty" (vivo doc mirror, apis §6); any other refusal is
    // 10000 鉴权失败 (third-party fixture, audit §0 "vivo"). The exact code per cause is unverified.
    if (!b.appId) return j(200, { result: 10200, desc: 'appId不能为空' });
    if (!b.appKey) return j(200, { result: 10201, desc: 'appKey不能为空' });
    if (String(b.appId) !== cred.vivo.appId || b.appKey !== cred.vivo.appKey)
      return j(200, { result: 10000, desc: '鉴权失败' });
    if (!b.timestamp || Math.abs(Date.now() - Number(b.timestamp)) > 10 * 60_000)
      return j(200, { result: 10000, desc: '鉴权失败: timestamp' });
    if (b.sign !== vivoExpectedSign(cred.vivo.appId, cred.vivo.appKey, String(b.timestamp), cred.vivo.appSecret))
      return j(200, { result: 10000, desc: '鉴权失败' });
    return j(200, { result: 0, desc: 'success', authToken: issue('vivo', 86400) });
  });
  route('vivo', 'POST', /^\/vivo\/message\/send$/, (r) => {
    if (!valid('vivo', r.headers.authtoken as string | undefined))
      return j(200, { result: 10000, desc: 'authToken invalid or expired' });
    const b = (r.json ?? {}) as Record<string, any>;
    if (b.appId !== cred.vivo.appId) return j(200, { result: 10094, desc: 'appId mismatch' });
    // apis §6: an unknown category 10096; a category of the other classification 10097 (modood SendReq).
    const classification = Number(b.classification ?? 0);
    if (b.category !== undefined) {
      const of = vivoClassificationOf(String(b.category));
      if (of === undefined)
        return j(200, {
          result: 10096,
          desc: `category invalid; known: ${[...VIVO_SYSTEM_CATEGORIES, ...VIVO_OPERATIONAL_CATEGORIES].join(',')}`,
        });
      if (of !== classification) return j(200, { result: 10097, desc: 'category does not match classification' });
    }
    if (overQuota('vivo')) return j(200, { result: 10070, desc: 'total send volume exceeded' });
    if (!phone('vivo', b.regId))
      return j(200, { result: 0, desc: 'success', taskId: rnd(8), invalidUser: { userid: b.regId, status: 1 } });
    const id = `${Date.now()}${rnd(3)}`;
    return j(200, { result: 0, desc: 'request success', taskId: id }, [
      {
        vendor: 'vivo',
        via: 'vivo',
        token: b.regId,
        package: cred.package,
        title: b.title ?? '',
        body: b.content ?? '',
        clickIntent: b.skipType === 4 ? b.skipContent : undefined,
        ext: b.clientCustomMap,
        messageId: id,
        testMode: b.pushMode === 1,
      },
    ]);
  });

  // Meizu Flyme — apis §7: `{code:"200", message, value:{<code>:[pushIds]}, msgId}` (MZ README).
  route('meizu', 'POST', /^\/meizu\/garcia\/api\/server\/push\/varnished\/pushByPushId$/, (r) => {
    const params = Object.fromEntries(r.form) as Record<string, string>;
    if (params.appId !== cred.meizu.appId)
      return j(200, { code: '110000', message: 'invalid appId', value: '', redirect: '' });
    // apis §7 top-level codes (MZ README): 110000 appId, 1006 signature, 110019 daily count, 1005 params.
    if (params.sign !== meizuExpectedSign(params, cred.meizu.appSecret))
      return j(200, { code: '1006', message: 'signature verification failed', value: '', redirect: '' });
    if (overQuota('meizu'))
      return j(200, { code: '110019', message: 'daily push count exceeded', value: '', redirect: '' });
    let m: Record<string, any>;
    try {
      m = JSON.parse(params.messageJson ?? '');
    } catch {
      return j(200, { code: '1005', message: 'messageJson invalid', value: '', redirect: '' });
    }
    const ids = (params.pushIds ?? '').split(',').filter(Boolean);
    const bad = ids.filter((id) => !phone('meizu', id));
    const good = ids.filter((id) => phone('meizu', id));
    const msgId = rnd(12);
    return j(
      200,
      { code: '200', message: '', value: bad.length ? { '110002': bad } : {}, msgId, redirect: '' },
      good.map((t) => ({
        vendor: 'meizu' as const,
        via: 'meizu' as const,
        token: t,
        package: cred.package,
        title: m.noticeBarInfo?.title ?? '',
        body: m.noticeBarInfo?.content ?? '',
        clickIntent: clickIntent({ value: m.clickTypeInfo?.activity ?? m.clickTypeInfo?.url }, cred.package),
        ext: m.clickTypeInfo?.parameters,
        messageId: msgId,
      })),
    );
  });

  // Tencent Cloud IM — apis §8: `{ActionStatus, ErrorCode, ErrorInfo, MsgTime, MsgKey}`, HTTP 200; it
  // pushes through the vendor of the recipient's registered token, with that vendor's AndroidInfo channel.
  route('tencent-im', 'POST', /^\/tencent-im\/v4\/openim\/sendmsg$/, (r) => {
    const fail = (code: number, info: string) => j(200, { ActionStatus: 'FAIL', ErrorCode: code, ErrorInfo: info });
    const q = r.query;
    // REST common codes (TIM-err, audit §8): 70003 undecodable, 70009 signature does not verify
    // (wrong key), 70013 sig for another user, 70014 sig for another SDKAppID, 70001 expired,
    // 60010 the identifier is not an app administrator.
    if (Number(q.get('sdkappid')) !== cred.tencent.sdkAppId) return fail(70014, 'sdkappid does not match the UserSig');
    const check = checkUserSig(
      q.get('usersig') ?? '',
      cred.tencent.sdkAppId,
      cred.tencent.secretKey,
      q.get('identifier') ?? '',
    );
    if (!check.ok)
      return fail(
        check.code,
        {
          70001: 'UserSig expired',
          70003: 'UserSig decode failed',
          70009: 'UserSig verification failed',
          70013: 'UserSig identifier mismatch',
          70014: 'UserSig sdkappid mismatch',
        }[check.code],
      );
    if (q.get('identifier') !== cred.tencent.adminId)
      return fail(60010, 'the request requires app administrator permissions');
    const b = (r.json ?? {}) as Record<string, any>;
    if (!cred.tencent.users.includes(b.To_Account) || !cred.tencent.users.includes(b.From_Account))
      return fail(20003, 'UserID of the sender or receiver is invalid or does not exist');
    const key = `${rnd(4)}_${Date.now()}_${b.MsgRandom}`;
    const push = b.OfflinePushInfo as Record<string, any> | undefined;
    const reports = imTokens.get(`tencent:${b.To_Account}`) ?? [];
    let ext: Record<string, string> | undefined;
    try {
      ext = push?.Ext ? JSON.parse(push.Ext) : undefined;
    } catch {
      ext = { ext: String(push?.Ext) };
    }
    const deliver: PushEnvelope[] =
      push && push.PushFlag !== 1
        ? reports.map((t) => ({
            vendor: t.vendor,
            via: 'tencent-im' as const,
            token: t.token,
            package: t.package,
            title: push.Title ?? '',
            body: push.Desc ?? '',
            channelId: channelFromAndroidInfo(t.vendor, push.AndroidInfo),
            ext,
            messageId: key,
          }))
        : [];
    return j(
      200,
      { ActionStatus: 'OK', ErrorInfo: '', ErrorCode: 0, MsgTime: Math.floor(Date.now() / 1000), MsgKey: key },
      deliver,
    );
  });

  // Easemob — apis §9: token `{access_token, expires_in, application}`, send `{…, data:{user: msgId}}`,
  // errors `{error, error_description}` with their HTTP status (EM-doc error.md).
  route('easemob', 'POST', /^\/easemob\/([^/]+)\/([^/]+)\/token$/, (r) => {
    const b = (r.json ?? {}) as Record<string, string>;
    if (b.grant_type !== 'client_credentials')
      return j(400, { error: 'invalid_grant', error_description: 'grant_type must be client_credentials' });
    if (b.client_id !== cred.easemob.clientId)
      return j(400, { error: 'invalid_grant', error_description: 'client_id does not match' });
    if (b.client_secret !== cred.easemob.clientSecret)
      return j(401, { error: 'invalid_grant', error_description: 'client_secret does not match' });
    return j(200, {
      access_token: issue('easemob', Number(b.ttl) || 86400),
      expires_in: Number(b.ttl) || 86400,
      application: randomUUID(),
    });
  });
  route('easemob', 'POST', /^\/easemob\/([^/]+)\/([^/]+)\/messages\/users$/, (r) => {
    const [, org, app] = /^\/easemob\/([^/]+)\/([^/]+)\//.exec(r.path)!;
    if (org !== cred.easemob.orgName || app !== cred.easemob.appName)
      return j(404, {
        error: 'organization_application_not_found',
        error_description: `Could not find application for ${org}/${app}`,
      });
    const bearer = /^Bearer (.+)$/.exec(r.headers.authorization ?? '')?.[1];
    if (!valid('easemob', bearer))
      return j(401, { error: 'unauthorized', error_description: 'Unable to authenticate due to expired access token' });
    const b = (r.json ?? {}) as Record<string, any>;
    if (overQuota('easemob'))
      return j(429, { error: 'too_many_requests', error_description: 'You have exceeded the limit of requests' });
    const to: string[] = b.to ?? [];
    // "该接口不校验传入的发送方和接收方的用户 ID … 仍照常发送" (EM-doc message_single, audit §9): an
    // unknown user gets a message id like any other, and no device receives it.
    if (!to.length) return j(400, { error: 'illegal_argument', error_description: 'to must not be empty' });
    const data = Object.fromEntries(to.map((u) => [u, `${Date.now()}${rnd(4)}`]));
    const ext = b.ext?.em_push_ext ?? {};
    const deliver = to.flatMap((u) =>
      (imTokens.get(`easemob:${u}`) ?? []).map((t) => ({
        vendor: t.vendor,
        via: 'easemob' as const,
        token: t.token,
        package: t.package,
        title: ext.title ?? 'New message',
        body: ext.content ?? b.body?.msg ?? '',
        channelId: b.ext?.em_android_push_ext?.[`${t.vendor === 'fcm' ? 'fcm' : t.vendor}_channel_id`],
        ext: ext.custom,
        messageId: data[u],
      })),
    );
    return j(
      200,
      {
        path: '/messages/users',
        uri: `https://a1.easemob.com/${org}/${app}/messages/users`,
        timestamp: Date.now(),
        organization: org,
        application: randomUUID(),
        action: 'post',
        data,
        duration: 0,
        applicationName: app,
      },
      deliver,
    );
  });

  // ---- server ---------------------------------------------------------------------------------
  const deliverLater = (envelopes: PushEnvelope[] | undefined) => {
    for (const e of envelopes ?? []) {
      const t = setTimeout(() => {
        pending.delete(t);
        const h = opts.phones.lookup(e.vendor, e.token);
        const outcome = h ? h.deliver(e) : { shown: false, reason: 'unknown-token' };
        delivered.push({ envelope: e, outcome, at: Date.now() });
      }, delayMs);
      pending.add(t);
    }
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > 1024 * 1024) req.destroy();
      else chunks.push(c);
    });
    req.on('end', async () => {
      const url = new URL(req.url ?? '/', 'http://stand-in');
      const body = Buffer.concat(chunks).toString('utf8');
      const found = routes.find((r) => r.method === req.method && r.re.test(url.pathname));
      if (!found) {
        res
          .writeHead(404, { 'content-type': 'text/html' })
          .end('<html><head><title>404 Not Found</title></head><body>Not Found</body></html>');
        return;
      }
      const key = `${found.provider} ${url.pathname.replace(/\/(v1\/)?[0-9]{6,}\//, '/$1:id/')}`;
      calls[key] = (calls[key] ?? 0) + 1;
      calls[found.provider] = (calls[found.provider] ?? 0) + 1;
      const fault = faults.get(found.provider);
      if (fault && fault.count > 0) {
        fault.count--;
        switch (fault.fault) {
          case 'hang':
            hanging.add(res);
            res.on('close', () => hanging.delete(res));
            return;
          case 'html':
            res
              .writeHead(502, { 'content-type': 'text/html' })
              .end('<html><head><title>502 Bad Gateway</title></head><body><center>nginx</center></body></html>');
            return;
          case 'empty':
            res.writeHead(200, { 'content-type': 'application/json' }).end();
            return;
          case '429':
            res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '0' }).end(
              JSON.stringify({
                error: { code: 429, status: 'RESOURCE_EXHAUSTED', message: 'Too many requests' },
                code: 429,
                result: 429,
              }),
            );
            return;
          case '500':
            res.writeHead(500, { 'content-type': 'application/json' }).end(
              JSON.stringify({
                error: { code: 500, status: 'INTERNAL', message: 'Internal error' },
                code: 500,
                result: 500,
              }),
            );
            return;
          case 'echo': {
            const dump = `${req.method} ${req.url} authorization=${req.headers.authorization ?? ''} ${body}`;
            const text = `${dump} | ${encodeURIComponent(dump)} | ${Buffer.from(dump).toString('base64')}`;
            const fields = {
              result: 'error',
              code: 400,
              reason: text,
              description: text,
              message: text,
              msg: text,
              error_description: text,
              ErrorInfo: text,
            };
            res
              .writeHead(400, { 'content-type': 'application/json' })
              .end(JSON.stringify({ ...fields, error: { code: 400, status: 'INVALID_ARGUMENT', message: text } }));
            return;
          }
          default:
            break;
        }
      }
      let parsed: unknown = null;
      try {
        parsed = body && /json/.test(req.headers['content-type'] ?? '') ? JSON.parse(body) : null;
      } catch {
        parsed = null;
      }
      try {
        const out = await found.handle({
          method: req.method ?? 'GET',
          path: url.pathname,
          query: url.searchParams,
          headers: req.headers,
          body,
          form: new URLSearchParams(/urlencoded/.test(req.headers['content-type'] ?? '') ? body : ''),
          json: parsed,
        });
        res.writeHead(out.status, { 'content-type': 'application/json;charset=utf-8' }).end(JSON.stringify(out.body));
        deliverLater(out.deliver);
      } catch (err) {
        res
          .writeHead(500, { 'content-type': 'application/json' })
          .end(JSON.stringify({ error: String((err as Error).message) }));
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://${opts.host ?? '127.0.0.1'}:${port}`;
  const urls: Record<ProviderName, StandinUrls> = {
    fcm: { baseUrl: `${origin}/fcm`, tokenUrl: `${origin}/fcm/token` },
    huawei: { baseUrl: `${origin}/huawei`, authUrl: `${origin}/huawei/oauth2/v3/token` },
    honor: { baseUrl: `${origin}/honor`, authUrl: `${origin}/honor/auth/token` },
    xiaomi: { baseUrl: `${origin}/xiaomi` },
    oppo: { baseUrl: `${origin}/oppo` },
    vivo: { baseUrl: `${origin}/vivo` },
    meizu: { baseUrl: `${origin}/meizu` },
    'tencent-im': { baseUrl: `${origin}/tencent-im` },
    easemob: { baseUrl: `${origin}/easemob` },
  };
  return {
    urls,
    credentials: cred,
    calls,
    delivered,
    failNext: (provider, fault, count = 1) => {
      if (fault === 'expire-auth') {
        for (const t of issued.values()) if (t.provider === provider) t.expiresAt = 0;
        return;
      }
      if (fault === 'quota') {
        opts.quota = { ...(opts.quota ?? {}), [provider]: sent[provider] ?? 0 };
        return;
      }
      faults.set(provider, { fault, count });
    },
    expireDeviceToken: (token) => {
      expiredDeviceTokens.add(token);
    },
    expireAuth: () => {
      for (const t of issued.values()) t.expiresAt = 0;
    },
    reportToken: (report) => {
      if (report.imSdk === 'vendor-demo') return;
      const key = `${report.imSdk}:${report.user}`;
      const list = (imTokens.get(key) ?? []).filter((t) => t.vendor !== report.vendor || t.package !== report.package);
      list.push(report);
      imTokens.set(key, list);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of pending) clearTimeout(t);
        for (const r of hanging) r.destroy();
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

function channelFromAndroidInfo(vendor: VendorChannel, info: Record<string, unknown> | undefined): string | undefined {
  if (!info) return undefined;
  const key = { xiaomi: 'XiaoMiChannelID', huawei: 'HuaWeiChannelID', oppo: 'OPPOChannelID', fcm: 'GoogleChannelID' }[
    vendor as string
  ];
  return key ? (info[key] as string | undefined) : undefined;
}
