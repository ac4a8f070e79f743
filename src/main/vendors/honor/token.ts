// What a honor push token looks like (device-facts.md §5.4: lengths measured on real examples). The
// vendors publish no rule, so an odd shape is a warning, never a failure.
import type { TokenShape } from '../types';

export const token: TokenShape = {
  test: (t) => /^IQAAAA[A-Za-z0-9_-]{90,}$/.test(t) || /^[A-Za-z0-9_-]{60,}$/.test(t),
  expected: '"IQAAAAC…" of 100+ characters',
};
