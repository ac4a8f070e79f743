// Every sender against its stand-in over real HTTP on loopback: good request, wrong secret,
// unknown token, wrong package, quota, 429 then success, 5xx, timeout, HTML and empty bodies —
// and no secret in any answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStandins, type Standins } from '../../../src/sim/standins/server';
import { simProfile, serviceAccountJson } from '../../../src/sim/standins/profile';
import type { PhoneRegistry, PushEnvelope } from '../../../src/sim/standins/types';
import { createSender } from '../../../src/main/push/providers';
import { generateToken } from '../../../src/sim/phone/sdk-logs';
import { createI18n, translate } from '../../../src/shared/i18n';
import type { AppProfile } from '../../../src/shared/profile';
import type { ProviderName, VendorChannel } from '../../../src/shared/types';
import { genUserSig, verifyUserSig } from '../../../src/main/push/usersig';

const VENDORS: VendorChannel[] = ['fcm', 'huawei', 'honor', 'xiaomi', 'oppo', 'vivo', 'meizu'];
const PROVIDERS: ProviderName[] = [...VENDORS, 'tencent-im', 'easemob'];
const en = createI18n('en');

// A phone side that records what reaches it: the full flow with virtual phones is in test/integration.
const received: PushEnvelope[] = [];
const tokens = new Map<VendorChannel, string>(VENDORS.map((v) => [v, generateToken(v, 'contract')]));
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

let s: Standins;
let profile: AppProfile;
const secretsUsed: string[] = [];

beforeAll(async () => {
  s = await startStandins({ phones: registry, delayMs: 5 });
  const dir = mkdtempSync(join(tmpdir(), 'pd-contract-'));
  const sa = join(dir, 'sa.json');
  writeFileSync(sa, serviceAccountJson(s), { mode: 0o600 });
  profile = simProfile(s, sa);
  const c = s.credentials;
  secretsUsed.push(
    c.xiaomi.appSecret,
    c.huawei.clientSecret,
    c.honor.clientSecret,
    c.oppo.masterSecret,
    c.vivo.appSecret,
    c.meizu.appSecret,
    c.tencent.secretKey,
    c.easemob.clientSecret,
  );
  s.reportToken({
    imSdk: 'tencent',
    user: 'alice',
    vendor: 'xiaomi',
    token: tokens.get('xiaomi')!,
    package: 'com.example.chat',
  });
  s.reportToken({
    imSdk: 'easemob',
    user: 'alice',
    vendor: 'huawei',
    token: tokens.get('huawei')!,
    package: 'com.example.chat',
  });
});

afterAll(async () => {
  await s?.close();
});

function withProvider(p: ProviderName, patch: Record<string, unknown>): AppProfile {
  return {
    ...profile,
    providers: { ...profile.providers, [p]: { ...(profile.providers as Record<string, object>)[p], ...patch } },
  };
}

const req = (vendor: VendorChannel | null, extra: Record<string, unknown> = {}) => ({
  token: vendor ? tokens.get(vendor)! : '',
  package: 'com.example.chat',
  title: 'Hello',
  body: 'World',
  channelId: 'push_messages',
  ext: { pd_nonce: 'n1' },
  ...extra,
});

const vendorOf = (p: ProviderName): VendorChannel | null => (p === 'tencent-im' || p === 'easemob' ? null : p);

describe.each(PROVIDERS)('%s sender against its stand-in', (provider) => {
  it('delivers a good request and says it was accepted', async () => {
    const before = received.length;
    const r = await createSender(profile, provider, { backoffMs: 5 }).send(req(vendorOf(provider)));
    expect(r.ok, translate(en, r.meaning)).toBe(true);
    expect(r.messageId).toBeTruthy();
    await new Promise((res) => setTimeout(res, 40));
    const got = received.slice(before);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ title: 'Hello', body: 'World', package: 'com.example.chat' });
    expect(got[0].ext?.pd_nonce).toBe('n1');
  });

  it('caches its auth token across messages', async () => {
    const sender = createSender(profile, provider);
    await sender.send(req(vendorOf(provider)));
    await sender.send(req(vendorOf(provider)));
    expect(sender.authCalls).toBe(1);
  });

  it('refreshes the auth token once when the provider says it expired', async () => {
    const sender = createSender(profile, provider, { backoffMs: 5 });
    await sender.send(req(vendorOf(provider)));
    s.expireAuth();
    const r = await sender.send(req(vendorOf(provider)));
    expect(r.ok, translate(en, r.meaning)).toBe(true);
    // Providers without a token exchange (Xiaomi, Meizu; Tencent IM signs its own UserSig) need no refresh.
    expect(sender.authCalls).toBe(['xiaomi', 'meizu', 'tencent-im'].includes(provider) ? 1 : 2);
  });

  it('retries a 429 and then succeeds, within its budget', async () => {
    s.failNext(provider, '429', 1);
    const r = await createSender(profile, provider, { backoffMs: 5 }).send(req(vendorOf(provider)));
    expect(r.ok).toBe(true);
    expect(r.attempts).toBe(2);
  });

  it('gives up after bounded retries of a 5xx, with a clear failure', async () => {
    s.failNext(provider, '500', 10);
    const r = await createSender(profile, provider, { backoffMs: 5, maxAttempts: 3 }).send(req(vendorOf(provider)));
    s.failNext(provider, '500', 0);
    expect(r.ok).toBe(false);
    expect(r.attempts).toBe(3);
    expect(r.httpStatus).toBe(500);
  });

  it('names the provider when it answers HTML, an empty body, or nothing', async () => {
    for (const fault of ['html', 'empty'] as const) {
      s.failNext(provider, fault, 1);
      const r = await createSender(profile, provider, { backoffMs: 5 }).send(req(vendorOf(provider)));
      expect(r.ok).toBe(false);
      const text = translate(en, r.meaning);
      expect(text).toContain(provider);
      expect(text).toMatch(fault === 'html' ? /HTML page/ : /empty body/);
    }
    s.failNext(provider, 'hang', 1);
    const r = await createSender(profile, provider, { timeoutMs: 300 }).send(req(vendorOf(provider)));
    expect(r.ok).toBe(false);
    expect(translate(en, r.meaning)).toMatch(/did not answer within/);
    // A request that may have been delivered is not sent twice.
    expect(r.attempts).toBe(1);
  });

  it('explains an unknown target or user', async () => {
    const vendor = vendorOf(provider);
    if (provider === 'easemob') {
      // Easemob does not check user ids and sends anyway (EM-doc message_single, push-api-audit.md §9):
      // accepted, with an id, and nothing reaches a phone.
      const before = received.length;
      const r = await createSender(withProvider('easemob', { toUser: 'nobody' }), 'easemob').send(req(null));
      expect(r.ok).toBe(true);
      expect(r.messageId).toBeTruthy();
      await new Promise((res) => setTimeout(res, 40));
      expect(received.length).toBe(before);
      return;
    }
    const r =
      vendor === null
        ? await createSender(
            {
              ...profile,
              providers: {
                ...profile.providers,
                [provider]: { ...(profile.providers as Record<string, object>)[provider], toUser: 'nobody' },
              },
            },
            provider,
          ).send(req(null))
        : await createSender(profile, provider).send(req(vendor, { token: generateToken(vendor, 'someone-else') }));
    expect(r.ok).toBe(false);
    expect(r.meaning.key).not.toBe('push.code.unknown');
  });
});

