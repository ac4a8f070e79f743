// What every provider's sender shares: the auth token cached until it expires and refreshed once
// on an auth error, bounded retries of what is safe to retry (never a request that may already
// have been delivered, except where the provider says so: 429/5xx), and a result whose meaning
// says what the provider's code means and what to do.
import type { ProviderName, Text, VendorChannel } from '../../shared/types';
import type { AppProfile, ClickAction } from '../../shared/profile';
import { PushTransportError } from './http';
import { redact, registerSecret } from '../secrets';
import { codeKey } from './codes';

export interface PushRequest {
  token: string;
  package: string;
  title: string;
  body: string;
  channelId?: string;
  clickAction?: ClickAction;
  /** Custom content delivered with the notification (becomes intent extras on tap). */
  ext?: Record<string, string>;
  /** Vendor test mode (Huawei/Honor target_user_type, vivo pushMode). */
  testMode?: boolean;
  /** vivo/OPPO classification: 1 = system/private (IM), 0 = operational/public. */
  classification?: 0 | 1;
  /** FCM android.priority (default high); the other providers have no such field. */
  priority?: 'high' | 'normal';
}

export interface SendResult {
  provider: ProviderName;
  ok: boolean;
  httpStatus?: number;
  vendorCode?: string;
  meaning: Text;
  messageId?: string;
  sentAt: string;
  /** Attempts made (1 when nothing was retried). */
  attempts: number;
}

export interface Attempt {
  ok: boolean;
  httpStatus?: number;
  vendorCode?: string;
  messageId?: string;
  meaning: Text;
  /** The auth token was refused or expired: refresh it and try once more. */
  authError?: boolean;
  /** The provider says this may be retried (rate limit, server error). */
  retryable?: boolean;
  /** Seconds the provider asked to wait (Retry-After). */
  retryAfterSec?: number;
}

export interface AuthToken {
  value: string;
  expiresAt: number;
}

/**
 * What a sender reads from the rest of the profile: the channel id of each vendor (an IM server
 * passes every vendor's own id on) and the vendor sections an IM provider falls back to for the
 * vendor categories. Given by createSender, so `push` and `diagnose` send the same fields.
 */
export interface ProfileContext {
  channels?: AppProfile['channels'];
  providers?: AppProfile['providers'];
}

export interface SenderOptions {
  timeoutMs?: number;
  /** Total time for one message, retries included. */
  deadlineMs?: number;
  maxAttempts?: number;
  /** Base of the exponential backoff. */
  backoffMs?: number;
}

export interface Sender {
  readonly provider: ProviderName;
  send(req: PushRequest, signal?: AbortSignal): Promise<SendResult>;
  /** Auth calls made so far (for tests and the bench). */
  readonly authCalls: number;
}

export abstract class BaseSender implements Sender {
  abstract readonly provider: ProviderName;
  authCalls = 0;
  private cached: AuthToken | null = null;
  private pendingAuth: Promise<AuthToken> | null = null;

  constructor(
    protected readonly options: SenderOptions = {},
    protected readonly ctx: ProfileContext = {},
  ) {}

  /** The request's channel id, else the profile's for this vendor (the CLI and diagnose both pass the profile). */
  protected channelOf(vendor: VendorChannel, req: PushRequest): string | undefined {
    return req.channelId ?? this.ctx.channels?.[vendor];
  }

  /** Providers without a token exchange (Xiaomi, Meizu, Tencent IM) return an empty token. */
  protected abstract authenticate(signal?: AbortSignal): Promise<AuthToken>;
  protected abstract attempt(req: PushRequest, auth: AuthToken, signal?: AbortSignal): Promise<Attempt>;

  protected get timeoutMs(): number {
    return this.options.timeoutMs ?? 15_000;
  }

  private async auth(force: boolean, signal?: AbortSignal): Promise<AuthToken> {
    // Refresh a minute early so that a token never expires in flight.
    if (!force && this.cached && this.cached.expiresAt - 60_000 > Date.now()) return this.cached;
    this.pendingAuth ??= (async () => {
      this.authCalls++;
      try {
        const t = await this.authenticate(signal);
        registerSecret(t.value);
        this.cached = t;
        return t;
      } finally {
        this.pendingAuth = null;
      }
    })();
    return this.pendingAuth;
  }

