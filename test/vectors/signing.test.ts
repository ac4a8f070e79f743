// Known-answer vectors (signing-vectors.json): the same fixed inputs and outputs checked against the
// product's senders (src/main/push) and, separately, against the stand-ins' own checks
// (src/sim/standins), so a wrong signature on either side fails here rather than agreeing with itself.
//
// How the expected values were derived (outside the project, no vendor publishes an output):
//   OPPO   printf %s '<appKey><timestamp><masterSecret>' | openssl dgst -sha256
//   vivo   printf %s '<appId><appKey><timestamp><appSecret>' | openssl dgst -md5
//   Meizu  printf %s 'appId=…messageJson=…pushIds=…<appSecret>' | openssl dgst -md5   (keys sorted by hand;
//          cross-checked in python: md5(''.join(f'{k}={p[k]}' for k in sorted(p)) + secret))
//   FCM    python: b64url(compact JSON header) + '.' + b64url(compact JSON claims), signed with
//          `openssl dgst -sha256 -sign key.pem` (RSASSA-PKCS1-v1_5 is deterministic), b64url without padding
//   UserSig python: base64(hmac.new(key, content, sha256)); json.dumps(doc, separators=(',', ':'));
//          zlib.compress (level 6); base64 with + → *, / → -, = → _ . The compressed bytes differ
//          between zlib builds (python's 1.2.13 vs Node's Chromium 1.3.1), so the vector fixes the
//          document and the HMAC, and both sides must accept python's userSig.
//   Xiaomi, Huawei, Honor: the documented header / form fields written out from push-apis.md.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { oppoSign } from '../../src/main/vendors/oppo/sender';
import { vivoSign } from '../../src/main/vendors/vivo/sender';
import { meizuSign } from '../../src/main/vendors/meizu/sender';
import { xiaomiAuthorization } from '../../src/main/vendors/xiaomi/sender';
import { huaweiAuthForm } from '../../src/main/vendors/huawei/sender';
import { honorAuthForm } from '../../src/main/vendors/honor/sender';
import { fcmAssertion } from '../../src/main/vendors/fcm/sender';
import { genUserSig, verifyUserSig } from '../../src/main/push/usersig';
import { inflateSync } from 'node:zlib';
import {
  checkUserSig,
  clientCredentialsMatch,
  decodeUserSig,
  meizuExpectedSign,
  oppoExpectedSign,
  userSigHmac,
  vivoExpectedSign,
  xiaomiAuthorized,
} from '../../src/sim/standins/signing';
import { checkFcmAssertion } from '../../src/sim/standins/fcm-assertion';

const V = JSON.parse(readFileSync(new URL('./signing-vectors.json', import.meta.url), 'utf8')) as {
  oppo: { appKey: string; timestamp: string; masterSecret: string; sign: string }[];
  vivo: { appId: string; appKey: string; timestamp: string; appSecret: string; sign: string }[];
  meizu: { params: Record<string, string>; appSecret: string; sign: string }[];
  xiaomi: { appSecret: string; authorization: string }[];
  huawei: { config: { appId: string; clientId?: string; clientSecret: string }; form: Record<string, string> }[];
  honor: { config: { appId: string; clientId: string; clientSecret: string }; form: Record<string, string> }[];
  fcm: {
    serviceAccount: { client_email: string; private_key: string; private_key_id: string };
    publicKeyPem: string;
    tokenUri: string;
    iat: number;
    header: object;
    claims: object;
    jwt: string;
  }[];
  tencentUserSig: {
    sdkAppId: number;
    secretKey: string;
    identifier: string;
    time: number;
    expire: number;
    hmacContent: string;
    tlsSig: string;
    docJson: string;
    userSig: string;
  }[];
};

describe('vectors: the data is what the comments say', () => {
  it('the hex signatures recompute from their inputs with Node crypto (guards typos in the JSON)', () => {
    for (const v of V.oppo)
      expect(
        createHash('sha256')
          .update(v.appKey + v.timestamp + v.masterSecret)
          .digest('hex'),
      ).toBe(v.sign);
    for (const v of V.vivo)
      expect(
        createHash('md5')
          .update(v.appId + v.appKey + v.timestamp + v.appSecret)
          .digest('hex'),
      ).toBe(v.sign);
  });
});

describe('vectors: product side (src/main/push)', () => {
  it.each(V.oppo)('OPPO auth sign $sign', (v) => expect(oppoSign(v.appKey, v.timestamp, v.masterSecret)).toBe(v.sign));
  it.each(V.vivo)('vivo auth sign $sign', (v) =>
    expect(vivoSign(v.appId, v.appKey, v.timestamp, v.appSecret)).toBe(v.sign),
  );
  it.each(V.meizu)('Meizu form sign $sign', (v) => expect(meizuSign(v.params, v.appSecret)).toBe(v.sign));
  it.each(V.xiaomi)('Xiaomi Authorization header', (v) =>
    expect(xiaomiAuthorization(v.appSecret)).toBe(v.authorization),
  );
  it.each(V.huawei)('Huawei client-credentials form ($config.appId)', (v) =>
    expect(Object.fromEntries(huaweiAuthForm(v.config))).toEqual(v.form),
  );
  it.each(V.honor)('Honor client-credentials form', (v) =>
    expect(Object.fromEntries(honorAuthForm(v.config))).toEqual(v.form),
  );
  it.each(V.fcm)('FCM service-account JWT: exact bytes, header and claims', async (v) => {
    const jwt = await fcmAssertion(v.serviceAccount, v.tokenUri, v.iat);
    expect(decodeProtectedHeader(jwt)).toEqual(v.header);
    expect(decodeJwt(jwt)).toEqual(v.claims);
    expect(jwt).toBe(v.jwt);
  });
  it.each(V.tencentUserSig)(
    'Tencent UserSig (TLSSigAPIv2): the exact document inside, and the vector accepted',
    (v) => {
      const sig = genUserSig(v.sdkAppId, v.secretKey, v.identifier, v.expire, v.time);
      expect(sig).toMatch(/^[A-Za-z0-9*_-]+$/);
      // Deflate bytes depend on the zlib build (see userSigNote), the document does not.
      expect(
        inflateSync(Buffer.from(sig.replace(/\*/g, '+').replace(/-/g, '/').replace(/_/g, '='), 'base64')).toString(
          'utf8',
        ),
      ).toBe(v.docJson);
      expect(verifyUserSig(v.userSig, v.sdkAppId, v.secretKey, v.identifier, v.time + 1)).toEqual({
        ok: true,
        time: v.time,
        expire: v.expire,
      });
    },
  );
});

