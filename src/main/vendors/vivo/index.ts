// Everything the product knows about vivo push, in this folder: manifest rules, token shape, log
// codes (and the sender, registered apart in src/main/push/providers/index.ts).
import type { VendorModule } from '../types';
import { manifest } from './manifest';
import { token } from './token';
import { VIVO_CODES } from './codes';

export const vivo: VendorModule = { id: 'vivo', manifest, token, logCodes: VIVO_CODES };
