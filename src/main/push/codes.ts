// Provider codes Push Doctor can explain (texts in src/shared/i18n/push.ts, sources in
// shared/reference/push-apis.md and push-api-audit.md). Codes not listed get a generic sentence with
// the raw code. Besides the vendors' numbers, a few names stand for a per-token refusal inside an
// accepted request: Honor `failTokens`/`expireTokens`/`sendResultFalse`, vivo `invalidUser<status>`.
import type { ProviderName } from '../../shared/types';

export const KNOWN_CODES: Record<ProviderName, string[]> = {
  fcm: [
    'UNREGISTERED',
    'INVALID_ARGUMENT',
    'SENDER_ID_MISMATCH',
    'QUOTA_EXCEEDED',
    'UNAVAILABLE',
    'INTERNAL',
    'THIRD_PARTY_AUTH_ERROR',
    'UNAUTHENTICATED',
    'PERMISSION_DENIED',
    'RESOURCE_EXHAUSTED',
    'ok',
    'invalid_grant',
    'invalid_request',
  ],
  huawei: [
    '80000000',
    '80100000',
    '80100001',
    '80100003',
    '80200001',
    '80200003',
    '80300002',
    '80300007',
    '80300008',
    '80300010',
    '81000001',
    '80600003',
    'invalid_client',
  ],
  honor: [
    '200',
    '401',
    'invalid_client',
    '80300007',
    '80300010',
    '80100001',
    'failTokens',
    'expireTokens',
    'sendResultFalse',
  ],
  xiaomi: ['0', '21301', '22022', '20301', '10017', '10016', '22001', '10026', '22101'],
  oppo: ['0', '11', '14', '16', '19', '28', '29', '30', '33', '41', '55', '67', '-2', '-1', '10000'],
  vivo: [
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
  ],
  meizu: [
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
  ],
  'tencent-im': ['0', '70001', '70003', '70009', '70013', '70014', '60010', '20003', '90001', 'noToken'],
  easemob: [
    'ok',
    'unauthorized',
    'invalid_grant',
    'service_resource_not_found',
    'organization_application_not_found',
    'illegal_argument',
    'too_many_requests',
  ],
};

export function codeKey(provider: ProviderName, code: string): string | null {
  return KNOWN_CODES[provider].includes(code)
    ? `push.code.${provider.replace('-', '')}.c${code.replace(/[^A-Za-z0-9_]/g, '_')}`
    : null;
}
