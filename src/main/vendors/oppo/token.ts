// What a oppo push token looks like (device-facts.md §5.4: lengths measured on real examples). The
// vendors publish no rule, so an odd shape is a warning, never a failure.
import type { TokenShape } from '../types';

// registerID: region prefix + 32 hex.
export const token: TokenShape = {
  test: (t) => /^(?:[A-Z]{2}_)?[0-9a-f]{32}$/.test(t) || /^[A-Z]{2}_[A-Z]{2}_[0-9a-f]{32}$/.test(t),
  expected: '"CN_" followed by 32 hex digits',
};
