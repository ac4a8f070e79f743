// What every virtual phone's properties share, from one model's few facts (device-facts.md §1.2).
import type { PackageSpec } from './index';

export interface BaseSpec {
  brand: string;
  manufacturer: string;
  model: string;
  name: string;
  device: string;
  release: string;
  sdk: number;
  buildId: string;
  incremental: string;
  display?: string;
  patch: string;
  locale?: string;
  timezone?: string;
  /** Write the vendor/odm/product partitions' brand as well (real images do). */
  partitions?: boolean;
}

export function base(s: BaseSpec): Record<string, string> {
  const fingerprint = `${s.brand}/${s.name}/${s.device}:${s.release}/${s.buildId}/${s.incremental}:user/release-keys`;
  const props: Record<string, string> = {
    'ro.product.brand': s.brand,
    'ro.product.manufacturer': s.manufacturer,
    'ro.product.model': s.model,
    'ro.product.name': s.name,
    'ro.product.device': s.device,
    'ro.product.board': s.device,
    'ro.build.version.release': s.release,
    'ro.build.version.release_or_codename': s.release,
    'ro.build.version.sdk': String(s.sdk),
    'ro.build.version.security_patch': s.patch,
    'ro.build.version.incremental': s.incremental,
    'ro.build.id': s.buildId,
    'ro.build.display.id': s.display ?? `${s.buildId} release-keys`,
    'ro.build.type': 'user',
    'ro.build.tags': 'release-keys',
    'ro.build.fingerprint': fingerprint,
    'ro.build.characteristics': 'default',
    'ro.product.cpu.abi': 'arm64-v8a',
    'ro.product.cpu.abilist': 'arm64-v8a,armeabi-v7a,armeabi',
    'ro.product.locale': s.locale ?? 'zh-CN',
    'persist.sys.timezone': s.timezone ?? 'Asia/Shanghai',
    'ro.boot.serialno': 'virtual',
    'ro.debuggable': '0',
    'ro.secure': '1',
    'sys.boot_completed': '1',
    'init.svc.adbd': 'running',
    'persist.sys.usb.config': 'mtp,adb',
    'ro.crypto.state': 'encrypted',
    'gsm.version.baseband': '1.0.c2-00012-0221_0000_abcdef,1.0.c2-00012-0221_0000_abcdef',
    'dalvik.vm.heapsize': '512m',
    'net.bt.name': 'Android',
  };
  if (s.partitions !== false) {
    for (const part of ['vendor', 'odm', 'product', 'system_ext']) {
      props[`ro.product.${part}.brand`] = s.brand;
      props[`ro.product.${part}.manufacturer`] = s.manufacturer;
      props[`ro.product.${part}.model`] = s.model;
      props[`ro.product.${part}.name`] = s.name;
      props[`ro.product.${part}.device`] = s.device;
    }
  }
  return props;
}

/** Google Play services, next to a vendor service on GMS-certified phones. */
export const GMS: PackageSpec = {
  name: 'com.google.android.gms',
  versionCode: 244435035,
  versionName: '24.44.35 (190400-694012345)',
  system: true,
};
