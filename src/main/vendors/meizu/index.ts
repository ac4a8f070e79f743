// Everything the product knows about meizu push, in this folder: manifest rules, token shape, log
// codes (and the sender, registered apart in src/main/push/providers/index.ts).
import type { VendorModule } from '../types';
import { manifest } from './manifest';
import { token } from './token';
import { MEIZU_CODES } from './codes';

export const meizu: VendorModule = { id: 'meizu', manifest, token, logCodes: MEIZU_CODES };
