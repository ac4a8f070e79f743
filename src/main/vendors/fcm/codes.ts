// FCM / Google Play services token errors, as `java.io.IOException: <NAME>` or the SDK's own lines.
import type { CodeTable } from '../../logs/code-table';
import type { VendorPolicy } from '../types';

export const FCM_CODES: CodeTable = {
  // firebase/firebase-android-sdk#2638 and #3050: the same IOException, thrown from GmsRpc.handleResponse.
  SERVICE_NOT_AVAILABLE: {
    key: 'logs.code.fcm.serviceNotAvailable',
    confirmed: true,
    source: 'Google Play services GoogleCloudMessaging.ERROR_SERVICE_NOT_AVAILABLE; firebase/firebase-android-sdk#2638',
  },
  // "Failed to get FIS auth token … Firebase Installations Service is unavailable" (firebase/firebase-android-sdk#3050,
  // invertase/react-native-firebase#5522). The usual fixes (API key restrictions, the wrong google-services.json)
  // come from those threads, not from a Firebase page: unconfirmed.
  FIS_AUTH_ERROR: {
    key: 'logs.code.fcm.fisAuthError',
    confirmed: false,
    source: 'firebase/firebase-android-sdk#3050; invertase/react-native-firebase#5522',
  },
  AUTHENTICATION_FAILED: {
    key: 'logs.code.fcm.authenticationFailed',
    confirmed: false,
    source:
      'GCM client reference (archived); FIRInstanceIDErrorAuthentication "GCM couldn\'t validate request from this client"',
  },
  MISSING_INSTANCEID_SERVICE: {
    key: 'logs.code.fcm.missingInstanceIdService',
    confirmed: false,
    source: 'Play services InstanceID error name; no current Firebase page',
  },
  // firebase/firebase-android-sdk#6958: "too many apps registered with FCM" on the device; no official limit published.
  TOO_MANY_REGISTRATIONS: {
    key: 'logs.code.fcm.tooManyRegistrations',
    confirmed: false,
    source: 'firebase/firebase-android-sdk#6958 (limit not documented)',
  },
  INVALID_SENDER: { key: 'logs.code.fcm.invalidSender', confirmed: false, source: 'GCM client reference (archived)' },
  PHONE_REGISTRATION_ERROR: {
    key: 'logs.code.fcm.phoneRegistrationError',
    confirmed: false,
    source: 'GCM client reference (archived)',
  },
};

// Codes of its push API that Push Doctor explains (texts `push.code.<provider>.c<code>` in
// src/shared/i18n/push.ts; sources in shared/reference/push-apis.md and push-api-audit.md).
export const API_CODES: string[] = [
  'UNREGISTERED',
  'INVALID_ARGUMENT',
  'SENDER_ID_MISMATCH',
  'QUOTA_EXCEEDED',
  'UNAVAILABLE',
  'INTERNAL',
  'THIRD_PARTY_AUTH_ERROR',
  'UNAUTHENTICATED',
  'PERMISSION_DENIED',
  'RESOURCE_EXHAUSTED',
  'ok',
  'invalid_grant',
  'invalid_request',
];

// What its rules say about delivery (texts `check.policy.*` in src/shared/i18n/check.ts): the note
// shown on every run, and the refusal codes that mean a policy limit rather than a broken
// integration (push-apis.md).
export const POLICY: VendorPolicy = {
  notes: ['check.policy.fcm'],
  codes: {
    QUOTA_EXCEEDED: 'quota',
  },
};
