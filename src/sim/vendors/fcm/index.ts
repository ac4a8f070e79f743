// Firebase Cloud Messaging as the virtual phone knows it: Google Play services (the service of
// GMS phones; Samsung's One UI is the vendor ROM here), One UI's settings screen, the token's shape,
// what TUIOfflinePush logs for it, the manifest entries, the phones, and the push API's stand-in
// (device-facts.md §1, §2, §5, §6; not read from the product).
import type { SimVendor } from '../types';
import { GMS } from '../../profiles/base';
import { manifest } from './manifest';
import { profiles } from './profiles';
import { standin } from './standin';

export const fcm = {
  servicePackages: ['com.google.android.gms'],
  service: GMS,
  roms: [
    (props) =>
      props['ro.build.version.oneui']
        ? { name: 'One UI', version: props['ro.build.version.oneui'], family: 'samsung' }
        : undefined,
  ],
  romActivities: {
    samsung: [
      { component: 'com.samsung.android.lool/com.samsung.android.sm.ui.battery.BatteryActivity', exported: true },
    ],
  },
  profiles,
  token: (seed, b, digest) =>
    `${b.toString('base64url').slice(0, 22)}:APA91b${digest(seed + 'x', 120)
      .toString('base64url')
      .slice(0, 134)}`,
  manifest,
  tencent: {
    error: 'fcm error code: SERVICE_NOT_AVAILABLE',
    lines: (token, tag) => [{ tag: tag('OEMPushSetting'), level: 'I', message: `google fcm getToken = ${token}` }],
    androidInfoChannelKey: 'GoogleChannelID',
  },
  easemobType: 'FCM',
  appProfile: { channel: 'push_messages', clickAction: () => ({ type: 'app' }) },
  standin,
} satisfies SimVendor;
