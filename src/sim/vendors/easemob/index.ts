// Easemob (Agora Chat) as the virtual phone knows it: what its EMPushHelper logs at app start around
// the vendor token (the vendor's push type is in that vendor's folder, `easemobType`), and its REST
// API's stand-in.
import type { AppStartLine } from '../../phone/phone';
import type { SimIm } from '../types';
import { standin } from './standin';

export const easemob = {
  standin,
  appStartLines({ vendor, token, package: pkg, reportOk }) {
    const now = new Date();
    const p = (n: number, w = 2) => String(n).padStart(w, '0');
    const stamp = `[${now.getFullYear()}/${p(now.getMonth() + 1)}/${p(now.getDate())} ${p(now.getHours())}:${p(now.getMinutes())}:${p(now.getSeconds())}:${p(now.getMilliseconds(), 3)}]`;
    const line = (message: string): AppStartLine => ({
      tag: 'ONE SDK',
      level: 'D',
      message: `${stamp}: [EMPushHelper] ${message}`,
    });
    const type = vendor.easemobType;
    const out = [line(`isSupportPush: ${type} - true`), line(`EMPushHelper register, prefer push type: ${type}`)];
    if (!token) return [...out, line(`onErrorResponse: ${type} register failed, errorCode: 10006`)];
    out.push(
      line(`onReceiveToken: ${type} - ${token}`),
      line('Retry upload after 5s if failed.'),
      line(
        `uploadTokenInternal, token=${token}, url=https://a1.easemob.com:443/${pkg.replace(/\./g, '-')}/chat/users/alice, notifier name=${type.toLowerCase()}-cert`,
      ),
    );
    out.push(
      reportOk ? line('uploadTokenInternal success.') : line('uploadTokenInternal onErrorResponse: 401 unauthorized'),
    );
    return out;
  },
} satisfies SimIm;
