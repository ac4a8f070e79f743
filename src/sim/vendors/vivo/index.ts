// vivo Push as the virtual phone knows it: the service Funtouch OS and OriginOS ship, their settings
// screens, the token's shape, what TUIOfflinePush logs for it, the manifest entries, the phones,
// and the push API's stand-in (device-facts.md §1, §2, §5, §6; not read from the product).
import type { SimVendor } from '../types';
import { manifest } from './manifest';
import { profiles } from './profiles';
import { standin } from './standin';

export const vivo = {
  servicePackages: ['com.vivo.pushservice'],
  service: { name: 'com.vivo.pushservice', versionCode: 4100000, versionName: '4.1.0.0', system: true },
  roms: [
    (props) =>
      props['ro.vivo.os.name'] || props['ro.vivo.os.version']
        ? { name: props['ro.vivo.os.name'] || 'Funtouch', version: props['ro.vivo.os.version'] ?? '', family: 'vivo' }
        : undefined,
  ],
  romActivities: {
    vivo: [
      {
        component: 'com.vivo.permissionmanager/com.vivo.permissionmanager.activity.BgStartUpManagerActivity',
        exported: true,
      },
      {
        component: 'com.vivo.permissionmanager/com.vivo.permissionmanager.activity.PurviewTabActivity',
        exported: true,
        minSdk: 26,
      },
    ],
  },
  profiles,
  // 23 digits, never starting with 0.
  token: (_seed, b) =>
    [...b.subarray(0, 23)]
      .map((x) => String(x % 10))
      .join('')
      .replace(/^0/, '1'),
  manifest,
  tencent: {
    error: 'vivo error code: 101',
    lines: (token, tag) => [
      { tag: tag('OEMPushSetting'), level: 'I', message: 'vivo support push: true' },
      { tag: tag('OEMPushSetting'), level: 'I', message: `vivopush open vivo push success regId = ${token}` },
    ],
  },
  easemobType: 'VIVOPUSH',
  appProfile: { channel: 'push_messages', clickAction: (t) => ({ type: 'activity', value: t.uri }) },
  standin,
} satisfies SimVendor;
