// What a meizu push token looks like (device-facts.md §5.4: lengths measured on real examples). The
// vendors publish no rule, so an odd shape is a warning, never a failure.
import type { TokenShape } from '../types';

// pushId: a short alphanumeric prefix then hex, e.g. `V5R5b7c02…` and `ULY6c596e6b71…` (Flyme push demos).
export const token: TokenShape = {
  test: (t) => /^[A-Za-z][0-9][A-Za-z0-9]{30,60}$/.test(t) || /^[A-Z0-9]{3,4}[0-9a-f]{30,50}$/.test(t),
  expected: 'about 40 letters and digits, starting with a short prefix',
};