  async send(req: PushRequest, signal?: AbortSignal): Promise<SendResult> {
    const sentAt = new Date().toISOString();
    const deadline = Date.now() + (this.options.deadlineMs ?? 45_000);
    const maxAttempts = this.options.maxAttempts ?? 3;
    let refreshed = false;
    let attempts = 0;
    for (;;) {
      attempts++;
      let result: Attempt;
      try {
        const auth = await this.auth(false, signal);
        result = await this.attempt(req, auth, signal);
      } catch (err) {
        if (err instanceof AuthRefused) {
          // The auth endpoint being busy or down is worth another try; refused credentials are not.
          const status = err.result.httpStatus ?? 0;
          if (
            (status === 429 || status >= 500) &&
            attempts < maxAttempts &&
            Date.now() < deadline &&
            !signal?.aborted
          ) {
            await this.pause(attempts, undefined, deadline, signal);
            continue;
          }
          return { provider: this.provider, ok: false, ...err.result, sentAt, attempts };
        }
        if (!(err instanceof PushTransportError)) throw err;
        // Only what surely never reached the provider is retried.
        const retry = !err.maybeSent && err.kind === 'unreachable';
        if (retry && attempts < maxAttempts && Date.now() < deadline && !signal?.aborted) {
          await this.pause(attempts, undefined, deadline, signal);
          continue;
        }
        return {
          provider: this.provider,
          ok: false,
          httpStatus: err.httpStatus,
          meaning: {
            key: `push.transport.${err.kind}`,
            params: { provider: this.provider, message: redact(err.message) },
          },
          sentAt,
          attempts,
        };
      }
      if (result.authError && !refreshed) {
        refreshed = true;
        this.cached = null;
        continue;
      }
      if (result.retryable && attempts < maxAttempts && Date.now() < deadline && !signal?.aborted) {
        await this.pause(attempts, result.retryAfterSec, deadline, signal);
        continue;
      }
      return {
        provider: this.provider,
        ok: result.ok,
        httpStatus: result.httpStatus,
        vendorCode: result.vendorCode,
        meaning: result.meaning,
        messageId: result.messageId,
        sentAt,
        attempts,
      };
    }
  }

  private async pause(
    attempt: number,
    retryAfterSec: number | undefined,
    deadline: number,
    signal?: AbortSignal,
  ): Promise<void> {
    const base = this.options.backoffMs ?? 400;
    const exp = Math.min(base * 2 ** (attempt - 1), 8000);
    const wait = Math.min(
      retryAfterSec !== undefined ? retryAfterSec * 1000 : exp * (0.5 + Math.random() / 2),
      Math.max(0, deadline - Date.now()),
    );
    await new Promise<void>((resolve) => {
      const t = setTimeout(resolve, wait);
      signal?.addEventListener(
        'abort',
        () => {
          clearTimeout(t);
          resolve();
        },
        { once: true },
      );
    });
  }
}

/** The provider refused our credentials: nothing to retry, say which field is wrong. */
export class AuthRefused extends Error {
  constructor(readonly result: Omit<SendResult, 'provider' | 'ok' | 'sentAt' | 'attempts'>) {
    super('auth refused');
  }
}

/** The meaning of a provider's code: its own text when the code is known (./codes.ts), else a generic one. */
export function meaning(
  provider: ProviderName,
  code: string | number | undefined,
  params: Record<string, string | number> = {},
): Text {
  const c = String(code ?? '');
  const key = codeKey(provider, c);
  return key
    ? { key, params: { provider, code: c, ...params } }
    : { key: 'push.code.unknown', params: { provider, code: c || '?', detail: '', ...params } };
}

export const retryAfter = (h: Headers): number | undefined => {
  const v = h.get('retry-after');
  if (!v) return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? Math.min(n, 30) : undefined;
};
