// Easemob (Hyphenate) REST: an app token from client credentials, then a user message whose `ext`
// carries the push fields (em_push_ext, em_android_push_ext).
import { BaseSender, AuthRefused, meaning, retryAfter, type Attempt, type AuthToken, type PushRequest, type SenderOptions } from '../sender';
import { httpRequest } from '../http';
import type { ProviderConfig } from '../../../shared/profile';

export class EasemobSender extends BaseSender {
  readonly provider = 'easemob' as const;
  constructor(
    private readonly config: ProviderConfig<'easemob'>,
    options?: SenderOptions,
  ) {
    super(options);
  }

  private get base(): string {
    const b = (this.config.baseUrl ?? 'https://a1.easemob.com').replace(/\/$/, '');
    return `${b}/${encodeURIComponent(this.config.orgName)}/${encodeURIComponent(this.config.appName)}`;
  }

  protected async authenticate(signal?: AbortSignal): Promise<AuthToken> {
    const res = await httpRequest('easemob', `${this.base}/token`, {
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ grant_type: 'client_credentials', client_id: this.config.clientId, client_secret: this.config.clientSecret, ttl: 86400 }),
      timeoutMs: this.timeoutMs,
      signal,
    });
    const j = res.json as { access_token?: string; expires_in?: number; error?: string; error_description?: string };
    if (res.status !== 200 || !j.access_token)
      throw new AuthRefused({ httpStatus: res.status, vendorCode: j.error ?? String(res.status), meaning: meaning('easemob', j.error ?? 'invalid_grant', { detail: j.error_description ?? '' }) });
    return { value: j.access_token, expiresAt: Date.now() + (j.expires_in ?? 86400) * 1000 };
  }

  protected async attempt(req: PushRequest, auth: AuthToken, signal?: AbortSignal): Promise<Attempt> {
    const body = {
      from: this.config.fromUser ?? 'admin',
      to: [this.config.toUser],
      type: 'txt',
      body: { msg: req.body },
      ext: {
        em_push_ext: { title: req.title, content: req.body, custom: req.ext ?? {} },
        em_android_push_ext: {
          fcm_channel_id: req.channelId,
          huawei_channel_id: req.channelId,
          xiaomi_channel_id: req.channelId,
          oppo_channel_id: req.channelId,
          huawei_target_user_type: req.testMode ? 1 : 0,
          honor_target_user_type: req.testMode ? 1 : 0,
        },
      },
    };
    const res = await httpRequest('easemob', `${this.base}/messages/users`, {
      headers: { authorization: `Bearer ${auth.value}`, 'content-type': 'application/json', accept: 'application/json' },
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
