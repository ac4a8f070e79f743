// Everything the product knows about meizu push, in this folder: manifest rules, token shape, log
// codes, brand and ROM detection, settings screens, log lines, API codes (and the sender,
// registered apart in src/main/push/providers/index.ts).
import type { VendorModule } from '../types';
import { manifest } from './manifest';
import { token } from './token';
import { API_CODES, POLICY, MEIZU_CODES } from './codes';
import { detection } from './detect';
import { guides, screens } from './screens';
import { logLines } from './log-lines';

export const meizu: VendorModule = {
  id: 'meizu',
  manifest,
  token,
  logCodes: MEIZU_CODES,
  detection,
  screens,
  guides,
  logLines,
  apiCodes: API_CODES,
  policy: POLICY,
};
