// What the product knows about Easemob (Agora Chat) (and the sender, registered apart in
// src/main/push/providers/index.ts).
import type { ImModule } from '../types';
import { API_CODES, EASEMOB_CODES } from './codes';
import { logLines } from './log-lines';

export const easemob: ImModule = {
  id: 'easemob',
  sdkNames: ['easemob'],
  logCodes: EASEMOB_CODES,
  logLines,
  apiCodes: API_CODES,
};
