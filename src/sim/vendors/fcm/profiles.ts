// The built-in virtual phones of this vendor's brands (values follow the public captures in
// device-facts.md §1.2, with the traps they show).
import type { PhoneProfile } from '../../profiles';
import { base, GMS } from '../../profiles/base';

export const profiles: PhoneProfile[] = [
  {
    name: 'samsung-oneui',
    title: 'Samsung Galaxy S24, One UI 7 (Android 15)',
    family: 'samsung',
    props: {
      ...base({
        brand: 'samsung',
        manufacturer: 'samsung',
        model: 'SM-S921B',
        name: 'e1sxeea',
        device: 'e1s',
        release: '15',
        sdk: 35,
        buildId: 'AP3A.240905.015.A2',
        incremental: 'S921BXXU4BYD9',
        display: 'AP3A.240905.015.A2.S921BXXU4BYD9',
        patch: '2025-05-01',
        locale: 'en-GB',
        timezone: 'Europe/Berlin',
      }),
      'ro.build.version.oneui': '70000',
      'ro.build.PDA': 'S921BXXU4BYD9',
      'ro.csc.sales_code': 'EUX',
    },
    pushService: GMS,
    packages: [{ name: 'com.samsung.android.lool', versionCode: 1500000100, versionName: '15.0.00.100', system: true }],
    appChannel: 'fcm',
    imSdk: 'tencent',
  },
  {
    name: 'pixel',
    title: 'Google Pixel 8, Android 15',
    family: 'google',
    props: {
      ...base({
        brand: 'google',
        manufacturer: 'Google',
        model: 'Pixel 8',
        name: 'shiba',
        device: 'shiba',
        release: '15',
        sdk: 35,
        buildId: 'AP4A.250205.002',
        incremental: '12821496',
        patch: '2025-02-05',
        locale: 'en-US',
        timezone: 'America/Los_Angeles',
      }),
      'ro.build.display.id': 'AP4A.250205.002',
    },
    pushService: GMS,
    packages: [],
    appChannel: 'fcm',
    imSdk: 'easemob',
  },
];
