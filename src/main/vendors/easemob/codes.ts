// Easemob (Hyphenate) token upload failures: EMPushHelper prints the server's answer after onErrorResponse.
import type { CodeTable } from '../../logs/code-table';

export const EASEMOB_CODES: CodeTable = {
  // Easemob troubleshooting doc (device-facts.md §5.2): the upload goes to /{org}/{app}/users/{user}; 401 = not logged in / token expired.
  '401': { key: 'logs.code.easemob.c401', confirmed: false, source: 'HTTP status of the upload; Easemob REST docs' },
  '404': { key: 'logs.code.easemob.c404', confirmed: false, source: 'HTTP status of the upload' },
  upload: { key: 'logs.code.easemob.upload', confirmed: false, source: 'Easemob troubleshooting doc' },
};

// Codes of its push API that Push Doctor explains (texts `push.code.<provider>.c<code>` in
// src/shared/i18n/push.ts; sources in shared/reference/push-apis.md and push-api-audit.md).
export const API_CODES: string[] = [
  'ok',
  'unauthorized',
  'invalid_grant',
  'service_resource_not_found',
  'organization_application_not_found',
  'illegal_argument',
  'too_many_requests',
];
