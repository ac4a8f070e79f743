// Honor Push: client credentials at Honor's IAM, then sendMessage with a `timestamp` header. The
// answer is `{code, message, data:{sendResult, requestId, failTokens, expireTokens}}` (push-api-audit.md
// §3: zandala88/honor-push `HonorSendResp`, index file 8107895125 `SendRes`): code 200 only says the
// request was taken; a token listed in failTokens/expireTokens was not. The error code table is not
// public (push-apis.md marks it UNCERTAIN): other codes are reported with Honor's own message.
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

/** Client credentials at Honor's IAM: the console's client id/secret, not the App ID (push-apis.md §3). */
export function honorAuthForm(config: Pick<ProviderConfig<'honor'>, 'clientId' | 'clientSecret'>): URLSearchParams {
  return form({ grant_type: 'client_credentials', client_id: config.clientId, client_secret: config.clientSecret });
}

interface HonorSendData {
  sendResult?: boolean;
  requestId?: string;
  failTokens?: string[];
  expireTokens?: string[];
}

export class HonorSender extends BaseSender {
  readonly provider = 'honor' as const;
  constructor(
    private readonly config: ProviderConfig<'honor'>,
    options?: SenderOptions,
    ctx?: ProfileContext,
  ) {
    super(options, ctx);
  }

  protected async authenticate(signal?: AbortSignal): Promise<AuthToken> {
    const res = await httpRequest('honor', this.config.authUrl ?? 'https://iam.developer.honor.com/auth/token', {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: honorAuthForm(this.config),
      timeoutMs: this.timeoutMs,
      signal,
    });
    const j = res.json as { access_token?: string; expires_in?: number; error?: string; error_description?: string };
    if (res.status !== 200 || !j.access_token)
      throw new AuthRefused({
        httpStatus: res.status,
        vendorCode: j.error ?? String(res.status),
        meaning: meaning('honor', 'invalid_client', { detail: j.error_description ?? '' }),
      });
    return { value: j.access_token, expiresAt: Date.now() + (j.expires_in ?? 3600) * 1000 };
  }

  protected async attempt(req: PushRequest, auth: AuthToken, signal?: AbortSignal): Promise<Attempt> {
    const base = (this.config.baseUrl ?? 'https://push-api.cloud.honor.com').replace(/\/$/, '');
    const c = req.clickAction;
    const clickAction =
      c?.type === 'url'
        ? { type: 2, url: c.value }
        : c?.type === 'activity'
          ? { type: 1, intent: c.value }
          : { type: 3 };
    const body = {
      token: [req.token],
      data: req.ext ? JSON.stringify(req.ext) : undefined,
      android: {
        targetUserType: req.testMode ? 1 : 0,
        notification: { title: req.title, body: req.body, clickAction, importance: this.config.importance ?? 'NORMAL' },
      },
    };
    const res = await httpRequest('honor', `${base}/api/v1/${encodeURIComponent(this.config.appId)}/sendMessage`, {
      headers: {
        authorization: `Bearer ${auth.value}`,
        'content-type': 'application/json; charset=UTF-8',
        timestamp: String(Date.now()),
      },
      body: JSON.stringify(body),
      timeoutMs: this.timeoutMs,
      signal,
    });
    const j = res.json as { code?: number | string; message?: string; data?: HonorSendData | string | null };
    const data = j.data && typeof j.data === 'object' ? j.data : undefined;
    const requestAccepted = String(j.code ?? res.status) === '200' && res.status === 200;
    // A refused token is reported inside an accepted request.
    const refused = !requestAccepted
      ? undefined
      : data?.expireTokens?.includes(req.token)
        ? 'expireTokens'
        : data?.failTokens?.includes(req.token)
          ? 'failTokens'
          : data?.sendResult === false
            ? 'sendResultFalse'
            : undefined;
    const code = refused ?? String(j.code ?? res.status);
    const ok = requestAccepted && !refused;
    return {
      ok,
      httpStatus: res.status,
      vendorCode: code,
      messageId: requestAccepted ? data?.requestId : undefined,
      meaning: meaning('honor', code, { detail: j.message ?? '' }),
      authError: res.status === 401 || code === '401',
      retryable: res.status === 429 || res.status >= 500,
      retryAfterSec: retryAfter(res.headers),
    };
  }
}
