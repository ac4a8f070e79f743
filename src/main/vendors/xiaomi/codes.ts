// MiPush client ErrorCode values, printed as `resultCode={…}` in MiPushCommandMessage.toString().
import type { CodeTable } from '../../logs/code-table';
import type { VendorPolicy } from '../types';

export const XIAOMI_CODES: CodeTable = {
  // com.xiaomi.mipush.sdk.ErrorCode.ERROR_SERVICE_UNAVAILABLE (decompiled SDK copies; Xiaomi's doc page was not reachable).
  '70000001': {
    key: 'logs.code.xiaomi.serviceUnavailable',
    confirmed: false,
    source: 'MiPush SDK ErrorCode (decompiled copies)',
  },
  // Copies disagree on which of 70000002-70000004 is the authentication error: unconfirmed.
  '70000002': { key: 'logs.code.xiaomi.c70000002', confirmed: false, source: 'MiPush SDK ErrorCode (copies disagree)' },
  '70000003': { key: 'logs.code.xiaomi.c70000003', confirmed: false, source: 'MiPush SDK ErrorCode (copies disagree)' },
  '70000004': { key: 'logs.code.xiaomi.c70000004', confirmed: false, source: 'MiPush SDK ErrorCode (copies disagree)' },
  // Tencent TPNS vendor-registration guide (cloud.tencent.com/document/product/548/45659): 22022 = package name mismatch.
  '22022': {
    key: 'logs.code.xiaomi.c22022',
    confirmed: false,
    source: 'Tencent TPNS troubleshooting page (second-hand)',
  },
  'invalid-app': { key: 'logs.code.xiaomi.invalidApp', confirmed: false, source: 'MiPush reason text' },
};

// Codes of its push API that Push Doctor explains (texts `push.code.<provider>.c<code>` in
// src/shared/i18n/push.ts; sources in shared/reference/push-apis.md and push-api-audit.md).
export const API_CODES: string[] = ['0', '21301', '22022', '20301', '10017', '10016', '22001', '10026', '22101'];

// What its rules say about delivery (texts `check.policy.*` in src/shared/i18n/check.ts): the note
// shown on every run, and the refusal codes that mean a policy limit rather than a broken
// integration (push-apis.md).
export const POLICY: VendorPolicy = {
  notes: ['check.policy.xiaomi'],
  codes: {
    '22101': 'quota',
  },
};
