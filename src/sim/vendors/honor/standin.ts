// Honor Push's stand-in: its credentials, its URLs on the stand-in server, and its API's answers as
// push-apis.md describes them (each answer names its source: push-apis.md = "apis §n",
// push-api-audit.md = "audit §n"; codes no source confirms are marked "unverified").
import type { StandinContext, StandinModule } from '../../standins/kit';
import { j, rnd } from '../../standins/kit';
import { clientCredentialsMatch } from '../../standins/signing';

export interface HonorCredentials {
  appId: string;
  clientId: string;
  clientSecret: string;
}

function routes(s: StandinContext<HonorCredentials>): void {
  // Honor Push — apis §3 / audit §3: IAM client credentials, sendMessage with a `timestamp` header.
  s.route('POST', /^\/honor\/auth\/token$/, (r) => {
    if (!clientCredentialsMatch(r.form, s.cred.clientId, s.cred.clientSecret))
      return j(401, { error: 'invalid_client', error_description: 'Invalid client or Invalid client credentials' });
    return j(200, { access_token: s.issue(3600), expires_in: 3600, token_type: 'Bearer' });
  });
  s.route('POST', /^\/honor\/api\/v1\/([^/]+)\/sendMessage$/, (r) => {
    if (!s.valid(/^Bearer (.+)$/.exec(r.headers.authorization ?? '')?.[1]))
      return j(401, { code: 401, message: 'token invalid or expired' });
    if (!r.headers.timestamp) return j(400, { code: 80100001, message: 'timestamp header missing' });
    const b = r.json as {
      token?: string[];
      android?: { notification?: Record<string, any>; targetUserType?: number };
      data?: string;
    };
    // Quota code borrowed from Huawei: Honor publishes no code table (unverified, audit §3).
    if (s.overQuota()) return j(200, { code: 80300010, message: 'daily quota exceeded' });
    // The real answer (audit §3: zandala88/honor-push HonorSendResp, index 8107895125 SendRes):
    // {code, message, data:{sendResult, requestId, failTokens, expireTokens}} — refused tokens are
    // listed inside a code-200 answer, not signalled by the code.
    const tokens = b?.token ?? [];
    const expireTokens = tokens.filter((t) => s.deviceTokenExpired(t));
    const failTokens = tokens.filter((t) => !s.deviceTokenExpired(t) && !s.phone('honor', t));
    const known = tokens.filter((t) => !s.deviceTokenExpired(t) && s.phone('honor', t));
    const n = b.android?.notification ?? {};
    const id = `${Date.now()}${rnd(6)}`;
    return j(
      200,
      {
        code: 200,
        message: 'success',
        data: { sendResult: known.length > 0, requestId: id, failTokens, expireTokens },
      },
      known.map((t) => ({
        vendor: 'honor' as const,
        via: 'honor' as const,
        token: t,
        package: s.package,
        title: n.title ?? '',
        body: n.body ?? '',
        ext: b.data ? JSON.parse(b.data) : undefined,
        clickIntent: n.clickAction?.type === 1 ? n.clickAction.intent : undefined,
        messageId: id,
        testMode: b.android?.targetUserType === 1,
      })),
    );
  });
}

export const standin: StandinModule<HonorCredentials, 'honor', 'honor'> = {
  credKey: 'honor',
  credentials: () => ({ appId: '104987654', clientId: `hn${rnd(8)}`, clientSecret: rnd(24) }),
  urls: (origin) => ({ baseUrl: `${origin}/honor`, authUrl: `${origin}/honor/auth/token` }),
  routes,
  profile: (c, u) => ({
    appId: c.appId,
    clientId: c.clientId,
    clientSecret: c.clientSecret,
    authUrl: u.authUrl,
    baseUrl: u.baseUrl,
  }),
};
