// Detection rule by rule (device-facts.md §1 and the traps of §7): each brand test, each ROM key,
// each version form, the generic-partition trap, form factors, the package refinement and the
// essentials check — so that dropping or bending one rule fails a test.
import { describe, expect, it } from 'vitest';
import { detect, missingEssentials } from '../../../src/main/device/detect';

const p = (brand: string, manufacturer: string, extra: Record<string, string> = {}, release = '14', sdk = '34') => ({
  'ro.product.brand': brand,
  'ro.product.manufacturer': manufacturer,
  'ro.product.model': 'M1',
  'ro.build.version.release': release,
  'ro.build.version.sdk': sdk,
  ...extra,
});
const notes = (props: Record<string, string>, packages?: string[]) =>
  detect(props, packages ? { packages: packages.map((name) => ({ name })) } : {}).notes.map((n) => n.key);

describe('brand family and channel', () => {
  it.each<[string, string, string, string, string]>([
    ['Xiaomi', 'Xiaomi', 'xiaomi', 'xiaomi', 'brand:xiaomi'],
    ['Redmi', 'Xiaomi', 'xiaomi', 'xiaomi', 'brand:xiaomi'],
    ['POCO', 'POCO', 'xiaomi', 'xiaomi', 'brand:xiaomi'],
    ['Redmi', 'unknown', 'xiaomi', 'xiaomi', 'brand:xiaomi'],
    ['qq', 'Xiaomi', 'xiaomi', 'xiaomi', 'brand:xiaomi'],
    ['HONOR', 'HONOR', 'honor', 'honor', 'brand:honor'],
    ['HONOR', 'HUAWEI', 'honor', 'huawei', 'brand:honor-on-hms'],
    ['HUAWEI', 'HUAWEI', 'huawei', 'huawei', 'brand:huawei'],
    ['x', 'HUAWEI', 'huawei', 'huawei', 'brand:huawei'],
    ['meizu', 'Meizu', 'meizu', 'meizu', 'brand:meizu'],
    ['22c4185e', 'unknown', 'meizu', 'meizu', 'brand:meizu'],
    ['x', 'meizu', 'meizu', 'meizu', 'brand:meizu'],
    ['OnePlus', 'OnePlus', 'oneplus', 'oppo', 'brand:oneplus'],
    ['realme', 'realme', 'realme', 'oppo', 'brand:realme'],
    ['OPPO', 'OPPO', 'oppo', 'oppo', 'brand:oppo'],
    ['x', 'OPPO', 'oppo', 'oppo', 'brand:x'],
    ['vivo', 'vivo', 'vivo', 'vivo', 'brand:vivo'],
    ['iQOO', 'vivo', 'vivo', 'vivo', 'brand:vivo'],
    ['iQOO', 'x', 'vivo', 'vivo', 'brand:vivo'],
    ['x', 'vivo', 'vivo', 'vivo', 'brand:vivo'],
    ['samsung', 'samsung', 'samsung', 'fcm', 'brand:other'],
    ['google', 'Google', 'google', 'fcm', 'brand:other'],
    ['Nokia', 'HMD Global', 'other', 'fcm', 'brand:other'],
    ['meizuplus', 'x', 'other', 'fcm', 'brand:other'],
  ])('%s / %s → family %s, channel %s (%s)', (brand, manufacturer, family, channel, reason) => {
    const d = detect(p(brand, manufacturer));
    expect(d.brandFamily).toBe(family);
    expect(d.pushChannel).toBe(channel);
    expect(d.channelReason).toBe(reason);
    expect(d.brand).toBe(brand);
    expect(d.manufacturer).toBe(manufacturer);
  });

  it('generic system-partition values are skipped in partition order, and said so', () => {
    const d = detect({
      'ro.product.brand': 'qti',
      'ro.product.product.brand': 'unknown',
      'ro.product.odm.brand': 'OnePlus',
      'ro.product.vendor.brand': 'OPPO',
      'ro.product.manufacturer': ' OnePlus ',
      'ro.build.version.release': '14',
    });
    expect(d.brand).toBe('OnePlus');
    expect(d.manufacturer).toBe('OnePlus');
    expect(d.evidence).toMatchObject({ 'ro.product.odm.brand': 'OnePlus', 'ro.product.brand': 'qti' });
    expect(d.notes).toContainEqual({
      key: 'detect.note.genericSystemBrand',
      params: { key: 'ro.product.odm.brand', value: 'OnePlus' },
    });
    const allGeneric = detect({ 'ro.product.brand': 'QSSI', 'ro.product.system.brand': 'oplus' });
    expect(allGeneric.brand).toBe('QSSI');
    expect(allGeneric.notes.map((n) => n.key)).not.toContain('detect.note.genericSystemBrand');
    expect(detect({ 'ro.product.system.model': 'CPH2581' }).model).toBe('CPH2581');
    expect(detect({}).model).toBe('');
  });
});

describe('Android version', () => {
  it.each<[Record<string, string>, string, number]>([
    [{ 'ro.build.version.release': '13', 'ro.build.version.sdk': '33' }, '13', 33],
    [{ 'ro.build.version.release': '13' }, '13', 33],
    [{ 'ro.build.version.release': '12L' }, '12L', 32],
    [{ 'ro.build.version.release': '7.1.2' }, '7.1.2', 24],
    [{ 'ro.build.version.release': '5.1' }, '5.1', 22],
    [{ 'ro.build.version.release': '16.0' }, '16.0', 36],
    [{ 'ro.build.version.release_or_codename': ' 15 ' }, '15', 35],
    [{ 'ro.build.version.release': 'Baklava' }, 'Baklava', 0],
    [{ 'ro.build.version.sdk': 'x' }, '', 0],
  ])('%j → %s / %d', (props, release, sdk) => expect(detect(props).android).toEqual({ release, sdk }));
});

