// Tencent Cloud IM UserSig (TLSSigAPIv2): HMAC-SHA256 over the fields, a JSON document, zlib
// deflate, then base64 with the URL-safe substitutions `+`→`*`, `/`→`-`, `=`→`_`.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { deflateSync, inflateSync } from 'node:zlib';

function hmac(key: string, identifier: string, sdkAppId: number, time: number, expire: number): string {
  const content = `TLS.identifier:${identifier}\nTLS.sdkappid:${sdkAppId}\nTLS.time:${time}\nTLS.expire:${expire}\n`;
  return createHmac('sha256', key).update(content).digest('base64');
}

const escape = (b64: string) => b64.replace(/\+/g, '*').replace(/\//g, '-').replace(/=/g, '_');
const unescape = (s: string) => s.replace(/\*/g, '+').replace(/-/g, '/').replace(/_/g, '=');

export function genUserSig(
  sdkAppId: number,
  key: string,
  identifier: string,
  expireSec: number,
  time = Math.floor(Date.now() / 1000),
): string {
  const doc = {
    'TLS.ver': '2.0',
    'TLS.identifier': identifier,
    'TLS.sdkappid': sdkAppId,
    'TLS.expire': expireSec,
    'TLS.time': time,
    'TLS.sig': hmac(key, identifier, sdkAppId, time, expireSec),
  };
  return escape(deflateSync(Buffer.from(JSON.stringify(doc))).toString('base64'));
}

export type UserSigCheck =
  | { ok: true; time: number; expire: number }
  | { ok: false; reason: 'malformed' | 'expired' | 'wrong-app' | 'wrong-identifier' | 'bad-signature' };

/** Verifies a UserSig as the server does (used by the Tencent IM stand-in). */
export function verifyUserSig(
  sig: string,
  sdkAppId: number,
  key: string,
  identifier: string,
  now = Math.floor(Date.now() / 1000),
): UserSigCheck {
  let doc: Record<string, unknown>;
  try {
    doc = JSON.parse(inflateSync(Buffer.from(unescape(sig), 'base64')).toString('utf8'));
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (Number(doc['TLS.sdkappid']) !== sdkAppId) return { ok: false, reason: 'wrong-app' };
  if (doc['TLS.identifier'] !== identifier) return { ok: false, reason: 'wrong-identifier' };
  const time = Number(doc['TLS.time']);
  const expire = Number(doc['TLS.expire']);
  const expected = Buffer.from(hmac(key, identifier, sdkAppId, time, expire));
  const actual = Buffer.from(String(doc['TLS.sig'] ?? ''));
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual))
    return { ok: false, reason: 'bad-signature' };
  if (now > time + expire) return { ok: false, reason: 'expired' };
  return { ok: true, time, expire };
}
