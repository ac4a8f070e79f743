// What the codes in push SDK log lines mean, per vendor (tables in ./vendors, each entry saying
// where its meaning was checked); anything else is reported as an unknown code with the SDK's own
// description.
import type { Text } from '../../shared/types';
import type { LineFinding } from './patterns';
import type { CodeInfo, CodeTable } from './code-table';
import { HUAWEI_OTHER } from '../vendors/huawei/codes';
import { IM_IDS, VENDOR_IDS } from '../../shared/vendors';
import { VENDOR_MODULES } from '../vendors/registry';
import { IM_MODULES } from '../vendors/im-registry';

// Each vendor's table lives in its folder (src/main/vendors/<id>/codes.ts); the IM SDKs' are named as log lines name them.
const TABLES: Record<string, CodeTable> = {
  ...Object.fromEntries(VENDOR_IDS.map((v) => [v, VENDOR_MODULES[v].logCodes])),
  ...Object.fromEntries(IM_IDS.flatMap((id) => IM_MODULES[id].sdkNames.map((sdk) => [sdk, IM_MODULES[id].logCodes]))),
};

/** Codes a description may carry: `error code: 101`, an HMS `907135000`, an FCM constant. */
const CODE_IN_TEXT =
  /error code:? ?(-?\d+)|\b(90\d{7})\b|\b(SERVICE_NOT_AVAILABLE|FIS_AUTH_ERROR|AUTHENTICATION_FAILED|MISSING_INSTANCEID_SERVICE|TOO_MANY_REGISTRATIONS|INVALID_SENDER|PHONE_REGISTRATION_ERROR)\b/;

/** Last resort: `ApiException: 8001000`, `code = -10005`, `code: 14`. */
const ANY_CODE = /(?:code|ApiException)\W{0,3}(-?\d{2,})/i;

export function codeOf(f: LineFinding): string {
  if (f.value && f.kind !== 'token') return f.value;
  const m = CODE_IN_TEXT.exec(f.description ?? '');
  if (m) return m[1] ?? m[2] ?? m[3];
  return ANY_CODE.exec(f.description ?? '')?.[1] ?? f.value ?? '';
}

/** The table entry for a finding's code: the vendor's first, then the SDK's (an IM SDK's own errors). */
export function codeInfo(f: LineFinding): { code: string; info?: CodeInfo } {
  const code = codeOf(f);
  for (const table of [f.vendor && TABLES[f.vendor], TABLES[f.sdk]]) {
    if (table && code && table[code]) return { code, info: table[code] };
  }
  if (f.vendor === 'huawei' && /^907\d{6}$/.test(code)) return { code, info: HUAWEI_OTHER };
  return { code };
}

export function codeMeaning(f: LineFinding): Text {
  const { code, info } = codeInfo(f);
  if (info) return { key: info.key, params: { code } };
  return { key: 'logs.code.unknown', params: { code: code || '?', description: f.description ?? '' } };
}
