// Easemob (Hyphenate) REST: an app token from client credentials, then a user message whose `ext`
// carries the push fields (em_push_ext, em_android_push_ext).
import {
  BaseSender,
  AuthRefused,
  meaning,
  retryAfter,
  type Attempt,
  type AuthToken,
  type PushRequest,
  type SenderOptions,
  type ProfileContext,
} from '../../push/sender';
import { httpRequest } from '../../push/http';
import type { ProviderConfig } from '../../../shared/profile';
import { imVendorFields, type ImVendorFields } from '../../push/providers/im-vendors';

/** `ext.em_android_push_ext`: each vendor's own channel id and class (EM-doc push_extension.md @035dd91f). */
export function easemobAndroidPushExt(f: ImVendorFields, testMode: boolean): Record<string, string | number> {
  const ext: Record<string, string | number | undefined> = {
    fcm_channel_id: f.channels.fcm,
    huawei_channel_id: f.channels.huawei,
    xiaomi_channel_id: f.channels.xiaomi,
    oppo_channel_id: f.channels.oppo,
    huawei_category: f.huaweiCategory,
    huawei_target_user_type: testMode ? 1 : 0,
    honor_importance: f.honorImportance,
    honor_target_user_type: testMode ? 1 : 0,
    oppo_category: f.oppoCategory,
    oppo_notify_level: f.oppoNotifyLevel,
    vivo_category: f.vivoCategory,
  };
  return Object.fromEntries(Object.entries(ext).filter(([, v]) => v !== undefined)) as Record<string, string | number>;
}

export class EasemobSender extends BaseSender {
  readonly provider = 'easemob' as const;
  constructor(
    private readonly config: ProviderConfig<'easemob'>,
    options?: SenderOptions,
    ctx?: ProfileContext,
  ) {
    super(options, ctx);
  }

  /** Units of the token ttl per second. */
  private get unit(): number {
    return this.config.ttlUnit === 'ms' ? 1000 : 1;
  }

  private get base(): string {
    const b = (this.config.baseUrl ?? 'https://a1.easemob.com').replace(/\/$/, '');
    return `${b}/${encodeURIComponent(this.config.orgName)}/${encodeURIComponent(this.config.appName)}`;
  }

  protected async authenticate(signal?: AbortSignal): Promise<AuthToken> {
    const res = await httpRequest('easemob', `${this.base}/token`, {
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      // VIP 5 clusters read ttl (and answer expires_in) in milliseconds (push-api-audit.md §9).
      body: JSON.stringify({
        grant_type: 'client_credentials',
        client_id: this.config.clientId,
        client_secret: this.config.clientSecret,
        ttl: 86400 * this.unit,
      }),
      timeoutMs: this.timeoutMs,
      signal,
    });
    const j = res.json as { access_token?: string; expires_in?: number; error?: string; error_description?: string };
    if (res.status !== 200 || !j.access_token)
      throw new AuthRefused({
        httpStatus: res.status,
        vendorCode: j.error ?? String(res.status),
        meaning: meaning('easemob', j.error ?? 'invalid_grant', { detail: j.error_description ?? '' }),
      });
    return {
      value: j.access_token,
      expiresAt: Date.now() + Math.min(((j.expires_in ?? 86400 * this.unit) * 1000) / this.unit, 86400 * 1000),
    };
  }

  protected async attempt(req: PushRequest, auth: AuthToken, signal?: AbortSignal): Promise<Attempt> {
    const body = {
      from: this.config.fromUser ?? 'admin',
      to: [this.config.toUser],
      type: 'txt',
      body: { msg: req.body },
      ext: {
        em_push_ext: { title: req.title, content: req.body, custom: req.ext ?? {} },
        em_android_push_ext: easemobAndroidPushExt(imVendorFields(this.config, this.ctx), req.testMode === true),
      },
    };
    const res = await httpRequest('easemob', `${this.base}/messages/users`, {
      headers: {
        authorization: `Bearer ${auth.value}`,
        'content-type': 'application/json',
        accept: 'application/json',
      },
      body: JSON.stringify(body),
      timeoutMs: this.timeoutMs,
      signal,
    });
    const j = res.json as { data?: Record<string, string>; error?: string; error_description?: string };
    if (res.status === 200) {
      const id = j.data?.[this.config.toUser];
      return { ok: true, httpStatus: 200, vendorCode: 'ok', messageId: id, meaning: meaning('easemob', 'ok') };
    }
    const code = j.error ?? String(res.status);
    return {
      ok: false,
      httpStatus: res.status,
      vendorCode: code,
      meaning: meaning('easemob', code, { detail: j.error_description ?? '' }),
      authError: res.status === 401,
      retryable: res.status === 429 || res.status >= 500,
      retryAfterSec: retryAfter(res.headers),
    };
  }
}
