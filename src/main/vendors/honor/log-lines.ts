// The log lines that tell Honor Push's story: what Tencent IM's TUIOfflinePush and Easemob print
// for this channel, and what its own SDK, its demos and the apps around it print. Each entry
// cites where its shape was seen (device-facts.md §5 and §3.5, and the issues named).
import type { VendorLogLines } from '../types';
import { TOKEN } from '../../logs/line-kit';

export const logLines: VendorLogLines = {
  tencentIm: [
    {
      id: 'tim-honor-token',
      sdk: 'tencent',
      kind: 'token',
      vendor: 'honor',
      re: new RegExp(`Honor get pushToken\\s+(?!failed)${TOKEN}`),
      group: 1,
    },
    {
      id: 'tim-honor-fail',
      sdk: 'tencent',
      kind: 'register-error',
      vendor: 'honor',
      re: /Honor get pushToken failed, (.*)$/,
      descGroup: 1,
    },
    {
      id: 'tim-newtoken-honor',
      sdk: 'tencent',
      kind: 'token',
      vendor: 'honor',
      tag: /Honor/i,
      re: new RegExp(`onNewToken token=${TOKEN}`),
      group: 1,
    },
  ],
  easemob: [],
  sdk: [
    {
      id: 'leancloud-honor',
      sdk: 'leancloud',
      kind: 'token',
      vendor: 'honor',
      re: new RegExp(`Honor onNewToken: ${TOKEN}`),
      group: 1,
    },
    // --- Honor ---
    // Honor HonorPushCallback.onFailure(int errorCode, String errorString), as integrations log it.
    {
      id: 'honor-fail',
      sdk: 'honor',
      kind: 'register-error',
      vendor: 'honor',
      context: /honor|hihonor/i,
      re: /(?:getPushToken|get ?token|turnOn\w*)\b.*?(?:fail\w*|error\w*)\D*?(-?\d{3,})(?:[,;]?\s*(?:msg|message|errorString)?\s*[=:]?\s*(.*))?$/i,
      group: 1,
      descGroup: 2,
    },
  ],
  typeNames: ['HONORPUSH', 'honor'],
  keywords: [],
};
