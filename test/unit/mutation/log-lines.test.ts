// The log-line patterns at their edges (mutation testing, issue 13): for each pattern of
// src/main/vendors/*/log-lines.ts and src/main/logs/patterns.ts, lines in the shape each SDK prints
// and the near misses a real phone prints beside them (no space after a colon, a comma glued to a
// token, a token one character short), each with the whole finding it must give: pattern, kind,
// SDK, vendor, value and description. Where each shape was seen: device-facts.md §5 (TUIOfflinePush
// 7.x, Easemob's troubleshooting doc, TPNS, the vendor demos) and the comments in the log-lines files.
//
// The pattern tables are built when their modules load, so a broken table breaks the import; the
// module is imported inside each test (not at the top) so that such a break fails the tests here
// instead of only failing to load the file.
import { describe, expect, it } from 'vitest';
import type { LinePattern } from '../../../src/main/logs/patterns';

const load = () => import('../../../src/main/logs/patterns');

async function find(tag: string, message: string) {
  const { matchLine, PATTERNS } = await load();
  const f = matchLine(tag, message, PATTERNS);
  return f && Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined));
}

/** A base64url run of `n` characters (the alphabet FCM tokens are written in). */
const b64 = (n: number) =>
  Array.from({ length: n }, (_, i) => 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-'[(i * 7) % 38]).join('');
// FCM registration tokens (device-facts.md §5.4): a 22-character FID (or an 11-character IID) ":APA91b" and 134 more.
const FCMTOKEN = `dUHQ8m0pQ5a7kFlq3Rz9Xw:APA91b${b64(134)}`;
const FCMOLD = `eK0LLz43Z_U:APA91b${b64(134)}`;
// One character short of an IID: not an FCM token.
const SHORTFCM = `eK0LLz43Z_:APA91b${b64(134)}`;

type Row = [tag: string, message: string, expected: Record<string, unknown> | null];

const LINES: Row[] = [
  // Easemob EMPushHelper (device-facts.md §5.2: the troubleshooting doc's lines, its type names and tokens). The failure
  // lines' exact wording is not in the doc ("failures log onErrorResponse: + vendor code"): the shapes the patterns allow,
  // with the code glued to the colon or printed after another word, and a failure that names no HTTP code.
  [
    'ONE SDK',
    '[2019/09/02 10:50:38:298]: [EMPushHelper] uploadTokenInternal, token=0869379034831543200000121400CN01, url=https://a4.easemob.com:443/easemob-demo/chatdemoui/users/omg4, notifier name=10492024',
    {
      kind: 'token',
      patternId: 'em-upload-token',
      sdk: 'easemob',
      value: '0869379034831543200000121400CN01',
      failed: false,
    },
  ],
  [
    'ONE SDK',
    '[2019/09/02 10:50:38:298]: [EMPushHelper] uploadTokenInternal, token=CN_724a57d2233d2363fbdeff46af095155',
    {
      kind: 'token',
      patternId: 'em-upload-token',
      sdk: 'easemob',
      value: 'CN_724a57d2233d2363fbdeff46af095155',
      failed: false,
    },
  ],
  [
    'ONE SDK',
    '[EMPushHelper] uploadTokenInternal failed: 401 unauthorized',
    {
      kind: 'report-error',
      patternId: 'em-upload-fail',
      sdk: 'easemob',
      value: '401',
      description: 'unauthorized',
      failed: false,
    },
  ],
  [
    'ONE SDK',
    '[EMPushHelper] uploadTokenInternal failed: java.net.UnknownHostException: Unable to resolve host "a1.easemob.com": No address associated with hostname',
    {
      kind: 'report-error',
      patternId: 'em-upload-fail',
      sdk: 'easemob',
      value: 'upload',
      description:
        'java.net.UnknownHostException: Unable to resolve host "a1.easemob.com": No address associated with hostname',
      failed: false,
    },
  ],
  [
    'ONE SDK',
    '[EMPushHelper] uploadTokenInternal error: 500 Internal Server Error',
    {
      kind: 'report-error',
      patternId: 'em-upload-fail',
      sdk: 'easemob',
      value: '500',
      description: 'Internal Server Error',
      failed: false,
    },
  ],
  [
    'ONE SDK',
    '[EMPushHelper] uploadTokenInternal failed',
    { kind: 'report-error', patternId: 'em-upload-fail', sdk: 'easemob', value: 'upload', failed: false },
  ],
  [
    'ONE SDK',
    '[EMPushHelper] onErrorResponse: 401',
    { kind: 'report-error', patternId: 'em-upload-err', sdk: 'easemob', description: '401', failed: false },
  ],
  [
    'ONE SDK',
    '[EMPushHelper] onErrorResponse:401',
    { kind: 'report-error', patternId: 'em-upload-err', sdk: 'easemob', description: '401', failed: false },
  ],
  [
    'ONE SDK',
    '[EMPushHelper] uploadTokenInternal onErrorResponse: {"error":"unauthorized"}',
    {
      kind: 'report-error',
      patternId: 'em-upload-err',
      sdk: 'easemob',
      description: '{"error":"unauthorized"}',
      failed: false,
    },
  ],
  [
    'ONE SDK',
    '[EMPushHelper] onReceiveToken: HONORPUSH - IQAAAACy0PsqAADxfCrWG3kupbOraeAiYoo9n2Bhonor',
    {
      kind: 'token',
      patternId: 'em-token',
      sdk: 'easemob',
      vendor: 'honor',
      value: 'IQAAAACy0PsqAADxfCrWG3kupbOraeAiYoo9n2Bhonor',
      failed: false,
    },
  ],
  [
    'ONE SDK',
    '[EMPushHelper] onReceiveToken: FCM - eK0LLz43Z_U:APA91bHjyXYZ',
    {
      kind: 'token',
      patternId: 'em-token',
      sdk: 'easemob',
      vendor: 'fcm',
      value: 'eK0LLz43Z_U:APA91bHjyXYZ',
      failed: false,
    },
  ],
  [
    'ONE SDK',
    '[EMPushHelper] onReceiveToken: MEIZUPUSH - ULY8ef786e4d3cea27d26934b484e73cf575dcad6ba',
    {
      kind: 'token',
      patternId: 'em-token',
      sdk: 'easemob',
      vendor: 'meizu',
      value: 'ULY8ef786e4d3cea27d26934b484e73cf575dcad6ba',
      failed: false,
    },
  ],
  [
    'ONE SDK',
    '[EMPushHelper] onReceiveToken: VIVOPUSH - 15665456497861102581637',
    {
      kind: 'token',
      patternId: 'em-token',
      sdk: 'easemob',
      vendor: 'vivo',
      value: '15665456497861102581637',
      failed: false,
    },
  ],
  [
    'ONE SDK',
    '[EMPushHelper] onReceiveToken: MIPUSH - Tn0uw0uGRoadNgW6TElcKCGiEwrMCo39nWomRxQU0+K+WlqvFmaHSn45vr9fLG3k',
    {
      kind: 'token',
      patternId: 'em-token',
      sdk: 'easemob',
      vendor: 'xiaomi',
      value: 'Tn0uw0uGRoadNgW6TElcKCGiEwrMCo39nWomRxQU0+K+WlqvFmaHSn45vr9fLG3k',
      failed: false,
    },
  ],
  [
    'ONE SDK',
    '[EMPushHelper] onReceiveToken: OPPOPUSH - CN_724a57d2233d2363fbdeff46af095155',
    {
      kind: 'token',
      patternId: 'em-token',
      sdk: 'easemob',
      vendor: 'oppo',
      value: 'CN_724a57d2233d2363fbdeff46af095155',
      failed: false,
    },
  ],
  [
    'ONE SDK',
    '[EMPushHelper] onReceiveToken: HMSPUSH - 0869379034831543200000121400CN01',
    {
      kind: 'token',
      patternId: 'em-token',
      sdk: 'easemob',
      vendor: 'huawei',
      value: '0869379034831543200000121400CN01',
      failed: false,
    },
  ],
  // TPNS (device-facts.md §5.3): `handleUpdateToken other push token is : <token> other push type: <name>`, one row per
  // channel name, and the empty token of a failed registration.
  [
    'TPush',
    '[OtherPushClient] handleUpdateToken other push token is : IQAAAACy0PsqAADxfCrWG3kupbOraeAiYoo9n2Bhonor other push type: honor',
    {
      kind: 'token',
      patternId: 'tpns-token',
      sdk: 'tpns',
      vendor: 'honor',
      value: 'IQAAAACy0PsqAADxfCrWG3kupbOraeAiYoo9n2Bhonor',
      failed: false,
    },
  ],
  [
    'TPush',
    '[OtherPushClient] handleUpdateToken other push token is : eK0LLz43Z_U:APA91bHjyXYZ other push type: fcm',
    {
      kind: 'token',
      patternId: 'tpns-token',
      sdk: 'tpns',
      vendor: 'fcm',
      value: 'eK0LLz43Z_U:APA91bHjyXYZ',
      failed: false,
    },
  ],
  [
    'TPush',
    '[OtherPushClient] handleUpdateToken other push token is : ULY8ef786e4d3cea27d26934b484e73cf575dcad6ba other push type: meizu',
    {
      kind: 'token',
      patternId: 'tpns-token',
      sdk: 'tpns',
      vendor: 'meizu',
      value: 'ULY8ef786e4d3cea27d26934b484e73cf575dcad6ba',
      failed: false,
    },
  ],
  [
    'TPush',
    '[OtherPushClient] handleUpdateToken other push token is : 15665456497861102581637 other push type: vivo',
    {
      kind: 'token',
      patternId: 'tpns-token',
      sdk: 'tpns',
      vendor: 'vivo',
      value: '15665456497861102581637',
      failed: false,
    },
  ],
  [
    'TPush',
    '[OtherPushClient] handleUpdateToken other push token is : Tn0uw0uGRoadNgW6TElcKCGiEwrMCo39nWomRxQU0+K+WlqvFmaHSn45vr9fLG3k other push type: xiaomi',
    {
      kind: 'token',
      patternId: 'tpns-token',
      sdk: 'tpns',
      vendor: 'xiaomi',
      value: 'Tn0uw0uGRoadNgW6TElcKCGiEwrMCo39nWomRxQU0+K+WlqvFmaHSn45vr9fLG3k',
      failed: false,
    },
  ],
  [
    'TPush',
    '[OtherPushClient] handleUpdateToken other push token is : CN_724a57d2233d2363fbdeff46af095155 other push type: oppo',
    {
      kind: 'token',
      patternId: 'tpns-token',
      sdk: 'tpns',
      vendor: 'oppo',
      value: 'CN_724a57d2233d2363fbdeff46af095155',
      failed: false,
    },
  ],
  [
    'TPush',
    '[OtherPushClient] handleUpdateToken other push token is : 0869379034831543200000121400CN01 other push type: huawei',
    {
      kind: 'token',
      patternId: 'tpns-token',
      sdk: 'tpns',
      vendor: 'huawei',
      value: '0869379034831543200000121400CN01',
      failed: false,
    },
  ],
  [
    'TPush',
    '[OtherPushClient] handleUpdateToken other push token is :  other push type: huawei',
    {
      kind: 'register-error',
      patternId: 'tpns-token',
      sdk: 'tpns',
      vendor: 'huawei',
      description: 'an empty token',
      failed: true,
    },
  ],
  // Tencent IM (device-facts.md §5.1: onTokenErrorCallBack with each channel's code des, setOfflinePushToken err code,
  // the TIMPush demo's registerPush line); TencentCloud/TIMSDK#739 (setToken onError -10005), with the desc label glued
  // to its value or spaced twice, and app-side wordings the loose tim-settoken-fail line names (code:, msg:, errorMsg:).
  [
    'TUIOfflinePush-TUIOfflinePushManager',
    'onTokenErrorCallBack code = -1, code des = vivo error code: 101',
    {
      kind: 'register-error',
      patternId: 'tim-token-error',
      sdk: 'tencent',
      vendor: 'vivo',
      value: '-1',
      description: 'vivo error code: 101',
      failed: false,
    },
  ],
  [
    'TUIOfflinePush-TUIOfflinePushManager',
    'onTokenErrorCallBack code = -1, code des = xiaomi error code: 22022',
    {
      kind: 'register-error',
      patternId: 'tim-token-error',
      sdk: 'tencent',
      vendor: 'xiaomi',
      value: '-1',
      description: 'xiaomi error code: 22022',
      failed: false,
    },
  ],
  [
    'TUIOfflinePush-TUIOfflinePushManager',
    'onTokenErrorCallBack code = -1, code des = huawei ApiException: 907135000',
    {
      kind: 'register-error',
      patternId: 'tim-token-error',
      sdk: 'tencent',
      vendor: 'huawei',
      value: '-1',
      description: 'huawei ApiException: 907135000',
      failed: false,
    },
  ],
  [
    'TUIOfflinePush-TUIOfflinePushManager',
    'onTokenErrorCallBack code = -1, code des = ',
    { kind: 'register-error', patternId: 'tim-token-error', sdk: 'tencent', value: '-1', failed: false },
  ],
  [
    'TUIOfflinePush-TUIOfflinePushManager',
    'setOfflinePushToken err code = 6014 desc = Sdk_Not_Login',
    {
      kind: 'report-error',
      patternId: 'tim-report-err',
      sdk: 'tencent',
      value: '6014',
      description: 'Sdk_Not_Login',
      failed: false,
    },
  ],
  [
    'TUIOfflinePush-TUIOfflinePushManager',
    'setOfflinePushToken err code = -10005',
    { kind: 'report-error', patternId: 'tim-report-err', sdk: 'tencent', value: '-10005', failed: false },
  ],
  [
    'OfflinePushAPIDemo',
    'registerPush errorCode = -1, errorMessage = push config is empty',
    {
      kind: 'register-error',
      patternId: 'timpush-register',
      sdk: 'timpush',
      value: '-1',
      description: 'push config is empty',
      failed: false,
    },
  ],
  ['OfflinePushAPIDemo', 'registerPush errorCode = 0, errorMessage = ', null],
  [
    'TIMPush',
    'setToken onError code = -10005, desc = ',
    { kind: 'report-error', patternId: 'tim-settoken-fail', sdk: 'tencent', value: '-10005', failed: false },
  ],
  [
    'TIMPush',
    'setToken onError code = -10005, desc = token invalid',
    {
      kind: 'report-error',
      patternId: 'tim-settoken-fail',
      sdk: 'tencent',
      value: '-10005',
      description: 'token invalid',
      failed: false,
    },
  ],
  [
    'TIMPush',
    'setToken onError code = -10005, desc=token invalid',
    {
      kind: 'report-error',
      patternId: 'tim-settoken-fail',
      sdk: 'tencent',
      value: '-10005',
      description: 'token invalid',
      failed: false,
    },
  ],
  [
    'TIMPush',
    'setToken onError code = -10005, desc =  token invalid',
    {
      kind: 'report-error',
      patternId: 'tim-settoken-fail',
      sdk: 'tencent',
      value: '-10005',
      description: 'token invalid',
      failed: false,
    },
  ],
  [
    'TIMPush',
    'setOfflinePushToken failed, code: 6014, msg: Sdk_Not_Login',
    {
      kind: 'report-error',
      patternId: 'tim-settoken-fail',
      sdk: 'tencent',
      value: '6014',
      description: 'Sdk_Not_Login',
      failed: false,
    },
  ],
  [
    'TIMPush',
    'setToken errorCode: 6206, errorMsg: UserSig expired',
    {
      kind: 'report-error',
      patternId: 'tim-settoken-fail',
      sdk: 'tencent',
      value: '6206',
      description: 'UserSig expired',
      failed: false,
    },
  ],
  // The same without a desc (TIMSDK#739 prints the code alone).
  [
    'TIMPush',
    'setToken onError code = -10005',
    { kind: 'report-error', patternId: 'tim-settoken-fail', sdk: 'tencent', value: '-10005', failed: false },
  ],
  // Honor: HonorPushCallback.onFailure(errorCode, errorString) as integrations log it (honor/log-lines.ts), with `=` and
  // no spaces, with no space after the colon; TUIOfflinePush's `"Honor turnOn push failed." + ex` (device-facts.md §5.1).
  [
    'HonorPush',
    'getPushToken onFailure errorCode: 8001000, errorString: push service not enabled',
    {
      kind: 'register-error',
      patternId: 'honor-fail',
      sdk: 'honor',
      vendor: 'honor',
      value: '8001000',
      description: 'push service not enabled',
      failed: false,
    },
  ],
  [
    'HonorPush',
    'getPushToken onFailure: errorCode=8002004,errorString=sign error',
    {
      kind: 'register-error',
      patternId: 'honor-fail',
      sdk: 'honor',
      vendor: 'honor',
      value: '8002004',
      description: 'sign error',
      failed: false,
    },
  ],
  [
    'HonorPush',
    'getPushToken onFailure errorCode:8002004, errorString:sign error',
    {
      kind: 'register-error',
      patternId: 'honor-fail',
      sdk: 'honor',
      vendor: 'honor',
      value: '8002004',
      description: 'sign error',
      failed: false,
    },
  ],
  [
    'HonorPush',
    'getToken failed, errorCode: 8002004',
    { kind: 'register-error', patternId: 'honor-fail', sdk: 'honor', vendor: 'honor', value: '8002004', failed: false },
  ],
  [
    'HonorPush',
    'turnOnNotificationCenter onFailure errorCode: 8001000, errorString: push service not enabled',
    {
      kind: 'register-error',
      patternId: 'honor-fail',
      sdk: 'honor',
      vendor: 'honor',
      value: '8001000',
      description: 'push service not enabled',
      failed: false,
    },
  ],
  [
    'TUIOfflinePush-OEMPushSetting',
    'Honor turnOn push failed.com.hihonor.push.sdk.common.ApiException: 8001000',
    { kind: 'register-error', patternId: 'honor-fail', sdk: 'honor', vendor: 'honor', value: '8001000', failed: false },
  ],
  [
    'TUIOfflinePush-OEMPushSetting',
    'Honor get pushToken failed, com.hihonor.push.sdk.common.ApiException: 8002004',
    {
      kind: 'register-error',
      patternId: 'tim-honor-fail',
      sdk: 'tencent',
      vendor: 'honor',
      description: 'com.hihonor.push.sdk.common.ApiException: 8002004',
      failed: false,
    },
  ],
  [
    'LeanCloud',
    'Honor onNewToken: IQAAAACy0PsqAADxfCrWG3kupbOraeAiYoo9n2Bhonor',
    {
      kind: 'token',
      patternId: 'leancloud-honor',
      sdk: 'leancloud',
      vendor: 'honor',
      value: 'IQAAAACy0PsqAADxfCrWG3kupbOraeAiYoo9n2Bhonor',
      failed: false,
    },
  ],
  // HMS: the push demo's `get token failed, ` + e, the HmsClient status line (hms-flutter-plugin#6), HmsInstanceId's
  // "Apply token failed" with and without a code, the Easemob demo's HWHMSPush lines (device-facts.md §5.2, §5.3).
  [
    'PushDemoLog',
    'get token failed, com.huawei.hms.common.ApiException: 907135000: arguments invalid',
    {
      kind: 'register-error',
      patternId: 'hms-demo-fail',
      sdk: 'hms-demo',
      vendor: 'huawei',
      description: 'com.huawei.hms.common.ApiException: 907135000: arguments invalid',
      failed: false,
    },
  ],
  [
    'TUIOfflinePush-OEMPushSetting',
    'huawei get token failed, com.huawei.hms.common.ApiException: 907135701: scope list empty',
    {
      kind: 'register-error',
      patternId: 'tim-huawei-fail',
      sdk: 'tencent',
      vendor: 'huawei',
      description: 'com.huawei.hms.common.ApiException: 907135701: scope list empty',
      failed: false,
    },
  ],
  [
    'HMSSDK_HmsClient',
    'receive msg status_code:0, error_code907135000, api_name:push.gettoken, app_id:100000000|, pkg_name:com.example.chat, session_id:*, transaction_id:xx, resolution:null',
    { kind: 'register-error', patternId: 'hms-sdk', sdk: 'hms', vendor: 'huawei', value: '907135000', failed: false },
  ],
  [
    'HMSSDK_HmsClient',
    'receive msg status_code:10, error_code907135701, api_name:push.gettoken, app_id:100000000|',
    { kind: 'register-error', patternId: 'hms-sdk', sdk: 'hms', vendor: 'huawei', value: '907135701', failed: false },
  ],
  [
    'HMSSDK_HmsInstanceId',
    'Apply token failed, errorCode:907135702',
    {
      kind: 'register-error',
      patternId: 'hms-apply-token',
      sdk: 'hms',
      vendor: 'huawei',
      value: '907135702',
      failed: false,
    },
  ],
  [
    'HMSSDK_HmsInstanceId',
    'Apply token failed',
    {
      kind: 'register-error',
      patternId: 'hms-apply-token',
      sdk: 'hms',
      vendor: 'huawei',
      value: 'apply-token-failed',
      failed: false,
    },
  ],
  [
    'HMSSDK_HmsInstanceId',
    'Apply token failed, com.huawei.hms.common.ApiException: 907135000: arguments invalid',
    {
      kind: 'register-error',
      patternId: 'hms-apply-token',
      sdk: 'hms',
      vendor: 'huawei',
      value: '907135000',
      failed: false,
    },
  ],
  [
    'HmsPushService',
    'getToken errorCode:907135000 msg:arguments invalid',
    { kind: 'register-error', patternId: 'hms-code', sdk: 'hms', vendor: 'huawei', value: '907135000', failed: false },
  ],
  [
    'HWHMSPush',
    'register huawei hms push token fail!',
    { kind: 'register-error', patternId: 'em-hms-demo-fail', sdk: 'easemob-demo', vendor: 'huawei', failed: false },
  ],
  [
    'HWHMSPush',
    'get huawei hms push token:0869379034831543200000121400CN01',
    {
      kind: 'token',
      patternId: 'em-hms-demo',
      sdk: 'easemob-demo',
      vendor: 'huawei',
      value: '0869379034831543200000121400CN01',
      failed: false,
    },
  ],
  // HMSPackageManager: `HMSLog.e("HMSPackageManager", "<initHmsPackageInfo> Failed to find HMS apk")` (huawei/log-lines.ts).
  [
    'HMSSDK_HMSPackageManager',
    '<initHmsPackageInfo> Failed to find HMS apk',
    {
      kind: 'register-error',
      patternId: 'hms-no-apk',
      sdk: 'hms',
      vendor: 'huawei',
      value: 'no-hms-apk',
      failed: false,
    },
  ],
  // FCM: the Firebase SDK's errors (issues cited in fcm/log-lines.ts) and apps' `FCM Token : <token>` lines (react-native
  // and flutter samples), with `:` or `=`, spaced or not, a comma after the token, and an IID one character short.
  [
    'FirebaseMessaging',
    'Failed to get FIS auth token',
    { kind: 'register-error', patternId: 'fcm-fis', sdk: 'fcm', vendor: 'fcm', value: 'FIS_AUTH_ERROR', failed: false },
  ],
  [
    'FirebaseMessaging',
    'Topic sync or token retrieval failed on hard failure exceptions: java.io.IOException: SERVICE_NOT_AVAILABLE',
    {
      kind: 'register-error',
      patternId: 'fcm-ioexception',
      sdk: 'fcm',
      vendor: 'fcm',
      value: 'SERVICE_NOT_AVAILABLE',
      failed: false,
    },
  ],
  [
    'FirebaseMessaging',
    'java.io.IOException: TOO_MANY_REGISTRATIONS',
    {
      kind: 'register-error',
      patternId: 'fcm-ioexception',
      sdk: 'fcm',
      vendor: 'fcm',
      value: 'TOO_MANY_REGISTRATIONS',
      failed: false,
    },
  ],
  [
    'FirebaseMessaging',
    'java.io.IOException: INVALID_SENDER',
    {
      kind: 'register-error',
      patternId: 'fcm-ioexception',
      sdk: 'fcm',
      vendor: 'fcm',
      value: 'INVALID_SENDER',
      failed: false,
    },
  ],
  [
    'FirebaseMessaging',
    'java.io.IOException: PHONE_REGISTRATION_ERROR',
    {
      kind: 'register-error',
      patternId: 'fcm-ioexception',
      sdk: 'fcm',
      vendor: 'fcm',
      value: 'PHONE_REGISTRATION_ERROR',
      failed: false,
    },
  ],
  [
    'FirebaseMessaging',
    'java.io.IOException: FIS_AUTH_ERROR',
    {
      kind: 'register-error',
      patternId: 'fcm-ioexception',
      sdk: 'fcm',
      vendor: 'fcm',
      value: 'FIS_AUTH_ERROR',
      failed: false,
    },
  ],
  [
    'FirebaseMessaging',
    'java.io.IOException: AUTHENTICATION_FAILED',
    {
      kind: 'register-error',
      patternId: 'fcm-ioexception',
      sdk: 'fcm',
      vendor: 'fcm',
      value: 'AUTHENTICATION_FAILED',
      failed: false,
    },
  ],
  [
    'FirebaseMessaging',
    'java.io.IOException: MISSING_INSTANCEID_SERVICE',
    {
      kind: 'register-error',
      patternId: 'fcm-ioexception',
      sdk: 'fcm',
      vendor: 'fcm',
      value: 'MISSING_INSTANCEID_SERVICE',
      failed: false,
    },
  ],
  [
    'ReactNativeJS',
    `FCM Token : ${FCMTOKEN}`,
    { kind: 'token', patternId: 'fcm-token-line', sdk: 'app', vendor: 'fcm', value: FCMTOKEN, failed: false },
  ],
  [
    'flutter',
    `Token: ${FCMTOKEN}`,
    { kind: 'token', patternId: 'fcm-token-line', sdk: 'app', vendor: 'fcm', value: FCMTOKEN, failed: false },
  ],
  [
    'flutter',
    `token=${FCMTOKEN}`,
    { kind: 'token', patternId: 'fcm-token-line', sdk: 'app', vendor: 'fcm', value: FCMTOKEN, failed: false },
  ],
  [
    'flutter',
    `FCM token:${FCMTOKEN}`,
    { kind: 'token', patternId: 'fcm-token-line', sdk: 'app', vendor: 'fcm', value: FCMTOKEN, failed: false },
  ],
  [
    'flutter',
    `Token : ${FCMOLD}`,
    { kind: 'token', patternId: 'fcm-token-line', sdk: 'app', vendor: 'fcm', value: FCMOLD, failed: false },
  ],
  ['flutter', `Token : ${SHORTFCM}`, null],
  [
    'ReactNativeJS',
    `FCM Token : ${FCMTOKEN},`,
    { kind: 'token', patternId: 'fcm-token-line', sdk: 'app', vendor: 'fcm', value: FCMTOKEN, failed: false },
  ],
  // Flyme: RegisterStatus toString (meizu/log-lines.ts), a code without quotes, the fields in another order, the success
  // codes 200 and 0 (then the pushId is the token); `pushId is`/`pushId =`/`pushID:` lines; TUIOfflinePush's token line.
  [
    'MzPushReceiver',
    "onRegisterStatus RegisterStatus{code='110001', message='appKey illegal', pushId=''}",
    {
      kind: 'register-error',
      patternId: 'meizu-status-fail',
      sdk: 'meizu',
      vendor: 'meizu',
      value: '110001',
      description: 'appKey illegal',
      failed: false,
    },
  ],
  [
    'MzPushReceiver',
    "onRegisterStatus RegisterStatus{code='110002', message='', pushId=''}",
    {
      kind: 'register-error',
      patternId: 'meizu-status-fail',
      sdk: 'meizu',
      vendor: 'meizu',
      value: '110002',
      failed: false,
    },
  ],
  [
    'MzPushReceiver',
    "onRegisterStatus RegisterStatus{code=110001, message='appKey illegal', pushId=''}",
    {
      kind: 'register-error',
      patternId: 'meizu-status-fail',
      sdk: 'meizu',
      vendor: 'meizu',
      value: '110001',
      description: 'appKey illegal',
      failed: false,
    },
  ],
  [
    'MzPushReceiver',
    "onRegisterStatus RegisterStatus{pushId='', code='110001', message='appKey illegal'}",
    {
      kind: 'register-error',
      patternId: 'meizu-status-fail',
      sdk: 'meizu',
      vendor: 'meizu',
      value: '110001',
      description: 'appKey illegal',
      failed: false,
    },
  ],
  [
    'MzPushReceiver',
    "onRegisterStatus RegisterStatus{code='0', message='', pushId='ULY8ef786e4d3cea27d26934b484e73cf575dcad6ba'}",
    {
      kind: 'token',
      patternId: 'meizu-pushid',
      sdk: 'meizu',
      vendor: 'meizu',
      value: 'ULY8ef786e4d3cea27d26934b484e73cf575dcad6ba',
      failed: false,
    },
  ],
  [
    'MzPushReceiver',
    "onRegisterStatus RegisterStatus{code='200', message='', pushId='ULY8ef786e4d3cea27d26934b484e73cf575dcad6ba'}",
    {
      kind: 'token',
      patternId: 'meizu-pushid',
      sdk: 'meizu',
      vendor: 'meizu',
      value: 'ULY8ef786e4d3cea27d26934b484e73cf575dcad6ba',
      failed: false,
    },
  ],
  [
    'MzPushReceiver',
    'onRegister pushId is ULY8ef786e4d3cea27d26934b484e73cf575dcad6ba',
    {
      kind: 'token',
      patternId: 'meizu-pushid',
      sdk: 'meizu',
      vendor: 'meizu',
      value: 'ULY8ef786e4d3cea27d26934b484e73cf575dcad6ba',
      failed: false,
    },
  ],
  [
    'MzPushReceiver',
    'onRegister pushId = ULY8ef786e4d3cea27d26934b484e73cf575dcad6ba',
    {
      kind: 'token',
      patternId: 'meizu-pushid',
      sdk: 'meizu',
      vendor: 'meizu',
      value: 'ULY8ef786e4d3cea27d26934b484e73cf575dcad6ba',
      failed: false,
    },
  ],
  [
    'MzPushReceiver',
    'onRegister pushID: V5R5b7c0247744c6b635e464b527e487802',
    {
      kind: 'token',
      patternId: 'meizu-pushid',
      sdk: 'meizu',
      vendor: 'meizu',
      value: 'V5R5b7c0247744c6b635e464b527e487802',
      failed: false,
    },
  ],
  [
    'MzPushReceiver',
    'onRegisterStatus token = ULY8ef786e4d3cea27d26934b484e73cf575dcad6ba',
    {
      kind: 'token',
      patternId: 'tim-meizu-token',
      sdk: 'tencent',
      vendor: 'meizu',
      value: 'ULY8ef786e4d3cea27d26934b484e73cf575dcad6ba',
      failed: false,
    },
  ],
  // OPPO: TUIOfflinePush's `onRegister responseCode: <code> registerID: <id>` (device-facts.md §5.1) with an empty or
  // "null" id, and the demos' onRegister(responseCode, registerID) lines: `=`, `:`, commas and semicolons, glued or spaced.
  [
    'TUIOfflinePush-OPPOPushImpl',
    'onRegister responseCode: 0 registerID: CN_724a57d2233d2363fbdeff46af095155',
    {
      kind: 'token',
      patternId: 'tim-oppo-register',
      sdk: 'tencent',
      vendor: 'oppo',
      value: 'CN_724a57d2233d2363fbdeff46af095155',
      failed: false,
    },
  ],
  [
    'TUIOfflinePush-OPPOPushImpl',
    'onRegister responseCode: -1 registerID: ',
    {
      kind: 'register-error',
      patternId: 'tim-oppo-register',
      sdk: 'tencent',
      vendor: 'oppo',
      value: '-1',
      description: 'code -1',
      failed: true,
    },
  ],
  [
    'TUIOfflinePush-OPPOPushImpl',
    'onRegister responseCode: 14 registerID: null',
    {
      kind: 'register-error',
      patternId: 'tim-oppo-register',
      sdk: 'tencent',
      vendor: 'oppo',
      value: '14',
      description: 'code 14',
      failed: true,
    },
  ],
  [
    'TUIOfflinePush-OPPOPushImpl',
    'onRegister responseCode: 0 registerID: ',
    {
      kind: 'register-error',
      patternId: 'tim-oppo-register',
      sdk: 'tencent',
      vendor: 'oppo',
      value: '0',
      description: 'code 0',
      failed: true,
    },
  ],
  [
    'OPPOPush',
    'onRegister code=0, registerId=CN_724a57d2233d2363fbdeff46af095155',
    {
      kind: 'token',
      patternId: 'oppo-onregister',
      sdk: 'oppo',
      vendor: 'oppo',
      value: 'CN_724a57d2233d2363fbdeff46af095155',
      failed: false,
    },
  ],
  [
    'OPPOPush',
    'onRegister code=-1, registerId=',
    {
      kind: 'register-error',
      patternId: 'oppo-onregister',
      sdk: 'oppo',
      vendor: 'oppo',
      value: '-1',
      description: 'code -1',
      failed: true,
    },
  ],
  [
    'OPPOPush',
    'onRegister responseCode = 0 registerID = CN_93394e648ee5a73f5c5a0835b2a7e3d5',
    {
      kind: 'token',
      patternId: 'oppo-onregister',
      sdk: 'oppo',
      vendor: 'oppo',
      value: 'CN_93394e648ee5a73f5c5a0835b2a7e3d5',
      failed: false,
    },
  ],
  [
    'OPPOPush',
    'onRegister responseCode: 0, registerID: CN_93394e648ee5a73f5c5a0835b2a7e3d5',
    {
      kind: 'token',
      patternId: 'oppo-onregister',
      sdk: 'oppo',
      vendor: 'oppo',
      value: 'CN_93394e648ee5a73f5c5a0835b2a7e3d5',
      failed: false,
    },
  ],
  [
    'OPPOPush',
    'onRegister responseCode:14,registerID:',
    {
      kind: 'register-error',
      patternId: 'oppo-onregister',
      sdk: 'oppo',
      vendor: 'oppo',
      value: '14',
      description: 'code 14',
      failed: true,
    },
  ],
  [
    'OPPOPush',
    'onRegister code=0,regId=CN_93394e648ee5a73f5c5a0835b2a7e3d5',
    {
      kind: 'token',
      patternId: 'oppo-onregister',
      sdk: 'oppo',
      vendor: 'oppo',
      value: 'CN_93394e648ee5a73f5c5a0835b2a7e3d5',
      failed: false,
    },
  ],
  [
    'OPPOPush',
    'onRegister code=0; registerId=',
    {
      kind: 'register-error',
      patternId: 'oppo-onregister',
      sdk: 'oppo',
      vendor: 'oppo',
      value: '0',
      description: 'code 0',
      failed: true,
    },
  ],
  [
    'OPPOPush',
    'onRegister: code=0, registerId=CN_93394e648ee5a73f5c5a0835b2a7e3d5',
    {
      kind: 'token',
      patternId: 'oppo-onregister',
      sdk: 'oppo',
      vendor: 'oppo',
      value: 'CN_93394e648ee5a73f5c5a0835b2a7e3d5',
      failed: false,
    },
  ],
  // Java prints a null id as "null": still a failure by its code.
  [
    'OPPOPush',
    'onRegister responseCode: 14, registerID: null',
    {
      kind: 'register-error',
      patternId: 'oppo-onregister',
      sdk: 'oppo',
      vendor: 'oppo',
      value: '14',
      description: 'code 14',
      failed: true,
    },
  ],
  // vivo: PushClient.turnOnPush's onStateChanged(state) as integrations print it (vivo/log-lines.ts); state 0 is success.
  [
    'VivoPush',
    'turnOnPush onStateChanged state = 101',
    { kind: 'register-error', patternId: 'vivo-state', sdk: 'vivo', vendor: 'vivo', value: '101', failed: false },
  ],
  [
    'VivoPush',
    'turnOnPush onStateChanged state=101',
    { kind: 'register-error', patternId: 'vivo-state', sdk: 'vivo', vendor: 'vivo', value: '101', failed: false },
  ],
  ['VivoPush', 'turnOnPush onStateChanged state = 0', null],
  [
    'VivoPush',
    'turnOnPush state: 1003',
    { kind: 'register-error', patternId: 'vivo-state', sdk: 'vivo', vendor: 'vivo', value: '1003', failed: false },
  ],
  [
    'VivoPush',
    'onStateChanged: 101',
    { kind: 'register-error', patternId: 'vivo-state', sdk: 'vivo', vendor: 'vivo', value: '101', failed: false },
  ],
  [
    'VivoPush',
    'turnOnPush onStateChanged:101',
    { kind: 'register-error', patternId: 'vivo-state', sdk: 'vivo', vendor: 'vivo', value: '101', failed: false },
  ],
  [
    'VivoPush',
    'turnOnPush onStateChanged state= 102',
    { kind: 'register-error', patternId: 'vivo-state', sdk: 'vivo', vendor: 'vivo', value: '102', failed: false },
  ],
  // MiPush: TUIOfflinePush's XiaomiMsgReceiver `cmd: register | arg: … | result: … | reason: …`, the demo receivers'
  // MiPushCommandMessage toString (device-facts.md §5.1), and the XMPush "Invalid application id" family (xiaomi/log-lines.ts).
  [
    'TUIOfflinePush-XiaomiMsgReceiver',
    'cmd: register | arg: null | result: 70000001 | reason: network error',
    {
      kind: 'register-error',
      patternId: 'tim-xiaomi-cmd',
      sdk: 'tencent',
      vendor: 'xiaomi',
      value: '70000001',
      description: 'network error',
      failed: false,
    },
  ],
  [
    'TUIOfflinePush-XiaomiMsgReceiver',
    'cmd: register | arg: null | result: 22022 | reason: ',
    {
      kind: 'register-error',
      patternId: 'tim-xiaomi-cmd',
      sdk: 'tencent',
      vendor: 'xiaomi',
      value: '22022',
      failed: false,
    },
  ],
  [
    'TUIOfflinePush-XiaomiMsgReceiver',
    'cmd: register | arg: Tn0uw0uGRoadNgW6TElcKCGiEwrMCo39nWomRxQU0+K+WlqvFmaHSn45vr9fLG3k | result: 0 | reason: ',
    {
      kind: 'token',
      patternId: 'tim-xiaomi-cmd-ok',
      sdk: 'tencent',
      vendor: 'xiaomi',
      value: 'Tn0uw0uGRoadNgW6TElcKCGiEwrMCo39nWomRxQU0+K+WlqvFmaHSn45vr9fLG3k',
      failed: false,
    },
  ],
  [
    'XiaomiMsgReceiver',
    'onReceiveRegisterResult is called. command={register}, resultCode={0}, reason={}, category={null}, commandArguments={[Tn0uw0uGRoadNgW6TElcKCGiEwrMCo39nWomRxQU0+K+WlqvFmaHSn45vr9fLG3k]}',
    {
      kind: 'token',
      patternId: 'mipush-register-result',
      sdk: 'mipush',
      vendor: 'xiaomi',
      value: 'Tn0uw0uGRoadNgW6TElcKCGiEwrMCo39nWomRxQU0+K+WlqvFmaHSn45vr9fLG3k',
      failed: false,
    },
  ],
  [
    'XiaomiMsgReceiver',
    'onReceiveRegisterResult is called. command={register}, resultCode={70000001}, reason={network error}, category={null}, commandArguments={[]}',
    {
      kind: 'register-error',
      patternId: 'mipush-register-result',
      sdk: 'mipush',
      vendor: 'xiaomi',
      value: '70000001',
      description: 'network error',
      failed: true,
    },
  ],
  [
    'XiaomiMsgReceiver',
    'onReceiveRegisterResult is called. command={register}, resultCode={0}, reason={}, category={null}, commandArguments={[]}',
    {
      kind: 'register-error',
      patternId: 'mipush-register-result',
      sdk: 'mipush',
      vendor: 'xiaomi',
      value: '0',
      failed: true,
    },
  ],
  [
    'XMPush-9283',
    'register failed: Invalid application id, package com.example.chat (mipush)',
    {
      kind: 'register-error',
      patternId: 'mipush-invalid-app',
      sdk: 'mipush',
      vendor: 'xiaomi',
      value: 'invalid-app',
      description: 'Invalid application id',
      failed: false,
    },
  ],
  [
    'XMPush-9283',
    'register failed: Invalid package name com.example.chat',
    {
      kind: 'register-error',
      patternId: 'mipush-invalid-app',
      sdk: 'mipush',
      vendor: 'xiaomi',
      value: 'invalid-app',
      description: 'Invalid package name',
      failed: false,
    },
  ],
  [
    'XMPush-9283',
    'register failed: Invalid package com.example.chat',
    {
      kind: 'register-error',
      patternId: 'mipush-invalid-app',
      sdk: 'mipush',
      vendor: 'xiaomi',
      value: 'invalid-app',
      description: 'Invalid package',
      failed: false,
    },
  ],
  [
    'XMPush-9283',
    'register failed: Invalid appid 2882303761517426801',
    {
      kind: 'register-error',
      patternId: 'mipush-invalid-app',
      sdk: 'mipush',
      vendor: 'xiaomi',
      value: 'invalid-app',
      description: 'Invalid appid',
      failed: false,
    },
  ],
  [
    'XMPush-9283',
    'register failed: Invalid app id 2882303761517426801',
    {
      kind: 'register-error',
      patternId: 'mipush-invalid-app',
      sdk: 'mipush',
      vendor: 'xiaomi',
      value: 'invalid-app',
      description: 'Invalid app id',
      failed: false,
    },
  ],
];

describe('log lines at the edges of each pattern', () => {
  it.each(LINES)('%s: %s', async (tag, message, expected) => {
    expect(await find(tag, message)).toEqual(expected);
  });
});

describe('the prefilter', () => {
  // Most logcat lines say nothing about push: the keyword check must turn them away before any
  // pattern runs (an empty keyword would let every line through).
  it.each([
    ['ActivityManager', 'Start proc 1208:com.example.chat/u0a155 for top-activity'],
    ['OkHttp', 'Authorization token refreshed in 120 ms'],
    ['chatty', 'uid=10155(com.example.chat) RenderThread identical 4 lines'],
    ['WindowManager', 'Changing focus from null to Window{a1b2c3 u0 com.example.chat/.MainActivity}'],
  ])('%s: %s is ruled out', async (_tag, message) => {
    const { PREFILTER } = await load();
    expect(PREFILTER.test(message)).toBe(false);
  });

  // Lines admitted by a vendor's keywords alone (no "token", "onRegister" or "EMPushHelper" on them).
  it.each([
    ['FirebaseMessaging', 'java.io.IOException: SERVICE_NOT_AVAILABLE'],
    ['FirebaseMessaging', 'java.io.IOException: TOO_MANY_REGISTRATIONS'],
    ['HMSSDK_HMSPackageManager', '<initHmsPackageInfo> Failed to find HMS apk'],
    ['VivoPush', 'onStateChanged: 101'],
    ['XMPush-9283', 'register failed: Invalid application id, package com.example.chat (mipush)'],
    ['MzPushReceiver', "RegisterStatus{code='110001', message='appKey illegal', pushId=''}"],
    ['MzPushReceiver', 'receive pushId: ULY8ef786e4d3cea27d26934b484e73cf575dcad6ba'],
  ])('%s: %s gets through', async (_tag, message) => {
    const { PREFILTER } = await load();
    expect(PREFILTER.test(message)).toBe(true);
  });

  it('is applied to any pattern list: a line without a keyword reaches no pattern', async () => {
    const { matchLine } = await load();
    const anything: LinePattern = { id: 'x', sdk: 'x', kind: 'token', re: /Start proc (\S+)/, group: 1 };
    expect(
      matchLine('ActivityManager', 'Start proc 1208:com.example.chat/u0a155 for top-activity', [anything]),
    ).toBeNull();
  });
});

describe('pattern order', () => {
  it("Tencent IM's channel lines come first, in TUIOfflinePush's brand order", async () => {
    const { PATTERNS } = await load();
    const first = PATTERNS.slice(
      0,
      PATTERNS.findIndex((p) => p.id === 'tim-newtoken'),
    );
    const order = [...new Set(first.map((p) => p.vendor))];
    expect(order).toEqual(['xiaomi', 'honor', 'huawei', 'meizu', 'oppo', 'vivo', 'fcm']);
  });
});

describe('matchLine around the patterns', () => {
  it('reads no further than MAX_MATCH_LENGTH characters of a line', async () => {
    const { matchLine, PATTERNS, MAX_MATCH_LENGTH } = await load();
    // A long data payload, then a token label past the cap.
    const payload = `Message data payload: {"body":"${'x'.repeat(MAX_MATCH_LENGTH)}"}`;
    expect(matchLine('MyFirebaseMsgService', `${payload} Refreshed token: ${FCMTOKEN}`, PATTERNS)).toBeNull();
    expect(matchLine('MyFirebaseMsgService', `Refreshed token: ${FCMTOKEN} ${payload}`, PATTERNS)?.value).toBe(
      FCMTOKEN,
    );
  });

  it("a profile's pattern gives a token, from the group it names, without trailing punctuation", async () => {
    const { matchLine, PATTERNS, compileUserPatterns } = await load();
    const user = compileUserPatterns([
      { vendor: 'xiaomi', regex: 'commandArguments=\\{\\[(\\S+)' },
      { vendor: 'oppo', regex: '(registerID|regId): (\\S+)', group: 2 },
    ]);
    // MiPush's toString (device-facts.md §5.1): the regId is followed by "]}".
    const mi =
      'onReceiveRegisterResult is called. command={register}, resultCode={0}, reason={}, category={null}, commandArguments={[Tn0uw0uGRoadNgW6TElcKCGiEwrMCo39nWomRxQU0+K+WlqvFmaHSn45vr9fLG3k]}';
    expect(matchLine('XiaomiMsgReceiver', mi, PATTERNS, user)).toEqual({
      kind: 'token',
      patternId: 'user-0',
      sdk: 'profile',
      vendor: 'xiaomi',
      value: 'Tn0uw0uGRoadNgW6TElcKCGiEwrMCo39nWomRxQU0+K+WlqvFmaHSn45vr9fLG3k',
    });
    expect(matchLine('OPPOPush', 'registerID: CN_724a57d2233d2363fbdeff46af095155;', PATTERNS, user)).toEqual({
      kind: 'token',
      patternId: 'user-1',
      sdk: 'profile',
      vendor: 'oppo',
      value: 'CN_724a57d2233d2363fbdeff46af095155',
    });
  });

  it('a pattern list grown in place is read whole (its cached literals follow the length)', async () => {
    const { matchLine, PATTERNS } = await load();
    const list = PATTERNS.filter((p) => p.id === 'tim-report-ok');
    expect(matchLine('ONE SDK', '[EMPushHelper] uploadTokenInternal success.', list)).toBeNull();
    list.push(PATTERNS.find((p) => p.id === 'em-upload-ok')!);
    expect(matchLine('ONE SDK', '[EMPushHelper] uploadTokenInternal success.', list)?.patternId).toBe('em-upload-ok');
  });
});

describe('requiredLiteral at its edges', () => {
  it.each([
    // Of two runs of the same length, the first.
    [/abc\dxyz/, 'abc'],
    // A character made optional by `*`, or an escaped one by `?`, is left out.
    [/abcd*ef/, 'abc'],
    [/abc\.?de/, 'abc'],
    // Escapes inside a group are not required.
    [/abc(?:\.\.\.\.)?/, 'abc'],
    // Classes end where they end: one of one character, one whose first member is an escaped "]".
    [/ab[x]cdef[y]/, 'cdef'],
    [/ab[\]x]cde/, 'cde'],
    [/ab[,;)\]]cde/, 'cde'],
    // A count is not text.
    [/AL[A-Za-z0-9_+/=-]{100,170}$/, null],
    [/x{100,170}ab/, null],
  ])('%s → %s', async (re, literal) => {
    const { requiredLiteral } = await load();
    expect(requiredLiteral(re)).toBe(literal);
  });
});

