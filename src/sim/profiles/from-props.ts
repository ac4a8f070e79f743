// A virtual phone built from a real phone's properties (`adb shell getprop` dump or build.prop),
// so that support staff can reproduce a customer's device. The phone decides for itself, from its
// own tables, what such a phone carries — not from the product's detect(), which is what the
// reproduction is there to check:
// - Build.BRAND / Build.MANUFACTURER / Build.MODEL as Android derives them: `ro.product.X`, else
//   the first partition's `ro.product.<partition>.X` in init's default source order (product,
//   odm, vendor, system_ext, system; system/core/init/property_service.cpp).
// - the ROM, from the keys each vendor ROM sets (device-facts.md §1), decides the preinstalled
//   push service (device-facts.md §2) and the family of settings screens;
// - the app's channel follows the brand checks of Tencent's TUIOfflinePush BrandUtil (Xiaomi,
//   Honor, Huawei, Meizu, OPPO family, vivo, else FCM), since the test app integrates that SDK.
import type { PhoneProfile, PackageSpec } from './index';
import type { BrandFamily, VendorChannel } from '../../shared/types';
import { parseGetpropDump } from './props-dump';

const SOURCE_ORDER = ['product', 'odm', 'vendor', 'system_ext', 'system'];

/** The value Build.<field> reports on a phone with these properties. */
export function buildField(
  props: Record<string, string>,
  field: 'brand' | 'manufacturer' | 'model' | 'device' | 'name',
): string {
  const own = props[`ro.product.${field}`];
  if (own) return own;
  for (const part of SOURCE_ORDER) {
    const v = props[`ro.product.${part}.${field}`];
    if (v) return v;
  }
  return '';
}

interface Rom {
  name: string;
  version: string;
  family: BrandFamily;
  /** The push service package the ROM ships, or none (custom ROMs, AOSP). */
  service?: VendorChannel;
}

/** Which ROM the properties describe, by the keys only that ROM sets. */
export function romOf(props: Record<string, string>): Rom {
  const brand = buildField(props, 'brand').toLowerCase();
  const manufacturer = buildField(props, 'manufacturer').toLowerCase();
  const release = props['ro.build.version.release'] ?? '';
  if (props['ro.lineage.build.version'] || props['ro.lineage.version'] || props['ro.modversion'])
    return {
      name: 'LineageOS',
      version: props['ro.lineage.build.version'] ?? '',
      family: 'other',
      service: props['ro.com.google.gmsversion'] ? 'fcm' : undefined,
    };
  if (props['ro.mi.os.version.name'])
    return {
      name: 'HyperOS',
      version: props['ro.mi.os.version.name'].replace(/^OS/, ''),
      family: 'xiaomi',
      service: 'xiaomi',
    };
  if (props['ro.miui.ui.version.name'])
    return { name: 'MIUI', version: props['ro.miui.ui.version.name'], family: 'xiaomi', service: 'xiaomi' };
  if (props['ro.build.version.magic'] && manufacturer === 'honor')
    return { name: 'MagicOS', version: props['ro.build.version.magic'], family: 'honor', service: 'honor' };
  if (props['hw_sc.build.platform.version'])
    return { name: 'HarmonyOS', version: props['hw_sc.build.platform.version'], family: 'huawei', service: 'huawei' };
  if (props['ro.build.version.emui'])
    return { name: 'EMUI', version: props['ro.build.version.emui'], family: 'huawei', service: 'huawei' };
  const oplus = props['ro.build.version.oplusrom'] ?? props['ro.build.version.opporom'];
  if (oplus || props['ro.build.version.realmeui']) {
    const family: BrandFamily =
      brand === 'oneplus' || manufacturer === 'oneplus'
        ? 'oneplus'
        : brand === 'realme' || manufacturer === 'realme'
          ? 'realme'
          : 'oppo';
    return {
      name: family === 'realme' ? 'realme UI' : family === 'oneplus' ? 'OxygenOS' : 'ColorOS',
      version: props['ro.build.version.realmeui'] ?? oplus ?? '',
      family,
      service: 'oppo',
    };
  }
  if (props['ro.vivo.os.name'] || props['ro.vivo.os.version'])
    return {
      name: props['ro.vivo.os.name'] || 'Funtouch',
      version: props['ro.vivo.os.version'] ?? '',
      family: 'vivo',
      service: 'vivo',
    };
  const display = props['ro.flyme.version.id'] ?? props['ro.build.display.id'] ?? '';
  if (props['ro.flyme.published'] || /flyme/i.test(display))
    return { name: 'Flyme', version: /([\d.]+)/.exec(display)?.[1] ?? '', family: 'meizu', service: 'meizu' };
  if (props['ro.build.version.oneui'])
    return { name: 'One UI', version: props['ro.build.version.oneui'], family: 'samsung', service: 'fcm' };
  const family: BrandFamily = manufacturer === 'google' ? 'google' : 'other';
  return {
    name: 'Android',
    version: release,
    family,
    service: props['ro.com.google.gmsversion'] || manufacturer === 'google' ? 'fcm' : undefined,
  };
}

