// Xiaomi MiPush as the virtual phone knows it: the service MIUI and HyperOS ship, their settings
// screens, the token's shape, what TUIOfflinePush logs for it, the manifest entries, the phones,
// and the push API's stand-in. Facts from device-facts.md (§1 ROM keys, §2 packages, §5 log lines,
// §6 screens), written here and not read from the product.
import type { SimVendor } from '../types';
import { manifest } from './manifest';
import { profiles } from './profiles';
import { standin } from './standin';

export const xiaomi = {
  servicePackages: ['com.xiaomi.xmsf'],
  service: { name: 'com.xiaomi.xmsf', versionCode: 60010010, versionName: '6.0.1-C', system: true },
  roms: [
    // HyperOS keeps the MIUI keys (code 816): its own key is checked first.
    (props) =>
      props['ro.mi.os.version.name']
        ? { name: 'HyperOS', version: props['ro.mi.os.version.name'].replace(/^OS/, ''), family: 'xiaomi' }
        : undefined,
    (props) =>
      props['ro.miui.ui.version.name']
        ? { name: 'MIUI', version: props['ro.miui.ui.version.name'], family: 'xiaomi' }
        : undefined,
  ],
  // MIUI's OtherPermissionsActivity needs a signature permission (device-facts.md §6).
  romActivities: {
    xiaomi: [
      {
        component: 'com.miui.securitycenter/com.miui.permcenter.autostart.AutoStartManagementActivity',
        exported: true,
      },
      { component: 'com.miui.securitycenter/com.miui.powercenter.PowerSettings', exported: true },
      {
        component: 'com.miui.securitycenter/com.miui.permcenter.permissions.PermissionsEditorActivity',
        exported: true,
      },
      { component: 'com.miui.securitycenter/com.miui.permcenter.settings.OtherPermissionsActivity', exported: false },
    ],
  },
  profiles,
  token: (_seed, b) => b.toString('base64').slice(0, 64),
  manifest,
  tencent: {
    error: 'xiaomi error code: 70000001',
    lines: (token, tag) => [
      {
        tag: tag('XiaomiMsgReceiver'),
        level: 'D',
        message: `onReceiveRegisterResult is called. command={register}, resultCode={0}, reason={}, category={null}, commandArguments={[${token}]}`,
      },
      {
        tag: tag('XiaomiMsgReceiver'),
        level: 'D',
        message: `cmd: register | arg: ${token} | result: 0 | reason: null`,
      },
      { tag: tag('XiaomiMsgReceiver'), level: 'D', message: `regId: ${token}` },
    ],
    androidInfoChannelKey: 'XiaoMiChannelID',
  },
  easemobType: 'MIPUSH',
  appProfile: { channel: 'push_messages', clickAction: (t) => ({ type: 'activity', value: t.uri }) },
  standin,
} satisfies SimVendor;
