// The built-in virtual phones of this vendor's brands (values follow the public captures in
// device-facts.md §1.2, with the traps they show).
import type { PhoneProfile } from '../../profiles';
import { base, GMS } from '../../profiles/base';

export const profiles: PhoneProfile[] = [
  {
    name: 'oppo-coloros',
    title: 'OPPO Find X7, ColorOS 14 (Android 14)',
    family: 'oppo',
    props: {
      ...base({
        brand: 'OPPO',
        manufacturer: 'OPPO',
        model: 'PHZ110',
        name: 'PHZ110',
        device: 'OP5D0DL1',
        release: '14',
        sdk: 34,
        buildId: 'UKQ1.231108.001',
        incremental: 'U.1a2b3c4',
        display: 'PHZ110_14.0.0.600(CN01)',
        patch: '2024-05-05',
      }),
      'ro.build.version.oplusrom': 'V14.0.0',
      'ro.build.version.oplusrom.display': '14.0.0',
      'ro.build.version.oplus.api': '30',
    },
    pushService: { name: 'com.heytap.mcs', versionCode: 6001000, versionName: '6.0.10', system: true },
    packages: [{ name: 'com.coloros.safecenter', versionCode: 14000017, versionName: '14.0.17', system: true }],
    appChannel: 'oppo',
    imSdk: 'tencent',
  },
  {
    name: 'oneplus-oxygenos',
    title: 'OnePlus 12, OxygenOS 15 (Android 15)',
    family: 'oneplus',
    props: {
      ...base({
        brand: 'OnePlus',
        manufacturer: 'OnePlus',
        model: 'CPH2581',
        name: 'CPH2581EEA',
        device: 'OP595DL1',
        release: '15',
        sdk: 35,
        buildId: 'AP3A.240617.008',
        incremental: 'V.1c2d3e4',
        display: 'CPH2581_15.0.0.406(EX01)',
        patch: '2025-02-01',
        locale: 'en-GB',
        timezone: 'Europe/London',
      }),
      // OnePlus runs on the OPlus base: this key reports the ColorOS base, not an OxygenOS version.
      'ro.build.version.oplusrom': 'V15.0.0',
      'ro.build.version.oplusrom.display': '15.0.0',
      'ro.build.version.ota': 'PJD110_11.F.21_4210_202502011200',
    },
    pushService: { name: 'com.heytap.mcs', versionCode: 6002000, versionName: '6.0.20', system: true },
    packages: [GMS, { name: 'com.oneplus.security', versionCode: 15000010, versionName: '15.0.10', system: true }],
    appChannel: 'oppo',
    imSdk: 'tencent',
  },
  {
    name: 'realme-ui',
    title: 'realme GT 7 Pro, realme UI 7.0 (Android 16)',
    family: 'realme',
    props: {
      // Generic system image: the system partition says `oplus`, the real brand sits in vendor/odm.
      ...base({
        brand: 'realme',
        manufacturer: 'realme',
        model: 'RMX5200',
        name: 'RMX5200',
        device: 'RE5C8BL1',
        release: '16',
        sdk: 36,
        buildId: 'BP2A.250605.015',
        incremental: 'W.2c3d4e5',
        display: 'RMX5200_16.0.8.301(CN01)',
        patch: '2025-09-05',
      }),
      'ro.product.system.brand': 'oplus',
      'ro.product.system.manufacturer': 'oplus',
      'ro.product.system.model': 'qssi',
      'ro.build.version.oplusrom': 'V16.1.0',
      'ro.build.version.oplusrom.display': '16.0.8',
    },
    pushService: { name: 'com.heytap.mcs', versionCode: 6003000, versionName: '6.0.30', system: true },
    packages: [{ name: 'com.coloros.safecenter', versionCode: 16000008, versionName: '16.0.8', system: true }],
    appChannel: 'oppo',
    imSdk: 'easemob',
  },
];
