// Every text exists in both languages: a key in English without its Chinese (or the reverse) is a
// screen or report that switches language in the middle. Covers every domain file of src/shared/i18n.
import { describe, expect, it } from 'vitest';
import { mergedResources } from '../../src/shared/i18n';

const keys = (o: Record<string, unknown>, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) =>
    v && typeof v === 'object' ? keys(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`],
  );

describe('texts in both languages', () => {
  const all = mergedResources();
  const en = keys(all.en.translation);
  const zh = keys(all['zh-CN'].translation);
  it('has every English key in Chinese', () => {
    const zhSet = new Set(zh);
    expect(en.filter((k) => !zhSet.has(k))).toEqual([]);
  });
  it('has every Chinese key in English', () => {
    const enSet = new Set(en);
    expect(zh.filter((k) => !enSet.has(k))).toEqual([]);
  });
});
