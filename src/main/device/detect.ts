// Decides brand family, ROM, Android version and push channel from a phone's properties (and its
// installed packages when known). The channel follows the brand order the IM SDKs use (Tencent's
// TUIOfflinePush BrandUtil: Xiaomi, Honor, Huawei, Meizu, OPPO family, vivo, else FCM), since that
// is what the app on the phone will pick; ROM keys only name the ROM. Real phones carry traps that
// detectors keyed on ROM properties fall into; each is handled below where it bites.
import type { BrandFamily, Detection, FormFactor, PushChannel, Text } from '../../shared/types';
import { deriveProductProps } from './props';
import { VENDOR_IDS, VENDORS, type VendorId } from '../../shared/vendors';

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

function familyOf(brand: string, manufacturer: string): BrandFamily {
  const b = brand.toLowerCase();
  const m = manufacturer.toLowerCase();
  const any = (re: RegExp) => re.test(b) || re.test(m);
  if (any(/xiaomi|redmi|poco/)) return 'xiaomi';
  if (b === 'honor') return 'honor';
  if (any(/huawei/)) return 'huawei';
  if (any(/^meizu$/) || b === '22c4185e') return 'meizu';
  if (any(/^oneplus$/)) return 'oneplus';
  if (any(/^realme$/)) return 'realme';
  if (any(/^oppo$/)) return 'oppo';
  if (any(/^(vivo|iqoo)$/)) return 'vivo';
  if (any(/^samsung$/)) return 'samsung';
  if (any(/^google$/)) return 'google';
  return 'other';
}

