// Meizu (Flyme) push RegisterStatus codes; the SDK reports success as code 200.
import type { CodeTable } from '../../logs/code-table';
import type { VendorPolicy } from '../types';

export const MEIZU_CODES: CodeTable = {
  // xxgail/MZPushSDK error_code.go (server codes the client status carries too): 110000 appId illegal, 110001 appKey illegal.
  '110000': {
    key: 'logs.code.meizu.c110000',
    confirmed: false,
    source: 'xxgail/MZPushSDK error_code.go; Tencent TPNS guide',
  },
  '110001': { key: 'logs.code.meizu.c110001', confirmed: false, source: 'xxgail/MZPushSDK error_code.go' },
  '110009': { key: 'logs.code.meizu.c110009', confirmed: false, source: 'xxgail/MZPushSDK error_code.go' },
};

// Codes of its push API that Push Doctor explains (texts `push.code.<provider>.c<code>` in
// src/shared/i18n/push.ts; sources in shared/reference/push-apis.md and push-api-audit.md).
export const API_CODES: string[] = [
  '200',
  '1003',
  '1005',
  '1006',
  '110000',
  '110002',
  '110003',
  '110005',
  '110010',
  '110011',
  '110019',
  '110031',
  '110033',
  '520',
];

// What its rules say about delivery (texts `check.policy.*` in src/shared/i18n/check.ts): the note
// shown on every run, and the refusal codes that mean a policy limit rather than a broken
// integration (push-apis.md).
export const POLICY: VendorPolicy = {
  notes: ['check.policy.meizu'],
  codes: {
    '110019': 'quota',
    '110011': 'quota',
    '110010': 'frequency',
  },
};
