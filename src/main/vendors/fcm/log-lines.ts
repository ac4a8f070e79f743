// The log lines that tell FCM's story: what Tencent IM's TUIOfflinePush and Easemob print
// for this channel, and what its own SDK, its demos and the apps around it print. Each entry
// cites where its shape was seen (device-facts.md §5 and §3.5, and the issues named).
import type { VendorLogLines } from '../types';
import { TOKEN } from '../../logs/line-kit';

const FCM_CONTEXT = /firebase|fcm|gcm|messaging|IOException|instanceid|token|flutter|c2dm/i;

export const logLines: VendorLogLines = {
  tencentIm: [
    {
      id: 'tim-fcm-token',
      sdk: 'tencent',
      kind: 'token',
      vendor: 'fcm',
      re: new RegExp(`google fcm getToken = ${TOKEN}`),
      group: 1,
    },
    {
      id: 'tim-fcm-newtoken',
      sdk: 'tencent',
      kind: 'token',
      vendor: 'fcm',
      re: new RegExp(`onNewToken google fcm onNewToken : ${TOKEN}`),
      group: 1,
    },
  ],
  easemob: [
    {
      id: 'em-fcm-demo',
      sdk: 'easemob-demo',
      kind: 'token',
      vendor: 'fcm',
      tag: /FCM|Firebase|MSG/i,
      // LeanCloud's HonorMsgService logs `Honor onNewToken: …` under a tag with "Msg" in it: that is Honor's.
      re: new RegExp(`(?<!Honor )onNewToken: ${TOKEN}`),
      group: 1,
    },
  ],
  sdk: [
    {
      id: 'fcm-quickstart',
      sdk: 'fcm-demo',
      kind: 'token',
      vendor: 'fcm',
      re: new RegExp(`Refreshed token: ${TOKEN}`),
      group: 1,
    },
    // Push events.
    {
      id: 'fcm-stopped',
      sdk: 'gms',
      kind: 'push-event',
      event: 'fcm-dropped-stopped-app',
      vendor: 'fcm',
      re: /broadcast intent callback: result=CANCELLED forIntent \{ act=com\.google\.android\.c2dm\.intent\.RECEIVE.*?pkg=([\w.]+)/,
      group: 1,
    },
    // --- FCM ---
    // firebase/firebase-android-sdk#3050, firebase/flutterfire#3163: `E/FirebaseMessaging: Failed to get FIS auth token`.
    {
      id: 'fcm-fis',
      sdk: 'fcm',
      kind: 'register-error',
      vendor: 'fcm',
      re: /Failed to get FIS auth token/,
      code: 'FIS_AUTH_ERROR',
    },
    // firebase/firebase-android-sdk#2638 (`Caused by java.io.IOException: SERVICE_NOT_AVAILABLE`), firebase/flutterfire#6607
    // (`Topic sync or token retrieval failed on hard failure exceptions: …IOException: SERVICE_NOT_AVAILABLE`),
    // firebase/firebase-android-sdk#6958 (TOO_MANY_REGISTRATIONS), NativeScript/firebase#153 (FIS_AUTH_ERROR).
    {
      id: 'fcm-ioexception',
      sdk: 'fcm',
      kind: 'register-error',
      vendor: 'fcm',
      context: FCM_CONTEXT,
      re: /\b(SERVICE_NOT_AVAILABLE|FIS_AUTH_ERROR|AUTHENTICATION_FAILED|MISSING_INSTANCEID_SERVICE|TOO_MANY_REGISTRATIONS|INVALID_SENDER|PHONE_REGISTRATION_ERROR)\b/,
      group: 1,
    },
    // Apps and plugins print `FCM Token : <token>` / `Token : <token>` (react-native-firebase and flutter samples); the
    // FCM shape (`<id>:APA91b…`) keeps it from catching other tokens.
    {
      id: 'fcm-token-line',
      sdk: 'app',
      kind: 'token',
      vendor: 'fcm',
      re: /[Tt]oken\s*[:=]\s*([A-Za-z0-9_-]{11,22}:APA91b[A-Za-z0-9_-]{100,})/,
      group: 1,
    },
  ],
  typeNames: ['FCM', 'fcm'],
  keywords: [
    'FIS auth',
    'SERVICE_NOT_AVAILABLE',
    'FIS_AUTH_ERROR',
    'AUTHENTICATION_FAILED',
    'MISSING_INSTANCEID_SERVICE',
    'TOO_MANY_REGISTRATIONS',
    'INVALID_SENDER',
    'PHONE_REGISTRATION_ERROR',
  ],
};
