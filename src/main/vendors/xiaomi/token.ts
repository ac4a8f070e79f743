// What a xiaomi push token looks like (device-facts.md §5.4: lengths measured on real examples). The
// vendors publish no rule, so an odd shape is a warning, never a failure.
import type { TokenShape } from '../types';

// regId: base64 with + / =, 44 or 64 characters.
export const token: TokenShape = {
  test: (t) => /^[A-Za-z0-9+/=]{40,70}$/.test(t),
  expected: '44 or 64 base64 characters',
};