/** TUIOfflinePush's BrandUtil: the channel the test app's SDK registers with on this phone. */
export function appChannelOf(props: Record<string, string>): VendorChannel {
  const b = buildField(props, 'brand').toLowerCase();
  const m = buildField(props, 'manufacturer').toLowerCase();
  const either = (...names: string[]) => names.includes(b) || names.includes(m);
  if (either('xiaomi') || b === 'redmi' || b === 'poco') return 'xiaomi';
  if (b === 'honor' && m === 'honor') return 'honor';
  if (either('huawei') || b === 'honor') return 'huawei';
  if (either('meizu') || b === '22c4185e') return 'meizu';
  if (either('oppo', 'realme', 'oneplus')) return 'oppo';
  if (either('vivo') || b === 'iqoo') return 'vivo';
  return 'fcm';
}

const SERVICE_BY_CHANNEL: Record<VendorChannel, PackageSpec> = {
  xiaomi: { name: 'com.xiaomi.xmsf', versionCode: 60010010, versionName: '6.0.1-C', system: true },
  huawei: { name: 'com.huawei.hwid', versionCode: 60800300, versionName: '6.8.0.300', system: true },
  honor: { name: 'com.hihonor.android.pushagent', versionCode: 80020300, versionName: '8.0.20.300', system: true },
  oppo: { name: 'com.heytap.mcs', versionCode: 6001000, versionName: '6.0.10', system: true },
  vivo: { name: 'com.vivo.pushservice', versionCode: 4100000, versionName: '4.1.0.0', system: true },
  meizu: { name: 'com.meizu.cloud', versionCode: 10050501, versionName: '10.5.5', system: true },
  fcm: {
    name: 'com.google.android.gms',
    versionCode: 244435035,
    versionName: '24.44.35 (190400-694012345)',
    system: true,
  },
};

export function profileFromProps(props: Record<string, string>, name = 'from-props'): PhoneProfile {
  const rom = romOf(props);
  const filled = { ...props };
  // Fill what a phone always has, so that the adb banner and `getprop KEY` answer sensibly.
  filled['ro.product.model'] ??= buildField(props, 'model') || 'Unknown';
  filled['ro.product.name'] ??= buildField(props, 'name') || buildField(props, 'device') || filled['ro.product.model'];
  filled['ro.product.device'] ??= buildField(props, 'device') || filled['ro.product.name'];
  filled['ro.build.version.sdk'] ??= '33';
  // A GMS-certified vendor phone (ro.com.google.gmsversion) carries Google Play services too.
  const packages = rom.service !== 'fcm' && props['ro.com.google.gmsversion'] ? [SERVICE_BY_CHANNEL.fcm] : [];
  return {
    name,
    title:
      `${buildField(props, 'brand')} ${filled['ro.product.model']} (${rom.name} ${rom.version}) from a property dump`.replace(
        /\s+\)/,
        ')',
      ),
    family: rom.family,
    props: filled,
    pushService: rom.service ? SERVICE_BY_CHANNEL[rom.service] : undefined,
    packages,
    appChannel: appChannelOf(props),
    imSdk: 'tencent',
  };
}

/** The same, from the text of a `getprop` dump. */
export function profileFromDump(text: string, name = 'from-props'): PhoneProfile {
  return profileFromProps(parseGetpropDump(text), name);
}
