// vivo push: auth with md5(appId + appKey + timestamp + appSecret), then message/send with the
// `authToken` header. A refused target comes back as `invalidUser` with a status.
import { createHash, randomUUID } from 'node:crypto';
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
import { vivoClassificationOf, type ProviderConfig } from '../../../shared/profile';

export function vivoSign(appId: string, appKey: string, timestamp: string, appSecret: string): string {
  return createHash('md5')
    .update(appId + appKey + timestamp + appSecret)
    .digest('hex');
}

/**
 * classification and category always as a pair vivo accepts (10097 otherwise, push-api-audit.md §6):
 * the profile's category decides the classification; without one, the classification (profile,
 * then the request, then system) picks IM (system) or MARKETING (operational).
 */
export function vivoClass(
  config: Pick<ProviderConfig<'vivo'>, 'classification' | 'category'>,
  requested?: 0 | 1,
): { classification: 0 | 1; category: string } {
  if (config.category)
    return {
      classification: vivoClassificationOf(config.category) ?? config.classification ?? 1,
      category: config.category,
    };
  const classification = config.classification ?? requested ?? 1;
  return { classification, category: classification === 1 ? 'IM' : 'MARKETING' };
}

export class VivoSender extends BaseSender {
  readonly provider = 'vivo' as const;
  constructor(
    private readonly config: ProviderConfig<'vivo'>,
    options?: SenderOptions,
    ctx?: ProfileContext,
  ) {
    super(options, ctx);
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
      // Any refusal here is about appId/appKey/appSecret/clock: the send-side meaning of a code (10000 = stale authToken) does not apply.
      throw new AuthRefused({
        httpStatus: res.status,
        vendorCode: String(j.result ?? res.status),
        meaning: {
          key: 'push.code.vivo.authRefused',
          params: { provider: 'vivo', code: String(j.result ?? res.status), detail: j.desc ?? '' },
        },
      });
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
      ...vivoClass(this.config, req.classification),
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
    const j = res.json as {
      result?: number;
      desc?: string;
      taskId?: string;
      invalidUser?: { userid?: string; status?: number };
    };
    if (j.invalidUser) {
      const code = `invalidUser${j.invalidUser.status}`;
      return {
        ok: false,
        httpStatus: res.status,
        vendorCode: code,
        meaning: meaning('vivo', code, { detail: j.desc ?? '' }),
      };
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
