// Provider codes Push Doctor can explain (each provider's list in its folder, texts in
// src/shared/i18n/push.ts, sources in shared/reference/push-apis.md and push-api-audit.md). Codes
// not listed get a generic sentence with the raw code. Besides the vendors' numbers, a few names stand for a per-token refusal inside an
// accepted request: Honor `failTokens`/`expireTokens`/`sendResultFalse`, vivo `invalidUser<status>`.
import type { ProviderName } from '../../shared/types';
import { IM_IDS, VENDOR_IDS } from '../../shared/vendors';
import { VENDOR_MODULES } from '../vendors/registry';
import { IM_MODULES } from '../vendors/im-registry';

/** Each provider's codes, from its folder (src/main/vendors/<id>/codes.ts, API_CODES). */
export const KNOWN_CODES = Object.fromEntries([
  ...VENDOR_IDS.map((v) => [v, VENDOR_MODULES[v].apiCodes]),
  ...IM_IDS.map((v) => [v, IM_MODULES[v].apiCodes]),
]) as Record<ProviderName, string[]>;

export function codeKey(provider: ProviderName, code: string): string | null {
  return KNOWN_CODES[provider].includes(code)
    ? `push.code.${provider.replace('-', '')}.c${code.replace(/[^A-Za-z0-9_]/g, '_')}`
    : null;
}
