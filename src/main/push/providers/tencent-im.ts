// Tencent Cloud IM REST `openim/sendmsg`: the admin's UserSig in the query string and an
// OfflinePushInfo with the per-vendor AndroidInfo fields; the IM server then pushes through the
// vendor channel of the recipient's registered token.
import { randomInt } from 'node:crypto';
import { BaseSender, meaning, retryAfter, type Attempt, type AuthToken, type PushRequest, type SenderOptions } from '../sender';
import { httpRequest } from '../http';
import { genUserSig } from '../usersig';
import type { ProviderConfig } from '../../../shared/profile';
import { registerSecret } from '../../secrets';

/** Regional REST domains (push-apis.md §8). */
export const TENCENT_IM_DOMAINS: Record<string, string> = {
  china: 'https://console.tim.qq.com',
  singapore: 'https://adminapisgp.im.qcloud.com',
  seoul: 'https://adminapikr.im.qcloud.com',
  frankfurt: 'https://adminapiger.im.qcloud.com',
  mumbai: 'https://adminapiind.im.qcloud.com',
  siliconvalley: 'https://adminapiusa.im.qcloud.com',
  jakarta: 'https://adminapiidn.im.qcloud.com',
};

export class TencentImSender extends BaseSender {
  readonly provider = 'tencent-im' as const;
  private readonly sdkAppId: number;
  constructor(
    private readonly config: ProviderConfig<'tencent-im'>,
    options?: SenderOptions,
  ) {
    super(options);
    this.sdkAppId = Number(config.sdkAppId);
    registerSecret(config.secretKey);
  }

  /** The admin UserSig plays the part of an auth token: valid a day, regenerated before it ends. */
  protected async authenticate(): Promise<AuthToken> {
    const expire = 86400;
    return { value: genUserSig(this.sdkAppId, this.config.secretKey, this.config.adminId, expire), expiresAt: Date.now() + expire * 1000 };
  }

  protected async attempt(req: PushRequest, auth: AuthToken, signal?: AbortSignal): Promise<Attempt> {
    const base = (this.config.baseUrl ?? TENCENT_IM_DOMAINS.china).replace(/\/$/, '');
    const query = new URLSearchParams({ sdkappid: String(this.sdkAppId), identifier: this.config.adminId, usersig: auth.value, random: String(randomInt(0, 2 ** 32 - 1)), contenttype: 'json' });
    const body = {
      SyncOtherMachine: 2,
      From_Account: this.config.fromUser,
      To_Account: this.config.toUser,
      MsgRandom: randomInt(0, 2 ** 32 - 1),
      MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: req.body } }],
      OfflinePushInfo: {
        PushFlag: 0,
        Title: req.title,
        Desc: req.body,
        Ext: JSON.stringify(req.ext ?? {}),
        AndroidInfo: {
          OPPOChannelID: req.channelId,
          XiaoMiChannelID: req.channelId,
          HuaWeiChannelID: req.channelId,
          GoogleChannelID: req.channelId,
          VIVOClassification: req.classification ?? 1,
          HuaWeiImportance: 'NORMAL',
          HonorImportance: 'NORMAL',
          ExtAsHuaweiIntentParam: 1,
        },
      },
    };
    const res = await httpRequest('tencent-im', `${base}/v4/openim/sendmsg?${query}`, {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      timeoutMs: this.timeoutMs,
      signal,
    });
    const j = res.json as { ActionStatus?: string; ErrorCode?: number; ErrorInfo?: string; MsgKey?: string };
    const code = String(j.ErrorCode ?? res.status);
    const ok = j.ActionStatus === 'OK' && code === '0';
    return {
      ok,
      httpStatus: res.status,
      vendorCode: code,
      messageId: ok ? j.MsgKey : undefined,
      meaning: meaning('tencent-im', code, { detail: j.ErrorInfo ?? '' }),
      authError: code === '70001',
      retryable: res.status === 429 || res.status >= 500,
      retryAfterSec: retryAfter(res.headers),
    };
  }
}