describe('ROMs', () => {
  it.each<[string, Record<string, string>, string, string]>([
    ['HyperOS by its own key', p('Xiaomi', 'Xiaomi', { 'ro.mi.os.version.name': 'OS2.0' }), 'HyperOS', '2.0'],
    [
      'HyperOS by MIUI code 816 and an OS incremental',
      p('Xiaomi', 'Xiaomi', { 'ro.miui.ui.version.code': '816', 'ro.build.version.incremental': 'OS1.0.5.0.UNCCNXM' }),
      'HyperOS',
      '1.0',
    ],
    [
      'HyperOS by code alone',
      p('Xiaomi', 'Xiaomi', { 'ro.miui.ui.version.code': '816', 'ro.build.version.incremental': 'V14.0.1' }),
      'HyperOS',
      '',
    ],
    [
      'HyperOS by incremental alone',
      p('Xiaomi', 'Xiaomi', { 'ro.build.version.incremental': 'OS2.0.1.0.VNCCNXM' }),
      'HyperOS',
      '2.0',
    ],
    [
      'MIUI 14 (code 815 is still MIUI)',
      p('Xiaomi', 'Xiaomi', { 'ro.miui.ui.version.code': '815', 'ro.miui.ui.version.name': 'V140' }),
      'MIUI',
      '14.0',
    ],
    ['MIUI 12.5', p('Xiaomi', 'Xiaomi', { 'ro.miui.ui.version.name': 'V125' }), 'MIUI', '12.5'],
    ['MIUI 12', p('Xiaomi', 'Xiaomi', { 'ro.miui.ui.version.name': 'V12' }), 'MIUI', '12'],
    ['MIUI 9, lower-case v', p('Xiaomi', 'Xiaomi', { 'ro.miui.ui.version.name': 'v9' }), 'MIUI', '9'],
    ['a Xiaomi without ROM keys', p('Xiaomi', 'Xiaomi', {}, '11'), 'Android', '11'],
    ['MagicOS on Honor', p('HONOR', 'HONOR', { 'ro.build.version.magic': 'MagicOS_8.0.0' }), 'MagicOS', '8.0.0'],
    ['Magic UI before 7', p('HONOR', 'HONOR', { 'ro.build.version.magic': 'MagicUI_4.0.0' }), 'Magic UI', '4.0.0'],
    ['MagicOS 7 without the word', p('HONOR', 'HONOR', { 'ro.build.version.magic': 'V7.1.0' }), 'MagicOS', '7.1.0'],
    [
      'Magic on a Huawei family phone made by Honor',
      p('HUAWEI', 'HONOR', { 'ro.build.version.magic': 'MagicUI_6.1' }),
      'Magic UI',
      '6.1',
    ],
    [
      'HarmonyOS by platform version',
      p('HUAWEI', 'HUAWEI', { 'hw_sc.build.platform.version': '3.0.0', 'ro.build.version.emui': 'EmotionUI_12.0.0' }),
      'HarmonyOS',
      '3.0.0',
    ],
    [
      'HarmonyOS by the enable flag',
      p('HUAWEI', 'HUAWEI', { 'hw_sc.build.os.enable': 'true', 'hw_sc.build.os.version': '4.2.0' }),
      'HarmonyOS',
      '4.2.0',
    ],
    ['HarmonyOS flag without version', p('HUAWEI', 'HUAWEI', { 'hw_sc.build.os.enable': 'true' }), 'HarmonyOS', ''],
    ['EMUI', p('HUAWEI', 'HUAWEI', { 'ro.build.version.emui': 'EmotionUI_10.1.0' }), 'EMUI', '10.1.0'],
    [
      'Magic key only, on a Huawei',
      p('HUAWEI', 'HUAWEI', { 'ro.build.version.magic': 'MagicOS_9.0' }),
      'MagicOS',
      '9.0',
    ],
    ['a Huawei without ROM keys', p('HUAWEI', 'HUAWEI', {}, '9'), 'Android', '9'],
    ['ColorOS by oplusrom', p('OPPO', 'OPPO', { 'ro.build.version.oplusrom': 'V14.0.0' }), 'ColorOS', '14.0.0'],
    ['ColorOS by opporom', p('OPPO', 'OPPO', { 'ro.build.version.opporom': 'V7.1' }), 'ColorOS', '7.1'],
    [
      'ColorOS by rom.different.version',
      p('OPPO', 'OPPO', { 'ro.rom.different.version': 'ColorOS13.1' }),
      'ColorOS',
      '13.1',
    ],
    ['ColorOS without version', p('OPPO', 'OPPO'), 'ColorOS', ''],
    ['HydrogenOS', p('OnePlus', 'OnePlus', { 'ro.rom.version': 'Hydrogen OS 11.0.7' }), 'HydrogenOS', '11.0.7'],
    [
      'ColorOS on a China OnePlus model',
      { ...p('OnePlus', 'OnePlus', { 'ro.build.version.oplusrom': 'V15.0.0' }), 'ro.product.model': 'PJZ110' },
      'ColorOS',
      '15.0.0',
    ],
    [
      'OxygenOS from the display id',
      {
        ...p('OnePlus', 'OnePlus', { 'ro.build.display.id': 'CPH2581_15.0.0.405(EX01)' }),
        'ro.product.model': 'CPH2581',
      },
      'OxygenOS',
      '15.0.0',
    ],
    [
      'OxygenOS from ro.oxygen.version',
      p('OnePlus', 'OnePlus', { 'ro.oxygen.version': 'Oxygen OS 11.0.2' }),
      'OxygenOS',
      '11.0.2',
    ],
    [
      'OxygenOS falling back to oplusrom',
      p('OnePlus', 'OnePlus', { 'ro.build.version.oplusrom': 'V13.1.0' }),
      'OxygenOS',
      '13.1.0',
    ],
    ['realme UI by its key', p('realme', 'realme', { 'ro.build.version.realmeui': 'V5.0' }), 'realme UI', '5.0'],
    ['realme UI by SDK', p('realme', 'realme', {}, '13', '33'), 'realme UI', '4.0'],
    ['realme UI, unknown SDK', p('realme', 'realme', {}, '9', '28'), 'realme UI', ''],
    [
      'OriginOS by name and display id',
      p('vivo', 'vivo', { 'ro.vivo.os.name': 'OriginOS', 'ro.vivo.os.build.display.id': 'OriginOS 4.0' }),
      'OriginOS',
      '4.0',
    ],
    [
      'OriginOS by name, version by SDK',
      p('vivo', 'vivo', { 'ro.vivo.os.name': 'OriginOS' }, '15', '35'),
      'OriginOS',
      '5',
    ],
    [
      'OriginOS by name, neither',
      p('vivo', 'vivo', { 'ro.vivo.os.name': 'OriginOS', 'ro.vivo.os.version': '1.0' }, '10', '29'),
      'OriginOS',
      '1.0',
    ],
    [
      'OriginOS that says Funtouch (overseas=no)',
      p('vivo', 'vivo', { 'ro.vivo.os.name': 'Funtouch', 'ro.vivo.product.overseas': 'no' }, '16', '36'),
      'OriginOS',
      '6',
    ],
    [
      'OriginOS that says Funtouch (China model)',
      { ...p('vivo', 'vivo', { 'ro.vivo.os.name': 'Funtouch' }, '14', '34'), 'ro.product.model': 'V2309A' },
      'OriginOS',
      '4',
    ],
    [
      'China model on Android 10 stays Funtouch',
      {
        ...p('vivo', 'vivo', { 'ro.vivo.os.name': 'Funtouch', 'ro.vivo.os.version': '10.5' }, '10', '29'),
        'ro.product.model': 'V1986A',
      },
      'FuntouchOS',
      '10.5',
    ],
    [
      'overseas Funtouch from the display id',
      {
        ...p(
          'vivo',
          'vivo',
          {
            'ro.vivo.os.name': 'Funtouch',
            'ro.vivo.product.overseas': 'yes',
            'ro.vivo.os.build.display.id': 'FuntouchOS_13.0',
          },
          '13',
          '33',
        ),
        'ro.product.model': 'V2231A',
      },
      'FuntouchOS',
      '13.0',
    ],
    ['a vivo without ROM keys', p('vivo', 'vivo', { 'ro.vivo.product.overseas': 'yes' }, '12', '31'), 'Android', '12'],
    ['Flyme by display id', p('meizu', 'Meizu', { 'ro.build.display.id': 'Flyme 10.5.0.1A' }), 'Flyme', '10.5.0.1A'],
    [
      'Flyme by flyme id',
      p('meizu', 'Meizu', { 'ro.flyme.version.id': 'Flyme OS 9.2.3.0A', 'ro.build.display.id': 'x' }),
      'Flyme',
      '9.2.3.0A',
    ],
    ['Flyme published flag only', p('meizu', 'Meizu', { 'ro.flyme.published': 'true' }), 'Flyme', ''],
    ['a Meizu without Flyme', p('meizu', 'Meizu', {}, '8.1.0'), 'Android', '8.1.0'],
    ['One UI 6.1', p('samsung', 'samsung', { 'ro.build.version.oneui': '60100' }), 'One UI', '6.1'],
    ['One UI 5.0', p('samsung', 'samsung', { 'ro.build.version.oneui': '50000' }), 'One UI', '5.0'],
    ['One UI without key', p('samsung', 'samsung', { 'ro.build.version.oneui': '0' }), 'One UI', ''],
    ['Pixel', p('google', 'Google', {}, '15'), 'Android', '15'],
    [
      'LineageOS',
      p('google', 'Google', { 'ro.lineage.build.version': '21.0', 'ro.lineage.version': '21.0-20240101-NIGHTLY-x' }),
      'LineageOS',
      '21.0',
    ],
    [
      'LineageOS by its long version',
      p('google', 'Google', { 'ro.lineage.version': '20.0-20230101-NIGHTLY-x' }),
      'LineageOS',
      '20.0',
    ],
    ['CyanogenMod', p('x', 'y', { 'ro.cm.version': '14.1-20170101' }), 'CyanogenMod', '14.1'],
    ['PixelExperience', p('x', 'y', { 'org.pixelexperience.version': '13.0-x' }), 'PixelExperience', '13.0'],
    ['crDroid', p('x', 'y', { 'ro.crdroid.version': '9.1' }), 'crDroid', '9.1'],
    ['Evolution X', p('x', 'y', { 'ro.evolution.version': '8.0-x' }), 'Evolution X', '8.0'],
    ['a custom ROM', p('x', 'y', { 'ro.modversion': 'foo-1' }), 'custom ROM', 'foo'],
  ])('%s', (_name, props, rom, version) => expect(detect(props).rom).toEqual({ name: rom, version }));

  it('notes: HyperOS with MIUI keys, custom ROM on a vendor phone, Magic key on Huawei, EMUI on Honor, oplus base, OriginOS-says-Funtouch', () => {
    expect(
      notes(p('Xiaomi', 'Xiaomi', { 'ro.mi.os.version.name': 'OS2.0', 'ro.miui.ui.version.name': 'V816' })),
    ).toContain('detect.note.hyperosMiuiKeys');
    expect(notes(p('Xiaomi', 'Xiaomi', { 'ro.mi.os.version.name': 'OS2.0' }))).not.toContain(
      'detect.note.hyperosMiuiKeys',
    );
    expect(notes(p('Xiaomi', 'Xiaomi', { 'ro.miui.ui.version.code': '816' }))).toContain('detect.note.hyperosMiuiKeys');
    expect(detect(p('Xiaomi', 'Xiaomi', { 'ro.lineage.build.version': '21.0' })).notes).toContainEqual({
      key: 'detect.note.customRomOnVendor',
      params: { rom: 'LineageOS' },
    });
    expect(notes(p('x', 'y', { 'ro.lineage.build.version': '21.0', 'ro.miui.ui.version.name': 'V14' }))).toContain(
      'detect.note.customRomOnVendor',
    );
    expect(notes(p('google', 'Google', { 'ro.lineage.build.version': '21.0' }))).not.toContain(
      'detect.note.customRomOnVendor',
    );
    expect(
      notes(p('HUAWEI', 'HUAWEI', { 'ro.magic.api.version': '1', 'ro.build.version.emui': 'EmotionUI_12' })),
    ).toContain('detect.note.magicKeyOnHuawei');
    expect(
      notes(p('HONOR', 'HONOR', { 'ro.magic.api.version': '1', 'ro.build.version.emui': 'EmotionUI_10' })),
    ).toEqual(['detect.note.honorOnHms']);
    expect(notes(p('HUAWEI', 'HUAWEI', { 'ro.build.version.emui': 'EmotionUI_12' }))).toEqual([]);
    expect(detect(p('OnePlus', 'OnePlus', { 'ro.build.version.oplusrom': 'V13.1.0' })).notes).toContainEqual({
      key: 'detect.note.oplusBase',
      params: { value: 'V13.1.0' },
    });
    expect(detect(p('realme', 'realme', { 'ro.build.version.oplusrom': 'V14' })).notes).toContainEqual({
      key: 'detect.note.oplusBase',
      params: { value: 'V14' },
    });
    expect(notes(p('realme', 'realme'))).toEqual([]);
    expect(
      notes(p('vivo', 'vivo', { 'ro.vivo.os.name': 'Funtouch', 'ro.vivo.product.overseas': 'no' }, '14', '34')),
    ).toContain('detect.note.originosSaysFuntouch');
  });

  it('evidence names the keys the verdict rests on, with their values', () => {
    const d = detect(
      p('Xiaomi', 'Xiaomi', { 'ro.miui.ui.version.code': '816', 'ro.build.version.incremental': 'OS1.0.5.0' }),
    );
    expect(d.evidence).toEqual({
      'ro.product.brand': 'Xiaomi',
      'ro.product.manufacturer': 'Xiaomi',
      'ro.product.model': 'M1',
      'ro.build.version.release': '14',
      'ro.build.version.sdk': '34',
      'ro.miui.ui.version.code': '816',
      'ro.build.version.incremental': 'OS1.0.5.0',
    });
    expect(Object.keys(detect({ 'ro.product.brand': 'x' }).evidence)).toEqual(['ro.product.brand']);
  });
});

