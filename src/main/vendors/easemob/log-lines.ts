// Easemob's (Hyphenate) own lines: EMPushHelper, printed in debug mode. What it prints for one vendor channel is in that vendor's folder.
import type { ImLogLines } from '../types';
import { TOKEN } from '../../logs/line-kit';
import { channelNamed } from '../type-names';

export const logLines: ImLogLines = {
  first: [
    // Easemob (Hyphenate) EMPushHelper, printed in debug mode.
    {
      id: 'em-token',
      sdk: 'easemob',
      kind: 'token',
      vendor: (m) => channelNamed(m[1]),
      re: new RegExp(`\\[EMPushHelper\\] onReceiveToken: (\\w+) - ${TOKEN}`),
      group: 2,
    },
    { id: 'em-upload-ok', sdk: 'easemob', kind: 'report-ok', re: /\[EMPushHelper\] uploadTokenInternal success/ },
    {
      id: 'em-upload-err',
      sdk: 'easemob',
      kind: 'report-error',
      re: /\[EMPushHelper\].*onErrorResponse:?\s*(.*)$/,
      descGroup: 1,
    },
  ],
  last: [
    // --- Easemob ---
    // Easemob troubleshooting doc (device-facts.md §5.2): `[EMPushHelper] uploadTokenInternal, token=<token>, url=…`.
    {
      id: 'em-upload-token',
      sdk: 'easemob',
      kind: 'token',
      re: /\[EMPushHelper\] uploadTokenInternal, token=([^,\s]+)/,
      group: 1,
    },
    {
      id: 'em-upload-fail',
      sdk: 'easemob',
      kind: 'report-error',
      re: /\[EMPushHelper\] uploadTokenInternal (?:fail\w*|error)\W*(?:.*?\b([1-5]\d\d)\b)?(.*)$/,
      group: 1,
      descGroup: 2,
      code: 'upload',
    },
  ],
  keywords: ['uploadTokenInternal'],
};
