// The built-in virtual phones of this vendor's brands (values follow the public captures in
// device-facts.md §1.2, with the traps they show).
import type { PhoneProfile } from '../../profiles';
import { base } from '../../profiles/base';

export const profiles: PhoneProfile[] = [
  {
    name: 'honor-magicos',
    title: 'HONOR Magic7 Pro, MagicOS 10 (Android 16)',
    family: 'honor',
    props: {
      ...base({
        brand: 'HONOR',
        manufacturer: 'HONOR',
        model: 'PTP-AN20',
        name: 'PTP-AN20',
        device: 'HNPTP',
        release: '16',
        sdk: 36,
        buildId: 'HONORPTP-AN20',
        incremental: '10.0.0.115C00',
        display: 'PTP-AN20 10.0.0.115(C00E110R3P2)',
        patch: '2025-10-01',
      }),
      'ro.build.version.magic': 'MagicOS_10.0.0',
      'ro.build.magic_api_level': '42',
      'ro.magic.cversion': 'C636',
    },
    pushService: {
      name: 'com.hihonor.android.pushagent',
      versionCode: 80020300,
      versionName: '8.0.20.300',
      system: true,
    },
    packages: [{ name: 'com.hihonor.systemmanager', versionCode: 100003, versionName: '10.0.0.3', system: true }],
    appChannel: 'honor',
    imSdk: 'tencent',
  },
];
