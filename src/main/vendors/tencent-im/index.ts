// What the product knows about Tencent Cloud IM (and the sender, registered apart in
// src/main/push/providers/index.ts).
import type { ImModule } from '../types';
import { API_CODES, TENCENT_CODES } from './codes';
import { logLines } from './log-lines';

export const tencentIm: ImModule = {
  id: 'tencent-im',
  sdkNames: ['tencent', 'timpush'],
  logCodes: TENCENT_CODES,
  logLines,
  apiCodes: API_CODES,
};
