// The log lines that tell MiPush's story: what Tencent IM's TUIOfflinePush and Easemob print
// for this channel, and what its own SDK, its demos and the apps around it print. Each entry
// cites where its shape was seen (device-facts.md §5 and §3.5, and the issues named).
import type { VendorLogLines } from '../types';
import { TOKEN, LONG_TOKEN } from '../../logs/line-kit';

export const logLines: VendorLogLines = {
  tencentIm: [
    {
      id: 'tim-xiaomi-regid',
      sdk: 'tencent',
      kind: 'token',
      vendor: 'xiaomi',
      re: new RegExp(`^regId: ${TOKEN}$`),
      group: 1,
    },
    {
      id: 'tim-xiaomi-cmd',
      sdk: 'tencent',
      kind: 'register-error',
      vendor: 'xiaomi',
      re: /cmd: register \| arg: .*? \| result: (-?[1-9]\d*) \| reason: (.*)$/,
      group: 1,
      descGroup: 2,
    },
    // --- MiPush ---
    // TIMSDK XiaomiMsgReceiver: `"cmd: " + command + " | arg: " + arg1 + " | result: " + code + " | reason: " + reason`.
    {
      id: 'tim-xiaomi-cmd-ok',
      sdk: 'tencent',
      kind: 'token',
      vendor: 'xiaomi',
      re: new RegExp(`cmd: register \\| arg: ${LONG_TOKEN} \\| result: 0\\b`),
      group: 1,
    },
  ],
  easemob: [],
  sdk: [
    {
      id: 'mipush-register-result',
      sdk: 'mipush',
      kind: 'token',
      vendor: 'xiaomi',
      re: /command=\{register\}, resultCode=\{(-?\d+)\}, reason=\{(.*?)\}, category=\{.*?\}, commandArguments=\{\[([^\]]*)\]\}/,
      group: 3,
      descGroup: 2,
      codeGroup: 1,
      failedWhen: (m) => m[1] !== '0' || !m[3],
    },
    {
      id: 'mipush-invalid-app',
      sdk: 'mipush',
      kind: 'register-error',
      vendor: 'xiaomi',
      context: /mipush|xiaomi|xmpush|xmsf/i,
      re: /\b(Invalid (?:application id|app ?id|package(?: name)?))\b/i,
      descGroup: 1,
      code: 'invalid-app',
    },
  ],
  typeNames: ['MIPUSH', 'xiaomi'],
  keywords: ['Invalid (?:application|app ?id|package)'],
};
