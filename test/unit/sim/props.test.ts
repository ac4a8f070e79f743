// The virtual phone's own reading of a property dump: Build fields as init derives them, the ROM
// from its keys, the push service it ships, the channel the app's SDK picks, and the getprop text.
import { describe, expect, it } from 'vitest';
import {
  appChannelOf,
  buildField,
  profileFromDump,
  profileFromProps,
  romOf,
} from '../../../src/sim/profiles/from-props';
import { formatGetpropDump, parseGetpropDump } from '../../../src/sim/profiles/props-dump';
import { PROFILES } from '../../../src/sim/profiles';
import { isPushServicePackage, romActivity } from '../../../src/sim/phone/rom';

describe('getprop dump', () => {
  it('prints sorted `[k]: [v]` lines and reads them back, multi-line values included', () => {
    const props = {
      'ro.product.model': '22101316C',
      'a.multi': 'line one\nline two',
      'ro.product.brand': 'Redmi',
      empty: '',
    };
    const text = formatGetpropDump(props);
    expect(text.split('\n')[0]).toBe('[a.multi]: [line one');
    expect(text.endsWith('[ro.product.model]: [22101316C]\n')).toBe(true);
    expect(parseGetpropDump(text)).toEqual(props);
  });

  it('skips a prompt and CRLF, drops an unclosed value at the end of a truncated dump', () => {
    expect(parseGetpropDump('$ adb shell getprop\r\n[ro.product.brand]: [vivo]\r\n[ro.cut]: [half')).toEqual({
      'ro.product.brand': 'vivo',
    });
  });

  it('every built-in profile survives the round trip', () => {
    for (const p of PROFILES) expect(parseGetpropDump(formatGetpropDump(p.props))).toEqual(p.props);
  });
});

