// The built-in virtual phones of this vendor's brands (values follow the public captures in
// device-facts.md §1.2, with the traps they show).
import type { PhoneProfile } from '../../profiles';
import { base } from '../../profiles/base';

export const profiles: PhoneProfile[] = [
  {
    name: 'meizu-flyme',
    title: 'MEIZU 21 Pro, Flyme 10.5 (Android 14)',
    family: 'meizu',
    props: {
      ...base({
        brand: 'meizu',
        manufacturer: 'Meizu',
        model: 'MEIZU 21 Pro',
        name: 'meizu_21Pro_CN',
        device: 'meizu21Pro',
        release: '14',
        sdk: 34,
        buildId: 'UKQ1.231003.002',
        incremental: '1709712345',
        display: 'Flyme 10.5.5.1A',
        patch: '2024-03-01',
      }),
      'ro.product.flyme.model': 'M2481',
      'ro.flyme.published': 'true',
      'ro.meizu.setupwizard.flyme': 'true',
      'ro.flyme.version.id': 'Flyme 10.5.5.1A',
    },
    pushService: { name: 'com.meizu.cloud', versionCode: 10050501, versionName: '10.5.5', system: true },
    packages: [{ name: 'com.meizu.safe', versionCode: 10050012, versionName: '10.5.12', system: true }],
    appChannel: 'meizu',
    imSdk: 'tencent',
  },
];
