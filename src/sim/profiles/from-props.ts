// A virtual phone built from a real phone's properties (`adb shell getprop` dump or build.prop),
// so that support staff can reproduce a customer's device: the channel and push service follow
// what detection decides for those properties.
import { detect } from '../../main/device/detect';
import type { PhoneProfile, PackageSpec } from './index';
import type { BrandFamily, VendorChannel } from '../../shared/types';

const SERVICE_BY_CHANNEL: Record<VendorChannel, PackageSpec> = {
  xiaomi: { name: 'com.xiaomi.xmsf', versionCode: 60010010, versionName: '6.0.1-C', system: true },
  huawei: { name: 'com.huawei.hwid', versionCode: 60800300, versionName: '6.8.0.300', system: true },
  honor: { name: 'com.hihonor.android.pushagent', versionCode: 80020300, versionName: '8.0.20.300', system: true },
  oppo: { name: 'com.heytap.mcs', versionCode: 6001000, versionName: '6.0.10', system: true },
  vivo: { name: 'com.vivo.pushservice', versionCode: 4100000, versionName: '4.1.0.0', system: true },
  meizu: { name: 'com.meizu.cloud', versionCode: 10050501, versionName: '10.5.5', system: true },
  fcm: { name: 'com.google.android.gms', versionCode: 244435035, versionName: '24.44.35 (190400-694012345)', system: true },
};

export function profileFromProps(props: Record<string, string>, name = 'from-props'): PhoneProfile {
  const d = detect(props);
  const channel: VendorChannel = d.pushChannel === 'none' ? 'fcm' : d.pushChannel;
  const family: BrandFamily = d.brandFamily;
  const filled = { ...props };
  // Fill what a phone always has, so that the adb banner and `getprop KEY` answer sensibly.
  filled['ro.product.model'] ??= d.model || 'Unknown';
  filled['ro.product.name'] ??= d.device || filled['ro.product.model'];
  filled['ro.product.device'] ??= d.device || filled['ro.product.name'];
  filled['ro.build.version.sdk'] ??= String(d.android.sdk || 33);
  return {
    name,
    title: `${d.brand} ${d.model} (${d.rom.name} ${d.rom.version}) from a property dump`,
    family,
    props: filled,
    pushService: SERVICE_BY_CHANNEL[channel],
    packages: [],
    appChannel: channel,
    imSdk: 'tencent',
  };
}
