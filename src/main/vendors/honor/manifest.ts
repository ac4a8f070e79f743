// What Honor Push needs in an app's manifest (shared/seeds and push-apis.md); the common rules
// for every app are in src/main/apk/rules.ts, which runs these.
import { type Requirement, exampleClass, major, needAction, needMeta } from '../../apk/rule-kit';
import type { ManifestModel } from '../../apk/manifest';
import type { VendorManifest } from '../types';

const rules: Requirement[] = [
  needAction('service', 'com.hihonor.push.action.MESSAGING_EVENT', 'fail', exampleClass('MyHonorMessageService')),
  // The meta-data name is from public integrations, not an official doc we could read: warn.
  needMeta('com.hihonor.push.app_id', 'warn', '<your Honor app id>'),
];

/** Requirements that depend on targetSdk or on the SDK version the manifest reveals. */
const versioned: Requirement[] = [
  {
    // Honor push SDK 7.x: PushReceiver and AutoInitProvider are gone; the app requests READ_PUSH_NOTIFICATION_INFO.
    check: (m) =>
      (major(sdkVersion(m)) ?? 0) >= 7 &&
      !m.usesPermissions.includes('com.hihonor.push.permission.READ_PUSH_NOTIFICATION_INFO')
        ? [
            {
              severity: 'warn',
              code: 'missing-permission',
              message: { key: 'manifest.honor7Permission', params: { version: sdkVersion(m) ?? '' } },
              fix: '<uses-permission android:name="com.hihonor.push.permission.READ_PUSH_NOTIFICATION_INFO" />',
              where: 'manifest/uses-permission',
            },
          ]
        : [],
  },
];

/** Honor writes `com.hihonor.push.sdk_version` (Tencent TPNS Honor guide: "7.0.41.301"). */
const sdkVersion = (m: ManifestModel): string | undefined => m.metaData['com.hihonor.push.sdk_version'] || undefined;

export const manifest: VendorManifest = {
  rules,
  versioned,
  // What betrays the SDK: any one of its components, actions, meta-data or permissions.
  signs: {
    prefixes: ['com.hihonor.push.'],
    actions: ['com.hihonor.push.action.MESSAGING_EVENT'],
    meta: ['com.hihonor.push.app_id', 'com.hihonor.push.sdk_version'],
    permissions: [/^com\.hihonor\.push\./],
  },
  sdkVersion,
};
