// Tencent Cloud IM REST `openim/sendmsg`: the admin's UserSig in the query string and an
// OfflinePushInfo with the per-vendor AndroidInfo fields; the IM server then pushes through the
// vendor channel of the recipient's registered token.
import { randomInt } from 'node:crypto';
import {
  BaseSender,
  meaning,
  retryAfter,
  type Attempt,
  type AuthToken,
  type PushRequest,
  type SenderOptions,
  type ProfileContext,
} from '../../push/sender';
import { httpRequest } from '../../push/http';
import { genUserSig } from '../../push/usersig';
import { TENCENT_IM_REGIONS, type ProviderConfig } from '../../../shared/profile';
import { imVendorFields, type ImVendorFields } from '../../push/providers/im-vendors';
import { registerSecret } from '../../secrets';

/** Regional REST domains (push-apis.md §8); the profile names one with `region`. */
export const TENCENT_IM_DOMAINS: Record<string, string> = TENCENT_IM_REGIONS;

/**
 * `OfflinePushInfo.AndroidInfo`: each vendor's own channel id and class (TIM-push: XiaoMiChannelID
 * "Android 8.0 以上不填写无法收到推送", OPPOChannelID, HuaWeiCategory, VIVOCategory, OPPOCategory,
 * HonorImportance, MeiZuNoticeMsgType, OPPOPrivateMsgTemplateId; the legacy VIVOClassification and
 * HuaWeiImportance kept consistent with them for older consoles).
 */
export function tencentAndroidInfo(f: ImVendorFields): Record<string, string | number> {
  const info: Record<string, string | number | undefined> = {
    HuaWeiChannelID: f.channels.huawei,
    XiaoMiChannelID: f.channels.xiaomi,
    OPPOChannelID: f.channels.oppo,
    GoogleChannelID: f.channels.fcm,
    HuaWeiCategory: f.huaweiCategory,
    HuaWeiImportance: f.huaweiImportance,
    HonorImportance: f.honorImportance,
    VIVOCategory: f.vivoCategory,
    VIVOClassification: f.vivoClassification,
    OPPOCategory: f.oppoCategory,
    OPPOPrivateMsgTemplateId: f.oppoPrivateTemplateId,
    MeiZuNoticeMsgType: f.meizuNoticeMsgType,
    ExtAsHuaweiIntentParam: 1,
  };
  return Object.fromEntries(Object.entries(info).filter(([, v]) => v !== undefined)) as Record<string, string | number>;
}

export class TencentImSender extends BaseSender {
  readonly provider = 'tencent-im' as const;
  private readonly sdkAppId: number;
  constructor(
    private readonly config: ProviderConfig<'tencent-im'>,
    options?: SenderOptions,
    ctx?: ProfileContext,
  ) {
    super(options, ctx);
    this.sdkAppId = Number(config.sdkAppId);
    registerSecret(config.secretKey);
  }

  /** The admin UserSig plays the part of an auth token: valid a day, regenerated before it ends. */
  protected async authenticate(): Promise<AuthToken> {
    const expire = 86400;
    return {
      value: genUserSig(this.sdkAppId, this.config.secretKey, this.config.adminId, expire),
      expiresAt: Date.now() + expire * 1000,
    };
  }

  protected async attempt(req: PushRequest, auth: AuthToken, signal?: AbortSignal): Promise<Attempt> {
    const base = (this.config.baseUrl ?? TENCENT_IM_REGIONS[this.config.region ?? 'china']).replace(/\/$/, '');
    const query = new URLSearchParams({
      sdkappid: String(this.sdkAppId),
      identifier: this.config.adminId,
      usersig: auth.value,
      random: String(randomInt(0, 2 ** 32 - 1)),
      contenttype: 'json',
    });
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
        AndroidInfo: tencentAndroidInfo(imVendorFields(this.config, this.ctx)),
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
      // Only an expired UserSig is cured by a new one; 70009 (wrong key) would fail again.
      authError: code === '70001',
      retryable: res.status === 429 || res.status >= 500,
      retryAfterSec: retryAfter(res.headers),
    };
  }
}