/** The IM SDKs' brand order (see file comment). */
function channelByBrand(brand: string, manufacturer: string): { channel: PushChannel; reason: string } {
  const b = brand.toLowerCase();
  const m = manufacturer.toLowerCase();
  if (b === 'xiaomi' || m === 'xiaomi' || /^(redmi|poco)$/.test(b))
    return { channel: 'xiaomi', reason: 'brand:xiaomi' };
  if (b === 'honor' && m === 'honor') return { channel: 'honor', reason: 'brand:honor' };
  if (b.includes('huawei') || m.includes('huawei') || b === 'honor')
    return { channel: 'huawei', reason: b === 'honor' ? 'brand:honor-on-hms' : 'brand:huawei' };
  if (b === 'meizu' || m === 'meizu' || b === '22c4185e') return { channel: 'meizu', reason: 'brand:meizu' };
  if (/^(oppo|realme|oneplus)$/.test(b) || /^(oppo|realme|oneplus)$/.test(m))
    return { channel: 'oppo', reason: `brand:${b}` };
  if (b === 'vivo' || m === 'vivo' || b === 'iqoo') return { channel: 'vivo', reason: 'brand:vivo' };
  return { channel: 'fcm', reason: 'brand:other' };
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

/** `EmotionUI_10.1.0` → `10.1.0`; `MagicOS_10.0.0` → `10.0.0`; `V14.0.0` → `14.0.0`. */
function stripPrefix(v: string | undefined): string {
  if (!v) return '';
  return v.replace(/^[A-Za-z ]*_/, '').replace(/^V(?=\d)/, '');
}

/** MIUI's `ro.miui.ui.version.name`: `V140` → `14.0`, `V125` → `12.5`, `V12` → `12`, `V9` → `9`. */
function miuiVersion(name: string): string {
  const digits = name.replace(/^V/i, '');
  if (/^\d{3}$/.test(digits)) return `${digits.slice(0, 2)}.${digits[2]}`;
  return digits;
}

const REALME_UI_BY_SDK: Record<number, string> = {
  29: '1.0',
  30: '2.0',
  31: '3.0',
  32: '3.0',
  33: '4.0',
  34: '5.0',
  35: '6.0',
  36: '7.0',
};
const ORIGINOS_BY_SDK: Record<number, string> = { 30: '1', 31: '2', 32: '2', 33: '3', 34: '4', 35: '5', 36: '6' };

interface RomResult {
  name: string;
  version: string;
  evidence: string[];
  notes: Text[];
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
    if (props['ro.miui.ui.version.name'] || family === 'xiaomi')
      custom.notes.push({ key: 'detect.note.customRomOnVendor', params: { rom: custom.name } });
    return custom;
  }
  const notes: Text[] = [];
  switch (family) {
    case 'xiaomi': {
      const os = props['ro.mi.os.version.name'];
      if (os) {
        if (props['ro.miui.ui.version.name']) notes.push({ key: 'detect.note.hyperosMiuiKeys' });
        return { name: 'HyperOS', version: os.replace(/^OS/i, ''), evidence: ['ro.mi.os.version.name'], notes };
      }
      const code = Number.parseInt(props['ro.miui.ui.version.code'] ?? '', 10);
      const incremental = props['ro.build.version.incremental'] ?? '';
      if (code >= 816 || /^OS\d/.test(incremental)) {
        notes.push({ key: 'detect.note.hyperosMiuiKeys' });
        const m = /^OS(\d+(?:\.\d+)?)/.exec(incremental);
        return {
          name: 'HyperOS',
          version: m ? m[1] : '',
          evidence: ['ro.miui.ui.version.code', 'ro.build.version.incremental'],
          notes,
        };
      }
      const name = props['ro.miui.ui.version.name'];
      if (name) return { name: 'MIUI', version: miuiVersion(name), evidence: ['ro.miui.ui.version.name'], notes };
      break;
    }
    case 'huawei':
    case 'honor': {
      const magic = props['ro.build.version.magic'];
      // Honor's own ROM. Huawei images also carry ro.magic.api.version, so only the version key counts.
      if (magic && (family === 'honor' || /honor/i.test(manufacturer))) {
        const version = stripPrefix(magic);
        const major = Number.parseInt(version, 10);
        return {
          name: major >= 7 || /magicos/i.test(magic) ? 'MagicOS' : 'Magic UI',
          version,
          evidence: ['ro.build.version.magic'],
          notes,
        };
      }
      if (props['ro.magic.api.version'] && family === 'huawei') notes.push({ key: 'detect.note.magicKeyOnHuawei' });
      const harmony = props['hw_sc.build.platform.version'];
      if (harmony || props['hw_sc.build.os.enable'] === 'true') {
        return {
          name: 'HarmonyOS',
          version: harmony ?? props['hw_sc.build.os.version'] ?? '',
          evidence: ['hw_sc.build.platform.version'],
          notes,
        };
      }
      const emui = props['ro.build.version.emui'];
      if (emui) {
        if (family === 'honor') notes.push({ key: 'detect.note.honorOnHms' });
        return { name: 'EMUI', version: stripPrefix(emui), evidence: ['ro.build.version.emui'], notes };
      }
      if (magic) return { name: 'MagicOS', version: stripPrefix(magic), evidence: ['ro.build.version.magic'], notes };
      break;
    }
    case 'oppo': {
      const v = props['ro.build.version.oplusrom'] ?? props['ro.build.version.opporom'];
      if (v)
        return {
          name: 'ColorOS',
          version: stripPrefix(v),
          evidence: [props['ro.build.version.oplusrom'] ? 'ro.build.version.oplusrom' : 'ro.build.version.opporom'],
          notes,
        };
      const diff = props['ro.rom.different.version'];
      if (diff)
        return {
          name: 'ColorOS',
          version: diff.replace(/^ColorOS\s*/i, ''),
          evidence: ['ro.rom.different.version'],
          notes,
        };
      return { name: 'ColorOS', version: '', evidence: [], notes };
    }
    case 'oneplus': {
      const oplus = props['ro.build.version.oplusrom'];
      const romVersion = props['ro.rom.version'] ?? props['ro.oxygen.version'] ?? '';
      if (/hydrogen|h2os/i.test(romVersion))
        // "H2OS 11.0.7": the version is the number after the name, not every digit (the 2 of H2OS).
        return {
          name: 'HydrogenOS',
          version: /(\d+(?:\.\d+)*)\s*$/.exec(romVersion)?.[1] ?? '',
          evidence: ['ro.rom.version'],
          notes,
        };
      // China OnePlus ROMs before ColorOS (HydrogenOS) also name themselves in the OTA version keys
      // (`ro.build.ota.versionname=OnePlus6Hydrogen_22_…`), with no ro.rom.version.
      const h2Key = [
        'ro.build.ota.versionname',
        'ro.build.version.ota',
        'ro.build.display.full_id',
        'ro.build.display.id',
      ].find((k) => /hydrogen|h2os/i.test(props[k] ?? ''));
      if (h2Key)
        return {
          name: 'HydrogenOS',
          version: /_(\d+(?:\.\d+)+)/.exec(props[h2Key])?.[1] ?? '',
          evidence: [h2Key],
          notes,
        };
      if (oplus) notes.push({ key: 'detect.note.oplusBase', params: { value: oplus } });
      // China OnePlus phones (model P…110) run ColorOS since 2021; the rest run OxygenOS.
      const chinaModel = /^P[A-Z]{2}\d{3}$/.test(model);
      if (chinaModel)
        return {
          name: 'ColorOS',
          version: stripPrefix(oplus),
          evidence: ['ro.product.model', 'ro.build.version.oplusrom'],
          notes,
        };
      const display = props['ro.build.display.id'] ?? '';
      const m = /_(\d+\.\d+\.\d+)/.exec(display);
      const version = /oxygen/i.test(romVersion) ? romVersion.replace(/[^\d.]+/g, '') : (m?.[1] ?? stripPrefix(oplus));
      return { name: 'OxygenOS', version, evidence: ['ro.product.brand', 'ro.build.display.id'], notes };
    }
    case 'realme': {
      const own = props['ro.build.version.realmeui'];
      if (props['ro.build.version.oplusrom'])
        notes.push({ key: 'detect.note.oplusBase', params: { value: props['ro.build.version.oplusrom'] } });
      if (own) return { name: 'realme UI', version: stripPrefix(own), evidence: ['ro.build.version.realmeui'], notes };
      return { name: 'realme UI', version: REALME_UI_BY_SDK[sdk] ?? '', evidence: ['ro.build.version.sdk'], notes };
    }
    case 'vivo': {
      const osName = props['ro.vivo.os.name'] ?? '';
      const osVersion = props['ro.vivo.os.version'] ?? '';
      const displayId = props['ro.vivo.os.build.display.id'] ?? '';
      const fromDisplay = /originos[_ ]?(\d+(?:\.\d+)?)/i.exec(displayId)?.[1];
      if (/origin/i.test(osName)) {
        return {
          name: 'OriginOS',
          version: fromDisplay ?? ORIGINOS_BY_SDK[sdk] ?? osVersion,
          evidence: ['ro.vivo.os.name'],
          notes,
        };
      }
      // OriginOS phones for China may still say Funtouch (seen on an OriginOS 6 phone). A China
      // model (no overseas flag, `A` suffix) on Android 11+ runs OriginOS.
      const china =
        props['ro.vivo.product.overseas'] === 'no' ||
        (!props['ro.vivo.product.overseas'] && /^V\d{4}[A-Z]*A$/.test(model));
      if (china && sdk >= 30) {
        notes.push({ key: 'detect.note.originosSaysFuntouch' });
        return {
          name: 'OriginOS',
          version: fromDisplay ?? ORIGINOS_BY_SDK[sdk] ?? '',
          evidence: ['ro.vivo.os.name', 'ro.product.model'],
          notes,
        };
      }
      if (osName || displayId) {
        const v = /funtouch(?:os)?[_ ]?(\d+(?:\.\d+)?)/i.exec(displayId)?.[1] ?? osVersion;
        return { name: 'FuntouchOS', version: v, evidence: ['ro.vivo.os.name'], notes };
      }
      break;
    }
    case 'meizu': {
      const display = props['ro.flyme.version.id'] ?? props['ro.build.display.id'] ?? '';
      const m = /flyme\s*(?:os\s*)?([\d.]+\w*)/i.exec(display);
      if (m || props['ro.flyme.published'])
        return { name: 'Flyme', version: m?.[1] ?? '', evidence: ['ro.build.display.id'], notes };
      break;
    }
    case 'samsung': {
      const raw = Number.parseInt(props['ro.build.version.oneui'] ?? '', 10);
      if (Number.isFinite(raw) && raw > 0) {
        const major = Math.floor(raw / 10000);
        const minor = Math.floor(raw / 100) % 100;
        return { name: 'One UI', version: `${major}.${minor}`, evidence: ['ro.build.version.oneui'], notes };
      }
      return { name: 'One UI', version: '', evidence: [], notes };
    }
    default:
      break;
  }
  return { name: 'Android', version: androidVersion(props).release, evidence: ['ro.build.version.release'], notes };
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
  const { props, derived } = deriveProductProps(rawProps);
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
        order: props['ro.product.property_source_order'] || 'product,odm,vendor,system_ext,system',
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
