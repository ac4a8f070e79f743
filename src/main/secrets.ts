// A process-wide registry of secrets (vendor keys, app secrets, auth tokens, push tokens) so that
// anything written out (CLI output, logs, errors, reports, JUnit, UI events) is scrubbed of them,
// in every encoded form, in one place: src/shared/redact.ts.
import { Redactor } from '../shared/redact';

export const redactor = new Redactor();

export function registerSecret(value: string | undefined | null): void {
  redactor.register(value);
}

export function forgetSecrets(): void {
  redactor.clear();
}

/** Replaces every registered secret (raw, URL-, JSON- and base64-encoded), and bearer/authorization values, with `***`. */
export function redact(text: string): string {
  return redactor.text(text);
}

/** A copy of an event, a report or any JSON value with every string redacted. */
export function redactDeep<T>(value: T): T {
  return redactor.deep(value);
}
