// A process-wide registry of secrets (vendor keys, app secrets, auth tokens) so that anything
// written out (logs, errors, reports, JUnit) can be scrubbed of them in one place.
const secrets = new Set<string>();

/** Secrets shorter than this are not registered: replacing them would mangle ordinary text. */
const MIN_LENGTH = 6;

export function registerSecret(value: string | undefined | null): void {
  if (typeof value === 'string' && value.length >= MIN_LENGTH) secrets.add(value);
}

export function forgetSecrets(): void {
  secrets.clear();
}

const BEARER = /\b(Bearer|key=|authToken[:=]\s*)\s*[A-Za-z0-9._~+/=-]{8,}/gi;

/** Replaces every registered secret, and bearer/authorization values, with `***`. */
export function redact(text: string): string {
  if (!text) return text;
  let out = text;
  // Longest first, so that a secret containing another is replaced whole.
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) {
    if (out.includes(s)) out = out.split(s).join('***');
  }
  return out.replace(BEARER, (_m, p1: string) => `${p1}${/[=:]\s*$/.test(p1) ? '' : ' '}***`);
}
