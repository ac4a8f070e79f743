// What vivo Push needs in an app's manifest (shared/seeds and push-apis.md); the common rules
// for every app are in src/main/apk/rules.ts, which runs these.
import { type Requirement, exampleClass, needAction, needComponent, needMeta } from '../../apk/rule-kit';
import type { ManifestModel } from '../../apk/manifest';
import type { VendorManifest } from '../types';

const rules: Requirement[] = [
  needComponent('service', 'com.vivo.push.sdk.service.CommandClientService', 'fail', ' android:exported="true"'),
  needAction('receiver', 'com.vivo.pushclient.action.RECEIVE', 'fail', exampleClass('VIVOPushMessageReceiverImpl')),
  needMeta('com.vivo.push.api_key', 'fail', '<your vivo APP KEY>'),
  needMeta('com.vivo.push.app_id', 'fail', '<your vivo APP ID>'),
];

/** vivo writes `sdk_version_vivo` (483/484 in vivo integration docs). */
const sdkVersion = (m: ManifestModel): string | undefined => m.metaData['sdk_version_vivo'] || undefined;

export const manifest: VendorManifest = {
  rules,

  // What betrays the SDK: any one of its components, actions, meta-data or permissions.
  signs: {
    prefixes: ['com.vivo.push.'],
    actions: ['com.vivo.pushclient.action.RECEIVE'],
    meta: ['com.vivo.push.api_key', 'com.vivo.push.app_id', 'sdk_version_vivo'],
    permissions: [],
  },
  sdkVersion,
};
