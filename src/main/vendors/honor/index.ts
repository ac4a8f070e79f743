// Everything the product knows about honor push, in this folder: manifest rules, token shape, log
// codes (and the sender, registered apart in src/main/push/providers/index.ts).
import type { VendorModule } from '../types';
import { manifest } from './manifest';
import { token } from './token';
import { HONOR_CODES } from './codes';

export const honor: VendorModule = { id: 'honor', manifest, token, logCodes: HONOR_CODES };
