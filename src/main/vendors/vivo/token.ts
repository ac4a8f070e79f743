// What a vivo push token looks like (device-facts.md §5.4: lengths measured on real examples). The
// vendors publish no rule, so an odd shape is a warning, never a failure.
import type { TokenShape } from '../types';

export const token: TokenShape = { test: (t) => /^\d{20,26}$/.test(t), expected: 'about 23 digits' };
