// HMS Core SDK framework and Push SDK result codes (907xxxxxx), and the SDK's own failure lines.
// Meanings checked against Huawei's "Result Codes" page (developer.huawei.com HMSCore-References
// error-code-0000001050255690, en and cn, read through the search tool).
import type { CodeTable } from '../../logs/code-table';
import type { VendorPolicy } from '../types';

const PAGE = 'developer.huawei.com/consumer/en/doc/HMSCore-References/error-code-0000001050255690';

export const HUAWEI_CODES: CodeTable = {
  '907135000': { key: 'logs.code.huawei.argumentsInvalid', confirmed: true, source: PAGE },
  '907135001': { key: 'logs.code.huawei.internalError', confirmed: true, source: PAGE },
  '907135002': { key: 'logs.code.huawei.namingInvalid', confirmed: true, source: PAGE },
  '907135003': { key: 'logs.code.huawei.clientApiInvalid', confirmed: true, source: PAGE },
  '907135004': { key: 'logs.code.huawei.executeTimeout', confirmed: true, source: PAGE },
  '907135005': { key: 'logs.code.huawei.notInService', confirmed: true, source: PAGE },
  '907135006': { key: 'logs.code.huawei.sessionInvalid', confirmed: true, source: PAGE },
  '907135007': { key: 'logs.code.huawei.denyNetwork', confirmed: true, source: PAGE },
  '907135700': { key: 'logs.code.huawei.getScopeError', confirmed: true, source: PAGE },
  '907135701': { key: 'logs.code.huawei.scopeListEmpty', confirmed: true, source: PAGE },
  '907135702': { key: 'logs.code.huawei.certFingerprintEmpty', confirmed: true, source: PAGE },
  '907135703': { key: 'logs.code.huawei.permissionListEmpty', confirmed: true, source: PAGE },
  // Push SDK range, from Huawei's own plugins (HMS-Core hms-react-native-plugin / hms-flutter-plugin
  // HmsPushResultCode: ERROR_NO_RIGHT "Push rights are not enabled…"), matching the same Result Codes page.
  '907122036': {
    key: 'logs.code.huawei.c907122036',
    confirmed: true,
    source: 'HMS-Core plugins HmsPushResultCode (ERROR_NO_RIGHT)',
  },
  '907122037': {
    key: 'logs.code.huawei.c907122037',
    confirmed: true,
    source: 'HMS-Core plugins HmsPushResultCode (ERROR_GET_TOKEN_ERR)',
  },
  '907122045': {
    key: 'logs.code.huawei.c907122045',
    confirmed: true,
    source: 'HMS-Core plugins HmsPushResultCode (ERROR_UNKNOWN)',
  },
  '907122046': {
    key: 'logs.code.huawei.c907122046',
    confirmed: true,
    source: 'HMS-Core plugins HmsPushResultCode (ERROR_SERVICE_NOT_AVAILABLE)',
  },
  '907122047': {
    key: 'logs.code.huawei.c907122047',
    confirmed: true,
    source: 'HMS-Core plugins HmsPushResultCode (ERROR_PUSH_SERVER)',
  },
  '6003': {
    key: 'logs.code.huawei.c6003',
    confirmed: true,
    source: 'developer.huawei.com HMSCore-Guides commonerror-0000001059816656',
  },
  'no-hms-apk': {
    key: 'logs.code.huawei.noHmsApk',
    confirmed: true,
    source:
      'HMS SDK HMSPackageManager: HMSLog.e("HMSPackageManager", "Failed to find HMS apk") when HMS Core is not installed',
  },
  'apply-token-failed': {
    key: 'logs.code.huawei.applyTokenFailed',
    confirmed: false,
    source: 'HMS SDK log text; the cause is the code that follows it',
  },
};

/** Any other 907xxxxxx: the HMS range, meaning unknown to us. */
export const HUAWEI_OTHER = { key: 'logs.code.huawei.other', confirmed: false, source: PAGE };

// Codes of its push API that Push Doctor explains (texts `push.code.<provider>.c<code>` in
// src/shared/i18n/push.ts; sources in shared/reference/push-apis.md and push-api-audit.md).
export const API_CODES: string[] = [
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
];

// What its rules say about delivery (texts `check.policy.*` in src/shared/i18n/check.ts): the note
// shown on every run, and the refusal codes that mean a policy limit rather than a broken
// integration (push-apis.md).
export const POLICY: VendorPolicy = {
  notes: ['check.policy.huawei'],
  codes: {
    '80300010': 'quota',
  },
};
