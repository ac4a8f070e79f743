import { describe, expect, it } from 'vitest';
import { detect, missingEssentials } from '../../../src/main/device/detect';
import { parseProps } from '../../../src/main/device/props';
import { PROFILES } from '../../../src/sim/profiles';

// Each phone: the properties that matter, with the values of the public captures quoted in
// shared/reference/device-facts.md §1.2 (source ids there). Properties a capture did not show are
// filled with what that model reports publicly (brand/manufacturer/model/release/sdk).
type Phone = {
  name: string;
  props: Record<string, string>;
  packages?: string[];
  expect: {
    family: string;
    rom: string;
    version?: string;
    channel: string;
    sdk?: number;
    brand?: string;
    model?: string;
  };
};

const p = (
  brand: string,
  manufacturer: string,
  model: string,
  release: string,
  sdk: number,
  extra: Record<string, string> = {},
) => ({
  'ro.product.brand': brand,
  'ro.product.manufacturer': manufacturer,
  'ro.product.model': model,
  'ro.build.version.release': release,
  'ro.build.version.sdk': String(sdk),
  ...extra,
});

const PHONES: Phone[] = [
  // HyperOS 3, Xiaomi 14 (id 70575425964 and public code): MIUI keys still say V816.
  {
    name: 'HyperOS 3 Xiaomi 14',
    props: p('Xiaomi', 'Xiaomi', '23127PN0CC', '16', 36, {
      'ro.mi.os.version.name': 'OS3.0',
      'ro.miui.ui.version.name': 'V816',
    }),
    expect: { family: 'xiaomi', rom: 'HyperOS', version: '3.0', channel: 'xiaomi' },
  },
  // HyperOS 3, 24129PN74C (id 66933691277).
  {
    name: 'HyperOS 3 24129PN74C',
    props: p('Xiaomi', 'Xiaomi', '24129PN74C', '16', 36, {
      'ro.mi.os.version.name': 'OS3.0',
      'ro.miui.ui.version.name': 'V816',
      'ro.miui.ui.version.code': '816',
    }),
    expect: { family: 'xiaomi', rom: 'HyperOS', version: '3.0', channel: 'xiaomi' },
  },
  // HyperOS 2, Xiaomi 13T 2306EPN60G, Android 15 (id 55991198951).
  {
    name: 'HyperOS 2 Xiaomi 13T',
    props: p('Xiaomi', 'Xiaomi', '2306EPN60G', '15', 35, {
      'ro.mi.os.version.name': 'OS2.0',
      'ro.miui.ui.version.code': '816',
    }),
    expect: { family: 'xiaomi', rom: 'HyperOS', version: '2.0', channel: 'xiaomi' },
  },
  // HyperOS without ro.mi.os.version.name: code 816 is HyperOS (id 70949573213 RomInfoProvider rule).
  {
    name: 'HyperOS code 816 without os name',
    props: p('Redmi', 'Xiaomi', '23117RK66C', '14', 34, {
      'ro.miui.ui.version.name': 'V816',
      'ro.miui.ui.version.code': '816',
      'ro.build.version.incremental': 'OS1.0.5.0.UMCCNXM',
    }),
    expect: { family: 'xiaomi', rom: 'HyperOS', version: '1.0', channel: 'xiaomi' },
  },
  // MIUI pre-HyperOS: V9 / code 7 (zac4j/browser RomPropertyKeys.kt).
  {
    name: 'MIUI 9',
    props: p('Xiaomi', 'Xiaomi', 'MI 6', '8.0.0', 26, {
      'ro.miui.ui.version.name': 'V9',
      'ro.miui.ui.version.code': '7',
    }),
    expect: { family: 'xiaomi', rom: 'MIUI', version: '9', channel: 'xiaomi' },
  },
  // Redmi brand with manufacturer Xiaomi (AutoStarter matches redmi/poco brands).
  {
    name: 'Redmi MIUI 14',
    props: p('Redmi', 'Xiaomi', '22101316C', '13', 33, {
      'ro.miui.ui.version.name': 'V140',
      'ro.miui.ui.version.code': '14',
    }),
    expect: { family: 'xiaomi', rom: 'MIUI', version: '14.0', channel: 'xiaomi' },
  },
  {
    name: 'POCO MIUI 12.5',
    props: p('POCO', 'Xiaomi', 'M2102J20SG', '11', 30, { 'ro.miui.ui.version.name': 'V125' }),
    expect: { family: 'xiaomi', rom: 'MIUI', version: '12.5', channel: 'xiaomi' },
  },
  // Trap: LineageOS on Xiaomi hardware is not MIUI.
  {
    name: 'LineageOS on a Xiaomi',
    props: p('Xiaomi', 'Xiaomi', 'Mi 9T', '14', 34, {
      'ro.lineage.build.version': '21.0',
      'ro.lineage.version': '21.0-20240601-NIGHTLY-davinci',
    }),
    packages: ['com.google.android.gms'],
    expect: { family: 'xiaomi', rom: 'LineageOS', version: '21.0', channel: 'xiaomi' },
  },
  // HarmonyOS 3.1 QSSI dump (RandomPush/huawei_ohosqssi_dump @4c147d2): carries ro.magic.api.version, a trap.
  {
    name: 'HarmonyOS 3.1 QSSI',
    props: p('HUAWEI', 'HUAWEI', 'NOH-AN00', '12', 31, {
      'hw_sc.build.platform.version': '3.1.0',
      'hw_sc.build.os.version': '3.0.0',
      'hw_sc.build.os.enable': 'true',
      'ro.build.version.emui': 'EmotionUI_13.1.0',
      'ro.build.hw_emui_api_level': '30',
      'ro.build.display.id': 'System 103.1.0.44(00Q8)',
      'ro.magic.api.version': '0.1',
    }),
    expect: { family: 'huawei', rom: 'HarmonyOS', version: '3.1.0', channel: 'huawei' },
  },
  // EMUI 14 / HarmonyOS 4.x SGT-AL10 (id 68985344915).
  {
    name: 'EMUI 14 SGT-AL10',
    props: p('HUAWEI', 'HUAWEI', 'SGT-AL10', '16', 36, { 'ro.build.version.emui': 'EmotionUI_14.0.0' }),
    expect: { family: 'huawei', rom: 'EMUI', version: '14.0.0', channel: 'huawei' },
  },
  // EMUI 9.1, ANE-LX2J, Android 9 (id 59656945513).
  {
    name: 'EMUI 9.1 ANE-LX2J',
    props: p('HUAWEI', 'HUAWEI', 'ANE-LX2J', '9', 28, { 'ro.build.version.emui': 'EmotionUI_9.1.0' }),
    expect: { family: 'huawei', rom: 'EMUI', version: '9.1.0', channel: 'huawei' },
  },
  // Trap: EMUI-era Honor says brand HONOR, manufacturer HUAWEI → HMS.
  {
    name: 'EMUI-era Honor 20',
    props: p('HONOR', 'HUAWEI', 'YAL-AL00', '10', 29, { 'ro.build.version.emui': 'EmotionUI_10.0.0' }),
    expect: { family: 'honor', rom: 'EMUI', version: '10.0.0', channel: 'huawei' },
  },
  // Honor MagicOS 10 (id 57362851587).
  {
    name: 'Honor MagicOS 10',
    props: p('HONOR', 'HONOR', 'PTP-AN20', '16', 36, {
      'ro.build.version.magic': 'MagicOS_10.0.0',
      'ro.build.magic_api_level': '42',
      'ro.magic.cversion': 'C636',
    }),
    expect: { family: 'honor', rom: 'MagicOS', version: '10.0.0', channel: 'honor' },
  },
  // ColorOS 16 on OnePlus CPH2655 (id 66452880196): oplusrom is the OPlus base.
  {
    name: 'OnePlus CPH2655 OxygenOS 16',
    props: p('OnePlus', 'OnePlus', 'CPH2655', '16', 36, {
      'ro.build.version.oplusrom': 'V16.1.0',
      'ro.build.version.oplusrom.display': '16.0.9',
      'ro.build.version.oplus.api': '38',
      'ro.build.display.id': 'CPH2655_16.0.0.102(EX01)',
    }),
    expect: { family: 'oneplus', rom: 'OxygenOS', version: '16.0.0', channel: 'oppo' },
  },
  // ColorOS 15 on OnePlus Nord CE4 Lite CPH2621 (id 57362851587).
  {
    name: 'OnePlus Nord CE4 Lite',
    props: p('OnePlus', 'OnePlus', 'CPH2621', '15', 35, { 'ro.build.version.oplusrom': 'V15.0.0' }),
    expect: { family: 'oneplus', rom: 'OxygenOS', version: '15.0.0', channel: 'oppo' },
  },
  // China OnePlus (model P…110) runs ColorOS.
  {
    name: 'OnePlus 12 China',
    props: p('OnePlus', 'OnePlus', 'PJD110', '14', 34, { 'ro.build.version.oplusrom': 'V14.0.0' }),
    expect: { family: 'oneplus', rom: 'ColorOS', version: '14.0.0', channel: 'oppo' },
  },
  // ColorOS 15, OPPO PKL110 (id 71428677091).
  {
    name: 'OPPO PKL110 ColorOS 15',
    props: p('OPPO', 'OPPO', 'PKL110', '15', 35, { 'ro.build.version.oplusrom': 'V15.0.0' }),
    expect: { family: 'oppo', rom: 'ColorOS', version: '15.0.0', channel: 'oppo' },
  },
  // Old ColorOS (Blankj opporom key; zac4j ro.rom.different.version).
  {
    name: 'Old ColorOS 2.1',
    props: p('OPPO', 'OPPO', 'R7Plusm', '5.1.1', 22, { 'ro.rom.different.version': 'ColorOS 2.1' }),
    expect: { family: 'oppo', rom: 'ColorOS', version: '2.1', channel: 'oppo' },
  },
  // realme UI 7.0, RMX5200 (id 56857122644): oplusrom is not the realme UI version.
  {
    name: 'realme RMX5200 realme UI 7',
    props: p('realme', 'realme', 'RMX5200', '16', 36, {
      'ro.build.version.oplusrom': 'V16.1.0',
      'ro.build.display.id': 'RMX5200_16.0.8.301(CN01)',
    }),
    expect: { family: 'realme', rom: 'realme UI', version: '7.0', channel: 'oppo' },
  },
  // Trap: generic system image: ro.product.brand absent, system partition says oplus/qssi.
  {
    name: 'realme with generic system brand',
    props: {
      'ro.product.system.brand': 'oplus',
      'ro.product.system.manufacturer': 'oplus',
      'ro.product.system.model': 'qssi',
      'ro.product.vendor.brand': 'realme',
      'ro.product.vendor.manufacturer': 'realme',
      'ro.product.vendor.model': 'RMX3851',
      'ro.build.version.release': '14',
      'ro.build.version.sdk': '34',
      'ro.build.version.oplusrom': 'V14.0.0',
    },
    expect: { family: 'realme', rom: 'realme UI', version: '5.0', channel: 'oppo', brand: 'realme', model: 'RMX3851' },
  },
  {
    name: 'qti system brand with odm brand',
    props: {
      'ro.product.brand': 'qti',
      'ro.product.odm.brand': 'OPPO',
      'ro.product.odm.manufacturer': 'OPPO',
      'ro.product.odm.model': 'PHZ110',
      'ro.product.model': 'qssi',
      'ro.build.version.release': '14',
      'ro.build.version.sdk': '34',
      'ro.build.version.oplusrom': 'V14.0.0',
    },
    expect: { family: 'oppo', rom: 'ColorOS', version: '14.0.0', channel: 'oppo', brand: 'OPPO', model: 'PHZ110' },
  },
  // vivo OriginOS, V2425A, Android 15 (id 66502497256).
  {
    name: 'vivo V2425A OriginOS',
    props: p('vivo', 'vivo', 'V2425A', '15', 35, {
      'ro.vivo.os.name': 'OriginOS',
      'ro.vivo.os.version': '15.0',
      'ro.build.display.id': 'PD2425_A_15.0.18.8.W10.V000L1',
    }),
    expect: { family: 'vivo', rom: 'OriginOS', version: '5', channel: 'vivo' },
  },
  // Trap: vivo S50 Pro mini, V2527A, Android 16, OriginOS 6 reports Funtouch (id 71162895460).
  {
    name: 'vivo V2527A OriginOS 6 says Funtouch',
    props: p('vivo', 'vivo', 'V2527A', '16', 36, {
      'ro.vivo.os.name': 'Funtouch',
      'ro.vivo.os.version': '16.0',
      'ro.build.display.id': 'PD2527C_A_16.0.19.3.W10',
    }),
    expect: { family: 'vivo', rom: 'OriginOS', version: '6', channel: 'vivo' },
  },
  // Old FuntouchOS 3.0 (zac4j RomPropertyKeys.kt).
  {
    name: 'vivo FuntouchOS 3.0',
    props: p('vivo', 'vivo', 'vivo X9', '7.1.2', 25, {
      'ro.vivo.os.name': 'Funtouch',
      'ro.vivo.os.version': '3.0',
      'ro.vivo.os.build.display.id': 'FuntouchOS_3.0',
    }),
    expect: { family: 'vivo', rom: 'FuntouchOS', version: '3.0', channel: 'vivo' },
  },
  // Global vivo on Funtouch 13.
  {
    name: 'vivo V2231 Funtouch 13 global',
    props: p('vivo', 'vivo', 'V2231', '13', 33, {
      'ro.vivo.os.name': 'Funtouch',
      'ro.vivo.os.version': '13.0',
      'ro.vivo.os.build.display.id': 'FuntouchOS_13.0',
      'ro.vivo.product.overseas': 'yes',
    }),
    expect: { family: 'vivo', rom: 'FuntouchOS', version: '13.0', channel: 'vivo' },
  },
  // Flyme 10, MEIZU 21 Pro (id 55178017381).
  {
    name: 'MEIZU 21 Pro Flyme 10',
    props: p('meizu', 'Meizu', 'MEIZU 21 Pro', '14', 34, {
      'ro.build.display.id': 'Flyme 10.5.5.1A',
      'ro.product.flyme.model': 'M2481',
    }),
    expect: { family: 'meizu', rom: 'Flyme', version: '10.5.5.1A', channel: 'meizu' },
  },
  // Flyme 6, MEIZU M6, Android 7.0 (id 66865049871).
  {
    name: 'MEIZU M6 Flyme 6',
    props: p('Meizu', 'Meizu', 'meizu M6', '7.0', 24, { 'ro.build.display.id': 'Flyme 6.2.0.0RU' }),
    expect: { family: 'meizu', rom: 'Flyme', version: '6.2.0.0RU', channel: 'meizu' },
  },
  // Samsung One UI 8.5 (S921B, id 70902016424) and One UI 7.
  {
    name: 'Galaxy S24 One UI 8.5',
    props: p('samsung', 'samsung', 'SM-S921B', '16', 36, { 'ro.build.version.oneui': '80500' }),
    packages: ['com.google.android.gms'],
    expect: { family: 'samsung', rom: 'One UI', version: '8.5', channel: 'fcm' },
  },
  {
    name: 'Galaxy One UI 7',
    props: p('samsung', 'samsung', 'SM-S928B', '15', 35, { 'ro.build.version.oneui': '70000' }),
    expect: { family: 'samsung', rom: 'One UI', version: '7.0', channel: 'fcm' },
  },
  {
    name: 'Pixel 8',
    props: p('google', 'Google', 'Pixel 8', '15', 35),
    packages: ['com.google.android.gms'],
    expect: { family: 'google', rom: 'Android', version: '15', channel: 'fcm' },
  },
  // No vendor service and no Google Play services: no channel at all.
  {
    name: 'AOSP phone without GMS',
    props: p('Fairphone', 'Fairphone', 'FP4', '13', 33),
    packages: ['com.android.settings'],
    expect: { family: 'other', rom: 'Android', version: '13', channel: 'none' },
  },
  // Missing sdk: derived from the release.
  {
    name: 'sdk derived from release',
    props: {
      'ro.product.brand': 'google',
      'ro.product.manufacturer': 'Google',
      'ro.product.model': 'Pixel 4',
      'ro.build.version.release': '11',
    },
    expect: { family: 'google', rom: 'Android', channel: 'fcm', sdk: 30 },
  },
];

