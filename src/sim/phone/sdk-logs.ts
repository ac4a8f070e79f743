// What the virtual phone's test app logs when it starts: its push SDK's real lines for the channel
// and IM SDK it integrates (device-facts.md §5), and tokens shaped like each vendor's.
import { createHash } from 'node:crypto';
import type { VendorChannel } from '../../shared/types';
import type { AppStartLine, SdkLogSource } from './phone';
import type { ImSdk } from '../profiles';

function digest(seed: string, n: number): Buffer {
  const out: Buffer[] = [];
  for (let i = 0; Buffer.concat(out).length < n; i++) out.push(createHash('sha256').update(`${seed}:${i}`).digest());
  return Buffer.concat(out).subarray(0, n);
}

/** A token with the vendor's real shape, the same for the same seed. */
export function generateToken(vendor: VendorChannel, seed: string): string {
  const b = digest(`${vendor}:${seed}`, 160);
  const b64url = (n: number) => b.toString('base64url').slice(0, n);
  switch (vendor) {
    case 'fcm':
      return `${b64url(22)}:APA91b${digest(seed + 'x', 120)
        .toString('base64url')
        .slice(0, 134)}`;
    case 'huawei':
    case 'honor':
      return `IQAAAACy0${digest(seed + 'h', 100)
        .toString('base64url')
        .slice(0, 119)}`;
    case 'xiaomi':
      return b.toString('base64').slice(0, 64);
    case 'oppo':
      return `CN_${b.toString('hex').slice(0, 32)}`;
    case 'vivo':
      return [...b.subarray(0, 23)]
        .map((x) => String(x % 10))
        .join('')
        .replace(/^0/, '1');
    case 'meizu':
      return `V5R${[...b.subarray(0, 1)].map((x) => String(x % 10)).join('')}${b.toString('hex').slice(0, 38)}`;
  }
}

const EM_TYPE: Record<VendorChannel, string> = {
  huawei: 'HMSPUSH',
  honor: 'HONORPUSH',
  xiaomi: 'MIPUSH',
  oppo: 'OPPOPUSH',
  vivo: 'VIVOPUSH',
  meizu: 'MEIZUPUSH',
  fcm: 'FCM',
};

function tencentTokenLines(channel: VendorChannel, token: string | null): AppStartLine[] {
  const tag = (cls: string) => `TUIOfflinePush-${cls}`;
  if (!token) {
    const desc: Record<VendorChannel, string> = {
      huawei: 'huawei ApiException: 907135000',
      honor: 'honor ApiException: 8002005',
      xiaomi: 'xiaomi error code: 70000001',
      oppo: 'oppo error code: -2',
      vivo: 'vivo error code: 101',
      meizu: 'meizu error code: 110000',
      fcm: 'fcm error code: SERVICE_NOT_AVAILABLE',
    };
    return [
      {
        tag: tag('TUIOfflinePushManager'),
        level: 'E',
        message: `onTokenErrorCallBack code = -1, code des = ${desc[channel]}`,
      },
    ];
  }
  switch (channel) {
    case 'huawei':
      return [
        { tag: tag('OEMPushSetting'), level: 'I', message: 'huawei turnOnPush Complete' },
        { tag: tag('OEMPushSetting'), level: 'I', message: `huawei get token:${token}` },
      ];
    case 'honor':
      return [
        { tag: tag('OEMPushSetting'), level: 'I', message: 'Honor turnOn push successfully.' },
        { tag: tag('OEMPushSetting'), level: 'I', message: `Honor get pushToken ${token}` },
      ];
    case 'xiaomi':
      return [
        {
          tag: tag('XiaomiMsgReceiver'),
          level: 'D',
          message: `onReceiveRegisterResult is called. command={register}, resultCode={0}, reason={}, category={null}, commandArguments={[${token}]}`,
        },
        {
          tag: tag('XiaomiMsgReceiver'),
          level: 'D',
          message: `cmd: register | arg: ${token} | result: 0 | reason: null`,
        },
        { tag: tag('XiaomiMsgReceiver'), level: 'D', message: `regId: ${token}` },
      ];
    case 'oppo':
      return [{ tag: tag('OPPOPushImpl'), level: 'I', message: `onRegister responseCode: 0 registerID: ${token}` }];
    case 'vivo':
      return [
        { tag: tag('OEMPushSetting'), level: 'I', message: 'vivo support push: true' },
        { tag: tag('OEMPushSetting'), level: 'I', message: `vivopush open vivo push success regId = ${token}` },
      ];
    case 'meizu':
      return [{ tag: tag('MEIZUPushReceiver'), level: 'I', message: `onRegisterStatus token = ${token}` }];
    case 'fcm':
      return [{ tag: tag('OEMPushSetting'), level: 'I', message: `google fcm getToken = ${token}` }];
  }
}

function easemobLines(channel: VendorChannel, token: string | null, reportOk: boolean, pkg: string): AppStartLine[] {
  const now = new Date();
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  const stamp = `[${now.getFullYear()}/${p(now.getMonth() + 1)}/${p(now.getDate())} ${p(now.getHours())}:${p(now.getMinutes())}:${p(now.getSeconds())}:${p(now.getMilliseconds(), 3)}]`;
  const line = (message: string): AppStartLine => ({
    tag: 'ONE SDK',
    level: 'D',
    message: `${stamp}: [EMPushHelper] ${message}`,
  });
  const type = EM_TYPE[channel];
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
}

export const sdkLogSource: SdkLogSource = {
  token: generateToken,
  appStartLines({
    channel,
    imSdk,
    token,
    package: pkg,
    reportOk,
  }: {
    channel: VendorChannel;
    imSdk: ImSdk;
    token: string | null;
    package: string;
    reportOk: boolean;
  }) {
    if (imSdk === 'easemob') return easemobLines(channel, token, reportOk, pkg);
    const lines = tencentTokenLines(channel, token);
    if (imSdk === 'tencent' && token) {
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
};
