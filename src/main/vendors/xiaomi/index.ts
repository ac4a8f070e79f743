// Everything the product knows about xiaomi push, in this folder: manifest rules, token shape, log
// codes (and the sender, registered apart in src/main/push/providers/index.ts).
import type { VendorModule } from '../types';
import { manifest } from './manifest';
import { token } from './token';
import { XIAOMI_CODES } from './codes';

export const xiaomi: VendorModule = { id: 'xiaomi', manifest, token, logCodes: XIAOMI_CODES };
