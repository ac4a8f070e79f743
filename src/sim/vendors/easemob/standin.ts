// Easemob's stand-in: its credentials, its URLs on the stand-in server, and its API's answers as
// push-apis.md describes them (each answer names its source: push-apis.md = "apis §n",
// push-api-audit.md = "audit §n"; codes no source confirms are marked "unverified").
import { randomUUID } from 'node:crypto';
import type { StandinContext, StandinModule } from '../../standins/kit';
import { j, rnd } from '../../standins/kit';

export interface EasemobCredentials {
  orgName: string;
  appName: string;
  clientId: string;
  clientSecret: string;
  users: string[];
}

function routes(s: StandinContext<EasemobCredentials>): void {
  // Easemob — apis §9: token `{access_token, expires_in, application}`, send `{…, data:{user: msgId}}`,
  // errors `{error, error_description}` with their HTTP status (EM-doc error.md).
  s.route('POST', /^\/easemob\/([^/]+)\/([^/]+)\/token$/, (r) => {
    const b = (r.json ?? {}) as Record<string, string>;
    if (b.grant_type !== 'client_credentials')
      return j(400, { error: 'invalid_grant', error_description: 'grant_type must be client_credentials' });
    if (b.client_id !== s.cred.clientId)
      return j(400, { error: 'invalid_grant', error_description: 'client_id does not match' });
    if (b.client_secret !== s.cred.clientSecret)
      return j(401, { error: 'invalid_grant', error_description: 'client_secret does not match' });
    return j(200, {
      access_token: s.issue(Number(b.ttl) || 86400),
      expires_in: Number(b.ttl) || 86400,
      application: randomUUID(),
    });
  });
  s.route('POST', /^\/easemob\/([^/]+)\/([^/]+)\/messages\/users$/, (r) => {
    const [, org, app] = /^\/easemob\/([^/]+)\/([^/]+)\//.exec(r.path)!;
    if (org !== s.cred.orgName || app !== s.cred.appName)
      return j(404, {
        error: 'organization_application_not_found',
        error_description: `Could not find application for ${org}/${app}`,
      });
    const bearer = /^Bearer (.+)$/.exec(r.headers.authorization ?? '')?.[1];
    if (!s.valid(bearer))
      return j(401, { error: 'unauthorized', error_description: 'Unable to authenticate due to expired access token' });
    const b = (r.json ?? {}) as Record<string, any>;
    if (s.overQuota())
      return j(429, { error: 'too_many_requests', error_description: 'You have exceeded the limit of requests' });
    const to: string[] = b.to ?? [];
    // "该接口不校验传入的发送方和接收方的用户 ID … 仍照常发送" (EM-doc message_single, audit §9): an
    // unknown user gets a message id like any other, and no device receives it.
    if (!to.length) return j(400, { error: 'illegal_argument', error_description: 'to must not be empty' });
    const data = Object.fromEntries(to.map((u) => [u, `${Date.now()}${rnd(4)}`]));
    const ext = b.ext?.em_push_ext ?? {};
    const deliver = to.flatMap((u) =>
      s.tokenReports('easemob', u).map((t) => ({
        vendor: t.vendor,
        via: 'easemob' as const,
        token: t.token,
        package: t.package,
        title: ext.title ?? 'New message',
        body: ext.content ?? b.body?.msg ?? '',
        channelId: b.ext?.em_android_push_ext?.[`${t.vendor === 'fcm' ? 'fcm' : t.vendor}_channel_id`],
        ext: ext.custom,
        messageId: data[u],
      })),
    );
    return j(
      200,
      {
        path: '/messages/users',
        uri: `https://a1.easemob.com/${org}/${app}/messages/users`,
        timestamp: Date.now(),
        organization: org,
        application: randomUUID(),
        action: 'post',
        data,
        duration: 0,
        applicationName: app,
      },
      deliver,
    );
  });
}

export const standin: StandinModule<EasemobCredentials, 'easemob', 'easemob'> = {
  credKey: 'easemob',
  credentials: () => ({
    orgName: 'pd-org',
    appName: 'chat',
    clientId: `YXA6${rnd(10)}`,
    clientSecret: `YXA6${rnd(16)}`,
    users: ['alice', 'bob'],
  }),
  urls: (origin) => ({ baseUrl: `${origin}/easemob` }),
  routes,
  profile: (c, u) => ({
    orgName: c.orgName,
    appName: c.appName,
    clientId: c.clientId,
    clientSecret: c.clientSecret,
    fromUser: 'bob',
    toUser: 'alice',
    baseUrl: u.baseUrl,
  }),
};
