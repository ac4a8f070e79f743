// Huawei Push Kit's stand-in: its credentials, its URLs on the stand-in server, and its API's answers as
// push-apis.md describes them (each answer names its source: push-apis.md = "apis §n",
// push-api-audit.md = "audit §n"; codes no source confirms are marked "unverified").
import type { StandinContext, StandinModule } from '../../standins/kit';
import { j, rnd } from '../../standins/kit';
import { clientCredentialsMatch } from '../../standins/signing';

export interface HuaweiCredentials {
  appId: string;
  clientSecret: string;
  /** The OAuth client id when it differs from the App ID (project-level credentials). */
  clientId?: string;
}

function routes(s: StandinContext<HuaweiCredentials>): void {
  // Huawei Push Kit — apis §2: string `code`, 80000000 success, error table from HMS-Java ResponceCodeProcesser.
  s.route('POST', /^\/huawei\/oauth2\/v3\/token$/, (r) => {
    // HMS-Go auth.go TokenMsg: error + error_description on a refused client (apis §2).
    if (!clientCredentialsMatch(r.form, s.cred.clientId ?? s.cred.appId, s.cred.clientSecret))
      return j(400, { error: 1101, error_description: 'invalid client' });
    return j(200, { access_token: s.issue(3600), expires_in: 3600, token_type: 'Bearer' });
  });
  s.route('POST', /^\/huawei\/v1\/([^/]+)\/messages:send$/, (r) => {
    const bearer = /^Bearer (.+)$/.exec(r.headers.authorization ?? '')?.[1];
    const state = s.tokenState(bearer);
    // apis §2 error table (HMS-Java ResponceCodeProcesser): unknown bearer 80200001, expired 80200003.
    if (state === 'unknown') return j(401, { code: '80200001', msg: 'Oauth authentication error', requestId: rnd(8) });
    if (state === 'expired') return j(401, { code: '80200003', msg: 'Oauth Token expired.', requestId: rnd(8) });
    const appId = /\/v1\/([^/]+)\//.exec(r.path)![1];
    if (appId !== s.cred.appId)
      return j(403, {
        code: '80300002',
        msg: 'There is no permission to send a message to a specified device.',
        requestId: rnd(8),
      });
    const m = (r.json as { message?: Record<string, any> })?.message;
    const tokens: string[] = m?.token ?? [];
    if (!m || !tokens.length)
      return j(400, { code: '80100001', msg: 'Some request parameters are invalid.', requestId: rnd(8) });
    if (s.overQuota())
      return j(200, {
        code: '80300010',
        msg: 'The number of tokens in the message body exceeds the default value',
        requestId: rnd(8),
      });
    const known = tokens.filter((t) => s.phone('huawei', t));
    if (!known.length) return j(200, { code: '80300007', msg: 'All the tokens are invalid', requestId: rnd(8) });
    const n = m.android?.notification ?? {};
    const requestId = `${Date.now()}${rnd(4)}`;
    return j(
      200,
      { code: '80000000', msg: 'Success', requestId },
      known.map((t) => ({
        vendor: 'huawei' as const,
        via: 'huawei' as const,
        token: t,
        package: s.package,
        title: n.title ?? '',
        body: n.body ?? '',
        channelId: n.channel_id,
        clickIntent: n.click_action?.type === 1 ? n.click_action.intent : undefined,
        ext: m.data ? JSON.parse(m.data) : undefined,
        messageId: requestId,
        testMode: m.android?.target_user_type === 1,
      })),
    );
  });
}

export const standin: StandinModule<HuaweiCredentials, 'huawei', 'huawei'> = {
  credKey: 'huawei',
  credentials: () => ({ appId: '104412345', clientSecret: rnd(32) }),
  urls: (origin) => ({ baseUrl: `${origin}/huawei`, authUrl: `${origin}/huawei/oauth2/v3/token` }),
  routes,
  profile: (c, u) => ({ appId: c.appId, clientSecret: c.clientSecret, authUrl: u.authUrl, baseUrl: u.baseUrl }),
};
