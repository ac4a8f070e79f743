// Decides brand family, ROM, Android version and push channel from a phone's properties (and its
// installed packages when known). The channel follows the brand order the IM SDKs use (Tencent's
// TUIOfflinePush BrandUtil: Xiaomi, Honor, Huawei, Meizu, OPPO family, vivo, else FCM), since that
// is what the app on the phone will pick; ROM keys only name the ROM. Each vendor's brand rule,
// families and ROM rules are in src/main/vendors/<id>/detect.ts; what is Android's (generic system
// images, partitions, SDK levels, custom ROMs, form factors) is here. Real phones carry traps that
// detectors keyed on ROM properties fall into; each is handled where it bites.
import type { BrandFamily, Detection, FormFactor, PushChannel, Text } from '../../shared/types';
import { deriveProductProps } from './props';
import { VENDOR_IDS, VENDORS, type VendorId } from '../../shared/vendors';
import { VENDOR_MODULES } from '../vendors/registry';
import type { RomResult } from '../vendors/types';

/** System-partition values a generic system image (GSI/QSSI) puts where the brand should be. */
const GENERIC = new Set([
  'qti',
  'qssi',
  'oplus',
  'android',
  'generic',
  'unknown',
  'aosp',
  'mtk',
  'alps',
  'sprd',
  'unisoc',
  'full',
  '',
]);

const PARTITIONS = ['', 'product.', 'odm.', 'vendor.', 'system_ext.', 'system.'];

/** Build.BRAND/MANUFACTURER/MODEL as the phone would report them, skipping generic placeholders. */
function productProp(
  props: Record<string, string>,
  field: 'brand' | 'manufacturer' | 'model' | 'device' | 'name',
): {
  value: string;
  key: string;
} {
  for (const part of PARTITIONS) {
    const key = `ro.product.${part}${field}`;
    const v = props[key]?.trim();
    if (v && !GENERIC.has(v.toLowerCase())) return { value: v, key };
  }
  const key = `ro.product.${field}`;
  return { value: props[key]?.trim() ?? '', key };
}

export interface PackageInfo {
  name: string;
  versionCode?: number;
}

export const VENDOR_SERVICE_PACKAGES: Record<Exclude<PushChannel, 'none'>, readonly string[]> = Object.fromEntries(
  VENDOR_IDS.map((v) => [v, VENDORS[v].servicePackages]),
) as Record<VendorId, readonly string[]>;

/** The vendors in the IM SDKs' brand order (see file comment). */
const BY_BRAND_ORDER = VENDOR_IDS.map((id) => ({ id, ...VENDOR_MODULES[id].detection })).sort(
  (x, y) => x.brandOrder - y.brandOrder,
);
const FAMILY_RULES = BY_BRAND_ORDER.flatMap((v) => v.families);

function familyOf(brand: string, manufacturer: string): BrandFamily {
  const b = brand.toLowerCase();
  const m = manufacturer.toLowerCase();
  return FAMILY_RULES.find((f) => f.matches(b, m))?.family ?? 'other';
}

/** The IM SDKs' brand order (see file comment): the first vendor whose brand rule says yes. */
function channelByBrand(brand: string, manufacturer: string): { channel: PushChannel; reason: string } {
  const b = brand.toLowerCase();
  const m = manufacturer.toLowerCase();
  for (const v of BY_BRAND_ORDER) {
    const reason = v.channelFor(b, m);
    if (reason !== null) return { channel: v.id, reason };
  }
  // FCM's rule takes every brand; a registry without it would leave the phone with none.
  return { channel: 'none', reason: 'brand:none' };
}

const SDK_BY_RELEASE: Record<string, number> = {
  '4.4': 19,
  '5.0': 21,
  '5.1': 22,
  '6': 23,
  '7.0': 24,
  '7.1': 25,
  '8.0': 26,
  '8.1': 27,
  '9': 28,
  '10': 29,
  '11': 30,
  '12': 31,
  '12L': 32,
  '13': 33,
  '14': 34,
  '15': 35,
  '16': 36,
};

function androidVersion(props: Record<string, string>): { release: string; sdk: number } {
  const release = (props['ro.build.version.release'] ?? props['ro.build.version.release_or_codename'] ?? '').trim();
  let sdk = Number.parseInt(props['ro.build.version.sdk'] ?? '', 10);
  if (!Number.isFinite(sdk)) {
    const major = release.split('.')[0];
    sdk = SDK_BY_RELEASE[release] ?? SDK_BY_RELEASE[major] ?? SDK_BY_RELEASE[`${major}.0`] ?? 0;
  }
  return { release, sdk };
}

function customRom(props: Record<string, string>): RomResult | null {
  const known: [string, string][] = [
    ['ro.lineage.build.version', 'LineageOS'],
    ['ro.lineage.version', 'LineageOS'],
    ['ro.cm.version', 'CyanogenMod'],
    ['org.pixelexperience.version', 'PixelExperience'],
    ['ro.crdroid.version', 'crDroid'],
    ['ro.evolution.version', 'Evolution X'],
    ['ro.modversion', 'custom ROM'],
  ];
  for (const [key, name] of known) {
    const v = props[key];
    if (v) {
      const version = name === 'LineageOS' ? (props['ro.lineage.build.version'] ?? v.split('-')[0]) : v.split('-')[0];
      return { name, version, evidence: [key], notes: [] };
    }
  }
  return null;
}

