// One vendor's error codes as its SDK prints them in a log line. `confirmed` says whether the meaning
// was checked against a page the vendor (or the SDK's own source) publishes; `source` names it.
export interface CodeInfo {
  /** i18n key under logs.code (meaning and fix in one sentence). */
  key: string;
  confirmed: boolean;
  source: string;
}

export type CodeTable = Record<string, CodeInfo>;