describe('detect()', () => {
  it('covers at least 25 phones across every family', () => {
    expect(PHONES.length).toBeGreaterThanOrEqual(25);
    const families = new Set(PHONES.map((ph) => ph.expect.family));
    for (const f of [
      'xiaomi',
      'huawei',
      'honor',
      'oppo',
      'oneplus',
      'realme',
      'vivo',
      'meizu',
      'samsung',
      'google',
      'other',
    ]) {
      expect(families.has(f), f).toBe(true);
    }
  });

  it.each(PHONES)('$name', (ph) => {
    const d = detect(ph.props, ph.packages ? { packages: ph.packages.map((name) => ({ name })) } : {});
    expect(d.brandFamily).toBe(ph.expect.family);
    expect(d.rom.name).toBe(ph.expect.rom);
    if (ph.expect.version !== undefined) expect(d.rom.version).toBe(ph.expect.version);
    expect(d.pushChannel).toBe(ph.expect.channel);
    if (ph.expect.sdk !== undefined) expect(d.android.sdk).toBe(ph.expect.sdk);
    if (ph.expect.brand) expect(d.brand).toBe(ph.expect.brand);
    if (ph.expect.model) expect(d.model).toBe(ph.expect.model);
    // Every verdict names the properties it rests on.
    expect(Object.keys(d.evidence).length).toBeGreaterThan(0);
  });

  it('explains the HyperOS trap, the Huawei magic key and the OriginOS-says-Funtouch trap', () => {
    const keys = (props: Record<string, string>) => detect(props).notes.map((n) => n.key);
    expect(keys(PHONES[0].props)).toContain('detect.note.hyperosMiuiKeys');
    expect(keys(PHONES.find((x) => x.name.startsWith('HarmonyOS'))!.props)).toContain('detect.note.magicKeyOnHuawei');
    expect(keys(PHONES.find((x) => x.name.includes('says Funtouch'))!.props)).toContain(
      'detect.note.originosSaysFuntouch',
    );
    expect(keys(PHONES.find((x) => x.name.startsWith('EMUI-era Honor'))!.props)).toContain('detect.note.honorOnHms');
  });

  it('says so when a vendor phone lacks its push service', () => {
    const d = detect(p('OPPO', 'OPPO', 'PHZ110', '14', 34, { 'ro.build.version.oplusrom': 'V14.0.0' }), {
      packages: [{ name: 'com.android.settings' }],
    });
    expect(d.pushChannel).toBe('oppo');
    expect(d.channelReason).toContain('vendor-service-missing');
    expect(d.notes.map((n) => n.key)).toContain('detect.note.noPushService');
  });

  it('tells a tablet and a TV apart from a phone', () => {
    expect(
      detect({ ...p('samsung', 'samsung', 'SM-X710', '14', 34), 'ro.build.characteristics': 'tablet' }).formFactor,
    ).toBe('tablet');
    expect(
      detect({ ...p('Xiaomi', 'Xiaomi', 'MiTV-MOOQ0', '11', 30), 'ro.build.characteristics': 'tv' }).formFactor,
    ).toBe('tv');
  });

  it.each(PROFILES)('agrees with the virtual phone profile $name', (profile) => {
    const d = detect(profile.props, {
      packages: [profile.pushService, ...profile.packages]
        .filter((x) => x !== undefined)
        .map((x) => ({ name: x.name })),
    });
    expect(d.brandFamily).toBe(profile.family);
    expect(d.pushChannel).toBe(profile.appChannel);
    expect(missingEssentials(profile.props)).toEqual([]);
  });
});