describe('form factor', () => {
  it.each<[Record<string, string>, string, boolean]>([
    [{ 'ro.build.characteristics': 'nosdcard,tv' }, 'tv', true],
    [{ 'ro.product.device': 'atv_x', 'ro.product.model': 'M' }, 'tv', true],
    [{ 'ro.com.google.clientidbase': 'android-tv' }, 'tv', true],
    [{ 'ro.build.characteristics': 'watch' }, 'watch', true],
    [{ 'ro.build.characteristics': 'automotive' }, 'car', true],
    [{ 'ro.build.characteristics': 'car' }, 'car', true],
    [{ 'ro.build.characteristics': 'Tablet' }, 'tablet', true],
    [{ 'ro.build.characteristics': 'default' }, 'phone', false],
    [{ 'ro.build.characteristics': 'tvx' }, 'phone', false],
    [{ 'ro.product.model': 'M' }, 'phone', false],
    [{}, 'unknown', false],
  ])('%j → %s', (props, formFactor, noted) => {
    const d = detect(props);
    expect(d.formFactor).toBe(formFactor);
    expect(d.notes.some((n) => n.key === 'detect.note.formFactor' && n.params?.formFactor === formFactor)).toBe(noted);
  });
});

describe('installed packages refine the channel', () => {
  it.each<[string, Record<string, string>, string[], string, string, string[]]>([
    [
      'FCM phone without Play services',
      p('samsung', 'samsung'),
      ['com.android.settings'],
      'none',
      'no-google-play-services',
      ['detect.note.noPushService'],
    ],
    ['FCM phone with Play services', p('samsung', 'samsung'), ['com.google.android.gms'], 'fcm', 'brand:other', []],
    [
      'vendor service present',
      p('HUAWEI', 'HUAWEI', { 'ro.build.version.emui': 'x' }),
      ['com.huawei.hms'],
      'huawei',
      'brand:huawei',
      [],
    ],
    [
      'vendor service missing, GMS present',
      p('vivo', 'vivo'),
      ['com.google.android.gms'],
      'vivo',
      'brand:vivo;vendor-service-missing',
      ['detect.note.vendorMissingGmsPresent'],
    ],
    [
      'vendor service missing, nothing',
      p('OPPO', 'OPPO'),
      [],
      'oppo',
      'brand:oppo;vendor-service-missing',
      ['detect.note.noPushService'],
    ],
    ['the old OPPO service counts', p('OPPO', 'OPPO'), ['com.coloros.mcs'], 'oppo', 'brand:oppo', []],
  ])('%s', (_name, props, packages, channel, reason, expectedNotes) => {
    const d = detect(props, { packages: packages.map((name) => ({ name })) });
    expect(d.pushChannel).toBe(channel);
    expect(d.channelReason).toBe(reason);
    expect(d.notes.map((n) => n.key).filter((k) => k !== 'detect.note.formFactor')).toEqual(expectedNotes);
    if (channel !== 'none' && reason.endsWith('missing')) expect(d.notes[0].params).toEqual({ channel });
  });
});

