// The push lines, one table (issue 13, mutation testing): for each pattern, lines in the formats
// real SDKs print (device-facts.md §5 and §3.5, the SDKs' own sources quoted there), and the near
// misses beside them (a success printed on a failure line, another SDK's tag, an empty token), with
// what each must give: which pattern, which kind, vendor, value and description. Lines nothing
// must match close the table (an OAuth "token refreshed", an ActivityManager start).
import { describe, expect, it } from 'vitest';
import { PATTERNS, matchLine } from '../../../src/main/logs/patterns';

type Expected = {
  patternId: string;
  kind: string;
  sdk: string;
  vendor?: string;
  value?: string;
  description?: string;
  failed: boolean;
  event?: string;
} | null;

const LINES: [tag: string, message: string, expected: Expected][] = [
  [
    'TUIOfflinePush-OEMPushSetting',
    'huawei get token:IQAAAACy0PsqAADxfCrWG3kupbOraeAiYoo9n2B-test',
    {
      patternId: 'tim-huawei-token',
      kind: 'token',
      sdk: 'tencent',
      vendor: 'huawei',
      value: 'IQAAAACy0PsqAADxfCrWG3kupbOraeAiYoo9n2B-test',
      failed: false,
    },
  ],
  [
    'TUIOfflinePush-OEMPushSetting',
    'huawei get token failed, com.huawei.hms.common.ApiException: 907135000: arguments invalid',
    {
      patternId: 'tim-huawei-fail',
      kind: 'register-error',
      sdk: 'tencent',
      vendor: 'huawei',
      description: 'com.huawei.hms.common.ApiException: 907135000: arguments invalid',
      failed: false,
    },
  ],
  [
    'TUIOfflinePush-OEMPushSetting',
    'Honor get pushToken IQAAAACy0PsqAADxfCrWG3kupbOraeAiYoo9n2Bhonor',
    {
      patternId: 'tim-honor-token',
      kind: 'token',
      sdk: 'tencent',
      vendor: 'honor',
      value: 'IQAAAACy0PsqAADxfCrWG3kupbOraeAiYoo9n2Bhonor',
      failed: false,
    },
  ],
  [
    'TUIOfflinePush-OEMPushSetting',
    'Honor get pushToken failed, com.hihonor.push.sdk.common.ApiException: 8002004',
    {
      patternId: 'tim-honor-fail',
      kind: 'register-error',
      sdk: 'tencent',
      vendor: 'honor',
      description: 'com.hihonor.push.sdk.common.ApiException: 8002004',
      failed: false,
    },
  ],
  [
    'TUIOfflinePush-MyHonorMessageService',
    'onNewToken token=IQAAAACy0PsqAADxfCrWG3kupbOraeAiYoo9n2Bhonor',
    {
      patternId: 'tim-newtoken-honor',
      kind: 'token',
      sdk: 'tencent',
      vendor: 'honor',
      value: 'IQAAAACy0PsqAADxfCrWG3kupbOraeAiYoo9n2Bhonor',
      failed: false,
    },
  ],
  [
    'TUIOfflinePush-HUAWEIHmsMessageService',
    'onNewToken token=IQAAAACy0PsqAADxfCrWG3kupbOraeAiYoo9n2Bhms',
    {
      patternId: 'tim-newtoken-huawei',
      kind: 'token',
      sdk: 'tencent',
      vendor: 'huawei',
      value: 'IQAAAACy0PsqAADxfCrWG3kupbOraeAiYoo9n2Bhms',
      failed: false,
    },
  ],
  [
    'TUIOfflinePush-Other',
    'onNewToken token=abcdefabcdef0123456789',
    { patternId: 'tim-newtoken', kind: 'token', sdk: 'tencent', value: 'abcdefabcdef0123456789', failed: false },
  ],
  [
    'TUIOfflinePush-OEMPushSetting',
    'vivopush open vivo push success regId = 15665456497861102581637',
    {
      patternId: 'tim-vivo-token',
      kind: 'token',
      sdk: 'tencent',
      vendor: 'vivo',
      value: '15665456497861102581637',
      failed: false,
    },
  ],
  [
    'TUIOfflinePush-OEMPushSetting',
    'vivopush open vivo push fail state = 101',
    { patternId: 'tim-vivo-fail', kind: 'register-error', sdk: 'tencent', vendor: 'vivo', value: '101', failed: false },
  ],
  [
    'TUIOfflinePush-OEMPushSetting',
    'vivopush open vivo push fail state = 0',
    { patternId: 'tim-vivo-fail', kind: 'register-error', sdk: 'tencent', vendor: 'vivo', value: '0', failed: false },
  ],
  [
    'TUIOfflinePush-VIVOPushMessageReceiverImpl',
    'onReceiveRegId = 15646472431991408944055',
    {
      patternId: 'tim-vivo-regid',
      kind: 'token',
      sdk: 'tencent',
      vendor: 'vivo',
      value: '15646472431991408944055',
      failed: false,
    },
  ],
  [
    'TUIOfflinePush-OEMPushSetting',
    'google fcm getToken = eK0LLz43Z_U:APA91bHjyXYZ',
    {
      patternId: 'tim-fcm-token',
      kind: 'token',
      sdk: 'tencent',
      vendor: 'fcm',
      value: 'eK0LLz43Z_U:APA91bHjyXYZ',
      failed: false,
    },
  ],
  [
    'TUIOfflinePush-GoogleFCMMsgService',
    'onNewToken google fcm onNewToken : eK0LLz43Z_U:APA91bHjyXYZ',
    {
      patternId: 'tim-fcm-newtoken',
      kind: 'token',
      sdk: 'tencent',
      vendor: 'fcm',
      value: 'eK0LLz43Z_U:APA91bHjyXYZ',
      failed: false,
    },
  ],
  [
    'TUIOfflinePush-OPPOPushImpl',
    'onRegister responseCode: 0 registerID: CN_724a57d2233d2363fbdeff46af095155',
    {
      patternId: 'tim-oppo-register',
      kind: 'token',
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
      patternId: 'tim-oppo-register',
      kind: 'register-error',
      sdk: 'tencent',
      vendor: 'oppo',
      value: '-1',
      description: 'code -1',
      failed: true,
    },
  ],
  [
    'TUIOfflinePush-OPPOPushImpl',
    'onRegister responseCode: 0 registerID: ',
    {
      patternId: 'tim-oppo-register',
      kind: 'register-error',
      sdk: 'tencent',
      vendor: 'oppo',
      value: '0',
      description: 'code 0',
      failed: true,
    },
  ],
  [
    'TUIOfflinePush-MEIZUPushReceiver',
    'onRegisterStatus token = V5R5b7c02a4e47744c6b635e464b527e487802',
    {
      patternId: 'tim-meizu-token',
      kind: 'token',
      sdk: 'tencent',
      vendor: 'meizu',
      value: 'V5R5b7c02a4e47744c6b635e464b527e487802',
      failed: false,
    },
  ],
  [
    'TUIOfflinePush-XiaomiMsgReceiver',
    'regId: Tn0uw0uGRoadNgW6TElcKCGiEwrMCo39nWomRxQU0+K+WlqvFmaHSn45vr9fLG3k',
    {
      patternId: 'tim-xiaomi-regid',
      kind: 'token',
      sdk: 'tencent',
      vendor: 'xiaomi',
      value: 'Tn0uw0uGRoadNgW6TElcKCGiEwrMCo39nWomRxQU0+K+WlqvFmaHSn45vr9fLG3k',
      failed: false,
    },
  ],
  [
    'TUIOfflinePush-XiaomiMsgReceiver',
    'onReceiveRegisterResult is called. command={register}, resultCode={0}, reason={}, category={null}, commandArguments={[Tn0uw0uGRoadNgW6TElcKCGiEwrMCo39nWomRxQU0+K+WlqvFmaHSn45vr9fLG3k]}',
    {
      patternId: 'mipush-register-result',
      kind: 'token',
      sdk: 'mipush',
      vendor: 'xiaomi',
      value: 'Tn0uw0uGRoadNgW6TElcKCGiEwrMCo39nWomRxQU0+K+WlqvFmaHSn45vr9fLG3k',
      failed: false,
    },
  ],
  [
    'TUIOfflinePush-XiaomiMsgReceiver',
    'onReceiveRegisterResult is called. command={register}, resultCode={70000001}, reason={SERVICE_NOT_AVAILABLE}, category={null}, commandArguments={[]}',
    {
      patternId: 'mipush-register-result',
      kind: 'register-error',
      sdk: 'mipush',
      vendor: 'xiaomi',
      value: '70000001',
      description: 'SERVICE_NOT_AVAILABLE',
      failed: true,
    },
  ],
  [
    'TUIOfflinePush-XiaomiMsgReceiver',
    'cmd: register | arg: null | result: 70000004 | reason: invalid-app',
    {
      patternId: 'tim-xiaomi-cmd',
      kind: 'register-error',
      sdk: 'tencent',
      vendor: 'xiaomi',
      value: '70000004',
      description: 'invalid-app',
      failed: false,
    },
  ],
  ['TUIOfflinePush-XiaomiMsgReceiver', 'cmd: register | arg: abc | result: 0 | reason: null', null],
  [
    'TUIOfflinePush-TUIOfflinePushManager',
    'setOfflinePushConfig businessID = 10064 pushToken = CN_724a57d2233d2363fbdeff46af095155',
    {
      patternId: 'tim-config',
      kind: 'token',
      sdk: 'tencent',
      value: 'CN_724a57d2233d2363fbdeff46af095155',
      failed: false,
    },
  ],
  [
    'TUIOfflinePush-TUIOfflinePushManager',
    'setOfflinePushToken success',
    { patternId: 'tim-report-ok', kind: 'report-ok', sdk: 'tencent', failed: false },
  ],
  [
    'TUIOfflinePush-TUIOfflinePushManager',
    'setOfflinePushToken err code = -10005 desc = invalid businessID',
    {
      patternId: 'tim-report-err',
      kind: 'report-error',
      sdk: 'tencent',
      value: '-10005',
      description: 'invalid businessID',
      failed: false,
    },
  ],
  [
    'TUIOfflinePush-TUIOfflinePushManager',
    'setOfflinePushToken err code = 6014',
    { patternId: 'tim-report-err', kind: 'report-error', sdk: 'tencent', value: '6014', failed: false },
  ],
  [
    'TUIOfflinePush-TUIOfflinePushManager',
    'onTokenErrorCallBack code = 101, code des = vivo error code: 101',
    {
      patternId: 'tim-token-error',
      kind: 'register-error',
      sdk: 'tencent',
      vendor: 'vivo',
      value: '101',
      description: 'vivo error code: 101',
      failed: false,
    },
  ],
  [
    'OfflinePushAPIDemo',
    'registerPush errorCode = 800001, errorMessage = not init',
    {
      patternId: 'timpush-register',
      kind: 'register-error',
      sdk: 'timpush',
      value: '800001',
      description: 'not init',
      failed: false,
    },
  ],
  ['OfflinePushAPIDemo', 'registerPush errorCode = 0, errorMessage = ok', null],
  [
    'ONE SDK',
    '[2019/09/02 10:50:38:298]: [EMPushHelper] onReceiveToken: HMSPUSH - 0869379034831543200000121400CN01',
    {
      patternId: 'em-token',
      kind: 'token',
      sdk: 'easemob',
      vendor: 'huawei',
      value: '0869379034831543200000121400CN01',
      failed: false,
    },
  ],
  [
    'ONE SDK',
    '[2019/09/02 10:50:38:298]: [EMPushHelper] onReceiveToken: MIPUSH - Tn0uw0uGRoadNgW6TElcKCGiEwrMCo39nWomRxQU0+K+WlqvFmaHSn45vr9fLG3k',
    {
      patternId: 'em-token',
      kind: 'token',
      sdk: 'easemob',
      vendor: 'xiaomi',
      value: 'Tn0uw0uGRoadNgW6TElcKCGiEwrMCo39nWomRxQU0+K+WlqvFmaHSn45vr9fLG3k',
      failed: false,
    },
  ],
  [
    'ONE SDK',
    '[2019/09/02 10:50:38:298]: [EMPushHelper] onReceiveToken: UNKNOWN - abcdef0123456789abcd',
    { patternId: 'em-token', kind: 'token', sdk: 'easemob', value: 'abcdef0123456789abcd', failed: false },
  ],
  [
    'ONE SDK',
    '[2019/09/02 10:50:38:450]: [EMPushHelper] uploadTokenInternal success.',
    { patternId: 'em-upload-ok', kind: 'report-ok', sdk: 'easemob', failed: false },
  ],
  [
    'ONE SDK',
    '[2019/09/02 10:50:38:450]: [EMPushHelper] onErrorResponse: 401 unauthorized',
    {
      patternId: 'em-upload-err',
      kind: 'report-error',
      sdk: 'easemob',
      description: '401 unauthorized',
      failed: false,
    },
  ],
  [
    'HWHMSPush',
    'get huawei hms push token:0869379034831543200000121400CN01',
    {
      patternId: 'em-hms-demo',
      kind: 'token',
      sdk: 'easemob-demo',
      vendor: 'huawei',
      value: '0869379034831543200000121400CN01',
      failed: false,
    },
  ],
  [
    'HWHMSPush',
    'register huawei hms push token success token:0869379034831543200000121400CN01',
    {
      patternId: 'em-hms-demo',
      kind: 'token',
      sdk: 'easemob-demo',
      vendor: 'huawei',
      value: '0869379034831543200000121400CN01',
      failed: false,
    },
  ],
  // Easemob demo's failure line (was never matched: the prefilter let no "token fail" through).
  [
    'HWHMSPush',
    'register huawei hms push token fail!',
    { patternId: 'em-hms-demo-fail', kind: 'register-error', sdk: 'easemob-demo', vendor: 'huawei', failed: false },
  ],
  [
    'EMFCMMSGService',
    'onNewToken: eK0LLz43Z_U:APA91bHjyXYZ',
    {
      patternId: 'em-fcm-demo',
      kind: 'token',
      sdk: 'easemob-demo',
      vendor: 'fcm',
      value: 'eK0LLz43Z_U:APA91bHjyXYZ',
      failed: false,
    },
  ],
  ['SomeOther', 'onNewToken: eK0LLz43Z_U:APA91bHjyXYZ', null],
  [
    'PushDemoLog',
    'get token:IQAAAACy0PsqAADxfCrWG3kupbOraeAiYoo9n2B-demo',
    {
      patternId: 'hms-demo',
      kind: 'token',
      sdk: 'hms-demo',
      vendor: 'huawei',
      value: 'IQAAAACy0PsqAADxfCrWG3kupbOraeAiYoo9n2B-demo',
      failed: false,
    },
  ],
  [
    'PushDemoLog',
    'received refresh token:IQAAAACy0PsqAADxfCrWG3kupbOraeAiYoo9n2B-demo',
    {
      patternId: 'hms-demo',
      kind: 'token',
      sdk: 'hms-demo',
      vendor: 'huawei',
      value: 'IQAAAACy0PsqAADxfCrWG3kupbOraeAiYoo9n2B-demo',
      failed: false,
    },
  ],
  [
    'PushDemoLog',
    'sending token to server. token:IQAAAACy0PsqAADxfCrWG3kupbOraeAiYoo9n2B-demo',
    {
      patternId: 'hms-demo',
      kind: 'token',
      sdk: 'hms-demo',
      vendor: 'huawei',
      value: 'IQAAAACy0PsqAADxfCrWG3kupbOraeAiYoo9n2B-demo',
      failed: false,
    },
  ],
  [
    'PushDemoLog',
    'get token failed, com.huawei.hms.common.ApiException: 907122036: no right',
    {
      patternId: 'hms-demo-fail',
      kind: 'register-error',
      sdk: 'hms-demo',
      vendor: 'huawei',
      description: 'com.huawei.hms.common.ApiException: 907122036: no right',
      failed: false,
    },
  ],
  [
    'HMSSDK_HmsClient',
    'receive msg status_code:0, error_code907135000, api_name:push.gettoken, app_id:1|, pkg_name:com.example.chat',
    { patternId: 'hms-sdk', kind: 'register-error', sdk: 'hms', vendor: 'huawei', value: '907135000', failed: false },
  ],
  ['HMSSDK_HmsClient', 'receive msg status_code:0, error_code0, api_name:push.gettoken, app_id:1|', null],
  [
    'MyFirebaseMsgService',
    'Refreshed token: eK0LLz43Z_U:APA91bHjyXYZ',
    {
      patternId: 'fcm-quickstart',
      kind: 'token',
      sdk: 'fcm-demo',
      vendor: 'fcm',
      value: 'eK0LLz43Z_U:APA91bHjyXYZ',
      failed: false,
    },
  ],
  // LeanCloud's Honor service (its tag has "Msg" in it): Honor's token, not FCM's (was read as FCM).
  [
    'HonorMsgService',
    'Honor onNewToken: IQAAAACy0PsqAADxfCrWG3kupbOraeAiYoo9n2Bhonor',
    {
      patternId: 'leancloud-honor',
      kind: 'token',
      sdk: 'leancloud',
      vendor: 'honor',
      value: 'IQAAAACy0PsqAADxfCrWG3kupbOraeAiYoo9n2Bhonor',
      failed: false,
    },
  ],
  [
    'TPush',
    '[OtherPushClient] handleUpdateToken other push token is : CN_724a57d2233d2363fbdeff46af095155 other push type: oppo',
    {
      patternId: 'tpns-token',
      kind: 'token',
      sdk: 'tpns',
      vendor: 'oppo',
      value: 'CN_724a57d2233d2363fbdeff46af095155',
      failed: false,
    },
  ],
  [
    'TPush',
    '[OtherPushClient] handleUpdateToken other push token is :  other push type: huawei',
    {
      patternId: 'tpns-token',
      kind: 'register-error',
      sdk: 'tpns',
      vendor: 'huawei',
      description: 'an empty token',
      failed: true,
    },
  ],
  [
    'GCM',
    'broadcast intent callback: result=CANCELLED forIntent { act=com.google.android.c2dm.intent.RECEIVE flg=0x10000000 pkg=com.example.chat (has extras) }',
    {
      patternId: 'fcm-stopped',
      kind: 'push-event',
      sdk: 'gms',
      vendor: 'fcm',
      value: 'com.example.chat',
      failed: false,
      event: 'fcm-dropped-stopped-app',
    },
  ],
  [
    'NotificationService',
    'No Channel found for pkg=com.example.chat, channelId=push_messages, id=1, tag=null, opPkg=com.example.chat, callingUid=10155, userId=0, incomingUserId=0, notificationUid=10155, notification=Notification(channel=push_messages)',
    {
      patternId: 'no-channel',
      kind: 'push-event',
      sdk: 'android',
      value: 'com.example.chat',
      description: 'push_messages',
      failed: false,
      event: 'notification-channel-missing',
    },
  ],
  [
    'FirebaseMessaging',
    'Received message 0:1700000000000000%abc',
    {
      patternId: 'message-received',
      kind: 'push-event',
      sdk: 'any',
      value: '0:1700000000000000%abc',
      failed: false,
      event: 'message-received',
    },
  ],
  [
    'XiaomiMsgReceiver',
    'onNotificationMessageArrived is called. messageId=abc',
    { patternId: 'message-received', kind: 'push-event', sdk: 'any', failed: false, event: 'message-received' },
  ],
  ['ActivityManager', 'Start proc 1208:com.example.chat/u0a155 for top-activity', null],
  ['OkHttp', 'Authorization token refreshed in 120 ms', null],
];

