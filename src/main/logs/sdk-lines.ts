// Log lines of push SDKs that the first pattern list did not know: SDK error lines (FCM's
// IOExceptions, HMS 907xxxxxx codes and "Failed to find HMS apk", MiPush/OPPO/vivo/Meizu failed
// registrations, Tencent IM and Easemob token reports refused) and token shapes seen in the wild
// (FCM `Token : …`, Meizu pushId, Easemob's upload line). Each entry cites where its shape was seen.
import type { LinePattern } from './patterns';

const TOKEN = '([A-Za-z0-9_:+/=.\\-]{16,})';
const FCM_CONTEXT = /firebase|fcm|gcm|messaging|IOException|instanceid|token|flutter|c2dm/i;

export const SDK_LINE_PATTERNS: LinePattern[] = [
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

  // --- HMS ---
  // HMS SDK HMSPackageManager: HMSLog.e("HMSPackageManager", "<initHmsPackageInfo> Failed to find HMS apk") (decompiled SDKs).
  {
    id: 'hms-no-apk',
    sdk: 'hms',
    kind: 'register-error',
    vendor: 'huawei',
    re: /Failed to find HMS apk/,
    code: 'no-hms-apk',
  },
  // HmsInstanceId logs "Apply token failed" then the ApiException; the code, when on the line, is taken.
  {
    id: 'hms-apply-token',
    sdk: 'hms',
    kind: 'register-error',
    vendor: 'huawei',
    re: /Apply token failed\W*(?:.*?\b(90\d{7})\b)?/i,
    group: 1,
    code: 'apply-token-failed',
  },
  // `errorCode:907135000`, `ApiException: 907135701: scope list empty` (HMS push demo `get token failed, ` + e).
  {
    id: 'hms-code',
    sdk: 'hms',
    kind: 'register-error',
    vendor: 'huawei',
    context: /hms|huawei|token|push|ApiException|errorCode/i,
    re: /\b(90\d{7})\b/,
    group: 1,
  },

  // --- MiPush ---
  // TIMSDK XiaomiMsgReceiver: `"cmd: " + command + " | arg: " + arg1 + " | result: " + code + " | reason: " + reason`.
  {
    id: 'tim-xiaomi-cmd-ok',
    sdk: 'tencent',
    kind: 'token',
    vendor: 'xiaomi',
    re: new RegExp(`cmd: register \\| arg: ${TOKEN} \\| result: 0\\b`),
    group: 1,
  },
  {
    id: 'mipush-invalid-app',
    sdk: 'mipush',
    kind: 'register-error',
    vendor: 'xiaomi',
    context: /mipush|xiaomi|xmpush|xmsf/i,
    re: /\b(Invalid (?:application id|app ?id|package(?: name)?))\b/i,
    descGroup: 1,
    code: 'invalid-app',
  },

  // --- OPPO ---
  // HeytapPushManager ICallBackResultService.onRegister(int responseCode, String registerID), as demos print it.
  {
    id: 'oppo-onregister',
    sdk: 'oppo',
    kind: 'token',
    vendor: 'oppo',
    re: /onRegister\b[^\n]*?(?:responseCode|code)\s*[:=]\s*(-?\d+)[,;]?\s*(?:registerI[dD]|regId)\s*[:=]\s*([^\s,;]*)/,
    group: 2,
    codeGroup: 1,
    failedWhen: (m) => m[1] !== '0' || !m[2],
  },

  // --- vivo ---
  // PushClient.turnOnPush(IPushActionListener.onStateChanged(int state)): 0 is success (ShaoGongBra/react-native-dux-push Vivo.java).
  // TIMSDK's Huawei branch also says "turnOnPush", so the line or tag must name vivo.
  {
    id: 'vivo-state',
    sdk: 'vivo',
    kind: 'register-error',
    vendor: 'vivo',
    context: /vivo/i,
    re: /(?:turnOnPush|onStateChanged)\d*\W+(?:\D*?state\s*[=:]\s*)?(-?\d+)/,
    group: 1,
    skipWhen: (m) => m[1] === '0',
  },

  // --- Meizu ---
  // Flyme push SDK RegisterStatus/BasicPushStatus toString: `RegisterStatus{code='200', message='', pushId='…', …}`; 200 is success.
  {
    id: 'meizu-status-fail',
    sdk: 'meizu',
    kind: 'register-error',
    vendor: 'meizu',
    re: /RegisterStatus\{[^}]*?code='?(-?\d+)'?(?:[^}]*?message='([^']*)')?/,
    group: 1,
    descGroup: 2,
    skipWhen: (m) => m[1] === '200' || m[1] === '0',
  },
  {
    id: 'meizu-pushid',
    sdk: 'meizu',
    kind: 'token',
    vendor: 'meizu',
    context: /meizu|flyme|RegisterStatus|onRegister/i,
    re: /push[Ii][Dd]\s*(?:[=:]|is)\s*'?([A-Za-z0-9]{20,})/,
    group: 1,
  },

  // --- Honor ---
  // Honor HonorPushCallback.onFailure(int errorCode, String errorString), as integrations log it.
  {
    id: 'honor-fail',
    sdk: 'honor',
    kind: 'register-error',
    vendor: 'honor',
    context: /honor|hihonor/i,
    re: /(?:getPushToken|get ?token|turnOn\w*)\b.*?(?:fail\w*|error\w*)\D*?(-?\d{3,})(?:[,;]?\s*(?:msg|message|errorString)?\s*[=:]?\s*(.*))?$/i,
    group: 1,
    descGroup: 2,
  },

  // --- Tencent IM ---
  // TencentCloud/TIMSDK#739: setToken / setOfflinePushToken failing with a code (-10005).
  {
    id: 'tim-settoken-fail',
    sdk: 'tencent',
    kind: 'report-error',
    re: /(?:setOfflinePushToken|setOfflinePushConfig|setToken)\b[^\n]*?(?:fail\w*|err\w*|onError)\D*?(-?\d+)(?:[^\n]*?(?:desc|msg|message)\s*[=:]\s*(.*))?$/i,
    group: 1,
    descGroup: 2,
  },

  // --- Easemob ---
  // Easemob troubleshooting doc (device-facts.md §5.2): `[EMPushHelper] uploadTokenInternal, token=<token>, url=…`.
  {
    id: 'em-upload-token',
    sdk: 'easemob',
    kind: 'token',
    re: /\[EMPushHelper\] uploadTokenInternal, token=([^,\s]+)/,
    group: 1,
  },
  {
    id: 'em-upload-fail',
    sdk: 'easemob',
    kind: 'report-error',
    re: /\[EMPushHelper\] uploadTokenInternal (?:fail\w*|error)\W*(?:.*?\b([1-5]\d\d)\b)?(.*)$/,
    group: 1,
    descGroup: 2,
    code: 'upload',
  },
];

/** Keywords of these lines for the one-pass pre-filter. */
export const SDK_LINE_KEYWORDS =
  'FIS auth|SERVICE_NOT_AVAILABLE|FIS_AUTH_ERROR|AUTHENTICATION_FAILED|MISSING_INSTANCEID_SERVICE|TOO_MANY_REGISTRATIONS|INVALID_SENDER|PHONE_REGISTRATION_ERROR|HMS apk|Apply token|ApiException|[Ee]rror_?[Cc]ode|Invalid (?:application|app ?id|package)|turnOnPush|onStateChanged|RegisterStatus|push[Ii][Dd]|setToken|uploadTokenInternal';
