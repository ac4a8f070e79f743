// The log lines that tell Flyme Push's story: what Tencent IM's TUIOfflinePush and Easemob print
// for this channel, and what its own SDK, its demos and the apps around it print. Each entry
// cites where its shape was seen (device-facts.md §5 and §3.5, and the issues named).
import type { VendorLogLines } from '../types';
import { TOKEN } from '../../logs/line-kit';

export const logLines: VendorLogLines = {
  tencentIm: [
    {
      id: 'tim-meizu-token',
      sdk: 'tencent',
      kind: 'token',
      vendor: 'meizu',
      re: new RegExp(`onRegisterStatus token = ${TOKEN}`),
      group: 1,
    },
  ],
  easemob: [],
  sdk: [
    // --- Meizu ---
    // Flyme push SDK RegisterStatus/BasicPushStatus toString: `RegisterStatus{code='200', message='', pushId='…', …}`; 200 is success.
    {
      id: 'meizu-status-fail',
      sdk: 'meizu',
      kind: 'register-error',
      vendor: 'meizu',
      re: /RegisterStatus\{[^}]*?code='?(-?\d+)'?(?:[^}]*?message='([^']*)')?/,
      group: 1,
      descGroup: 2,
      skipWhen: (m) => m[1] === '200' || m[1] === '0',
    },
    {
      id: 'meizu-pushid',
      sdk: 'meizu',
      kind: 'token',
      vendor: 'meizu',
      context: /meizu|flyme|RegisterStatus|onRegister/i,
      re: /push[Ii][Dd]\s*(?:[=:]|is)\s*'?([A-Za-z0-9]{20,})/,
      group: 1,
    },
  ],
  typeNames: ['MEIZUPUSH', 'meizu'],
  keywords: ['RegisterStatus', 'push[Ii][Dd]'],
};
