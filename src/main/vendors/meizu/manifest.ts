// What Meizu Flyme Push needs in an app's manifest (shared/seeds and push-apis.md); the common rules
// for every app are in src/main/apk/rules.ts, which runs these.
import {
  type Requirement,
  component,
  exampleClass,
  hasAction,
  needAction,
  needPermission,
  type Finding,
} from '../../apk/rule-kit';
import type { ManifestModel } from '../../apk/manifest';
import type { VendorManifest } from '../types';

const rules: Requirement[] = [
  needAction('receiver', 'com.meizu.flyme.push.intent.MESSAGE', 'fail', exampleClass('MEIZUPushReceiver')),
  needAction('receiver', 'com.meizu.flyme.push.intent.REGISTER.FEEDBACK', 'fail', exampleClass('MEIZUPushReceiver')),
  needAction('receiver', 'com.meizu.flyme.push.intent.UNREGISTER.FEEDBACK', 'warn', exampleClass('MEIZUPushReceiver')),
  needPermission('com.meizu.flyme.push.permission.RECEIVE', 'warn'),
];

/** Requirements that depend on targetSdk or on the SDK version the manifest reveals. */
const versioned: Requirement[] = [
  {
    // push-internal 4.x replaces SystemReceiver with MzPushSystemReceiver, guarded by com.meizu.flyme.permission.PUSH.
    check: (m) => {
      const r = component(m, 'com.meizu.cloud.pushsdk.MzPushSystemReceiver');
      if (!r) return [];
      const out: Finding[] = [];
      const fix =
        '<receiver android:name="com.meizu.cloud.pushsdk.MzPushSystemReceiver" android:exported="false" android:permission="com.meizu.flyme.permission.PUSH"><intent-filter><action android:name="com.meizu.flyme.push.intent.PUSH_SYSTEM" /></intent-filter></receiver>';
      if (
        !hasAction(r, 'com.meizu.flyme.push.intent.PUSH_SYSTEM') ||
        r.permission !== 'com.meizu.flyme.permission.PUSH'
      )
        out.push({
          severity: 'fail',
          code: 'meizu-system-receiver',
          message: { key: 'manifest.meizuSystemReceiver' },
          fix,
          where: "application/receiver[@name='com.meizu.cloud.pushsdk.MzPushSystemReceiver']",
        });
      if (!m.usesPermissions.includes('com.meizu.flyme.permission.PUSH'))
        out.push({
          severity: 'fail',
          code: 'missing-permission',
          message: { key: 'manifest.missingPermission', params: { name: 'com.meizu.flyme.permission.PUSH' } },
          fix: '<uses-permission android:name="com.meizu.flyme.permission.PUSH" />',
          where: 'manifest/uses-permission',
        });
      return out;
    },
  },
];

/** Meizu writes none; 4.x is inferred from MzPushSystemReceiver (TPNS Meizu guide: "version 4.1.0"). */
const sdkVersion = (m: ManifestModel): string | undefined =>
  component(m, 'com.meizu.cloud.pushsdk.MzPushSystemReceiver') ? '>=4' : undefined;

export const manifest: VendorManifest = {
  rules,
  versioned,
  // What betrays the SDK: any one of its components, actions, meta-data or permissions.
  signs: {
    prefixes: ['com.meizu.cloud.pushsdk.'],
    actions: ['com.meizu.flyme.push.intent.MESSAGE', 'com.meizu.flyme.push.intent.PUSH_SYSTEM'],
    meta: [],
    permissions: [],
  },
  sdkVersion,
};
