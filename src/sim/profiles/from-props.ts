// A virtual phone built from a real phone's properties (`adb shell getprop` dump or build.prop),
// so that support staff can reproduce a customer's device. The phone decides for itself, from its
// own tables, what such a phone carries — not from the product's detect(), which is what the
// reproduction is there to check:
// - Build.BRAND / Build.MANUFACTURER / Build.MODEL as Android derives them: `ro.product.X`, else
//   the first partition's `ro.product.<partition>.X` in init's default source order (product,
//   odm, vendor, system_ext, system; system/core/init/property_service.cpp).
// - the ROM, from the keys each vendor ROM sets (device-facts.md §1), decides the preinstalled
//   push service (device-facts.md §2) and the family of settings screens (each vendor's ROM rules
//   and service are in src/sim/vendors/<id>/);
// - the app's channel follows the brand checks of Tencent's TUIOfflinePush BrandUtil (Xiaomi,
//   Honor, Huawei, Meizu, OPPO family, vivo, else FCM), since the test app integrates that SDK
//   (src/sim/vendors/tencent-im/brand.ts).
import type { PhoneProfile } from './index';
import type { BrandFamily, VendorChannel } from '../../shared/types';
import { VENDOR_IDS } from '../../shared/vendors';
import { parseGetpropDump } from './props-dump';
import { SIM_VENDORS } from '../vendors/registry';
import type { RomFacts } from '../vendors/types';
import { tuiBrandChannel } from '../vendors/tencent-im/brand';

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

interface Rom extends RomFacts {
  /** The push service the ROM ships, or none (custom ROMs, AOSP). */
  service?: VendorChannel;
}

/**
 * Which ROM the properties describe, by the keys only that ROM sets: custom ROMs first (they keep
 * the vendor keys of the image they replace), then each vendor's ROMs (src/sim/vendors/<id>/), else
 * plain Android.
 */
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
  for (const id of VENDOR_IDS)
    for (const rule of SIM_VENDORS[id].roms) {
      const rom = rule(props, { brand, manufacturer });
      if (rom) return { ...rom, service: id };
    }
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
  return tuiBrandChannel(buildField(props, 'brand'), buildField(props, 'manufacturer'));
}

export function profileFromProps(props: Record<string, string>, name = 'from-props'): PhoneProfile {
  const rom = romOf(props);
  const filled = { ...props };
  // Fill what a phone always has, so that the adb banner and `getprop KEY` answer sensibly.
  filled['ro.product.model'] ??= buildField(props, 'model') || 'Unknown';
  filled['ro.product.name'] ??= buildField(props, 'name') || buildField(props, 'device') || filled['ro.product.model'];
  filled['ro.product.device'] ??= buildField(props, 'device') || filled['ro.product.name'];
  filled['ro.build.version.sdk'] ??= '33';
  // A GMS-certified vendor phone (ro.com.google.gmsversion) carries Google Play services too.
  const packages = rom.service !== 'fcm' && props['ro.com.google.gmsversion'] ? [SIM_VENDORS.fcm.service] : [];
  return {
    name,
    title:
      `${buildField(props, 'brand')} ${filled['ro.product.model']} (${rom.name} ${rom.version}) from a property dump`.replace(
        /\s+\)/,
        ')',
      ),
    family: rom.family,
    props: filled,
    pushService: rom.service ? SIM_VENDORS[rom.service].service : undefined,
    packages,
    appChannel: appChannelOf(props),
    imSdk: 'tencent',
  };
}

/** The same, from the text of a `getprop` dump. */
export function profileFromDump(text: string, name = 'from-props'): PhoneProfile {
  return profileFromProps(parseGetpropDump(text), name);
}
