// The log lines that tell HMS Push's story: what Tencent IM's TUIOfflinePush and Easemob print
// for this channel, and what its own SDK, its demos and the apps around it print. Each entry
// cites where its shape was seen (device-facts.md §5 and §3.5, and the issues named).
import type { VendorLogLines } from '../types';
import { TOKEN } from '../../logs/line-kit';

export const logLines: VendorLogLines = {
  tencentIm: [
    // Tencent TUIOfflinePush (TIMSDK 7.x OEMPushSetting and friends).
    {
      id: 'tim-huawei-token',
      sdk: 'tencent',
      kind: 'token',
      vendor: 'huawei',
      re: new RegExp(`huawei get token:\\s*${TOKEN}`),
      group: 1,
    },
    {
      id: 'tim-huawei-fail',
      sdk: 'tencent',
      kind: 'register-error',
      vendor: 'huawei',
      re: /huawei get token failed, (.*)$/,
      descGroup: 1,
    },
    {
      id: 'tim-newtoken-huawei',
      sdk: 'tencent',
      kind: 'token',
      vendor: 'huawei',
      tag: /HUAWEI|Hms/i,
      re: new RegExp(`onNewToken token=${TOKEN}`),
      group: 1,
    },
  ],
  easemob: [
    {
      id: 'em-hms-demo',
      sdk: 'easemob-demo',
      kind: 'token',
      vendor: 'huawei',
      re: new RegExp(`(?:get huawei hms push token:|register huawei hms push token success token:)\\s*${TOKEN}`),
      group: 1,
    },
    {
      id: 'em-hms-demo-fail',
      sdk: 'easemob-demo',
      kind: 'register-error',
      vendor: 'huawei',
      re: /register huawei hms push token fail/,
    },
  ],
  sdk: [
    // Vendor demos and SDKs.
    {
      id: 'hms-demo',
      sdk: 'hms-demo',
      kind: 'token',
      vendor: 'huawei',
      re: new RegExp(`(?:^get token:|received refresh token:|sending token to server\\. token:)\\s*${TOKEN}`),
      group: 1,
    },
    {
      id: 'hms-demo-fail',
      sdk: 'hms-demo',
      kind: 'register-error',
      vendor: 'huawei',
      re: /get token failed, (.*)$/,
      descGroup: 1,
    },
    {
      id: 'hms-sdk',
      sdk: 'hms',
      kind: 'register-error',
      vendor: 'huawei',
      re: /status_code:(-?\d+), error_code(-?[1-9]\d*), api_name:push\.gettoken/,
      group: 2,
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
  ],
  typeNames: ['HMSPUSH', 'huawei'],
  keywords: ['HMS apk', 'Apply token', 'ApiException', '[Ee]rror_?[Cc]ode'],
};
