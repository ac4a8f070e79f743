// What Xiaomi MiPush needs in an app's manifest (shared/seeds and push-apis.md); the common rules
// for every app are in src/main/apk/rules.ts, which runs these.
import {
  type Requirement,
  component,
  exampleClass,
  needAction,
  needComponent,
  needOwnPermission,
} from '../../apk/rule-kit';
import type { ManifestModel } from '../../apk/manifest';
import type { VendorManifest } from '../types';

const rules: Requirement[] = [
  needOwnPermission('permission.MIPUSH_RECEIVE', 'signature', 'fail'),
  needComponent(
    'service',
    'com.xiaomi.push.service.XMPushService',
    'fail',
    ' android:enabled="true" android:process=":pushservice"',
  ),
  needComponent(
    'service',
    'com.xiaomi.push.service.XMJobService',
    'warn',
    ' android:exported="false" android:permission="android.permission.BIND_JOB_SERVICE" android:process=":pushservice"',
  ),
  needComponent(
    'service',
    'com.xiaomi.mipush.sdk.PushMessageHandler',
    'fail',
    ' android:enabled="true" android:exported="true"',
  ),
  needComponent('service', 'com.xiaomi.mipush.sdk.MessageHandleService', 'fail', ' android:enabled="true"'),
  needComponent(
    'receiver',
    'com.xiaomi.push.service.receivers.NetworkStatusReceiver',
    'warn',
    ' android:exported="true"',
  ),
  needComponent(
    'receiver',
    'com.xiaomi.push.service.receivers.PingReceiver',
    'fail',
    ' android:exported="false" android:process=":pushservice"',
  ),
  needAction('receiver', 'com.xiaomi.mipush.RECEIVE_MESSAGE', 'fail', exampleClass('XiaomiMsgReceiver')),
  needAction('receiver', 'com.xiaomi.mipush.MESSAGE_ARRIVED', 'fail', exampleClass('XiaomiMsgReceiver')),
  needAction('receiver', 'com.xiaomi.mipush.ERROR', 'warn', exampleClass('XiaomiMsgReceiver')),
];

/** Requirements that depend on targetSdk or on the SDK version the manifest reveals. */
const versioned: Requirement[] = [
  {
    // Android 12 blocks notification trampolines; MiPush 4.9.1 added an activity that opens the app
    // directly (Xiaomi's Android 12 adaptation notice); older SDKs' taps do nothing on targetSdk 31+.
    check: (m) =>
      (m.targetSdk ?? 0) >= 31 && !component(m, 'com.xiaomi.mipush.sdk.NotificationClickedActivity')
        ? [
            {
              severity: 'fail',
              code: 'mipush-too-old',
              message: { key: 'manifest.mipushTooOld', params: { target: m.targetSdk ?? 0 } },
              fix: 'Update MiPush to 4.9.1 or later (its AAR declares <activity android:name="com.xiaomi.mipush.sdk.NotificationClickedActivity" …>)',
              where: 'application/activity',
            },
          ]
        : [],
  },
  {
    // Newer MiPush guards PushMessageHandler so only the MiPush service (xmsf) can bind it.
    check: (m) => {
      if (!component(m, 'com.xiaomi.mipush.sdk.NotificationClickedActivity')) return [];
      const h = component(m, 'com.xiaomi.mipush.sdk.PushMessageHandler');
      return h && h.permission !== 'com.xiaomi.xmsf.permission.MIPUSH_RECEIVE'
        ? [
            {
              severity: 'warn',
              code: 'mipush-handler-unguarded',
              message: { key: 'manifest.mipushHandlerUnguarded', params: { actual: h.permission ?? '-' } },
              fix: '<service android:name="com.xiaomi.mipush.sdk.PushMessageHandler" android:enabled="true" android:exported="true" android:permission="com.xiaomi.xmsf.permission.MIPUSH_RECEIVE" />',
              where: "application/service[@name='com.xiaomi.mipush.sdk.PushMessageHandler']",
            },
          ]
        : [];
    },
  },
];

/** MiPush writes none; ≥ 4.9.1 is inferred from NotificationClickedActivity. */
const sdkVersion = (m: ManifestModel): string | undefined =>
  component(m, 'com.xiaomi.mipush.sdk.NotificationClickedActivity') ? '>=4.9.1' : undefined;

export const manifest: VendorManifest = {
  rules,
  versioned,
  // What betrays the SDK: any one of its components, actions, meta-data or permissions.
  signs: {
    prefixes: ['com.xiaomi.push.', 'com.xiaomi.mipush.'],
    actions: ['com.xiaomi.mipush.RECEIVE_MESSAGE', 'com.xiaomi.mipush.MESSAGE_ARRIVED'],
    meta: [],
    permissions: [/\.permission\.MIPUSH_RECEIVE$/],
  },
  sdkVersion,
};
