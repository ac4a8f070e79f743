// Tencent IM (TIMSDK) errors of setOfflinePushConfig / setOfflinePushToken and TIMPush.
import type { CodeTable } from '../../logs/code-table';

export const TENCENT_CODES: CodeTable = {
  '6013': { key: 'logs.code.tim6013', confirmed: true, source: 'Tencent Cloud IM client error codes' },
  // cloud.tencent.com/document/product/269/117847 (Push error codes): "6014 IM 账号未登录".
  '6014': { key: 'logs.code.tim6014', confirmed: true, source: 'cloud.tencent.com/document/product/269/117847' },
  // TencentCloud/TIMSDK#739 (setToken fails with -10005). TPNS lists -10005 as "AIDL configuration error";
  // whether IM means the same is not published: unconfirmed.
  '-10005': {
    key: 'logs.code.tim10005',
    confirmed: false,
    source: 'TencentCloud/TIMSDK#739; TPNS client return codes',
  },
  '800009': { key: 'logs.code.tim800009', confirmed: true, source: 'cloud.tencent.com/document/product/269/117847' },
  '800010': { key: 'logs.code.tim800010', confirmed: true, source: 'cloud.tencent.com/document/product/269/117847' },
  '9523': { key: 'logs.code.tim9523', confirmed: true, source: 'cloud.tencent.com/document/product/269/117847' },
  '70016': { key: 'logs.code.tim70016', confirmed: true, source: 'cloud.tencent.com/document/product/269/117847' },
};

// Codes of its push API that Push Doctor explains (texts `push.code.<provider>.c<code>` in
// src/shared/i18n/push.ts; sources in shared/reference/push-apis.md and push-api-audit.md).
export const API_CODES: string[] = [
  '0',
  '70001',
  '70003',
  '70009',
  '70013',
  '70014',
  '60010',
  '20003',
  '90001',
  'noToken',
];
