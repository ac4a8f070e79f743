// Everything the product knows about huawei push, in this folder: manifest rules, token shape, log
// codes (and the sender, registered apart in src/main/push/providers/index.ts).
import type { VendorModule } from '../types';
import { manifest } from './manifest';
import { token } from './token';
import { HUAWEI_CODES } from './codes';

export const huawei: VendorModule = { id: 'huawei', manifest, token, logCodes: HUAWEI_CODES };
