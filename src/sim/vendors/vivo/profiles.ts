// The built-in virtual phones of this vendor's brands (values follow the public captures in
// device-facts.md §1.2, with the traps they show).
import type { PhoneProfile } from '../../profiles';
import { base, GMS } from '../../profiles/base';

export const profiles: PhoneProfile[] = [
  {
    name: 'vivo-funtouch',
    title: 'vivo V27, Funtouch OS 13 (Android 13)',
    family: 'vivo',
    props: {
      ...base({
        brand: 'vivo',
        manufacturer: 'vivo',
        model: 'V2231',
        name: 'PD2231F_EX',
        device: 'PD2231F',
        release: '13',
        sdk: 33,
        buildId: 'TP1A.220624.014',
        incremental: 'compiler03081502',
        display: 'PD2231F_EX_A_13.0.15.11.W30',
        patch: '2024-03-01',
        locale: 'en-IN',
        timezone: 'Asia/Kolkata',
      }),
      'ro.vivo.os.name': 'Funtouch',
      'ro.vivo.os.version': '13.0',
      'ro.vivo.os.build.display.id': 'FuntouchOS_13.0',
      'ro.vivo.product.overseas': 'yes',
    },
    pushService: { name: 'com.vivo.pushservice', versionCode: 4100000, versionName: '4.1.0.0', system: true },
    packages: [
      GMS,
      { name: 'com.vivo.permissionmanager', versionCode: 13000020, versionName: '13.0.20', system: true },
    ],
    appChannel: 'vivo',
    imSdk: 'tencent',
  },
  {
    name: 'vivo-originos',
    title: 'vivo X200 Pro, OriginOS 5 (Android 15)',
    family: 'vivo',
    props: {
      ...base({
        brand: 'vivo',
        manufacturer: 'vivo',
        model: 'V2425A',
        name: 'PD2425',
        device: 'PD2425',
        release: '15',
        sdk: 35,
        buildId: 'AP3A.240905.015.A2',
        incremental: 'compiler11181540',
        display: 'PD2425_A_15.0.18.8.W10.V000L1',
        patch: '2025-01-01',
      }),
      'ro.vivo.os.name': 'OriginOS',
      'ro.vivo.os.version': '15.0',
      'ro.vivo.os.build.display.id': 'OriginOS_5.0',
      'ro.vivo.product.overseas': 'no',
    },
    pushService: { name: 'com.vivo.pushservice', versionCode: 4200001, versionName: '4.2.0.1', system: true },
    packages: [{ name: 'com.vivo.permissionmanager', versionCode: 15000011, versionName: '15.0.11', system: true }],
    appChannel: 'vivo',
    imSdk: 'easemob',
  },
];
