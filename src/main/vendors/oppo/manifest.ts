// What OPPO / HeyTap Push needs in an app's manifest (shared/seeds and push-apis.md); the common rules
// for every app are in src/main/apk/rules.ts, which runs these.
import { type Requirement, needAction, needPermission } from '../../apk/rule-kit';
import type { VendorManifest } from '../types';

const rules: Requirement[] = [
  needPermission('com.heytap.mcs.permission.RECIEVE_MCS_MESSAGE', 'fail'),
  needPermission('com.coloros.mcs.permission.RECIEVE_MCS_MESSAGE', 'warn'),
  needAction(
    'service',
    'com.heytap.msp.push.RECEIVE_MCS_MESSAGE',
    'fail',
    () => 'com.heytap.msp.push.service.DataMessageCallbackService',
  ),
  needAction(
    'service',
    'com.coloros.mcs.action.RECEIVE_MCS_MESSAGE',
    'warn',
    () => 'com.heytap.msp.push.service.CompatibleDataMessageCallbackService',
  ),
];

export const manifest: VendorManifest = {
  rules,

  // What betrays the SDK: any one of its components, actions, meta-data or permissions.
  signs: {
    prefixes: ['com.heytap.msp.push.', 'com.heytap.mcssdk.', 'com.coloros.mcssdk.'],
    actions: ['com.heytap.msp.push.RECEIVE_MCS_MESSAGE', 'com.coloros.mcs.action.RECEIVE_MCS_MESSAGE'],
    meta: [],
    permissions: [],
  },
};
