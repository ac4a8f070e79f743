// Tencent Cloud IM's admin UserSig as the stand-in checks it, from TLSSigAPIv2's documented
// algorithm (push-apis.md §8), not from the product's generator; Node builtins only. The
// known-answer vectors in test/vectors pin it.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { inflateSync } from 'node:zlib';

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