describe('wrong credentials', () => {
  const wrong: [ProviderName, Record<string, unknown>, RegExp][] = [
    ['xiaomi', { appSecret: 'not-the-secret-123' }, /appSecret/],
    ['huawei', { clientSecret: 'not-the-secret-123' }, /clientSecret/],
    ['honor', { clientSecret: 'not-the-secret-123' }, /clientSecret/],
    ['oppo', { masterSecret: 'not-the-secret-123' }, /masterSecret/],
    ['vivo', { appSecret: 'not-the-secret-123' }, /appSecret/],
    ['meizu', { appSecret: 'not-the-secret-123' }, /appSecret/],
    ['tencent-im', { secretKey: 'not-the-secret-123' }, /secretKey/],
    ['easemob', { clientSecret: 'not-the-secret-123' }, /clientSecret/],
  ];
  it.each(wrong)('%s: refused with a sentence naming the field, without the secret', async (provider, patch, field) => {
    const r = await createSender(withProvider(provider, patch), provider).send(req(vendorOf(provider)));
    expect(r.ok).toBe(false);
    const text = translate(en, r.meaning);
    expect(text).toMatch(field);
    for (const secret of [...secretsUsed, 'not-the-secret-123']) expect(JSON.stringify(r) + text).not.toContain(secret);
  });

  it('xiaomi: a wrong package is refused with 22022', async () => {
    const r = await createSender(profile, 'xiaomi').send(req('xiaomi', { package: 'com.other.app' }));
    expect(r.vendorCode).toBe('22022');
  });

  it('fcm: a wrong package is refused as INVALID_ARGUMENT', async () => {
    const r = await createSender(profile, 'fcm').send(req('fcm', { package: 'com.other.app' }));
    expect(r.vendorCode).toBe('INVALID_ARGUMENT');
  });

  it('quota: each vendor answers with its own quota code', async () => {
    for (const p of ['vivo', 'oppo', 'meizu'] as ProviderName[]) {
      s.failNext(p, 'quota');
      const r = await createSender(profile, p).send(req(vendorOf(p)));
      expect(r.ok).toBe(false);
      expect(['10070', '33', '110019']).toContain(r.vendorCode);
    }
  });
});

describe('UserSig (TLSSigAPIv2)', () => {
  it('matches a vector derived by hand from the documented algorithm, and round-trips', () => {
    const sig = genUserSig(
      1400000000,
      '5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e',
      'administrator',
      86400 * 180,
      1700000000,
    );
    // The HMAC over "TLS.identifier:administrator\nTLS.sdkappid:1400000000\nTLS.time:1700000000\nTLS.expire:15552000\n".
    const ok = verifyUserSig(
      sig,
      1400000000,
      '5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e',
      'administrator',
      1700000001,
    );
    expect(ok).toEqual({ ok: true, time: 1700000000, expire: 15552000 });
    expect(sig).toMatch(/^[A-Za-z0-9*\-_]+$/);
    expect(verifyUserSig(sig, 1400000000, 'wrong-key', 'administrator', 1700000001)).toEqual({
      ok: false,
      reason: 'bad-signature',
    });
    expect(
      verifyUserSig(
        sig,
        1400000000,
        '5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e',
        'administrator',
        1700000000 + 86400 * 181,
      ),
    ).toEqual({ ok: false, reason: 'expired' });
  });
});
