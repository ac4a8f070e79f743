// OPPO (HeyTap) push ErrorCode, the responseCode of onRegister. Meanings from OPPO's client SDK
// document, section "错误码定义说明" (com.heytap.msp.push.mode.ErrorCode), read through the search tool.
import type { CodeTable } from '../../logs/code-table';
import type { VendorPolicy } from '../types';

const DOC = 'OPPO PUSH client SDK doc, 错误码定义说明 (ErrorCode)';

export const OPPO_CODES: CodeTable = {
  '-2': { key: 'logs.code.oppo.cMinus2', confirmed: true, source: DOC },
  '-1': { key: 'logs.code.oppo.cMinus1', confirmed: true, source: DOC },
  '11': { key: 'logs.code.oppo.c11', confirmed: true, source: DOC },
  '13': { key: 'logs.code.oppo.c13', confirmed: true, source: DOC },
  '14': { key: 'logs.code.oppo.c14', confirmed: true, source: DOC },
  '15': { key: 'logs.code.oppo.c15', confirmed: true, source: DOC },
  '16': { key: 'logs.code.oppo.c16', confirmed: true, source: DOC },
};

// Codes of its push API that Push Doctor explains (texts `push.code.<provider>.c<code>` in
// src/shared/i18n/push.ts; sources in shared/reference/push-apis.md and push-api-audit.md).
export const API_CODES: string[] = [
  '0',
  '11',
  '14',
  '16',
  '19',
  '28',
  '29',
  '30',
  '33',
  '41',
  '55',
  '67',
  '-2',
  '-1',
  '10000',
];

// What its rules say about delivery (texts `check.policy.*` in src/shared/i18n/check.ts): the note
// shown on every run, and the refusal codes that mean a policy limit rather than a broken
// integration (push-apis.md).
export const POLICY: VendorPolicy = {
  notes: ['check.policy.oppo'],
  codes: {
    '33': 'quota',
    '67': 'classification',
    '55': 'frequency',
  },
};
