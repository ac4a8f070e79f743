// Honor Push as the virtual phone knows it: the service MagicOS ships, the token's shape (HMS's),
// what TUIOfflinePush logs for it, the manifest entries, the phone, and the push API's stand-in
// (device-facts.md §1, §2, §5; not read from the product). No settings screen is modelled yet.
import type { SimVendor } from '../types';
import { manifest } from './manifest';
import { profiles } from './profiles';
import { standin } from './standin';

export const honor = {
  servicePackages: ['com.hihonor.android.pushagent'],
  service: { name: 'com.hihonor.android.pushagent', versionCode: 80020300, versionName: '8.0.20.300', system: true },
  roms: [
    (props, { manufacturer }) =>
      props['ro.build.version.magic'] && manufacturer === 'honor'
        ? { name: 'MagicOS', version: props['ro.build.version.magic'], family: 'honor' }
        : undefined,
  ],
  romActivities: {},
  profiles,
  token: (seed, _b, digest) =>
    `IQAAAACy0${digest(seed + 'h', 100)
      .toString('base64url')
      .slice(0, 119)}`,
  manifest,
  tencent: {
    error: 'honor ApiException: 8002005',
    lines: (token, tag) => [
      { tag: tag('OEMPushSetting'), level: 'I', message: 'Honor turnOn push successfully.' },
      { tag: tag('OEMPushSetting'), level: 'I', message: `Honor get pushToken ${token}` },
    ],
  },
  easemobType: 'HONORPUSH',
  appProfile: { clickAction: (t) => ({ type: 'activity', value: t.uri }) },
  standin,
} satisfies SimVendor;
