// Tencent IM's own lines (TUIOfflinePush in TIMSDK 7.x, TIMPush): the token it reports, its answer. What it prints for one vendor channel is in that vendor's folder.
import type { ImLogLines } from '../types';
import { TOKEN } from '../../logs/line-kit';
import { channelNamed } from '../type-names';

export const logLines: ImLogLines = {
  first: [
    { id: 'tim-newtoken', sdk: 'tencent', kind: 'token', re: new RegExp(`onNewToken token=${TOKEN}`), group: 1 },
    {
      id: 'tim-config',
      sdk: 'tencent',
      kind: 'token',
      re: new RegExp(`setOfflinePushConfig businessID = (\\d+) pushToken = ${TOKEN}`),
      group: 2,
    },
    { id: 'tim-report-ok', sdk: 'tencent', kind: 'report-ok', re: /setOfflinePushToken success/ },
    {
      id: 'tim-report-err',
      sdk: 'tencent',
      kind: 'report-error',
      re: /setOfflinePushToken err code = (-?\d+)(?: desc = (.*))?/,
      group: 1,
      descGroup: 2,
    },
    {
      id: 'tim-token-error',
      sdk: 'tencent',
      kind: 'register-error',
      vendor: (m) => channelNamed((/^(\w+)/.exec(m[2] ?? '')?.[1] ?? '').toLowerCase()),
      re: /onTokenErrorCallBack code = (-?\d+), code des = (.*)$/,
      group: 1,
      descGroup: 2,
    },
    {
      id: 'timpush-register',
      sdk: 'timpush',
      kind: 'register-error',
      re: /registerPush errorCode = (-?[1-9]\d*), errorMessage = (.*)$/,
      group: 1,
      descGroup: 2,
    },
  ],
  last: [
    // --- Tencent IM ---
    // TencentCloud/TIMSDK#739: setToken / setOfflinePushToken failing with a code (-10005).
    {
      id: 'tim-settoken-fail',
      sdk: 'tencent',
      kind: 'report-error',
      re: /(?:setOfflinePushToken|setOfflinePushConfig|setToken)\b[^\n]*?(?:fail\w*|err\w*|onError)\D*?(-?\d+)(?:[^\n]*?(?:desc|msg|message)\s*[=:]\s*(.*))?$/i,
      group: 1,
      descGroup: 2,
    },
  ],
  keywords: ['setToken'],
};
