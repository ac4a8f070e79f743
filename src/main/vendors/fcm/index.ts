// Everything the product knows about fcm push, in this folder: manifest rules, token shape, log
// codes (and the sender, registered apart in src/main/push/providers/index.ts).
import type { VendorModule } from '../types';
import { manifest } from './manifest';
import { token } from './token';
import { FCM_CODES } from './codes';

export const fcm: VendorModule = { id: 'fcm', manifest, token, logCodes: FCM_CODES };
