// The log lines that tell vivo Push's story: what Tencent IM's TUIOfflinePush and Easemob print
// for this channel, and what its own SDK, its demos and the apps around it print. Each entry
// cites where its shape was seen (device-facts.md §5 and §3.5, and the issues named).
import type { VendorLogLines } from '../types';
import { TOKEN } from '../../logs/line-kit';

export const logLines: VendorLogLines = {
  tencentIm: [
    {
      id: 'tim-vivo-token',
      sdk: 'tencent',
      kind: 'token',
      vendor: 'vivo',
      re: new RegExp(`vivopush open vivo push success regId = ${TOKEN}`),
      group: 1,
    },
    {
      id: 'tim-vivo-fail',
      sdk: 'tencent',
      kind: 'register-error',
      vendor: 'vivo',
      re: /vivopush open vivo push fail state = (-?\d+)/,
      group: 1,
    },
    {
      id: 'tim-vivo-regid',
      sdk: 'tencent',
      kind: 'token',
      vendor: 'vivo',
      re: new RegExp(`onReceiveRegId = ${TOKEN}`),
      group: 1,
    },
  ],
  easemob: [],
  sdk: [
    // --- vivo ---
    // PushClient.turnOnPush(IPushActionListener.onStateChanged(int state)): 0 is success (ShaoGongBra/react-native-dux-push Vivo.java).
    // TIMSDK's Huawei branch also says "turnOnPush", so the line or tag must name vivo.
    {
      id: 'vivo-state',
      sdk: 'vivo',
      kind: 'register-error',
      vendor: 'vivo',
      context: /vivo/i,
      re: /(?:turnOnPush|onStateChanged)\d*\W+(?:\D*?state\s*[=:]\s*)?(-?\d+)/,
      group: 1,
      skipWhen: (m) => m[1] === '0',
    },
  ],
  typeNames: ['VIVOPUSH', 'vivo'],
  keywords: ['turnOnPush', 'onStateChanged'],
};