describe('parseProps()', () => {
  it('reads getprop output with multi-line values and CRLF', () => {
    const text =
      '[ro.product.brand]: [Xiaomi]\r\n[persist.sys.note]: [first\r\nsecond]\r\n[ro.build.version.sdk]: [35]\r\n';
    const r = parseProps(text);
    expect(r.format).toBe('getprop');
    expect(r.props['ro.product.brand']).toBe('Xiaomi');
    expect(r.props['persist.sys.note']).toBe('first\nsecond');
    expect(r.props['ro.build.version.sdk']).toBe('35');
  });

  it('reads build.prop text and ignores comments and imports', () => {
    const r = parseProps(
      '# begin build properties\nimport /vendor/build.prop\nro.product.brand=OPPO\nro.build.version.sdk=34\n',
    );
    expect(r.format).toBe('build.prop');
    expect(r.props).toEqual({ 'ro.product.brand': 'OPPO', 'ro.build.version.sdk': '34' });
  });

  it('keeps what it can of a truncated dump and counts the broken line', () => {
    const r = parseProps('[ro.product.brand]: [vivo]\n[ro.product.model]: [V24');
    expect(r.props['ro.product.brand']).toBe('vivo');
    expect(r.props['ro.product.model']).toBeUndefined();
    expect(r.badLines).toBe(1);
  });

  it('finds nothing in garbage', () => {
    const r = parseProps('\u0000\u0001 not a dump at all <html>');
    expect(r.format).toBe('empty');
    expect(Object.keys(r.props)).toHaveLength(0);
  });
});
