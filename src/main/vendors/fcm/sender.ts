// Firebase Cloud Messaging HTTP v1: a service-account JWT (RS256) exchanged for an OAuth token,
// then messages:send. Errors come in the google.rpc envelope with an FcmError code.
import { readFileSync } from 'node:fs';
import { SignJWT, importPKCS8 } from 'jose';
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
import { BadInputError } from '../../errors';
import { registerSecret } from '../../secrets';
import type { ProviderConfig } from '../../../shared/profile';

interface ServiceAccount {
  project_id: string;
  client_email: string;
  private_key: string;
  private_key_id?: string;
  token_uri?: string;
}

export function readServiceAccount(path: string): ServiceAccount {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new BadInputError(
      `providers.fcm.serviceAccountFile: cannot read ${path} (${(err as NodeJS.ErrnoException).code ?? 'error'}).`,
      'Download the service account key (JSON) from the Firebase console → Project settings → Service accounts.',
    );
  }
  return parseServiceAccount(text, `providers.fcm.serviceAccountFile: ${path}`);
}

/** The key from its JSON text; an error names what is wrong and never quotes the text (it may be any file). */
export function parseServiceAccount(text: string, where = 'providers.fcm.serviceAccount'): ServiceAccount {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new BadInputError(
      `${where} is not JSON, so it is not a service account key.`,
      'Download the service account key (JSON) from the Firebase console → Project settings → Service accounts.',
    );
  }
  const sa = (raw && typeof raw === 'object' ? raw : {}) as Partial<ServiceAccount>;
  for (const field of ['project_id', 'client_email', 'private_key'] as const)
    if (typeof sa[field] !== 'string' || !sa[field])
      throw new BadInputError(`${where} has no "${field}"; it is not a service account key.`);
  registerSecret(sa.private_key);
  return sa as ServiceAccount;
}

/**
 * The service-account JWT for the token endpoint (push-apis.md §1, oauth2 jws/jwt.go): header
 * {alg RS256, typ JWT, kid}, claims {scope, iss, aud, iat, exp = iat + 1 h}, RSASSA-PKCS1-v1_5/SHA-256.
 */
export async function fcmAssertion(
  sa: Pick<ServiceAccount, 'client_email' | 'private_key' | 'private_key_id'>,
  tokenUrl: string,
  now = Math.floor(Date.now() / 1000),
): Promise<string> {
  const key = await importPKCS8(sa.private_key, 'RS256');
  return new SignJWT({ scope: 'https://www.googleapis.com/auth/firebase.messaging' })
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', ...(sa.private_key_id ? { kid: sa.private_key_id } : {}) })
    .setIssuer(sa.client_email)
    .setAudience(tokenUrl)
    .setIssuedAt(now)
    .setExpirationTime(now + 3600)
    .sign(key);
}

export class FcmSender extends BaseSender {
  readonly provider = 'fcm' as const;
  private readonly sa: ServiceAccount;
  private readonly baseUrl: string;
  private readonly tokenUrl: string;

  constructor(config: ProviderConfig<'fcm'>, options?: SenderOptions, ctx?: ProfileContext) {
    super(options, ctx);
    this.sa =
      config.serviceAccount !== undefined
        ? parseServiceAccount(config.serviceAccount)
        : readServiceAccount(config.serviceAccountFile ?? '');
    this.baseUrl = (config.baseUrl ?? 'https://fcm.googleapis.com').replace(/\/$/, '');
    this.tokenUrl = config.tokenUrl ?? this.sa.token_uri ?? 'https://oauth2.googleapis.com/token';
  }

  protected async authenticate(signal?: AbortSignal): Promise<AuthToken> {
    let assertion: string;
    try {
      assertion = await fcmAssertion(this.sa, this.tokenUrl);
    } catch {
      throw new AuthRefused({
        meaning: meaning('fcm', 'invalid_grant', { detail: 'private_key is not a PKCS#8 RSA key' }),
        vendorCode: 'invalid_grant',
      });
    }
    const res = await httpRequest('fcm', this.tokenUrl, {
      body: form({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion }),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      timeoutMs: this.timeoutMs,
      signal,
    });
    const j = res.json as { access_token?: string; expires_in?: number; error?: string; error_description?: string };
    if (res.status !== 200 || !j.access_token)
      throw new AuthRefused({
        httpStatus: res.status,
        vendorCode: j.error ?? String(res.status),
        meaning: meaning('fcm', j.error ?? 'invalid_grant', { detail: j.error_description ?? '' }),
      });
    return { value: j.access_token, expiresAt: Date.now() + (j.expires_in ?? 3600) * 1000 };
  }

  protected async attempt(req: PushRequest, auth: AuthToken, signal?: AbortSignal): Promise<Attempt> {
    const message = {
      token: req.token,
      notification: { title: req.title, body: req.body },
      data: req.ext,
      android: {
        priority: req.priority ?? 'high',
        restricted_package_name: req.package,
        notification: {
          channel_id: this.channelOf('fcm', req),
          click_action: req.clickAction?.type === 'activity' ? req.clickAction.value : undefined,
        },
      },
    };
    const res = await httpRequest(
      'fcm',
      `${this.baseUrl}/v1/projects/${encodeURIComponent(this.sa.project_id)}/messages:send`,
      {
        headers: { authorization: `Bearer ${auth.value}`, 'content-type': 'application/json' },
        body: JSON.stringify({ message }),
        timeoutMs: this.timeoutMs,
        signal,
      },
    );
    if (res.status === 200) {
      const name = (res.json as { name?: string }).name;
      return {
        ok: true,
        httpStatus: 200,
        vendorCode: 'ok',
        messageId: name?.split('/').pop(),
        meaning: meaning('fcm', 'ok'),
      };
    }
    const err =
      (res.json as { error?: { status?: string; message?: string; details?: { errorCode?: string }[] } }).error ?? {};
    const code = err.details?.find((d) => d.errorCode)?.errorCode ?? err.status ?? String(res.status);
    return {
      ok: false,
      httpStatus: res.status,
      vendorCode: code,
      meaning: meaning('fcm', code, { detail: err.message ?? '' }),
      authError: res.status === 401 && code !== 'THIRD_PARTY_AUTH_ERROR',
      retryable: res.status === 429 || res.status >= 500,
      retryAfterSec: retryAfter(res.headers),
    };
  }
}