describe('token shapes at their anchors', () => {
  const HMS_NOW = `IQAAAACy0PsqAADxfCrWG3kupbOraeAiYoo9n2B-${b64(80)}`;
  const HMS_AL = `AL${b64(130)}`;
  const MEIZU = 'ULY8ef786e4d3cea27d26934b484e73cf575dcad6ba';
  it.each([
    ['honor', HMS_NOW, true],
    // Pasted with its label, or with the comma after it: not a token.
    ['honor', `token=${HMS_NOW}`, false],
    ['honor', `${HMS_NOW},`, false],
    ['honor', 'IQAAAAC', false],
    ['huawei', HMS_AL, true],
    ['huawei', `token=${HMS_AL}`, false],
    ['huawei', `${HMS_AL},`, false],
    ['huawei', `token=${HMS_NOW}`, false],
    ['huawei', `${HMS_NOW},`, false],
    ['huawei', 'token=0869379034831543200000121400CN01', false],
    ['meizu', MEIZU, true],
    ['meizu', `pushId=${MEIZU}`, false],
    ['meizu', `${MEIZU}'`, false],
    ['meizu', "pushId='V5R5b7c02ab47744c6b635e464b527e487802", false],
  ] as const)('%s %s → %s', async (vendor, token, ok) => {
    const { checkTokenShape } = await import('../../../src/main/logs/token-shape');
    expect(checkTokenShape(vendor, token).ok).toBe(ok);
  });
});
