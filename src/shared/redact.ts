// The one redactor every outward channel goes through (CLI output, reports, UI events, logs).
// A secret leaves a process in more shapes than its raw text: a vendor or a proxy that echoes the
// request puts it back URL-encoded (a form body, a query string: `+` → %2B, `/` → %2F, `=` → %3D,
// in upper- or lowercase hex), JSON-escaped, or inside base64 (HTTP Basic auth, a JWT, a signed
// blob). So each registered secret is expanded once into every form it can take and each form is
// replaced. No Node imports: the renderer may use it too.

/** Secrets shorter than this are not registered: replacing them would mangle ordinary text. */
export const MIN_SECRET_LENGTH = 6;

/** A base64 fragment shorter than this is too likely to occur by chance to be replaced. */
const MIN_B64_CORE = 8;

export const MASK = '***';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function utf8(s: string): number[] {
  return [...new TextEncoder().encode(s)];
}

function base64(bytes: number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63];
    out += i + 1 < bytes.length ? B64[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? B64[n & 63] : '=';
  }
  return out;
}

const toUrlSafe = (b64: string) => b64.replace(/\+/g, '-').replace(/\//g, '_');

/**
 * The base64 text of a secret wherever it sits inside a longer base64 string: for each of the
 * three byte alignments, the characters that depend on the secret's bytes alone (a partial group
 * at either end also depends on its neighbours and is left out).
 */
function base64Forms(secret: string): string[] {
  const bytes = utf8(secret);
  const out = new Set<string>();
  const whole = base64(bytes);
  out.add(whole);
  out.add(whole.replace(/=+$/, ''));
  for (let shift = 0; shift < 3; shift++) {
    const padded = [...new Array<number>(shift).fill(0), ...bytes];
    const firstGroup = shift === 0 ? 0 : 1;
    const fullGroups = Math.floor(padded.length / 3);
    if (fullGroups <= firstGroup) continue;
    const core = base64(padded.slice(firstGroup * 3, fullGroups * 3));
    if (core.length >= MIN_B64_CORE) out.add(core);
  }
  for (const f of [...out]) out.add(toUrlSafe(f));
  return [...out].filter((f) => f.length >= MIN_B64_CORE);
}

/** `application/x-www-form-urlencoded` as URLSearchParams writes it (space → +, `*` kept). */
function formEncode(s: string): string {
  return encodeURIComponent(s)
    .replace(/%20/g, '+')
    .replace(/[!'()~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

const lowerHex = (s: string) => s.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase());

/** Every form of one secret the redactor looks for, longest first. */
export function secretForms(secret: string): string[] {
  const forms = new Set<string>();
  const add = (f: string) => {
    if (f.length < MIN_SECRET_LENGTH) return;
    forms.add(f);
    for (const enc of [encodeURIComponent(f), formEncode(f), encodeURI(f), encodeURIComponent(encodeURIComponent(f))]) {
      forms.add(enc);
      forms.add(lowerHex(enc));
    }
    // Inside a JSON string (a quote, a backslash, a slash or a control character is escaped).
    forms.add(JSON.stringify(f).slice(1, -1));
    forms.add(JSON.stringify(f).slice(1, -1).replace(/\//g, '\\/'));
  };
  add(secret);
  for (const b of base64Forms(secret)) add(b);
  return [...forms].sort((a, b) => b.length - a.length);
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Authorization values that are secrets whether or not they were registered.
const BEARER = /\b(Bearer|key=|authToken[:=]\s*)\s*[A-Za-z0-9._~+/=%-]{8,}/gi;

export class Redactor {
  private readonly secrets = new Set<string>();
  private pattern: RegExp | null = null;
  private dirty = false;

  register(value: string | undefined | null): void {
    if (typeof value !== 'string' || value.length < MIN_SECRET_LENGTH || this.secrets.has(value)) return;
    this.secrets.add(value);
    this.dirty = true;
  }

  clear(): void {
    this.secrets.clear();
    this.pattern = null;
    this.dirty = false;
  }

  get size(): number {
    return this.secrets.size;
  }

  private regex(): RegExp | null {
    if (this.dirty) {
      const forms = new Set<string>();
      for (const s of this.secrets) for (const f of secretForms(s)) forms.add(f);
      // One alternation, longest first, so a form containing another is replaced whole.
      const sorted = [...forms].sort((a, b) => b.length - a.length);
      this.pattern = sorted.length ? new RegExp(sorted.map(escapeRe).join('|'), 'g') : null;
      this.dirty = false;
    }
    return this.pattern;
  }

  /** Replaces every form of every registered secret, and bearer/authorization values, with `***`. */
  text(input: string): string {
    if (!input) return input;
    const re = this.regex();
    let out = re ? input.replace(re, MASK) : input;
    out = out.replace(BEARER, (_m, p1: string) => `${p1}${/[=:]\s*$/.test(p1) ? '' : ' '}${MASK}`);
    return out;
  }

  /** A copy of a JSON-like value with every string (and object key) redacted. */
  deep<T>(value: T): T {
    return this.walk(value, 0) as T;
  }

  private walk(value: unknown, depth: number): unknown {
    if (typeof value === 'string') return this.text(value);
    if (value === null || typeof value !== 'object' || depth > 64) return value;
    if (Array.isArray(value)) return value.map((v) => this.walk(v, depth + 1));
    if (value instanceof Date) return value;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[this.text(k)] = this.walk(v, depth + 1);
    return out;
  }
}
