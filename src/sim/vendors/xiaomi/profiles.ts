// The built-in virtual phones of this vendor's brands (values follow the public captures in
// device-facts.md §1.2, with the traps they show).
import type { PhoneProfile } from '../../profiles';
import { base } from '../../profiles/base';

export const profiles: PhoneProfile[] = [
  {
    name: 'xiaomi-miui',
    title: 'Redmi Note 12 Pro, MIUI 14 (Android 13)',
    family: 'xiaomi',
    props: {
      ...base({
        brand: 'Redmi',
        manufacturer: 'Xiaomi',
        model: '22101316C',
        name: 'ruby',
        device: 'ruby',
        release: '13',
        sdk: 33,
        buildId: 'TP1A.220624.014',
        incremental: 'V14.0.10.0.TMOCNXM',
        patch: '2023-09-01',
      }),
      'ro.miui.ui.version.name': 'V140',
      'ro.miui.ui.version.code': '14',
      'ro.miui.region': 'CN',
      'ro.product.mod_device': 'ruby',
    },
    pushService: { name: 'com.xiaomi.xmsf', versionCode: 60010010, versionName: '6.0.1-C', system: true },
    packages: [
      { name: 'com.miui.securitycenter', versionCode: 40000740, versionName: '7.4.0-240315.0.1', system: true },
    ],
    appChannel: 'xiaomi',
    imSdk: 'tencent',
  },
  {
    name: 'xiaomi-hyperos',
    title: 'Xiaomi 14, HyperOS 2 (Android 15)',
    family: 'xiaomi',
    props: {
      ...base({
        brand: 'Xiaomi',
        manufacturer: 'Xiaomi',
        model: '23127PN0CC',
        name: 'houji',
        device: 'houji',
        release: '15',
        sdk: 35,
        buildId: 'AQ3A.240812.002',
        incremental: 'OS2.0.105.0.VNCCNXM',
        patch: '2025-01-01',
      }),
      // HyperOS keeps the MIUI keys with code 816: the trap that fools MIUI-only detectors.
      'ro.miui.ui.version.name': 'V816',
      'ro.miui.ui.version.code': '816',
      'ro.mi.os.version.name': 'OS2.0',
      'ro.mi.os.version.code': '2',
      'ro.mi.os.version.incremental': 'OS2.0.105.0.VNCCNXM',
      'ro.miui.region': 'CN',
    },
    pushService: { name: 'com.xiaomi.xmsf', versionCode: 60208020, versionName: '6.2.8-C', system: true },
    packages: [
      { name: 'com.miui.securitycenter', versionCode: 40001020, versionName: '10.2.0-241212.0.1', system: true },
    ],
    appChannel: 'xiaomi',
    imSdk: 'tencent',
  },
];
