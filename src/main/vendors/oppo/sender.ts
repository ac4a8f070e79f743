// OPPO/HeyTap push: auth with sha256(appKey + timestamp + masterSecret), a 24 h auth_token, then
// notification/unicast with the message as a JSON form field.
import { createHash } from 'node:crypto';
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
import { OPPO_REGIONS, type ProviderConfig } from '../../../shared/profile';

export function oppoSign(appKey: string, timestamp: string, masterSecret: string): string {
  return createHash('sha256')
    .update(appKey + timestamp + masterSecret)
    .digest('hex');
}

export class OppoSender extends BaseSender {
  readonly provider = 'oppo' as const;
  constructor(
    private readonly config: ProviderConfig<'oppo'>,
    options?: SenderOptions,
    ctx?: ProfileContext,
  ) {
    super(options, ctx);
  }

  private get base(): string {
    return (this.config.baseUrl ?? OPPO_REGIONS[this.config.region ?? 'china']).replace(/\/$/, '');
  }

  protected async authenticate(signal?: AbortSignal): Promise<AuthToken> {
    const timestamp = String(Date.now());
    const res = await httpRequest('oppo', `${this.base}/server/v1/auth`, {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form({
        app_key: this.config.appKey,
        timestamp,
        sign: oppoSign(this.config.appKey, timestamp, this.config.masterSecret),
      }),
      timeoutMs: this.timeoutMs,
      signal,
    });
    const j = res.json as { code?: number; message?: string; data?: { auth_token?: string; create_time?: number } };
    if (j.code !== 0 || !j.data?.auth_token)
      throw new AuthRefused({
        httpStatus: res.status,
        vendorCode: String(j.code ?? res.status),
        meaning: meaning('oppo', j.code ?? res.status, { detail: j.message ?? '' }),
      });
    return { value: j.data.auth_token, expiresAt: (j.data.create_time ?? Date.now()) + 24 * 3600 * 1000 };
  }

  protected async attempt(req: PushRequest, auth: AuthToken, signal?: AbortSignal): Promise<Attempt> {
    const c = req.clickAction;
    const notification = {
      title: req.title,
      content: req.body,
      channel_id: this.channelOf('oppo', req),
      click_action_type: c?.type === 'activity' ? 4 : c?.type === 'url' ? 2 : 0,
      click_action_activity: c?.type === 'activity' ? c.value : undefined,
      click_action_url: c?.type === 'url' ? c.value : undefined,
      action_parameters: req.ext ? JSON.stringify(req.ext) : undefined,
      category: this.config.category,
      // 1 bar, 2 bar + lock screen, 16 + banner/sound (needs category; push-apis.md §5).
      notify_level: this.config.notifyLevel ?? (this.config.category ? 2 : undefined),
      private_msg_template_id: this.config.privateTemplateId,
      private_title_parameters: this.config.privateTitleParameters,
      private_content_parameters: this.config.privateContentParameters,
      off_line: true,
    };
    const res = await httpRequest('oppo', `${this.base}/server/v1/message/notification/unicast`, {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form({
        auth_token: auth.value,
        message: JSON.stringify({ target_type: 2, target_value: req.token, notification }),
      }),
      timeoutMs: this.timeoutMs,
      signal,
    });
    const j = res.json as { code?: number; message?: string; data?: { messageId?: string } };
    const code = String(j.code ?? res.status);
    const ok = code === '0';
    return {
      ok,
      httpStatus: res.status,
      vendorCode: code,
      messageId: ok ? j.data?.messageId : undefined,
      meaning: meaning('oppo', code, { detail: j.message ?? '' }),
      authError: code === '11' || code === '29',
      retryable: code === '-2' || code === '-1' || res.status === 429 || res.status >= 500,
      retryAfterSec: retryAfter(res.headers),
    };
  }
}
