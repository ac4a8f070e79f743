// What a huawei push token looks like (device-facts.md §5.4: lengths measured on real examples). The
// vendors publish no rule, so an odd shape is a warning, never a failure.
import type { TokenShape } from '../types';

// 2019-era 32 chars (28 digits + region like CN01), or current IQAAAAC… base64url over 100 chars.
// Push Kit 4.x/5.x tokens (2020-2021) start `AL` and run about 130 characters (issue 14, tokens seen in pastes).
export const token: TokenShape = {
  test: (t) =>
    /^\d{28}[A-Z]{2}\d{2}$/.test(t) || /^IQAAAA[A-Za-z0-9_-]{90,}$/.test(t) || /^AL[A-Za-z0-9_+/=-]{100,170}$/.test(t),
  expected: '32 characters ending in a region like CN01, "IQAAAAC…" of 100+ characters, or an older "AL…" of about 130',
};
