// Known answers for the signing functions and the UserSig, computed outside this code base (with
// Python's hashlib/hmac — the commands are in each comment) from the vendors' documented recipes
// (reference/push-apis.md): a broken recipe — another order, another hash, a dropped field —
// fails here even when a stand-in that shares the code would still accept it.
import { describe, expect, it } from 'vitest';
import { inflateSync } from 'node:zlib';
import { oppoSign } from '../../../src/main/vendors/oppo/sender';
import { vivoSign } from '../../../src/main/vendors/vivo/sender';
import { meizuSign } from '../../../src/main/vendors/meizu/sender';
import { genUserSig, verifyUserSig } from '../../../src/main/push/usersig';

describe('vendor signatures (known answers)', () => {
  it('OPPO: sha256(appKey + timestamp + masterSecret), lower-case hex', () => {
    // python3 -c "import hashlib;print(hashlib.sha256(b'OP-5b2f7c1e9a4d4e8f1700000000000m4st3r-s3cr3t').hexdigest())"
    expect(oppoSign('OP-5b2f7c1e9a4d4e8f', '1700000000000', 'm4st3r-s3cr3t')).toBe(
      'd6f3294f54d87afc83ae289035da1e2f9aeb86c95bfc8dc202701c25a85f2e69',
    );
  });
  it('vivo: md5(appId + appKey + timestamp + appSecret), lower-case hex', () => {
    // python3 -c "import hashlib;print(hashlib.md5(b'1056123452b0c8e3f-4a1d-4b6e-9c7f-5d8e1a2b3c4d1700000000000vivo-secret').hexdigest())"
    expect(vivoSign('105612345', '2b0c8e3f-4a1d-4b6e-9c7f-5d8e1a2b3c4d', '1700000000000', 'vivo-secret')).toBe(
      '537ee94a86d6f2f0c9e09871c6f07709',
    );
  });
  it('Meizu: md5 of the k=v pairs sorted by key, concatenated, then the AppSecret; an existing sign is left out', () => {
    // python3: base = ''.join(f'{k}={p[k]}' for k in sorted(p)); hashlib.md5((base + 'mz-secret').encode()).hexdigest()
    const params = {
      pushIds: 'V5R5b7c02ab47744c6b635e464b527e487802',
      appId: '123456',
      messageJson: '{"noticeBarInfo":{"title":"t","content":"c"}}',
    };
    expect(meizuSign(params, 'mz-secret')).toBe('7c79f5c5e7bae39de462557fb79f0952');
    expect(meizuSign({ ...params, sign: 'old' }, 'mz-secret')).toBe('7c79f5c5e7bae39de462557fb79f0952');
  });
});

describe('Tencent IM UserSig (TLSSigAPIv2)', () => {
  const KEY = '5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e';
  const decode = (sig: string) =>
    JSON.parse(
      inflateSync(Buffer.from(sig.replace(/\*/g, '+').replace(/-/g, '/').replace(/_/g, '='), 'base64')).toString(
        'utf8',
      ),
    );

  it('the document: version, fields, and the HMAC-SHA256 over the four TLS lines (known answer)', () => {
    const sig = genUserSig(1400000000, KEY, 'administrator', 15552000, 1700000000);
    expect(sig).toMatch(/^[A-Za-z0-9*_-]+$/);
    // python3: base64.b64encode(hmac.new(KEY, b"TLS.identifier:administrator\nTLS.sdkappid:1400000000\nTLS.time:1700000000\nTLS.expire:15552000\n", hashlib.sha256).digest())
    expect(decode(sig)).toEqual({
      'TLS.ver': '2.0',
      'TLS.identifier': 'administrator',
      'TLS.sdkappid': 1400000000,
      'TLS.expire': 15552000,
      'TLS.time': 1700000000,
      'TLS.sig': 'JCzxanF8NTTXau4m+2h9wv7gYJnyNksm0xm1NEXU274=',
    });
  });

  it('verification: each way a signature is refused, and the edge of expiry', () => {
    const sig = genUserSig(1400000000, KEY, 'administrator', 100, 1700000000);
    expect(verifyUserSig(sig, 1400000000, KEY, 'administrator', 1700000100)).toEqual({
      ok: true,
      time: 1700000000,
      expire: 100,
    });
    expect(verifyUserSig(sig, 1400000000, KEY, 'administrator', 1700000101)).toEqual({ ok: false, reason: 'expired' });
    expect(verifyUserSig(sig, 1400000001, KEY, 'administrator', 1700000000)).toEqual({
      ok: false,
      reason: 'wrong-app',
    });
    expect(verifyUserSig(sig, 1400000000, KEY, 'admin', 1700000000)).toEqual({ ok: false, reason: 'wrong-identifier' });
    expect(verifyUserSig(sig, 1400000000, `${KEY}0`, 'administrator', 1700000000)).toEqual({
      ok: false,
      reason: 'bad-signature',
    });
    expect(verifyUserSig('not a sig', 1400000000, KEY, 'administrator')).toEqual({ ok: false, reason: 'malformed' });
    // The URL-safe alphabet: no `+`, `/` or `=` survive, and at least one substitute appears in a sig this long.
    expect(sig).not.toMatch(/[+/=]/);
    expect(sig).toMatch(/[*_-]/);
  });

  it('a signature whose fields were edited after signing is refused', async () => {
    const { deflateSync } = await import('node:zlib');
    const doc = decode(genUserSig(1400000000, KEY, 'administrator', 100, 1700000000));
    const forge = (d: object) =>
      deflateSync(Buffer.from(JSON.stringify(d)))
        .toString('base64')
        .replace(/\+/g, '*')
        .replace(/\//g, '-')
        .replace(/=/g, '_');
    expect(
      verifyUserSig(forge({ ...doc, 'TLS.expire': 999999 }), 1400000000, KEY, 'administrator', 1700000000),
    ).toEqual({ ok: false, reason: 'bad-signature' });
    expect(
      verifyUserSig(forge({ ...doc, 'TLS.time': 1700000001 }), 1400000000, KEY, 'administrator', 1700000000),
    ).toEqual({ ok: false, reason: 'bad-signature' });
    expect(
      verifyUserSig(forge({ ...doc, 'TLS.sig': undefined }), 1400000000, KEY, 'administrator', 1700000000),
    ).toEqual({ ok: false, reason: 'bad-signature' });
    expect(
      verifyUserSig(
        forge({ ...doc, 'TLS.sig': `${doc['TLS.sig'].slice(0, -2)}A=` }),
        1400000000,
        KEY,
        'administrator',
        1700000000,
      ),
    ).toEqual({ ok: false, reason: 'bad-signature' });
  });
});
