// A vendor is one folder (src/main/vendors/<id>/): what the type checker cannot see about its parts
// is checked here — each brand family claimed by one vendor, one place in the brand order, every
// text a part names present in both languages, and log-line ids and IM type names unique once the
// central tables are built from the folders.
import { describe, expect, it } from 'vitest';
import { BRAND_FAMILIES } from '../../../src/shared/types';
import { VENDOR_IDS } from '../../../src/shared/vendors';
import { mergedResources } from '../../../src/shared/i18n';
import { VENDOR_MODULES } from '../../../src/main/vendors/registry';
import { IM_MODULES } from '../../../src/main/vendors/im-registry';
import { channelNamed } from '../../../src/main/vendors/type-names';
import { PATTERNS } from '../../../src/main/logs/patterns';
import { SETTINGS_SCREENS, hasGuide, screensFor } from '../../../src/main/device/screens';
import { KNOWN_CODES } from '../../../src/main/push/codes';
import type { ManifestModel } from '../../../src/main/apk/manifest';

const modules = VENDOR_IDS.map((v) => VENDOR_MODULES[v]);
const keys = (o: Record<string, unknown>, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) =>
    v && typeof v === 'object' ? keys(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
const all = mergedResources();
const en = new Set(keys(all.en.translation));
const zh = new Set(keys(all['zh-CN'].translation));
const bothLanguages = (key: string) => en.has(key) && zh.has(key);

describe('vendor modules', () => {
  it('each is registered under its own id', () => {
    for (const v of VENDOR_IDS) expect(VENDOR_MODULES[v].id).toBe(v);
    for (const [id, m] of Object.entries(IM_MODULES)) expect(m.id).toBe(id);
  });

  it('every brand family but "other" belongs to exactly one vendor', () => {
    const owners = BRAND_FAMILIES.map((f) => [
      f,
      modules.filter((m) => m.detection.families.some((r) => r.family === f)),
    ]);
    for (const [family, owning] of owners)
      expect((owning as unknown[]).length, String(family)).toBe(family === 'other' ? 0 : 1);
  });

  it('the brand order has one place per vendor', () => {
    const order = modules.map((m) => m.detection.brandOrder);
    expect(new Set(order).size).toBe(order.length);
  });

  it('every text a vendor part names exists in English and Chinese', () => {
    const missing: string[] = [];
    for (const m of modules) {
      for (const key of m.policy.notes) if (!bothLanguages(key)) missing.push(key);
      for (const kind of Object.values(m.policy.codes))
        if (!bothLanguages(`check.policy.code.${kind}`)) missing.push(`check.policy.code.${kind}`);
      for (const g of m.guides) {
        if (g.autostart && !bothLanguages(`check.power.autostart.${g.family}`)) missing.push(`autostart.${g.family}`);
        if (g.notifications && !bothLanguages(`check.notifications.enable.${g.family}`))
          missing.push(`notifications.enable.${g.family}`);
      }
      for (const c of Object.values(m.logCodes)) if (!bothLanguages(c.key)) missing.push(c.key);
    }
    expect(missing).toEqual([]);
  });

  it("the texts a vendor's manifest rules report exist in English and Chinese", () => {
    // An app with none of the channel's parts gets the rules' "missing" findings.
    const bare: ManifestModel = {
      package: 'com.example.chat',
      targetSdk: 34,
      debuggable: false,
      usesPermissions: [],
      permissions: [],
      components: [],
      metaData: {},
    };
    const missing: string[] = [];
    let checked = 0;
    for (const m of modules)
      for (const r of [...m.manifest.rules, ...(m.manifest.versioned ?? [])])
        for (const f of r.check(bare)) {
          checked++;
          if (!bothLanguages(f.message.key)) missing.push(`${m.id}: ${f.message.key}`);
        }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(modules.length);
  });

  it('guides and screens are keyed by the families of their own vendor', () => {
    for (const m of modules) {
      const own = new Set(m.detection.families.map((f) => f.family));
      // Huawei's startup screen is also on Honor phones of the Huawei era.
      const allowed = m.id === 'huawei' ? new Set([...own, 'honor']) : own;
      for (const g of m.guides) expect(own.has(g.family), `${m.id} guide ${g.family}`).toBe(true);
      for (const s of m.screens)
        for (const f of s.families === 'all' ? [] : s.families) expect(allowed.has(f), `${m.id} ${s.id}`).toBe(true);
    }
  });

  it('the central tables are built from the folders, in order', () => {
    expect(SETTINGS_SCREENS.map((s) => s.id)).toEqual([
      ...modules.flatMap((m) => m.screens.map((s) => s.id)),
      'app-notification-settings',
      'app-details',
      'battery-optimization',
    ]);
    expect(screensFor('oneplus', 34).map((s) => s.id)).toEqual([
      'oneplus-chain-launch',
      'app-notification-settings',
      'app-details',
      'battery-optimization',
    ]);
    expect(hasGuide('samsung', 'notifications')).toBe(true);
    expect(hasGuide('samsung', 'autostart')).toBe(false);
    expect(hasGuide('other', 'notifications')).toBe(false);
    for (const m of modules) expect(KNOWN_CODES[m.id]).toBe(m.apiCodes);
    expect(KNOWN_CODES['tencent-im']).toBe(IM_MODULES['tencent-im'].apiCodes);
  });

  it('log-line ids are unique and every line of a folder is in the scanner table', () => {
    const ids = PATTERNS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    const fromFolders = [
      ...modules.flatMap((m) => [...m.logLines.tencentIm, ...m.logLines.easemob, ...m.logLines.sdk]),
      ...Object.values(IM_MODULES).flatMap((m) => [...m.logLines.first, ...m.logLines.last]),
    ];
    for (const p of fromFolders) expect(PATTERNS).toContain(p);
  });

  it('an IM type name stands for one channel, spelled exactly', () => {
    const names = modules.flatMap((m) => m.logLines.typeNames);
    expect(new Set(names).size).toBe(names.length);
    expect(channelNamed('HMSPUSH')).toBe('huawei');
    expect(channelNamed('hmspush')).toBeUndefined();
    expect(channelNamed('constructor')).toBeUndefined();
    expect(channelNamed(undefined)).toBeUndefined();
  });
});