describe('a phone from a props dump', () => {
  it('Build.BRAND follows ro.product.brand, else the partitions in init source order', () => {
    expect(buildField({ 'ro.product.brand': 'OPPO', 'ro.product.system.brand': 'oplus' }, 'brand')).toBe('OPPO');
    expect(buildField({ 'ro.product.system.brand': 'qti', 'ro.product.vendor.brand': 'OnePlus' }, 'brand')).toBe(
      'OnePlus',
    );
    expect(buildField({ 'ro.product.odm.brand': 'vivo', 'ro.product.product.brand': 'iQOO' }, 'brand')).toBe('iQOO');
    expect(buildField({}, 'model')).toBe('');
  });

  it.each<[string, Record<string, string>, string, string | undefined]>([
    [
      'HyperOS',
      {
        'ro.product.brand': 'Xiaomi',
        'ro.product.manufacturer': 'Xiaomi',
        'ro.mi.os.version.name': 'OS2.0',
        'ro.miui.ui.version.name': 'V816',
      },
      'xiaomi',
      'com.xiaomi.xmsf',
    ],
    [
      'MIUI on a Redmi',
      { 'ro.product.brand': 'Redmi', 'ro.product.manufacturer': 'Xiaomi', 'ro.miui.ui.version.name': 'V140' },
      'xiaomi',
      'com.xiaomi.xmsf',
    ],
    [
      'EMUI',
      {
        'ro.product.brand': 'HUAWEI',
        'ro.product.manufacturer': 'HUAWEI',
        'ro.build.version.emui': 'EmotionUI_10.1.0',
      },
      'huawei',
      'com.huawei.hwid',
    ],
    [
      'HarmonyOS',
      { 'ro.product.brand': 'HUAWEI', 'ro.product.manufacturer': 'HUAWEI', 'hw_sc.build.platform.version': '3.0.0' },
      'huawei',
      'com.huawei.hwid',
    ],
    [
      'MagicOS',
      { 'ro.product.brand': 'HONOR', 'ro.product.manufacturer': 'HONOR', 'ro.build.version.magic': 'MagicOS_8.0' },
      'honor',
      'com.hihonor.android.pushagent',
    ],
    [
      'ColorOS',
      { 'ro.product.brand': 'OPPO', 'ro.product.manufacturer': 'OPPO', 'ro.build.version.oplusrom': 'V14.0.0' },
      'oppo',
      'com.heytap.mcs',
    ],
    [
      'OxygenOS',
      { 'ro.product.brand': 'OnePlus', 'ro.product.manufacturer': 'OnePlus', 'ro.build.version.oplusrom': 'V15.0.0' },
      'oneplus',
      'com.heytap.mcs',
    ],
    [
      'realme UI',
      { 'ro.product.brand': 'realme', 'ro.product.manufacturer': 'realme', 'ro.build.version.realmeui': 'V6.0' },
      'realme',
      'com.heytap.mcs',
    ],
    [
      'OriginOS',
      {
        'ro.product.brand': 'vivo',
        'ro.product.manufacturer': 'vivo',
        'ro.vivo.os.name': 'Funtouch',
        'ro.vivo.os.version': '15',
      },
      'vivo',
      'com.vivo.pushservice',
    ],
    [
      'Flyme',
      { 'ro.product.brand': 'meizu', 'ro.product.manufacturer': 'Meizu', 'ro.build.display.id': 'Flyme 11.0.2.0A' },
      'meizu',
      'com.meizu.cloud',
    ],
    [
      'One UI',
      { 'ro.product.brand': 'samsung', 'ro.product.manufacturer': 'samsung', 'ro.build.version.oneui': '60100' },
      'samsung',
      'com.google.android.gms',
    ],
    [
      'Pixel',
      { 'ro.product.brand': 'google', 'ro.product.manufacturer': 'Google' },
      'google',
      'com.google.android.gms',
    ],
    [
      'LineageOS on a Xiaomi without GApps: no push service at all',
      { 'ro.product.brand': 'Xiaomi', 'ro.product.manufacturer': 'Xiaomi', 'ro.lineage.build.version': '21.0' },
      'other',
      undefined,
    ],
    [
      'an unknown Android phone with GMS',
      { 'ro.product.brand': 'Nokia', 'ro.product.manufacturer': 'HMD Global', 'ro.com.google.gmsversion': '14_202403' },
      'other',
      'com.google.android.gms',
    ],
  ])('%s', (_name, props, family, service) => {
    const p = profileFromProps(props);
    expect(p.family).toBe(family);
    expect(p.pushService?.name).toBe(service);
    expect(romOf(props).family).toBe(family);
  });

  it.each<[Record<string, string>, string]>([
    [{ 'ro.product.brand': 'Redmi', 'ro.product.manufacturer': 'Xiaomi' }, 'xiaomi'],
    [{ 'ro.product.brand': 'POCO', 'ro.product.manufacturer': 'POCO' }, 'xiaomi'],
    [{ 'ro.product.brand': 'HONOR', 'ro.product.manufacturer': 'HONOR' }, 'honor'],
    [{ 'ro.product.brand': 'HONOR', 'ro.product.manufacturer': 'HUAWEI' }, 'huawei'],
    [{ 'ro.product.brand': 'HUAWEI', 'ro.product.manufacturer': 'HUAWEI' }, 'huawei'],
    [{ 'ro.product.brand': '22c4185e', 'ro.product.manufacturer': 'unknown' }, 'meizu'],
    [{ 'ro.product.brand': 'OnePlus', 'ro.product.manufacturer': 'OnePlus' }, 'oppo'],
    [{ 'ro.product.brand': 'realme', 'ro.product.manufacturer': 'realme' }, 'oppo'],
    [{ 'ro.product.brand': 'iQOO', 'ro.product.manufacturer': 'vivo' }, 'vivo'],
    [{ 'ro.product.brand': 'samsung', 'ro.product.manufacturer': 'samsung' }, 'fcm'],
  ])('the app SDK picks its channel by brand: %j → %s', (props, channel) => expect(appChannelOf(props)).toBe(channel));

  it('fills what a phone always has and names the ROM in the title; a GMS vendor phone gets Play services too', () => {
    const p = profileFromDump(
      '[ro.product.vendor.brand]: [vivo]\n[ro.product.vendor.manufacturer]: [vivo]\n[ro.product.vendor.model]: [V2231]\n[ro.vivo.os.name]: [Funtouch]\n[ro.vivo.os.version]: [13]\n[ro.com.google.gmsversion]: [13_202302]\n',
    );
    expect(p.props['ro.product.model']).toBe('V2231');
    expect(p.props['ro.product.name']).toBe('V2231');
    expect(p.props['ro.build.version.sdk']).toBe('33');
    expect(p.title).toBe('vivo V2231 (Funtouch 13) from a property dump');
    expect(p.appChannel).toBe('vivo');
    expect(p.packages.map((x) => x.name)).toEqual(['com.google.android.gms']);
  });
});

describe('the built-in profiles rebuilt from their own properties', () => {
  it.each(PROFILES.map((p) => [p.name, p] as const))('%s', (_name, profile) => {
    const rebuilt = profileFromProps(profile.props);
    expect(rebuilt.family).toBe(profile.family);
    expect(rebuilt.appChannel).toBe(profile.appChannel);
    expect(rebuilt.pushService?.name).toBe(profile.pushService?.name);
  });
});

describe('ROM tables', () => {
  it('push service packages', () => {
    expect(isPushServicePackage('com.coloros.mcs')).toBe(true);
    expect(isPushServicePackage('com.example.chat')).toBe(false);
  });
  it('settings screens per family, SDK and exported state', () => {
    const auto = 'com.miui.securitycenter/com.miui.permcenter.autostart.AutoStartManagementActivity';
    expect(romActivity('xiaomi', 35, auto)?.exported).toBe(true);
    expect(romActivity('vivo', 35, auto)).toBeUndefined();
    expect(
      romActivity('xiaomi', 35, 'com.miui.securitycenter/com.miui.permcenter.settings.OtherPermissionsActivity')
        ?.exported,
    ).toBe(false);
    const startup = 'com.huawei.systemmanager/com.huawei.systemmanager.appcontrol.activity.StartupAppControlActivity';
    expect(romActivity('huawei', 26, startup)).toBeDefined();
    expect(romActivity('huawei', 25, startup)).toBeUndefined();
  });
});
