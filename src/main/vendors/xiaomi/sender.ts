// Xiaomi MiPush: no token exchange; `Authorization: key=<AppSecret>` on every call, form fields
// with `extra.*` flattened. Invalid targets are answered with "No valid targets!" (code 20301; the
// reason text is real, the number is unconfirmed: push-api-audit.md §4).
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
import { httpRequest, form } from '../../push/http';
import { XIAOMI_REGIONS, type ProviderConfig } from '../../../shared/profile';
import { registerSecret } from '../../secrets';

/** MiPush has no token exchange: the AppSecret goes in every call (MI-jar `HttpBase`: "Authorization", "key="). */
export function xiaomiAuthorization(appSecret: string): string {
  return `key=${appSecret}`;
}

export class XiaomiSender extends BaseSender {
  readonly provider = 'xiaomi' as const;
  constructor(
    private readonly config: ProviderConfig<'xiaomi'>,
    options?: SenderOptions,
    ctx?: ProfileContext,
  ) {
    super(options, ctx);
    registerSecret(config.appSecret);
  }

  protected async authenticate(): Promise<AuthToken> {
    return { value: '', expiresAt: Number.MAX_SAFE_INTEGER };
  }

  protected async attempt(req: PushRequest, _auth: AuthToken, signal?: AbortSignal): Promise<Attempt> {
    const base = (this.config.baseUrl ?? XIAOMI_REGIONS[this.config.region ?? 'china']).replace(/\/$/, '');
    const channelId = this.channelOf('xiaomi', req);
    const c = req.clickAction;
    const fields: Record<string, string | number | undefined> = {
      registration_id: req.token,
      restricted_package_name: this.config.restrictedPackage ?? req.package,
      title: req.title,
      description: req.body,
      payload: req.ext ? JSON.stringify(req.ext) : undefined,
      pass_through: 0,
      notify_type: -1,
      'extra.channel_id': channelId,
      'extra.notify_effect': c?.type === 'activity' ? '2' : c?.type === 'url' ? '3' : '1',
      'extra.intent_uri': c?.type === 'activity' ? c.value : undefined,
      'extra.web_uri': c?.type === 'url' ? c.value : undefined,
    };
    for (const [k, v] of Object.entries(req.ext ?? {})) fields[`extra.${k}`] = v;
    const res = await httpRequest('xiaomi', `${base}/v3/message/regid`, {
      headers: {
        authorization: xiaomiAuthorization(this.config.appSecret),
        'content-type': 'application/x-www-form-urlencoded;charset=UTF-8',
      },
      body: form(fields),
      timeoutMs: this.timeoutMs,
      signal,
    });
    const j = res.json as {
      result?: string;
      code?: number;
      reason?: string;
      description?: string;
      data?: { id?: string };
    };
    const code = String(j.code ?? res.status);
    const ok = j.result === 'ok' && code === '0';
    return {
      ok,
      httpStatus: res.status,
      vendorCode: code,
      messageId: ok ? j.data?.id : undefined,
      // Accepted without a channel: MiPush puts it in the default channel, one a day per device (push-api-audit.md §4).
      meaning:
        ok && !channelId
          ? { key: 'push.accepted.xiaomiNoChannel', params: { provider: 'xiaomi', code } }
          : meaning('xiaomi', code, { detail: j.reason ?? j.description ?? '' }),
      retryable: res.status === 429 || res.status >= 500,
      retryAfterSec: retryAfter(res.headers),
    };
  }
}
