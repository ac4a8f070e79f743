// Tencent Cloud IM as the virtual phone knows it: what its TUIOfflinePush SDK logs at app start
// (each vendor's own lines are in that vendor's folder, `tencent`), and its REST API's stand-in.
import type { AppStartLine } from '../../phone/phone';
import type { SimIm, SimVendor } from '../types';
import { standin } from './standin';

const tag = (cls: string) => `TUIOfflinePush-${cls}`;

/** TUIOfflinePush's lines for the vendor token, or for the vendor's failure to give one (device-facts.md §5). */
export function tuiOfflinePushLines(vendor: SimVendor, token: string | null): AppStartLine[] {
  if (!token)
    return [
      {
        tag: tag('TUIOfflinePushManager'),
        level: 'E',
        message: `onTokenErrorCallBack code = -1, code des = ${vendor.tencent.error}`,
      },
    ];
  return vendor.tencent.lines(token, tag);
}

export const tencentIm = {
  standin,
  appStartLines({ vendor, token, reportOk }) {
    const lines = tuiOfflinePushLines(vendor, token);
    if (token) {
      lines.push(
        {
          tag: 'TUIOfflinePush-TUIOfflinePushManager',
          level: 'D',
          message: `setOfflinePushConfig businessID = ${10000 + token.length} pushToken = ${token}`,
        },
        reportOk
          ? { tag: 'TUIOfflinePush-TUIOfflinePushManager', level: 'D', message: 'setOfflinePushToken success' }
          : {
              tag: 'TUIOfflinePush-TUIOfflinePushManager',
              level: 'D',
              message: 'setOfflinePushToken err code = 6013 desc = not logged in',
            },
      );
    }
    return lines;
  },
} satisfies SimIm;
