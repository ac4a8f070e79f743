// Meizu Flyme push: form fields signed with md5(sorted k=v concatenation + AppSecret);
// per-pushId failures come back inside `value` with HTTP 200 and code "200".
import { createHash } from 'node:crypto';
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
import { MEIZU_REGIONS, type ProviderConfig } from '../../../shared/profile';
import { registerSecret } from '../../secrets';

export function meizuSign(params: Record<string, string>, appSecret: string): string {
  const base = Object.keys(params)
    .filter((k) => k !== 'sign')
    .sort()
    .map((k) => `${k}=${params[k]}`)
    .join('');
  return createHash('md5')
    .update(base + appSecret)
    .digest('hex');
}

export class MeizuSender extends BaseSender {
  readonly provider = 'meizu' as const;
  constructor(
    private readonly config: ProviderConfig<'meizu'>,
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
    // https like the official SDK (MZ-SDK SystemConstants): the signed form and the push ids stay private.
    const base = (this.config.baseUrl ?? MEIZU_REGIONS[this.config.region ?? 'china']).replace(/\/$/, '');
    const c = req.clickAction;
    const messageJson = JSON.stringify({
      noticeBarInfo: { noticeMsgType: this.config.noticeMsgType ?? 0, title: req.title, content: req.body },
      clickTypeInfo: {
        clickType: c?.type === 'activity' ? 1 : c?.type === 'url' ? 2 : 0,
        activity: c?.type === 'activity' ? c.value : undefined,
        url: c?.type === 'url' ? c.value : undefined,
        parameters: req.ext,
      },
      pushTimeInfo: { offLine: 1, validTime: 24 },
    });
    const params: Record<string, string> = { appId: this.config.appId, pushIds: req.token, messageJson };
    params.sign = meizuSign(params, this.config.appSecret);
    const res = await httpRequest('meizu', `${base}/garcia/api/server/push/varnished/pushByPushId`, {
      headers: { 'content-type': 'application/x-www-form-urlencoded;charset=UTF-8' },
      body: form(params),
      timeoutMs: this.timeoutMs,
      signal,
    });
    const j = res.json as {
      code?: string | number;
      message?: string;
      value?: Record<string, string[]> | string;
      msgId?: string;
    };
    const code = String(j.code ?? res.status);
    // A per-pushId failure: the value maps an error code to the ids it hit.
    const failed =
      typeof j.value === 'object' && j.value
        ? Object.entries(j.value).find(([, ids]) => ids.includes(req.token))
        : undefined;
    const vendorCode = failed ? failed[0] : code;
    const ok = code === '200' && !failed;
    return {
      ok,
      httpStatus: res.status,
      vendorCode,
      messageId: ok ? j.msgId : undefined,
      meaning: meaning('meizu', vendorCode, { detail: j.message ?? '' }),
      retryable: code === '1003' || code === '110010' || res.status === 429 || res.status >= 500,
      retryAfterSec: retryAfter(res.headers),
    };
  }
}
