// One row per SDK line pattern (src/main/logs/sdk-lines.ts): the wording each vendor's SDK or demo
// prints, as cited there, and what must not match.
import { describe, expect, it } from 'vitest';
import { PATTERNS, matchLine } from '../../../src/main/logs/patterns';
import { codeInfo } from '../../../src/main/logs/codes';

describe('SDK error and token lines', () => {
  it.each([
    ['FirebaseMessaging', 'Failed to get FIS auth token', 'register-error', 'fcm', 'FIS_AUTH_ERROR'],
    [
      'FirebaseMessaging',
      'java.io.IOException: MISSING_INSTANCEID_SERVICE',
      'register-error',
      'fcm',
      'MISSING_INSTANCEID_SERVICE',
    ],
    ['GmsRpc', 'java.io.IOException: AUTHENTICATION_FAILED', 'register-error', 'fcm', 'AUTHENTICATION_FAILED'],
    ['HMSSDK_HMSPackageManager', 'Failed to find HMS apk', 'register-error', 'huawei', 'no-hms-apk'],
    ['HMSSDK_HmsInstanceId', 'Apply token failed, errorCode:907135702', 'register-error', 'huawei', '907135702'],
    ['HmsPushService', 'getToken errorCode:907135000 msg:arguments invalid', 'register-error', 'huawei', '907135000'],
    [
      'XMPush-9283',
      'register failed: Invalid application id, package com.example.chat (mipush)',
      'register-error',
      'xiaomi',
      'invalid-app',
    ],
    ['OPPOPush', 'onRegister code=-1, registerId=', 'register-error', 'oppo', '-1'],
    [
      'OPPOPush',
      'onRegister code=0, registerId=CN_724a57d2233d2363fbdeff46af095155',
      'token',
      'oppo',
      'CN_724a57d2233d2363fbdeff46af095155',
    ],
    ['VivoPush', 'turnOnPush onStateChanged state = 101', 'register-error', 'vivo', '101'],
    [
      'MzPushReceiver',
      "onRegisterStatus RegisterStatus{code='110001', message='appKey illegal', pushId=''}",
      'register-error',
      'meizu',
      '110001',
    ],
    [
      'MzPushReceiver',
      "onRegisterStatus RegisterStatus{code='200', message='', pushId='ULY8ef786e4d3cea27d26934b484e73cf575dcad6ba'}",
      'token',
      'meizu',
      'ULY8ef786e4d3cea27d26934b484e73cf575dcad6ba',
    ],
    [
      'HonorPush',
      'getPushToken onFailure errorCode: 8001000, errorString: push service not enabled',
      'register-error',
      'honor',
      '8001000',
    ],
    ['TIMPush', 'setToken onError code = -10005, desc = ', 'report-error', undefined, '-10005'],
    ['ONE SDK', '[EMPushHelper] uploadTokenInternal failed: 401 unauthorized', 'report-error', undefined, '401'],
  ] as const)('%s: %s', (tag, message, kind, vendor, value) => {
    const f = matchLine(tag, message, PATTERNS);
    expect(f, message).not.toBeNull();
    expect(f!.kind).toBe(kind);
    if (vendor) expect(f!.vendor).toBe(vendor);
    expect(f!.kind === 'token' ? f!.value : codeInfo(f!).code).toBe(value);
  });

  it.each([
    ['Bluetooth', 'onStateChanged state = 12'],
    ['HwPushService', 'huawei turnOnPush failed: ret=907122036'],
    ['MzPushReceiver', "onRegisterStatus RegisterStatus{code='200', message=''}"],
    ['ActivityManager', 'setDisplayState 907654321'],
    [
      'TUIOfflinePush-OEMPushSetting',
      'Honor get pushToken failed, com.hihonor.push.sdk.common.data.ApiException: 8001000',
    ],
  ])('%s: %s is not a vivo state, a Meizu failure, an HMS code out of context, or a token', (tag, message) => {
    const f = matchLine(tag, message, PATTERNS);
    expect(
      f?.vendor === 'vivo' ||
        (f?.vendor === 'meizu' && f.kind === 'register-error') ||
        f?.kind === 'token' ||
        (tag === 'ActivityManager' && f),
    ).toBeFalsy();
  });
});
