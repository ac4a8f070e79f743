// vivo push: auth with md5(appId + appKey + timestamp + appSecret), then message/send with the
// `authToken` header. A refused target comes back as `invalidUser` with a status.
import { createHash, randomUUID } from 'node:crypto';
import { BaseSender, AuthRefused, meaning, retryAfter, type Attempt, type AuthToken, type PushRequest, type SenderOptions } from '../sender';
import { httpRequest } from '../http';
import type { ProviderConfig } from '../../../shared/profile';

export function vivoSign(appId: string, appKey: string, timestamp: string, appSecret: string): string {
  return createHash('md5').update(appId + appKey + timestamp + appSecret).digest('hex');
}

export class VivoSender extends BaseSender {
  readonly provider = 'vivo' as const;
  constructor(
    private readonly config: ProviderConfig<'vivo'>,
    options?: SenderOptions,
  ) {
    super(options);
  }

  private get base(): string {
    return (this.config.baseUrl ?? 'https://api-push.vivo.com.cn').replace(/\/$/, '');
  }

  protected async authenticate(signal?: AbortSignal): Promise<AuthToken> {
    const timestamp = String(Date.now());
    const { appId, appKey, appSecret } = this.config;
    const res = await httpRequest('vivo', `${this.base}/message/auth`, {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ appId, appKey, timestamp, sign: vivoSign(appId, appKey, timestamp, appSecret) }),
      timeoutMs: this.timeoutMs,
      signal,
    });
    const j = res.json as { result?: number; desc?: string; authToken?: string };
    if (j.result !== 0 || !j.authToken)
      throw new AuthRefused({ httpStatus: res.status, vendorCode: String(j.result ?? res.status), meaning: meaning('vivo', j.result ?? res.status, { detail: j.desc ?? '' }) });
    // Valid for a day; vivo advises refreshing well before.
    return { value: j.authToken, expiresAt: Date.now() + 2 * 3600 * 1000 };
  }

  protected async attempt(req: PushRequest, auth: AuthToken, signal?: AbortSignal): Promise<Attempt> {
    const c = req.clickAction;
    const body = {
      appId: this.config.appId,
      regId: req.token,
      notifyType: 4,
      title: req.title,
      content: req.body,
      skipType: c?.type === 'url' ? 2 : c?.type === 'activity' ? 4 : 1,
      skipContent: c?.value,
      classification: req.classification ?? this.config.classification ?? 1,
      category: this.config.category ?? 'IM',
      requestId: randomUUID(),
      pushMode: req.testMode || this.config.testMode ? 1 : 0,
      clientCustomMap: req.ext,
    };
    const res = await httpRequest('vivo', `${this.base}/message/send`, {
      headers: { authToken: auth.value, 'content-type': 'application/json' },
      body: JSON.stringify(body),
      timeoutMs: this.timeoutMs,
      signal,
    });
    const j = res.json as { result?: number; desc?: string; taskId?: string; invalidUser?: { userid?: string; status?: number } };
    if (j.invalidUser) {
      const code = `invalidUser${j.invalidUser.status}`;
      return { ok: false, httpStatus: res.status, vendorCode: code, meaning: meaning('vivo', code, { detail: j.desc ?? '' }) };
    }
    const code = String(j.result ?? res.status);
    const ok = code === '0';
    return {
      ok,
      httpStatus: res.status,
      vendorCode: code,
      messageId: ok ? j.taskId : undefined,
      meaning: meaning('vivo', code, { detail: j.desc ?? '' }),
      authError: code === '10000' || res.status === 401,
      retryable: res.status === 429 || res.status >= 500,
      retryAfterSec: retryAfter(res.headers),
    };
  }
}
