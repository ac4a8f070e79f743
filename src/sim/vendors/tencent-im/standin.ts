// Tencent Cloud IM's stand-in: its credentials, its URLs on the stand-in server, and its API's answers as
// push-apis.md describes them (each answer names its source: push-apis.md = "apis §n",
// push-api-audit.md = "audit §n"; codes no source confirms are marked "unverified").
import type { StandinContext, StandinModule } from '../../standins/kit';
import { j, rnd } from '../../standins/kit';
import type { PushEnvelope } from '../../standins/types';
import { checkUserSig } from './signing';

export interface TencentCredentials {
  sdkAppId: number;
  secretKey: string;
  adminId: string;
  users: string[];
}

function routes(s: StandinContext<TencentCredentials>): void {
  // Tencent Cloud IM — apis §8: `{ActionStatus, ErrorCode, ErrorInfo, MsgTime, MsgKey}`, HTTP 200; it
  // pushes through the vendor of the recipient's registered token, with that vendor's AndroidInfo channel.
  s.route('POST', /^\/tencent-im\/v4\/openim\/sendmsg$/, (r) => {
    const fail = (code: number, info: string) => j(200, { ActionStatus: 'FAIL', ErrorCode: code, ErrorInfo: info });
    const q = r.query;
    // REST common codes (TIM-err, audit §8): 70003 undecodable, 70009 signature does not verify
    // (wrong key), 70013 sig for another user, 70014 sig for another SDKAppID, 70001 expired,
    // 60010 the identifier is not an app administrator.
    if (Number(q.get('sdkappid')) !== s.cred.sdkAppId) return fail(70014, 'sdkappid does not match the UserSig');
    const check = checkUserSig(q.get('usersig') ?? '', s.cred.sdkAppId, s.cred.secretKey, q.get('identifier') ?? '');
    if (!check.ok)
      return fail(
        check.code,
        {
          70001: 'UserSig expired',
          70003: 'UserSig decode failed',
          70009: 'UserSig verification failed',
          70013: 'UserSig identifier mismatch',
          70014: 'UserSig sdkappid mismatch',
        }[check.code],
      );
    if (q.get('identifier') !== s.cred.adminId)
      return fail(60010, 'the request requires app administrator permissions');
    const b = (r.json ?? {}) as Record<string, any>;
    if (!s.cred.users.includes(b.To_Account) || !s.cred.users.includes(b.From_Account))
      return fail(20003, 'UserID of the sender or receiver is invalid or does not exist');
    const key = `${rnd(4)}_${Date.now()}_${b.MsgRandom}`;
    const push = b.OfflinePushInfo as Record<string, any> | undefined;
    const reports = s.tokenReports('tencent', b.To_Account);
    let ext: Record<string, string> | undefined;
    try {
      ext = push?.Ext ? JSON.parse(push.Ext) : undefined;
    } catch {
      ext = { ext: String(push?.Ext) };
    }
    const deliver: PushEnvelope[] =
      push && push.PushFlag !== 1
        ? reports.map((t) => ({
            vendor: t.vendor,
            via: 'tencent-im' as const,
            token: t.token,
            package: t.package,
            title: push.Title ?? '',
            body: push.Desc ?? '',
            channelId: channelFromAndroidInfo(s.vendors[t.vendor].tencent.androidInfoChannelKey, push.AndroidInfo),
            ext,
            messageId: key,
          }))
        : [];
    return j(
      200,
      { ActionStatus: 'OK', ErrorInfo: '', ErrorCode: 0, MsgTime: Math.floor(Date.now() / 1000), MsgKey: key },
      deliver,
    );
  });
}

/** The vendor's notification channel as the REST push's AndroidInfo names it (apis §8), when the vendor has such a field. */
function channelFromAndroidInfo(
  key: string | undefined,
  info: Record<string, unknown> | undefined,
): string | undefined {
  if (!info) return undefined;
  return key ? (info[key] as string | undefined) : undefined;
}

export const standin: StandinModule<TencentCredentials, 'tencent', 'tencent-im'> = {
  credKey: 'tencent',
  credentials: () => ({
    sdkAppId: 1400000000 + Math.floor(Math.random() * 99999),
    secretKey: rnd(32),
    adminId: 'administrator',
    users: ['alice', 'bob'],
  }),
  urls: (origin) => ({ baseUrl: `${origin}/tencent-im` }),
  routes,
  profile: (c, u) => ({
    sdkAppId: c.sdkAppId,
    secretKey: c.secretKey,
    adminId: c.adminId,
    fromUser: 'bob',
    toUser: 'alice',
    baseUrl: u.baseUrl,
  }),
};
