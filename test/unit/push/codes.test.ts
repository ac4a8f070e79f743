// Every code the senders can print has its meaning in both languages, and the texts hold no code
// the table does not know (a text nobody can reach, or a code shown with the generic sentence).
import { describe, expect, it } from 'vitest';
import { KNOWN_CODES, codeKey } from '../../../src/main/push/codes';
import { push } from '../../../src/shared/i18n/push';
import { PROVIDERS } from '../../../src/shared/types';

type Tree = Record<string, Record<string, Record<string, Record<string, string>>>>;
const texts = (lng: 'en' | 'zh-CN') => (push[lng] as Tree).push.code;

describe('push code tables (src/main/push/codes.ts ↔ src/shared/i18n/push.ts)', () => {
  it.each(PROVIDERS)('%s: each known code has an English and a Chinese meaning', (provider) => {
    for (const code of KNOWN_CODES[provider]) {
      const key = codeKey(provider, code)!;
      const leaf = key.split('.').pop()!;
      const group = provider.replace('-', '');
      expect(texts('en')[group]?.[leaf], `${key} (en)`).toBeTruthy();
      expect(texts('zh-CN')[group]?.[leaf], `${key} (zh-CN)`).toBeTruthy();
    }
  });

  it.each(PROVIDERS)('%s: each code text belongs to a known code', (provider) => {
    const group = provider.replace('-', '');
    const reachable = new Set(KNOWN_CODES[provider].map((c) => codeKey(provider, c)!.split('.').pop()));
    for (const lng of ['en', 'zh-CN'] as const)
      for (const leaf of Object.keys(texts(lng)[group] ?? {}).filter((k) => k.startsWith('c')))
        expect(reachable.has(leaf), `${lng} push.code.${group}.${leaf}`).toBe(true);
  });

  it('the Tencent IM codes of a wrong key, another app and a non-admin are known (issue 20)', () => {
    for (const code of ['70009', '70014', '60010', '70003', '70001', '70013'])
      expect(codeKey('tencent-im', code)).not.toBeNull();
    for (const code of ['failTokens', 'expireTokens']) expect(codeKey('honor', code)).not.toBeNull();
  });
});
