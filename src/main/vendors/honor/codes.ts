// Honor push SDK codes.
import type { CodeTable } from '../../logs/code-table';
import type { VendorPolicy } from '../types';

export const HONOR_CODES: CodeTable = {
  // Tencent TPNS vendor-registration guide lists Honor 8001000; Honor's page was not reachable.
  '8001000': {
    key: 'logs.code.honor.c8001000',
    confirmed: false,
    source: 'Tencent TPNS troubleshooting page (second-hand)',
  },
};

// Codes of its push API that Push Doctor explains (texts `push.code.<provider>.c<code>` in
// src/shared/i18n/push.ts; sources in shared/reference/push-apis.md and push-api-audit.md).
export const API_CODES: string[] = [
  '200',
  '401',
  'invalid_client',
  '80300007',
  '80300010',
  '80100001',
  'failTokens',
  'expireTokens',
  'sendResultFalse',
];

// What its rules say about delivery (texts `check.policy.*` in src/shared/i18n/check.ts): the note
// shown on every run, and the refusal codes that mean a policy limit rather than a broken
// integration (push-apis.md).
export const POLICY: VendorPolicy = {
  notes: ['check.policy.honor'],
  codes: {
    '80300010': 'quota',
  },
};
