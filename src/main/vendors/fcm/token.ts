// What a fcm push token looks like (device-facts.md §5.4: lengths measured on real examples). The
// vendors publish no rule, so an odd shape is a warning, never a failure.
import type { TokenShape } from '../types';

// 22-char FID (or 11-char IID) + ':' + 140 chars starting APA91b, base64url.
export const token: TokenShape = {
  test: (t) => /^[A-Za-z0-9_-]{11,22}:APA91b[A-Za-z0-9_-]{120,200}$/.test(t),
  expected: '152 or 163 characters, "<id>:APA91b…"',
};
