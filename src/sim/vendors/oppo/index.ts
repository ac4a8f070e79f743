// OPPO / HeyTap Push as the virtual phone knows it: the service the OPlus ROMs ship (ColorOS,
// OxygenOS, realme UI), their settings screens, the token's shape, what TUIOfflinePush logs for it,
// the manifest entries, the phones, and the push API's stand-in (device-facts.md §1, §2, §5, §6;
// not read from the product).
import type { BrandFamily } from '../../../shared/types';
import type { SimVendor } from '../types';
import { manifest } from './manifest';
import { profiles } from './profiles';
import { standin } from './standin';

const colorOsStartup = {
  component: 'com.coloros.safecenter/com.coloros.safecenter.permission.startup.StartupAppListActivity',
  exported: true,
};

export const oppo = {
  servicePackages: ['com.heytap.mcs', 'com.coloros.mcs'],
  service: { name: 'com.heytap.mcs', versionCode: 6001000, versionName: '6.0.10', system: true },
  roms: [
    (props, { brand, manufacturer }) => {
      const oplus = props['ro.build.version.oplusrom'] ?? props['ro.build.version.opporom'];
      if (!oplus && !props['ro.build.version.realmeui']) return undefined;
      // OnePlus and realme run on the OPlus base: the brand tells the ROM.
      const family: BrandFamily =
        brand === 'oneplus' || manufacturer === 'oneplus'
          ? 'oneplus'
          : brand === 'realme' || manufacturer === 'realme'
            ? 'realme'
            : 'oppo';
      return {
        name: family === 'realme' ? 'realme UI' : family === 'oneplus' ? 'OxygenOS' : 'ColorOS',
        version: props['ro.build.version.realmeui'] ?? oplus ?? '',
        family,
      };
    },
  ],
  romActivities: {
    oppo: [colorOsStartup],
    realme: [colorOsStartup],
    oneplus: [
      {
        component: 'com.oneplus.security/com.oneplus.security.chainlaunch.view.ChainLaunchAppListActivity',
        exported: true,
      },
    ],
  },
  profiles,
  token: (_seed, b) => `CN_${b.toString('hex').slice(0, 32)}`,
  manifest,
  tencent: {
    error: 'oppo error code: -2',
    lines: (token, tag) => [
      { tag: tag('OPPOPushImpl'), level: 'I', message: `onRegister responseCode: 0 registerID: ${token}` },
    ],
    androidInfoChannelKey: 'OPPOChannelID',
  },
  easemobType: 'OPPOPUSH',
  appProfile: { channel: 'push_messages', clickAction: (t) => ({ type: 'activity', value: t.className }) },
  standin,
} satisfies SimVendor;
