// Huawei Push Kit (HMS) as the virtual phone knows it: the service EMUI and HarmonyOS ship, their
// settings screens, the token's shape, what TUIOfflinePush logs for it, the manifest entries, the
// phones, and the push API's stand-in (device-facts.md §1, §2, §5, §6; not read from the product).
import type { SimVendor } from '../types';
import { manifest } from './manifest';
import { profiles } from './profiles';
import { standin } from './standin';

/** An Honor phone on MagicOS still carries EMUI keys: it is Honor's ROM, not Huawei's. */
const magicOs = (props: Record<string, string>, manufacturer: string) =>
  !!props['ro.build.version.magic'] && manufacturer === 'honor';

export const huawei = {
  servicePackages: ['com.huawei.hwid', 'com.huawei.hwid.tv', 'com.huawei.hwid.car', 'com.huawei.hms'],
  service: { name: 'com.huawei.hwid', versionCode: 60800300, versionName: '6.8.0.300', system: true },
  roms: [
    (props, { manufacturer }) =>
      props['hw_sc.build.platform.version'] && !magicOs(props, manufacturer)
        ? { name: 'HarmonyOS', version: props['hw_sc.build.platform.version'], family: 'huawei' }
        : undefined,
    (props, { manufacturer }) =>
      props['ro.build.version.emui'] && !magicOs(props, manufacturer)
        ? { name: 'EMUI', version: props['ro.build.version.emui'], family: 'huawei' }
        : undefined,
  ],
  // StartupAwakedAppListActivity is "not exported from uid 1000" (device-facts.md §6).
  romActivities: {
    huawei: [
      {
        component: 'com.huawei.systemmanager/com.huawei.systemmanager.appcontrol.activity.StartupAppControlActivity',
        exported: true,
        minSdk: 26,
      },
      {
        component: 'com.huawei.systemmanager/com.huawei.systemmanager.startupmgr.ui.StartupAwakedAppListActivity',
        exported: false,
      },
    ],
  },
  profiles,
  token: (seed, _b, digest) =>
    `IQAAAACy0${digest(seed + 'h', 100)
      .toString('base64url')
      .slice(0, 119)}`,
  manifest,
  tencent: {
    error: 'huawei ApiException: 907135000',
    lines: (token, tag) => [
      { tag: tag('OEMPushSetting'), level: 'I', message: 'huawei turnOnPush Complete' },
      { tag: tag('OEMPushSetting'), level: 'I', message: `huawei get token:${token}` },
    ],
    androidInfoChannelKey: 'HuaWeiChannelID',
  },
  easemobType: 'HMSPUSH',
  appProfile: { channel: 'push_messages', clickAction: (t) => ({ type: 'activity', value: t.uri }) },
  standin,
} satisfies SimVendor;
