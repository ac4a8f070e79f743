// What a vendor's push token looks like (device-facts.md §5.4: lengths measured on real examples).
// The rules are not published by the vendors, so an odd shape is a warning, never a failure.
import type { Text, VendorChannel } from '../../shared/types';

export interface ShapeCheck {
  ok: boolean;
  note?: Text;
}

const RULES: Record<VendorChannel, { test: (t: string) => boolean; expected: string }> = {
  // 22-char FID (or 11-char IID) + ':' + 140 chars starting APA91b, base64url.
  fcm: {
    test: (t) => /^[A-Za-z0-9_-]{11,22}:APA91b[A-Za-z0-9_-]{120,200}$/.test(t),
    expected: '152 or 163 characters, "<id>:APA91b…"',
  },
  // 2019-era 32 chars (28 digits + region like CN01), or current IQAAAAC… base64url over 100 chars.
  // Push Kit 4.x/5.x tokens (2020-2021) start `AL` and run about 130 characters (issue 14, tokens seen in pastes).
  huawei: {
    test: (t) =>
      /^\d{28}[A-Z]{2}\d{2}$/.test(t) ||
      /^IQAAAA[A-Za-z0-9_-]{90,}$/.test(t) ||
      /^AL[A-Za-z0-9_+/=-]{100,170}$/.test(t),
    expected:
      '32 characters ending in a region like CN01, "IQAAAAC…" of 100+ characters, or an older "AL…" of about 130',
  },
  honor: {
    test: (t) => /^IQAAAA[A-Za-z0-9_-]{90,}$/.test(t) || /^[A-Za-z0-9_-]{60,}$/.test(t),
    expected: '"IQAAAAC…" of 100+ characters',
  },
  // regId: base64 with + / =, 44 or 64 characters.
  xiaomi: { test: (t) => /^[A-Za-z0-9+/=]{40,70}$/.test(t), expected: '44 or 64 base64 characters' },
  // registerID: region prefix + 32 hex.
  oppo: {
    test: (t) => /^(?:[A-Z]{2}_)?[0-9a-f]{32}$/.test(t) || /^[A-Z]{2}_[A-Z]{2}_[0-9a-f]{32}$/.test(t),
    expected: '"CN_" followed by 32 hex digits',
  },
  vivo: { test: (t) => /^\d{20,26}$/.test(t), expected: 'about 23 digits' },
  // pushId: a short alphanumeric prefix then hex, e.g. `V5R5b7c02…` and `ULY6c596e6b71…` (Flyme push demos).
  meizu: {
    test: (t) => /^[A-Za-z][0-9][A-Za-z0-9]{30,60}$/.test(t) || /^[A-Z0-9]{3,4}[0-9a-f]{30,50}$/.test(t),
    expected: 'about 40 letters and digits, starting with a short prefix',
  },
};

export function checkTokenShape(vendor: VendorChannel | undefined, token: string): ShapeCheck {
  if (!token) return { ok: false, note: { key: 'logs.shape.empty' } };
  if (/\s/.test(token) || token.length > 4096) return { ok: false, note: { key: 'logs.shape.garbage' } };
  if (!vendor) return { ok: true };
  const rule = RULES[vendor];
  if (rule.test(token)) return { ok: true };
  return {
    ok: false,
    note: { key: 'logs.shape.unusual', params: { vendor, length: token.length, expected: rule.expected } },
  };
}

/** Which vendor a token looks like, when the line did not say. */
export function guessVendor(token: string): VendorChannel | undefined {
  const order: VendorChannel[] = ['fcm', 'oppo', 'huawei', 'vivo', 'xiaomi', 'meizu'];
  return order.find((v) => RULES[v].test(token));
}

/** Keeps 4 characters at each end; the middle becomes a fixed-width mask, whatever its length. */
export function maskToken(token: string): string {
  if (token.length <= 12) return '********';
  return `${token.slice(0, 4)}********${token.slice(-4)}`;
}