describe('vectors: stand-in side (src/sim/standins)', () => {
  it.each(V.oppo)('OPPO expected sign $sign', (v) =>
    expect(oppoExpectedSign(v.appKey, v.timestamp, v.masterSecret)).toBe(v.sign),
  );
  it.each(V.vivo)('vivo expected sign $sign', (v) =>
    expect(vivoExpectedSign(v.appId, v.appKey, v.timestamp, v.appSecret)).toBe(v.sign),
  );
  it.each(V.meizu)('Meizu expected sign $sign', (v) => expect(meizuExpectedSign(v.params, v.appSecret)).toBe(v.sign));
  it.each(V.xiaomi)('Xiaomi header accepted, a near miss refused', (v) => {
    expect(xiaomiAuthorized(v.authorization, v.appSecret)).toBe(true);
    expect(xiaomiAuthorized(`key=${v.appSecret}x`, v.appSecret)).toBe(false);
    expect(xiaomiAuthorized(v.appSecret, v.appSecret)).toBe(false);
  });
  it.each([...V.huawei, ...V.honor])('client-credentials form accepted', (v) => {
    const form = new URLSearchParams(v.form);
    const id = 'clientId' in v.config && v.config.clientId ? v.config.clientId : v.config.appId;
    expect(clientCredentialsMatch(form, id, v.config.clientSecret)).toBe(true);
    expect(clientCredentialsMatch(form, id, `${v.config.clientSecret}x`)).toBe(false);
  });
  it.each(V.fcm)('FCM: the vector JWT is accepted, a changed claim or signature is not', async (v) => {
    const at = v.iat + 5;
    expect(await checkFcmAssertion(v.jwt, v.publicKeyPem, v.serviceAccount.client_email, v.tokenUri, at)).toMatchObject(
      { ok: true, claims: v.claims },
    );
    expect(
      (await checkFcmAssertion(v.jwt, v.publicKeyPem, v.serviceAccount.client_email, 'https://other.example/token', at))
        .ok,
    ).toBe(false);
    const [h, c, s] = v.jwt.split('.');
    const flipped = `${h}.${c}.${s.slice(0, 10)}${s[10] === 'A' ? 'B' : 'A'}${s.slice(11)}`;
    expect((await checkFcmAssertion(flipped, v.publicKeyPem, v.serviceAccount.client_email, v.tokenUri, at)).ok).toBe(
      false,
    );
    expect(
      (await checkFcmAssertion(v.jwt, v.publicKeyPem, v.serviceAccount.client_email, v.tokenUri, v.iat + 7200)).ok,
    ).toBe(false);
  });
  it.each(V.tencentUserSig)('Tencent UserSig: HMAC, decoding and the server codes', (v) => {
    expect(userSigHmac(v.secretKey, v.identifier, v.sdkAppId, v.time, v.expire)).toBe(v.tlsSig);
    expect(JSON.stringify(decodeUserSig(v.userSig))).toBe(v.docJson);
    expect(decodeUserSig(v.userSig)).toEqual({
      'TLS.ver': '2.0',
      'TLS.identifier': v.identifier,
      'TLS.sdkappid': v.sdkAppId,
      'TLS.expire': v.expire,
      'TLS.time': v.time,
      'TLS.sig': v.tlsSig,
    });
    const now = v.time + 1;
    expect(checkUserSig(v.userSig, v.sdkAppId, v.secretKey, v.identifier, now)).toEqual({ ok: true });
    expect(checkUserSig(v.userSig, v.sdkAppId, `${v.secretKey}0`, v.identifier, now)).toEqual({
      ok: false,
      code: 70009,
    });
    expect(checkUserSig(v.userSig.slice(0, 40), v.sdkAppId, v.secretKey, v.identifier, now)).toEqual({
      ok: false,
      code: 70003,
    });
    expect(checkUserSig(v.userSig, v.sdkAppId + 1, v.secretKey, v.identifier, now)).toEqual({ ok: false, code: 70014 });
    expect(checkUserSig(v.userSig, v.sdkAppId, v.secretKey, 'alice', now)).toEqual({ ok: false, code: 70013 });
    expect(checkUserSig(v.userSig, v.sdkAppId, v.secretKey, v.identifier, v.time + v.expire + 1)).toEqual({
      ok: false,
      code: 70001,
    });
  });
});
