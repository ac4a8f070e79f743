// Everything the product knows about oppo push, in this folder: manifest rules, token shape, log
// codes (and the sender, registered apart in src/main/push/providers/index.ts).
import type { VendorModule } from '../types';
import { manifest } from './manifest';
import { token } from './token';
import { OPPO_CODES } from './codes';

export const oppo: VendorModule = { id: 'oppo', manifest, token, logCodes: OPPO_CODES };
