// The built-in virtual phones of this vendor's brands (values follow the public captures in
// device-facts.md §1.2, with the traps they show).
import type { PhoneProfile } from '../../profiles';
import { base } from '../../profiles/base';

export const profiles: PhoneProfile[] = [
  {
    name: 'huawei-emui',
    title: 'HUAWEI P30, EMUI 10 (Android 10)',
    family: 'huawei',
    props: {
      ...base({
        brand: 'HUAWEI',
        manufacturer: 'HUAWEI',
        model: 'ELE-AL00',
        name: 'ELE-AL00',
        device: 'HWELE',
        release: '10',
        sdk: 29,
        buildId: 'HUAWEIELE-AL00',
        incremental: '10.1.0.162C00',
        display: 'ELE-AL00 10.1.0.162(C00E160R2P7)',
        patch: '2021-03-01',
      }),
      'ro.build.version.emui': 'EmotionUI_10.1.0',
      'ro.build.hw_emui_api_level': '23',
      'ro.confg.hw_systemversion': 'ELE-AL00 10.1.0.162(C00E160R2P7)',
    },
    pushService: { name: 'com.huawei.hwid', versionCode: 60800300, versionName: '6.8.0.300', system: true },
    packages: [{ name: 'com.huawei.systemmanager', versionCode: 1010013, versionName: '10.1.0.13', system: true }],
    appChannel: 'huawei',
    imSdk: 'tencent',
  },
  {
    name: 'huawei-harmonyos',
    title: 'HUAWEI Mate 40 Pro, HarmonyOS 3.1',
    family: 'huawei',
    props: {
      ...base({
        brand: 'HUAWEI',
        manufacturer: 'HUAWEI',
        model: 'NOH-AN00',
        name: 'NOH-AN00',
        device: 'HWNOH',
        release: '12',
        sdk: 31,
        buildId: 'HUAWEINOH-AN00',
        incremental: '103.1.0.44C00',
        display: 'NOH-AN00 3.1.0.44(C00E40R2P5)',
        patch: '2023-06-01',
      }),
      'hw_sc.build.platform.version': '3.1.0',
      'hw_sc.build.os.version': '3.0.0',
      'hw_sc.build.os.enable': 'true',
      'ro.build.version.emui': 'EmotionUI_13.1.0',
      'ro.build.hw_emui_api_level': '30',
      // Huawei images carry this Honor-looking key (a trap for detectors keyed on it).
      'ro.magic.api.version': '0.1',
    },
    pushService: { name: 'com.huawei.hwid', versionCode: 61100302, versionName: '6.11.0.302', system: true },
    packages: [{ name: 'com.huawei.systemmanager', versionCode: 1310030, versionName: '13.1.0.30', system: true }],
    appChannel: 'huawei',
    imSdk: 'easemob',
  },
];