describe('push lines: pattern, kind, vendor, value', () => {
  it.each(LINES)('%s: %s', (tag, message, expected) => {
    const f = matchLine(tag, message, PATTERNS);
    if (expected === null) return expect(f).toBeNull();
    expect(f).not.toBeNull();
    const got = Object.fromEntries(Object.entries(f!).filter(([, v]) => v !== undefined));
    expect(got).toEqual(expected);
  });

  it('every built-in pattern is exercised by a line of the table', () => {
    const hit = new Set(LINES.map(([t, m]) => matchLine(t, m, PATTERNS)?.patternId).filter(Boolean));
    const untested = PATTERNS.map((p) => p.id).filter((id) => !hit.has(id));
    // The SDK error and token lines (once sdk-lines.ts, now in the vendors' log-lines.ts) have their
    // own table test: test/unit/logs/sdk-lines.test.ts.
    const sdkLines = new Set([
      'fcm-fis',
      'fcm-ioexception',
      'fcm-token-line',
      'hms-no-apk',
      'hms-apply-token',
      'hms-code',
      'tim-xiaomi-cmd-ok',
      'mipush-invalid-app',
      'oppo-onregister',
      'vivo-state',
      'meizu-status-fail',
      'meizu-pushid',
      'honor-fail',
      'tim-settoken-fail',
      'em-upload-token',
      'em-upload-fail',
    ]);
    expect(untested.filter((id) => !sdkLines.has(id))).toEqual([]);
  });
});
