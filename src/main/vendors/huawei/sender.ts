// Huawei Push Kit (HMS) v1: OAuth client credentials, then messages:send. The answer's `code` is
// a string; 80000000 is success, 80200001/80200003 ask for a fresh token.
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
import { httpRequest, form } from '../../push/http';
import type { ProviderConfig } from '../../../shared/profile';

export function clickActionHuawei(req: PushRequest): Record<string, unknown> {
  const c = req.clickAction;
  if (c?.type === 'url') return { type: 2, url: c.value };
  if (c?.type === 'activity' && c.value) return { type: 1, intent: c.value };
  return { type: 3 };
}

/**
 * The OAuth client-credentials form (HMS-Java `HuaweiCredential.createRequestBody`). The client id
 * is the App ID unless the account uses project-level (v2) credentials with their own client id.
 */
export function huaweiAuthForm(
  config: Pick<ProviderConfig<'huawei'>, 'appId' | 'clientId' | 'clientSecret'>,
): URLSearchParams {
  return form({
    grant_type: 'client_credentials',
    client_secret: config.clientSecret,
    client_id: config.clientId ?? config.appId,
  });
}

export class HuaweiSender extends BaseSender {
  readonly provider = 'huawei' as const;
  constructor(
    private readonly config: ProviderConfig<'huawei'>,
    options?: SenderOptions,
    ctx?: ProfileContext,
  ) {
    super(options, ctx);
  }

  protected async authenticate(signal?: AbortSignal): Promise<AuthToken> {
    const res = await httpRequest(
      'huawei',
      this.config.authUrl ?? 'https://oauth-login.cloud.huawei.com/oauth2/v3/token',
      {
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: huaweiAuthForm(this.config),
        timeoutMs: this.timeoutMs,
        signal,
      },
    );
    const j = res.json as {
      access_token?: string;
      expires_in?: number;
      error?: string | number;
      error_description?: string;
    };
    if (res.status !== 200 || !j.access_token)
      throw new AuthRefused({
        httpStatus: res.status,
        vendorCode: String(j.error ?? res.status),
        meaning: meaning('huawei', 'invalid_client', { detail: j.error_description ?? '' }),
      });
    return { value: j.access_token, expiresAt: Date.now() + (j.expires_in ?? 3600) * 1000 };
  }

  protected async attempt(req: PushRequest, auth: AuthToken, signal?: AbortSignal): Promise<Attempt> {
    const base = (this.config.baseUrl ?? 'https://push-api.cloud.huawei.com').replace(/\/$/, '');
    const body = {
      validate_only: false,
      message: {
        token: [req.token],
        data: req.ext ? JSON.stringify(req.ext) : undefined,
        android: {
          category: this.config.category,
          target_user_type: req.testMode ? 1 : 0,
          notification: {
            title: req.title,
            body: req.body,
            channel_id: this.channelOf('huawei', req),
            click_action: clickActionHuawei(req),
            importance: this.config.importance,
          },
        },
      },
    };
    const res = await httpRequest('huawei', `${base}/v1/${encodeURIComponent(this.config.appId)}/messages:send`, {
      headers: { authorization: `Bearer ${auth.value}`, 'content-type': 'application/json;charset=utf-8' },
      body: JSON.stringify(body),
      timeoutMs: this.timeoutMs,
      signal,
    });
    const j = res.json as { code?: string; msg?: string; requestId?: string };
    const code = String(j.code ?? res.status);
    const ok = code === '80000000';
    return {
      ok,
      httpStatus: res.status,
      vendorCode: code,
      messageId: ok ? j.requestId : undefined,
      meaning: meaning('huawei', code, { detail: j.msg ?? '' }),
      authError: code === '80200001' || code === '80200003' || res.status === 401,
      retryable: res.status === 429 || res.status >= 500 || code === '81000001',
      retryAfterSec: retryAfter(res.headers),
    };
  }
}