function romFor(
  family: BrandFamily,
  props: Record<string, string>,
  manufacturer: string,
  model: string,
  sdk: number,
): RomResult {
  const custom = customRom(props);
  if (custom) {
    const vendorLeft = FAMILY_RULES.some(
      (f) => f.customRomNote && (f.family === family || f.customRomNote.keys.some((k) => props[k])),
    );
    if (vendorLeft) custom.notes.push({ key: 'detect.note.customRomOnVendor', params: { rom: custom.name } });
    return custom;
  }
  const release = androidVersion(props).release;
  const rule = FAMILY_RULES.find((f) => f.family === family);
  const rom = rule?.rom({ props, family, manufacturer, model, sdk, release });
  return rom ?? { name: 'Android', version: release, evidence: ['ro.build.version.release'], notes: [] };
}

function formFactorOf(props: Record<string, string>): FormFactor {
  const c = (props['ro.build.characteristics'] ?? '').toLowerCase();
  if (
    /\btv\b/.test(c) ||
    props['ro.product.device']?.startsWith('atv') ||
    props['ro.com.google.clientidbase'] === 'android-tv'
  )
    return 'tv';
  if (/watch/.test(c)) return 'watch';
  if (/automotive|car/.test(c)) return 'car';
  if (/tablet/.test(c)) return 'tablet';
  if (c || props['ro.product.model']) return 'phone';
  return 'unknown';
}

export interface DetectOptions {
  /** Installed packages when known (`pm list packages`): refines the channel. */
  packages?: PackageInfo[];
}

export function detect(rawProps: Record<string, string>, options: DetectOptions = {}): Detection {
  // build.prop sets lack ro.product.* on Android 10+ (init derives them at boot): derive them the same way.
  const { props, derived, order } = deriveProductProps(rawProps);
  const brand = productProp(props, 'brand');
  const manufacturer = productProp(props, 'manufacturer');
  const model = productProp(props, 'model');
  const device = productProp(props, 'device');
  const android = androidVersion(props);
  const family = familyOf(brand.value, manufacturer.value);
  const rom = romFor(family, props, manufacturer.value, model.value, android.sdk);
  const notes: Text[] = [...rom.notes];
  if (derived.length)
    notes.push({
      key: 'detect.note.derivedProduct',
      params: {
        keys: derived.join(', '),
        order: order.join(','),
      },
    });
  if (!model.value) notes.push({ key: 'detect.note.noModel' });
  const evidence: Record<string, string> = {};
  const cite = (key: string) => {
    if (props[key] !== undefined) evidence[key] = props[key];
  };
  for (const k of [
    brand.key,
    manufacturer.key,
    model.key,
    'ro.build.version.release',
    'ro.build.version.sdk',
    ...rom.evidence,
  ])
    cite(k);
  if (brand.key !== 'ro.product.brand' && props['ro.product.brand'] !== undefined) {
    cite('ro.product.brand');
  }
  if (brand.key !== 'ro.product.brand')
    notes.push({ key: 'detect.note.genericSystemBrand', params: { key: brand.key, value: brand.value } });

  let { channel, reason } = channelByBrand(brand.value, manufacturer.value);
  if (options.packages) {
    const installed = new Set(options.packages.map((p) => p.name));
    const has = (c: Exclude<PushChannel, 'none'>) => VENDOR_SERVICE_PACKAGES[c].some((p) => installed.has(p));
    const hasGms = has('fcm');
    if (channel === 'fcm') {
      if (!hasGms) {
        channel = 'none';
        reason = 'no-google-play-services';
        notes.push({ key: 'detect.note.noPushService' });
      }
    } else if (channel !== 'none' && !has(channel)) {
      reason = `${reason};vendor-service-missing`;
      notes.push({
        key: hasGms ? 'detect.note.vendorMissingGmsPresent' : 'detect.note.noPushService',
        params: { channel },
      });
    }
  }
  const formFactor = formFactorOf(props);
  if (formFactor !== 'phone' && formFactor !== 'unknown')
    notes.push({ key: `detect.note.formFactor`, params: { formFactor } });

  return {
    brand: brand.value,
    manufacturer: manufacturer.value,
    model: model.value,
    device: device.value,
    brandFamily: family,
    rom: { name: rom.name, version: rom.version },
    android,
    pushChannel: channel,
    channelReason: reason,
    formFactor,
    evidence,
    notes,
  };
}

/** Properties without which detection would only guess: a dump missing them is truncated or not a getprop dump. */
export const ESSENTIAL_PROPS = [
  'ro.product.brand',
  'ro.product.manufacturer',
  'ro.product.model',
  'ro.build.version.release',
];

export function missingEssentials(props: Record<string, string>): string[] {
  return ESSENTIAL_PROPS.filter((k) => {
    if (props[k]) return false;
    const field = k.split('.').pop()!;
    if (k.startsWith('ro.product.')) return !PARTITIONS.some((p) => props[`ro.product.${p}${field}`]);
    return !props['ro.build.version.release_or_codename'];
  });
}
