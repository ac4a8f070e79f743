// What a vendor's push token looks like (device-facts.md §5.4: lengths measured on real examples).
// The rules are not published by the vendors, so an odd shape is a warning, never a failure.
import type { Text, VendorChannel } from '../../shared/types';
import { VENDOR_IDS } from '../../shared/vendors';
import { VENDOR_MODULES } from '../vendors/registry';
import type { TokenShape } from '../vendors/types';

export interface ShapeCheck {
  ok: boolean;
  note?: Text;
}

// The shapes themselves are per vendor: src/main/vendors/<id>/token.ts.
const RULES: Record<VendorChannel, TokenShape> = Object.fromEntries(
  VENDOR_IDS.map((v) => [v, VENDOR_MODULES[v].token]),
) as Record<VendorChannel, TokenShape>;

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
