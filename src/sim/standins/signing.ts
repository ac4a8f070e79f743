// The stand-ins' own signature checks, written from the vendors' documented algorithms and not
// from the product's senders, so that a sender that signs wrongly is refused here (the known-answer
// vectors in test/vectors check both sides against the same fixed values). Node builtins only.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { inflateSync } from 'node:zlib';

const hex = (algo: 'sha256' | 'md5', text: string) => createHash(algo).update(text, 'utf8').digest('hex');

/** OPPO `/server/v1/auth`: lower-hex SHA-256 of appKey + timestamp + masterSecret (push-apis.md §5; OPPO-jar `Auth.getSign`). */
export function oppoExpectedSign(appKey: string, timestamp: string, masterSecret: string): string {
  return hex('sha256', `${appKey}${timestamp}${masterSecret}`);
}

/** vivo `/message/auth`: lower-hex MD5 of appId + appKey + timestamp + appSecret (push-apis.md §6; modood vivopush `auth`). */
export function vivoExpectedSign(appId: string, appKey: string, timestamp: string, appSecret: string): string {
  return hex('md5', `${appId}${appKey}${timestamp}${appSecret}`);
}

/**
 * Meizu: every parameter but `sign`, sorted by key, concatenated as `k=v` with no separator (raw
 * values), then the AppSecret; MD5 lower hex (push-apis.md §7, MZ README "接口签名规范"; MZ-SDK
 * `HttpClient.getSignature` uses a TreeMap, i.e. byte order of the keys).
 */
export function meizuExpectedSign(params: Record<string, string>, appSecret: string): string {
  const keys = Object.keys(params).filter((k) => k !== 'sign');
  keys.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return hex('md5', keys.map((k) => `${k}=${params[k]}`).join('') + appSecret);
}

/** Xiaomi has no token exchange: every call carries `Authorization: key=<AppSecret>` (push-apis.md §4; MI-jar `HttpBase`). */
export function xiaomiAuthorized(header: string | undefined, appSecret: string): boolean {
  return header === `key=${appSecret}`;
}

/** Huawei and Honor: an OAuth client-credentials form (push-apis.md §2, §3; HMS-Java `HuaweiCredential.createRequestBody`). */
export function clientCredentialsMatch(form: URLSearchParams, clientId: string, clientSecret: string): boolean {
  return (
    form.get('grant_type') === 'client_credentials' &&
    form.get('client_id') === clientId &&
    form.get('client_secret') === clientSecret
  );
}

/** Standard base64 → the UserSig alphabet and back (TLS-Node `base64url.escape`: `+`→`*`, `/`→`-`, `=`→`_`). */
const fromUserSigAlphabet = (s: string) => s.replace(/\*/g, '+').replace(/-/g, '/').replace(/_/g, '=');

/**
 * TLS.sig of a UserSig (TLSSigAPIv2): standard base64 of HMAC-SHA256(secretKey, the fields one per
 * line, each ending in "\n", in this order) — push-apis.md §8 steps 2–3 (TLS-Node `_hmacsha256`).
 */
export function userSigHmac(
  secretKey: string,
  identifier: string,
  sdkAppId: number,
  time: number,
  expire: number,
): string {
  const content = `TLS.identifier:${identifier}\nTLS.sdkappid:${sdkAppId}\nTLS.time:${time}\nTLS.expire:${expire}\n`;
  return createHmac('sha256', secretKey).update(content, 'utf8').digest('base64');
}

/** The JSON document inside a UserSig (reverse of push-apis.md §8 steps 4–6), or null when it cannot be decoded. */
export function decodeUserSig(sig: string): Record<string, unknown> | null {
  if (!sig || !/^[A-Za-z0-9*_-]+$/.test(sig)) return null;
  try {
    const doc = JSON.parse(inflateSync(Buffer.from(fromUserSigAlphabet(sig), 'base64')).toString('utf8')) as unknown;
    return doc && typeof doc === 'object' && !Array.isArray(doc) ? (doc as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * What Tencent's REST server concludes from the admin UserSig (TIM-err, push-api-audit.md §8):
 * 70003 when it cannot be decoded, 70014 when it is for another SDKAppID, 70013 when it names
 * another user than `identifier`, 70009 when the HMAC does not verify (wrong secret key), 70001
 * when it has expired.
 */
export type UserSigVerdict = { ok: true } | { ok: false; code: 70001 | 70003 | 70009 | 70013 | 70014 };

export function checkUserSig(
  sig: string,
  sdkAppId: number,
  secretKey: string,
  identifier: string,
  now = Math.floor(Date.now() / 1000),
): UserSigVerdict {
  const doc = decodeUserSig(sig);
  if (!doc || typeof doc['TLS.sig'] !== 'string') return { ok: false, code: 70003 };
  if (Number(doc['TLS.sdkappid']) !== sdkAppId) return { ok: false, code: 70014 };
  if (doc['TLS.identifier'] !== identifier) return { ok: false, code: 70013 };
  const time = Number(doc['TLS.time']);
  const expire = Number(doc['TLS.expire']);
  if (!Number.isFinite(time) || !Number.isFinite(expire)) return { ok: false, code: 70003 };
  const expected = Buffer.from(userSigHmac(secretKey, identifier, sdkAppId, time, expire));
  const actual = Buffer.from(doc['TLS.sig']);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return { ok: false, code: 70009 };
  if (now > time + expire) return { ok: false, code: 70001 };
  return { ok: true };
}
