// Xiaomi MiPush's stand-in: its credentials, its URLs on the stand-in server, and its API's answers as
// push-apis.md describes them (each answer names its source: push-apis.md = "apis §n",
// push-api-audit.md = "audit §n"; codes no source confirms are marked "unverified").
import type { StandinContext, StandinModule } from '../../standins/kit';
import { j, rnd } from '../../standins/kit';
import { xiaomiAuthorized } from './signing';

export interface XiaomiCredentials {
  appSecret: string;
}

function routes(s: StandinContext<XiaomiCredentials>): void {
  // Xiaomi MiPush — apis §4: `{result, code, reason, description, data:{id,…}}`, HTTP 200 for errors.
  s.route('POST', /^\/xiaomi\/v3\/message\/regid$/, (r) => {
    const err = (code: number, reason: string) =>
      j(200, { result: 'error', reason, trace_id: rnd(8), code, description: reason });
    // apis §4: wrong secret 21301 (MixPush issue #44), wrong package 22022 (MI-jar ErrorCode).
    if (!xiaomiAuthorized(r.headers.authorization, s.cred.appSecret)) return err(21301, 'Invalid application secret.');
    const f = r.form;
    if (!f.get('registration_id')) return err(10016, 'missing required parameter: registration_id');
    if (f.get('restricted_package_name') !== s.package)
      return err(22022, `Invalid package name: ${f.get('restricted_package_name')}`);
    if (s.overQuota()) return err(22101, 'too many notifications');
    const token = f.get('registration_id')!;
    // The reason text is real (wildfirechat/push_server#5); the number is unverified (audit §4).
    if (!s.phone('xiaomi', token)) return err(20301, 'No valid targets!');
    const id = `scm${rnd(10)}`;
    const ext: Record<string, string> = {};
    for (const [k, v] of f)
      if (
        k.startsWith('extra.') &&
        !['extra.channel_id', 'extra.notify_effect', 'extra.intent_uri', 'extra.web_uri'].includes(k)
      )
        ext[k.slice(6)] = v;
    return j(
      200,
      {
        result: 'ok',
        trace_id: rnd(8),
        code: 0,
        info: 'Received push messages for 1 REGID',
        data: { id, day_acked: '1', day_quota: '1000' },
      },
      [
        {
          vendor: 'xiaomi',
          via: 'xiaomi',
          token,
          package: s.package,
          title: f.get('title') ?? '',
          body: f.get('description') ?? '',
          channelId: f.get('extra.channel_id') ?? undefined,
          clickIntent: f.get('extra.intent_uri') ?? f.get('extra.web_uri') ?? undefined,
          ext,
          messageId: id,
        },
      ],
    );
  });
}

export const standin: StandinModule<XiaomiCredentials, 'xiaomi', 'xiaomi'> = {
  credKey: 'xiaomi',
  credentials: () => ({ appSecret: `mi${rnd(12)}` }),
  urls: (origin) => ({ baseUrl: `${origin}/xiaomi` }),
  routes,
  profile: (c, u) => ({ appSecret: c.appSecret, baseUrl: u.baseUrl }),
};
