// The log lines that tell OPPO (HeyTap) Push's story: what Tencent IM's TUIOfflinePush and Easemob print
// for this channel, and what its own SDK, its demos and the apps around it print. Each entry
// cites where its shape was seen (device-facts.md §5 and §3.5, and the issues named).
import type { VendorLogLines } from '../types';

export const logLines: VendorLogLines = {
  tencentIm: [
    {
      id: 'tim-oppo-register',
      sdk: 'tencent',
      kind: 'token',
      vendor: 'oppo',
      re: /onRegister responseCode: (-?\d+) registerID: ?(\S*)/,
      group: 2,
      codeGroup: 1,
      failedWhen: (m) => m[1] !== '0' || !m[2],
    },
  ],
  easemob: [],
  sdk: [
    // --- OPPO ---
    // HeytapPushManager ICallBackResultService.onRegister(int responseCode, String registerID), as demos print it.
    {
      id: 'oppo-onregister',
      sdk: 'oppo',
      kind: 'token',
      vendor: 'oppo',
      re: /onRegister\b[^\n]*?(?:responseCode|code)\s*[:=]\s*(-?\d+)[,;]?\s*(?:registerI[dD]|regId)\s*[:=]\s*([^\s,;]*)/,
      group: 2,
      codeGroup: 1,
      failedWhen: (m) => m[1] !== '0' || !m[2],
    },
  ],
  typeNames: ['OPPOPUSH', 'oppo'],
  keywords: [],
};
