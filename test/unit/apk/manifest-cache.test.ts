import { describe, expect, it } from 'vitest';
import { ManifestCache } from '../../../src/main/apk/manifest-cache';
import type { ManifestModel } from '../../../src/main/apk/manifest';

const model = (pkg: string) => ({ package: pkg }) as unknown as ManifestModel;

describe('manifest cache', () => {
  it('keys on phone, path, versionCode and lastUpdateTime, and caches nothing without them', () => {
    const k = ManifestCache.key('s1', '/data/app/a/base.apk', {
      versionCode: 42,
      lastUpdateTime: '2026-11-28 10:00:00',
    });
    expect(k).not.toBeNull();
    expect(
      ManifestCache.key('s1', '/data/app/a/base.apk', { versionCode: 42, lastUpdateTime: '2026-11-28 10:05:00' }),
    ).not.toBe(k);
    expect(
      ManifestCache.key('s2', '/data/app/a/base.apk', { versionCode: 42, lastUpdateTime: '2026-11-28 10:00:00' }),
    ).not.toBe(k);
    expect(ManifestCache.key('s1', '/data/app/a/base.apk', { versionCode: 42 })).toBeNull();
    const c = new ManifestCache();
    c.set(null, { model: model('x'), size: 1 });
    expect(c.get(null)).toBeUndefined();
  });

  it('keeps the most recently used entries', () => {
    const c = new ManifestCache(2);
    c.set('a', { model: model('a'), size: 1 });
    c.set('b', { model: model('b'), size: 1 });
    expect(c.get('a')?.model.package).toBe('a'); // a is now the newest
    c.set('c', { model: model('c'), size: 1 });
    expect(c.get('b')).toBeUndefined();
    expect(c.get('a')).toBeDefined();
    expect(c.get('c')).toBeDefined();
  });
});
