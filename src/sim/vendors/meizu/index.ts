// Meizu Flyme Push as the virtual phone knows it: the service Flyme ships, its settings screen, the
// token's shape, what TUIOfflinePush logs for it, the manifest entries, the phone, and the push
// API's stand-in (device-facts.md §1, §2, §5, §6; not read from the product).
import type { SimVendor } from '../types';
import { manifest } from './manifest';
import { profiles } from './profiles';
import { standin } from './standin';

export const meizu = {
  servicePackages: ['com.meizu.cloud'],
  service: { name: 'com.meizu.cloud', versionCode: 10050501, versionName: '10.5.5', system: true },
  roms: [
    (props) => {
      const display = props['ro.flyme.version.id'] ?? props['ro.build.display.id'] ?? '';
      return props['ro.flyme.published'] || /flyme/i.test(display)
        ? { name: 'Flyme', version: /([\d.]+)/.exec(display)?.[1] ?? '', family: 'meizu' }
        : undefined;
    },
  ],
  romActivities: { meizu: [{ component: 'com.meizu.safe/com.meizu.safe.permission.SmartBGActivity', exported: true }] },
  profiles,
  token: (_seed, b) =>
    `V5R${[...b.subarray(0, 1)].map((x) => String(x % 10)).join('')}${b.toString('hex').slice(0, 38)}`,
  manifest,
  tencent: {
    error: 'meizu error code: 110000',
    lines: (token, tag) => [
      { tag: tag('MEIZUPushReceiver'), level: 'I', message: `onRegisterStatus token = ${token}` },
    ],
  },
  easemobType: 'MEIZUPUSH',
  appProfile: { clickAction: (t) => ({ type: 'activity', value: t.className }) },
  standin,
} satisfies SimVendor;