describe('missingEssentials', () => {
  it.each<[Record<string, string>, string[]]>([
    [p('x', 'y'), []],
    [{}, ['ro.product.brand', 'ro.product.manufacturer', 'ro.product.model', 'ro.build.version.release']],
    [
      {
        'ro.product.vendor.brand': 'a',
        'ro.product.odm.manufacturer': 'b',
        'ro.product.system.model': 'c',
        'ro.build.version.release_or_codename': '15',
      },
      [],
    ],
    [
      {
        'ro.product.brand': '',
        'ro.product.manufacturer': 'b',
        'ro.product.model': 'c',
        'ro.build.version.release': '15',
      },
      ['ro.product.brand'],
    ],
    [
      { 'ro.product.brand': 'a', 'ro.product.manufacturer': 'b', 'ro.product.model': 'c' },
      ['ro.build.version.release'],
    ],
  ])('%j → %j', (props, missing) => expect(missingEssentials(props)).toEqual(missing));
});

// Rules the tables above pass without testing: generic placeholders one by one, brand words inside
// longer names, each ROM's evidence, the version tables, and the fallbacks. Values are real getprop
// forms from device-facts.md §1.2 unless the row says it is built to test one rule.
describe('rules at their edges', () => {
  // device-facts.md §7 (generic system images): QSSI/GSI and MediaTek/Unisoc reference builds put
  // these in ro.product.brand; the real brand is then in a vendor partition.
  it.each(['qti', 'qssi', 'oplus', 'android', 'generic', 'unknown', 'aosp', 'mtk', 'alps', 'sprd', 'unisoc', 'full'])(
    'a generic %s in ro.product.brand is skipped for the vendor partition',
    (generic) => {
      const d = detect({
        'ro.product.brand': generic,
        'ro.product.vendor.brand': 'Xiaomi',
        'ro.product.manufacturer': 'Xiaomi',
        'ro.product.model': '2306EPN60G',
        'ro.build.version.release': '15',
        'ro.build.version.sdk': '35',
      });
      expect(d.brand).toBe('Xiaomi');
      // The generic value is still cited, next to the key the brand was taken from.
      expect(d.evidence).toMatchObject({ 'ro.product.brand': generic, 'ro.product.vendor.brand': 'Xiaomi' });
      expect(notes(p(generic, 'x', { 'ro.product.vendor.brand': 'Xiaomi' }))).toContain(
        'detect.note.genericSystemBrand',
      );
    },
  );

  it('partitions are read in init order: product before odm, system_ext before system', () => {
    const base = {
      'ro.product.manufacturer': 'OnePlus',
      'ro.build.version.release': '14',
      'ro.build.version.sdk': '34',
    };
    const a = detect({
      ...base,
      'ro.product.brand': 'qti',
      'ro.product.product.brand': 'OnePlus',
      'ro.product.odm.brand': 'OPPO',
    });
    expect(a.brand).toBe('OnePlus');
    const b = detect({
      ...base,
      'ro.product.brand': 'qti',
      'ro.product.system_ext.brand': 'OnePlus',
      'ro.product.system.brand': 'OPPO',
    });
    expect(b.brand).toBe('OnePlus');
    expect(b.evidence['ro.product.system_ext.brand']).toBe('OnePlus');
  });

  it('when every partition is generic the top-level value is kept, trimmed', () => {
    const d = detect({ 'ro.product.brand': ' qti ', 'ro.product.manufacturer': 'x', 'ro.build.version.release': '14' });
    expect(d.brand).toBe('qti');
  });

  it('a brand of the same name only (a word inside another brand is not that brand)', () => {
    // Built to test the anchors: real brands are exact (`OnePlus`, `realme`, `vivo`, `iQOO`,
    // `samsung`, `google`; device-facts.md §1.1), so a longer name is some other maker's.
    for (const w of ['meizu', 'oneplus', 'realme', 'oppo', 'vivo', 'iqoo', 'samsung', 'google'])
      for (const name of [`x${w}`, `${w}x`]) {
        for (const [brand, maker] of [
          [name, 'x'],
          ['x', name],
        ]) {
          const d = detect(p(brand, maker));
          expect(d.brandFamily, `${brand}/${maker}`).toBe('other');
          expect(d.pushChannel, `${brand}/${maker}`).toBe('fcm');
        }
      }
    // Redmi and POCO are Xiaomi's sub-brands by exact BRAND only (TUIOfflinePush BrandUtil, §1.1).
    for (const brand of ['xredmi', 'redmix', 'xpoco', 'pocox']) expect(detect(p(brand, 'x')).pushChannel).toBe('fcm');
  });

  it.each<[string, string, string, string, string]>([
    // Each brand rule on BRAND alone (the maker is some ODM), as TUIOfflinePush checks BRAND || MANUFACTURER.
    ['Xiaomi', 'x', 'xiaomi', 'xiaomi', 'brand:xiaomi'],
    ['HONOR', 'x', 'honor', 'huawei', 'brand:honor-on-hms'],
    ['x', 'HONOR', 'other', 'fcm', 'brand:other'],
    ['meizu', 'x', 'meizu', 'meizu', 'brand:meizu'],
    ['vivo', 'x', 'vivo', 'vivo', 'brand:vivo'],
    ['realme', 'x', 'realme', 'oppo', 'brand:realme'],
  ])('%s / %s → family %s, channel %s (%s)', (brand, manufacturer, family, channel, reason) => {
    const d = detect(p(brand, manufacturer));
    expect([d.brandFamily, d.pushChannel, d.channelReason]).toEqual([family, channel, reason]);
  });

  it('the SDK level comes from ro.build.version.sdk; the release table only when it is missing', () => {
    // Android 8.1 reports release "8.1.0" (three parts): the table would say 26 (8.0), the phone says 27.
    expect(detect(p('google', 'Google', {}, '8.1.0', '27')).android).toEqual({ release: '8.1.0', sdk: 27 });
    const noSdk = { ...p('google', 'Google', {}, '8.1.0') } as Record<string, string>;
    delete noSdk['ro.build.version.sdk'];
    expect(detect(noSdk).android.sdk).toBe(26);
  });

  it.each<[string, Record<string, string>, string, string, string[]]>([
    [
      'HyperOS',
      p('Xiaomi', 'Xiaomi', { 'ro.mi.os.version.name': 'OS3.0' }),
      'HyperOS',
      '3.0',
      ['ro.mi.os.version.name'],
    ],
    [
      'HyperOS by MIUI keys',
      p('Xiaomi', 'Xiaomi', { 'ro.miui.ui.version.code': '816', 'ro.build.version.incremental': 'OS1.0.5.0.UMCCNXM' }),
      'HyperOS',
      '1.0',
      ['ro.miui.ui.version.code', 'ro.build.version.incremental'],
    ],
    ['MIUI', p('Xiaomi', 'Xiaomi', { 'ro.miui.ui.version.name': 'V9' }), 'MIUI', '9', ['ro.miui.ui.version.name']],
    [
      'MagicOS',
      p('HONOR', 'HONOR', { 'ro.build.version.magic': 'MagicOS_10.0.0' }),
      'MagicOS',
      '10.0.0',
      ['ro.build.version.magic'],
    ],
    [
      // Honor before the split (View 30, Magic UI 3): brand HONOR, maker HUAWEI, both ROM keys set.
      'Magic UI on an Honor made by Huawei',
      p('HONOR', 'HUAWEI', { 'ro.build.version.magic': 'MagicUI_3.0.0', 'ro.build.version.emui': 'EmotionUI_10.0.0' }),
      'Magic UI',
      '3.0.0',
      ['ro.build.version.magic'],
    ],
    [
      'HarmonyOS 3.1 (Huawei QSSI)',
      p('HUAWEI', 'HUAWEI', {
        'hw_sc.build.platform.version': '3.1.0',
        'hw_sc.build.os.version': '3.0.0',
        'hw_sc.build.os.enable': 'true',
        'ro.build.version.emui': 'EmotionUI_13.1.0',
        'ro.magic.api.version': '0.1',
      }),
      'HarmonyOS',
      '3.1.0',
      ['hw_sc.build.platform.version'],
    ],
    [
      'EMUI 9.1',
      p('HUAWEI', 'HUAWEI', { 'ro.build.version.emui': 'EmotionUI_9.1.0' }, '9', '28'),
      'EMUI',
      '9.1.0',
      ['ro.build.version.emui'],
    ],
    [
      'MagicOS key on a Huawei-made phone without EMUI',
      p('HUAWEI', 'HUAWEI', { 'ro.build.version.magic': 'MagicOS_8.0.0' }),
      'MagicOS',
      '8.0.0',
      ['ro.build.version.magic'],
    ],
    [
      'ColorOS 15',
      p('OPPO', 'OPPO', { 'ro.build.version.oplusrom': 'V15.0.0' }),
      'ColorOS',
      '15.0.0',
      ['ro.build.version.oplusrom'],
    ],
    [
      'older ColorOS',
      p('OPPO', 'OPPO', { 'ro.build.version.opporom': 'V3.0.0' }),
      'ColorOS',
      '3.0.0',
      ['ro.build.version.opporom'],
    ],
    [
      'ColorOS 2.1',
      p('OPPO', 'OPPO', { 'ro.rom.different.version': 'ColorOS 2.1' }),
      'ColorOS',
      '2.1',
      ['ro.rom.different.version'],
    ],
    [
      'HydrogenOS',
      p('OnePlus', 'OnePlus', { 'ro.rom.version': 'H2OS 11.0.7' }),
      'HydrogenOS',
      '11.0.7',
      ['ro.rom.version'],
    ],
    [
      'ColorOS on a China OnePlus',
      { ...p('OnePlus', 'OnePlus', { 'ro.build.version.oplusrom': 'V15.0.0' }), 'ro.product.model': 'PJZ110' },
      'ColorOS',
      '15.0.0',
      ['ro.product.model', 'ro.build.version.oplusrom'],
    ],
    [
      'OxygenOS',
      { ...p('OnePlus', 'OnePlus', { 'ro.build.version.oplusrom': 'V16.1.0' }), 'ro.product.model': 'CPH2655' },
      'OxygenOS',
      '16.1.0',
      ['ro.product.brand'],
    ],
    [
      'realme UI by its own key',
      p('realme', 'realme', { 'ro.build.version.realmeui': 'V5.0' }),
      'realme UI',
      '5.0',
      ['ro.build.version.realmeui'],
    ],
    [
      'OriginOS',
      p('vivo', 'vivo', { 'ro.vivo.os.name': 'OriginOS', 'ro.vivo.os.version': '15.0' }, '15', '35'),
      'OriginOS',
      '5',
      ['ro.vivo.os.name'],
    ],
    [
      'OriginOS 6 saying Funtouch (V2527A)',
      {
        ...p('vivo', 'vivo', { 'ro.vivo.os.name': 'Funtouch', 'ro.vivo.os.version': '16.0' }, '16', '36'),
        'ro.product.model': 'V2527A',
      },
      'OriginOS',
      '6',
      ['ro.vivo.os.name', 'ro.product.model'],
    ],
    [
      'FuntouchOS',
      p(
        'vivo',
        'vivo',
        { 'ro.vivo.os.name': 'Funtouch', 'ro.vivo.os.version': '3.0', 'ro.vivo.os.build.display.id': 'FuntouchOS_3.0' },
        '6.0',
        '23',
      ),
      'FuntouchOS',
      '3.0',
      ['ro.vivo.os.name'],
    ],
    [
      'Flyme 10',
      p('meizu', 'Meizu', { 'ro.build.display.id': 'Flyme 10.5.5.1A' }),
      'Flyme',
      '10.5.5.1A',
      ['ro.build.display.id'],
    ],
    [
      'One UI 8.5',
      p('samsung', 'samsung', { 'ro.build.version.oneui': '80500' }),
      'One UI',
      '8.5',
      ['ro.build.version.oneui'],
    ],
    ['Android on a Pixel', p('google', 'Google', {}, '16', '36'), 'Android', '16', ['ro.build.version.release']],
  ])('%s: name, version and the keys cited', (_label, props, name, version, keys) => {
    const d = detect(props);
    expect(d.rom).toEqual({ name, version });
    for (const k of keys) expect(d.evidence[k], k).toBe(props[k]);
    // Notes are texts (a key, maybe params), never bare strings.
    for (const n of d.notes)
      expect(n).toEqual({ key: expect.stringMatching(/^detect\.note\./), ...(n.params ? { params: n.params } : {}) });
  });

  it.each<[number, string]>([
    [29, '1.0'],
    [30, '2.0'],
    [31, '3.0'],
    [32, '3.0'],
    [33, '4.0'],
    [34, '5.0'],
    [35, '6.0'],
    [36, '7.0'],
    [28, ''],
  ])('realme UI without its key, by SDK %i → %s (realme UI 7.0 is Android 16, RMX5200)', (sdk, version) => {
    const d = detect(p('realme', 'realme', { 'ro.build.version.oplusrom': 'V16.1.0' }, '16', String(sdk)));
    expect(d.rom).toEqual({ name: 'realme UI', version });
    expect(d.evidence['ro.build.version.sdk']).toBe(String(sdk));
  });

  it.each<[number, string]>([
    [30, '1'],
    [31, '2'],
    [32, '2'],
    [33, '3'],
    [34, '4'],
    [35, '5'],
    [36, '6'],
    [37, ''],
  ])('OriginOS on a China model by SDK %i → %s', (sdk, version) => {
    const d = detect({
      ...p('vivo', 'vivo', { 'ro.vivo.os.name': 'Funtouch' }, '16', String(sdk)),
      'ro.product.model': 'V2425A',
    });
    expect(d.rom).toEqual({ name: 'OriginOS', version });
  });

  it('a China vivo model: letters may stand before the final A; Android 10 is still Funtouch', () => {
    // vivo China models end in A, sometimes after a letter (X100 Ultra: V2366HA).
    const china = (model: string, sdk: string) =>
      detect({
        ...p('vivo', 'vivo', { 'ro.vivo.os.name': 'Funtouch', 'ro.vivo.os.version': '16.0' }, '16', sdk),
        'ro.product.model': model,
      }).rom;
    expect(china('V2366HA', '34')).toEqual({ name: 'OriginOS', version: '4' });
    expect(china('V2366HA', '29')).toEqual({ name: 'FuntouchOS', version: '16.0' });
    // A global model (no final A) stays Funtouch.
    expect(china('V2339', '34')).toEqual({ name: 'FuntouchOS', version: '16.0' });
  });

  it('FuntouchOS without a display id or version says no version', () => {
    expect(detect(p('vivo', 'vivo', { 'ro.vivo.os.name': 'Funtouch', 'ro.vivo.product.overseas': 'yes' })).rom).toEqual(
      {
        name: 'FuntouchOS',
        version: '',
      },
    );
  });

  it('a OnePlus without the ColorOS base key gets no base note', () => {
    expect(notes({ ...p('OnePlus', 'OnePlus'), 'ro.product.model': 'CPH2655' })).not.toContain('detect.note.oplusBase');
  });

  it.each<[string, string, string]>([
    // China OnePlus HydrogenOS builds name the ROM in their OTA keys (hydrogen.test.ts has the shapes).
    ['ro.build.ota.versionname', 'OnePlus6Hydrogen_22_9.0.5_201901', '9.0.5'],
    ['ro.build.version.ota', 'OnePlus6Hydrogen_22.J.30_9.0.5', '9.0.5'],
    ['ro.build.display.full_id', 'ONEPLUS A6000_22_9.0.5_H2OS', '9.0.5'],
    ['ro.build.display.id', 'H2OS_9.0.5', '9.0.5'],
  ])('HydrogenOS named by %s', (key, value, version) => {
    const d = detect({ ...p('OnePlus', 'OnePlus'), 'ro.product.model': 'ONEPLUS A6000', [key]: value });
    expect(d.rom).toEqual({ name: 'HydrogenOS', version });
    expect(d.evidence[key]).toBe(value);
  });

  it('OxygenOS takes its version from ro.rom.version, else the build id', () => {
    const op = (extra: Record<string, string>) =>
      detect({ ...p('OnePlus', 'OnePlus', extra), 'ro.product.model': 'KB2005' }).rom;
    expect(op({ 'ro.rom.version': 'Oxygen OS 11.0.10.10' })).toEqual({ name: 'OxygenOS', version: '11.0.10.10' });
    expect(op({ 'ro.build.display.id': 'KB2005_11_9.0.17' })).toEqual({ name: 'OxygenOS', version: '9.0.17' });
    expect(op({ 'ro.build.display.id': 'KB2005_11_10.10.5' })).toEqual({ name: 'OxygenOS', version: '10.10.5' });
  });

  it('HydrogenOS: the version is the last number, with every part', () => {
    expect(detect({ ...p('OnePlus', 'OnePlus', { 'ro.rom.version': 'H2OS 10.0.10' }) }).rom.version).toBe('10.0.10');
  });

  it('a custom ROM: its own version, its key, and a note only on a vendor phone', () => {
    // LineageOS 20 (device-facts.md §7): ro.lineage.version=20.0-20231010-NIGHTLY-lemonadep.
    const pixel = detect({ ...p('google', 'Google'), 'ro.lineage.version': '20.0-20231010-NIGHTLY-lemonadep' });
    expect(pixel.rom).toEqual({ name: 'LineageOS', version: '20.0' });
    expect(pixel.evidence['ro.lineage.version']).toBe('20.0-20231010-NIGHTLY-lemonadep');
    expect(pixel.notes.map((n) => n.key)).toEqual([]);
    const cm = detect({
      ...p('OnePlus', 'OnePlus'),
      'ro.product.model': 'A0001',
      'ro.cm.version': '14.1-20190101-NIGHTLY-bacon',
    });
    expect(cm.rom).toEqual({ name: 'CyanogenMod', version: '14.1' });
    expect(cm.notes.map((n) => n.key)).toEqual([]);
    expect(notes({ ...p('Xiaomi', 'Xiaomi'), 'ro.crdroid.version': '10.0' })).toContain(
      'detect.note.customRomOnVendor',
    );
    // MIUI keys left in vendor.prop betray the Xiaomi under a custom ROM even with a generic brand.
    expect(notes({ ...p('google', 'x'), 'ro.miui.ui.version.name': 'V140', 'ro.modversion': 'x-1' })).toContain(
      'detect.note.customRomOnVendor',
    );
  });

  it('a phone with a device name is a phone, not a TV', () => {
    expect(detect({ ...p('google', 'Google'), 'ro.product.device': 'husky' }).formFactor).toBe('phone');
  });

  it('properties derived the way init does are named, with the order used', () => {
    const raw = {
      'ro.product.vendor.brand': 'Xiaomi',
      'ro.product.vendor.manufacturer': 'Xiaomi',
      'ro.product.vendor.model': '2306EPN60G',
      'ro.build.version.release': '15',
    };
    const derived = (props: Record<string, string>) =>
      detect(props).notes.find((n) => n.key === 'detect.note.derivedProduct')?.params;
    expect(derived(raw)).toEqual({
      keys: expect.stringMatching(/^ro\.product\.brand, ro\.product\.manufacturer, ro\.product\.model\b/),
      order: 'product,odm,vendor,system_ext,system',
    });
    expect(derived({ ...raw, 'ro.product.property_source_order': 'odm,vendor,product,system_ext,system' })?.order).toBe(
      'odm,vendor,product,system_ext,system',
    );
  });

  it('missingEssentials: a brand in a partition is not missing, whatever the release keys', () => {
    expect(
      missingEssentials({
        'ro.product.vendor.brand': 'Xiaomi',
        'ro.product.vendor.manufacturer': 'Xiaomi',
        'ro.product.vendor.model': 'M1',
        'ro.build.version.release': '15',
      }),
    ).toEqual([]);
  });

  it('a dump without a model says so; the device name is read', () => {
    const noModel = { ...p('google', 'Google') } as Record<string, string>;
    delete noModel['ro.product.model'];
    expect(notes(noModel)).toContain('detect.note.noModel');
    expect(notes(p('google', 'Google'))).not.toContain('detect.note.noModel');
    expect(detect({ ...p('google', 'Google'), 'ro.product.device': 'husky' }).device).toBe('husky');
  });

  it('a real value in ro.product.brand wins over the partitions (a OnePlus on an OPPO vendor image)', () => {
    const d = detect({ ...p('OnePlus', 'OnePlus'), 'ro.product.vendor.brand': 'OPPO', 'ro.product.odm.brand': 'OPPO' });
    expect(d.brand).toBe('OnePlus');
    expect(notes({ ...p('OnePlus', 'OnePlus'), 'ro.product.vendor.brand': 'OPPO' })).not.toContain(
      'detect.note.genericSystemBrand',
    );
  });

  it.each<[string, string, string]>([
    // Each family rule on BRAND alone and on MANUFACTURER alone.
    ['samsung', 'x', 'samsung'],
    ['x', 'samsung', 'samsung'],
    ['google', 'x', 'google'],
    ['x', 'Google', 'google'],
    ['OnePlus', 'x', 'oneplus'],
    ['x', 'OnePlus', 'oneplus'],
    ['x', 'realme', 'realme'],
    ['x', 'Xiaomi', 'xiaomi'],
  ])('%s / %s → family %s', (brand, manufacturer, family) => {
    expect(detect(p(brand, manufacturer)).brandFamily).toBe(family);
  });

  it('a OnePlus with no ROM key at all: OxygenOS or ColorOS without a version', () => {
    expect(detect({ ...p('OnePlus', 'OnePlus'), 'ro.product.model': 'CPH2655' }).rom).toEqual({
      name: 'OxygenOS',
      version: '',
    });
    expect(detect({ ...p('OnePlus', 'OnePlus'), 'ro.product.model': 'PJZ110' }).rom).toEqual({
      name: 'ColorOS',
      version: '',
    });
  });

  it('OxygenOS cites the build id its version came from', () => {
    const d = detect({
      ...p('OnePlus', 'OnePlus'),
      'ro.product.model': 'KB2005',
      'ro.build.display.id': 'KB2005_11_11.0.10',
    });
    expect(d.rom).toEqual({ name: 'OxygenOS', version: '11.0.10' });
    expect(d.evidence['ro.build.display.id']).toBe('KB2005_11_11.0.10');
  });

  it('HydrogenOS in an OTA key: every digit of each part, or no version when the key has none', () => {
    const h2 = (value: string) =>
      detect({ ...p('OnePlus', 'OnePlus'), 'ro.product.model': 'ONEPLUS A6000', 'ro.build.ota.versionname': value })
        .rom;
    expect(h2('OnePlus6Hydrogen_22_10.0.3')).toEqual({ name: 'HydrogenOS', version: '10.0.3' });
    expect(h2('OnePlus6Hydrogen_22_9.0.12')).toEqual({ name: 'HydrogenOS', version: '9.0.12' });
    expect(h2('OnePlus6Hydrogen_22_201901')).toEqual({ name: 'HydrogenOS', version: '' });
  });

  it("a Huawei-made phone reads EMUI before a Magic key; the QSSI's Magic API key alone leaves Android, with a note", () => {
    expect(
      detect(
        p('HUAWEI', 'HUAWEI', {
          'ro.build.version.magic': 'MagicUI_4.0.0',
          'ro.build.version.emui': 'EmotionUI_10.0.0',
        }),
      ).rom,
    ).toEqual({ name: 'EMUI', version: '10.0.0' });
    // device-facts.md §1.2: the Huawei HarmonyOS QSSI image carries ro.magic.api.version=0.1.
    const d = detect(p('HUAWEI', 'HUAWEI', { 'ro.magic.api.version': '0.1' }, '12', '31'));
    expect(d.rom).toEqual({ name: 'Android', version: '12' });
    expect(d.notes.map((n) => n.key)).toContain('detect.note.magicKeyOnHuawei');
    expect(d.evidence['ro.build.version.release']).toBe('12');
  });
});
