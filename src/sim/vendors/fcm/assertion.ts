// How Google's token endpoint judges a service-account JWT (push-apis.md §1: oauth2 jws/jwt.go,
// firebase.google.com/docs/cloud-messaging/auth-server): RS256 signed by the account's key, iss =
// client_email, aud = the token URI, a messaging scope, and a lifetime of at most one hour.
import { importSPKI, jwtVerify, decodeProtectedHeader } from 'jose';

export const FCM_SCOPES = [
  'https://www.googleapis.com/auth/firebase.messaging',
  'https://www.googleapis.com/auth/cloud-platform',
];

export type AssertionVerdict = { ok: true; claims: Record<string, unknown> } | { ok: false; error: string };

export async function checkFcmAssertion(
  assertion: string,
  publicKeyPem: string,
  clientEmail: string,
  tokenUri: string,
  now = Math.floor(Date.now() / 1000),
): Promise<AssertionVerdict> {
  try {
    if (decodeProtectedHeader(assertion).alg !== 'RS256') return { ok: false, error: 'Invalid JWT: alg must be RS256' };
    const key = await importSPKI(publicKeyPem, 'RS256');
    const { payload } = await jwtVerify(assertion, key, { currentDate: new Date(now * 1000), clockTolerance: 10 });
    if (payload.iss !== clientEmail) return { ok: false, error: 'Invalid JWT: unknown issuer' };
    if (payload.aud !== tokenUri) return { ok: false, error: `Invalid JWT: audience must be ${tokenUri}` };
    const scopes = String(payload.scope ?? '').split(' ');
    if (!scopes.some((s) => FCM_SCOPES.includes(s)))
      return { ok: false, error: 'Invalid JWT: no firebase.messaging scope' };
    if (typeof payload.iat !== 'number' || typeof payload.exp !== 'number' || payload.exp - payload.iat > 3600)
      return { ok: false, error: 'Invalid JWT: exp more than an hour after iat' };
    return { ok: true, claims: payload as Record<string, unknown> };
  } catch {
    return { ok: false, error: 'Invalid JWT Signature.' };
  }
}
