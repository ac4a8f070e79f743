// What Firebase Cloud Messaging needs in an app's manifest (shared/seeds and push-apis.md); the common rules
// for every app are in src/main/apk/rules.ts, which runs these.
import { type Requirement, exampleClass, needAction } from '../../apk/rule-kit';
import type { VendorManifest } from '../types';

const rules: Requirement[] = [
  needAction('service', 'com.google.firebase.MESSAGING_EVENT', 'fail', exampleClass('FCMService')),
];

export const manifest: VendorManifest = {
  rules,

  // What betrays the SDK: any one of its components, actions, meta-data or permissions.
  signs: {
    prefixes: ['com.google.firebase.messaging.'],
    actions: ['com.google.firebase.MESSAGING_EVENT'],
    meta: [],
    permissions: [],
  },
};
