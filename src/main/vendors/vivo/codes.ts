// vivo push turnOnPush / onStateChanged states.
import type { CodeTable } from '../../logs/code-table';
import type { VendorPolicy } from '../types';

export const VIVO_CODES: CodeTable = {
  // TIMSDK OEMPushSetting comment: state 101 = this model or system does not support vivo push.
  '101': {
    key: 'logs.code.vivo101',
    confirmed: true,
    source: 'TencentCloud/TIMSDK OEMPushSetting.java comment; vivo PushClient.isSupport()',
  },
  // Tencent TPNS vendor-registration guide lists vivo 10003; vivo's own code page was not reachable.
  '10003': {
    key: 'logs.code.vivo.c10003',
    confirmed: false,
    source: 'Tencent TPNS troubleshooting page (second-hand)',
  },
  '1002': { key: 'logs.code.vivo.c1002', confirmed: false, source: 'integrator reports' },
};

// Codes of its push API that Push Doctor explains (texts `push.code.<provider>.c<code>` in
// src/shared/i18n/push.ts; sources in shared/reference/push-apis.md and push-api-audit.md).
export const API_CODES: string[] = [
  '0',
  '10070',
  '10094',
  '10096',
  '10097',
  '10000',
  '10054',
  '10200',
  '10201',
  '10302',
  'invalidUser1',
  'invalidUser2',
  'invalidUser3',
  'invalidUser4',
];

// What its rules say about delivery (texts `check.policy.*` in src/shared/i18n/check.ts): the note
// shown on every run, and the refusal codes that mean a policy limit rather than a broken
// integration (push-apis.md).
export const POLICY: VendorPolicy = {
  notes: ['check.policy.vivo'],
  codes: {
    '10070': 'quota',
    '10096': 'classification',
    '10097': 'classification',
    invalidUser4: 'testMode',
  },
};
