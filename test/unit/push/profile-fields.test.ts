// Pure rules behind the new profile fields: the vivo classification/category pair the sender sends,
// and the warnings a valid profile still deserves (push-api-audit.md §4–§9).
import { describe, expect, it } from 'vitest';
import { vivoClass } from '../../../src/main/vendors/vivo/sender';
import { imVendorFields } from '../../../src/main/push/providers/im-vendors';
import { appProfileSchema, profileWarnings, vivoClassificationOf, type AppProfile } from '../../../src/shared/profile';

describe('vivo classification and category always agree', () => {
  it.each([
    [{}, undefined, { classification: 1, category: 'IM' }],
    [{}, 0, { classification: 0, category: 'MARKETING' }],
    [{ classification: 0 }, 1, { classification: 0, category: 'MARKETING' }],
    [{ classification: 1 }, 0, { classification: 1, category: 'IM' }],
    [{ category: 'ORDER' }, 0, { classification: 1, category: 'ORDER' }],
    [{ category: 'NEWS' }, 1, { classification: 0, category: 'NEWS' }],
  ] as const)('profile %j, request %s → %j', (config, requested, expected) => {
    const got = vivoClass(config, requested);
    expect(got).toEqual(expected);
    expect(vivoClassificationOf(got.category)).toBe(got.classification);
  });
});

describe('IM vendor fields', () => {
  it('copy each vendor its own channel and fall back to the vendor sections', () => {
    const f = imVendorFields(
      {},
      {
        channels: { xiaomi: 'a', oppo: 'b' },
        providers: {
          oppo: { appKey: 'k', masterSecret: 's', category: 'IM', notifyLevel: 16 },
          meizu: { appId: '1', appSecret: 's', noticeMsgType: 1 },
        },
      },
    );
    expect(f).toMatchObject({
      channels: { xiaomi: 'a', oppo: 'b' },
      oppoCategory: 'IM',
      oppoNotifyLevel: 16,
      meizuNoticeMsgType: 1,
      vivoCategory: 'IM',
      vivoClassification: 1,
      honorImportance: 'NORMAL',
    });
    expect(imVendorFields({ vivoCategory: 'SOCIAL' }, {})).toMatchObject({
      vivoCategory: 'SOCIAL',
      vivoClassification: 0,
    });
  });
});

describe('profile warnings', () => {
  const p = (x: Record<string, unknown>): AppProfile => appProfileSchema.parse({ package: 'com.example.chat', ...x });
  it('names what is missing for real pushes', () => {
    const im = p({
      providers: { easemob: { orgName: 'o', appName: 'a', clientId: 'c', clientSecret: 's', toUser: 'u' } },
    });
    expect(profileWarnings(im).map((w) => w.path)).toEqual([
      'channels.xiaomi',
      'channels.oppo',
      'providers.easemob.baseUrl',
    ]);
    const ok = p({
      channels: { xiaomi: 'x', oppo: 'o' },
      providers: {
        easemob: {
          orgName: 'o',
          appName: 'a',
          clientId: 'c',
          clientSecret: 's',
          toUser: 'u',
          baseUrl: 'https://a41.easemob.com',
        },
      },
    });
    expect(profileWarnings(ok)).toEqual([]);
    expect(profileWarnings(p({ providers: { fcm: { serviceAccountFile: 'sa.json' } } }))).toEqual([]);
  });
});
