// What Huawei Push Kit (HMS) needs in an app's manifest (shared/seeds and push-apis.md); the common rules
// for every app are in src/main/apk/rules.ts, which runs these.
import { type Requirement, exampleClass, needAction, needMeta, needOwnPermission } from '../../apk/rule-kit';
import type { ManifestModel } from '../../apk/manifest';
import type { VendorManifest } from '../types';

const rules: Requirement[] = [
  needAction('service', 'com.huawei.push.action.MESSAGING_EVENT', 'fail', exampleClass('HUAWEIHmsMessageService')),
  // The app id can come from agconnect-services.json instead, so its absence is only a warning.
  needMeta('com.huawei.hms.client.appid', 'warn', 'appid=<your AppGallery app id>'),
  needOwnPermission('permission.PROCESS_PUSH_MSG', 'signatureOrSystem', 'warn'),
];

/** HMS writes `com.huawei.hms.client.service.name:push` = "push:6.12.0.300". */
const sdkVersion = (m: ManifestModel): string | undefined =>
  m.metaData['com.huawei.hms.client.service.name:push']?.replace(/^push:/, '') || undefined;

export const manifest: VendorManifest = {
  rules,

  // What betrays the SDK: any one of its components, actions, meta-data or permissions.
  signs: {
    prefixes: ['com.huawei.hms.support.api.push.', 'com.huawei.hms.push.'],
    actions: ['com.huawei.push.action.MESSAGING_EVENT'],
    meta: ['com.huawei.hms.client.appid', 'com.huawei.hms.client.service.name:push'],
    permissions: [],
  },
  sdkVersion,
};
