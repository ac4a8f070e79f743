// Meizu Flyme Push's stand-in: its credentials, its URLs on the stand-in server, and its API's answers as
// push-apis.md describes them (each answer names its source: push-apis.md = "apis §n",
// push-api-audit.md = "audit §n"; codes no source confirms are marked "unverified").
import type { StandinContext, StandinModule } from '../../standins/kit';
import { clickIntent, j, rnd } from '../../standins/kit';
import { meizuExpectedSign } from './signing';

export interface MeizuCredentials {
  appId: string;
  appSecret: string;
}

function routes(s: StandinContext<MeizuCredentials>): void {
  // Meizu Flyme — apis §7: `{code:"200", message, value:{<code>:[pushIds]}, msgId}` (MZ README).
  s.route('POST', /^\/meizu\/garcia\/api\/server\/push\/varnished\/pushByPushId$/, (r) => {
    const params = Object.fromEntries(r.form) as Record<string, string>;
    if (params.appId !== s.cred.appId)
      return j(200, { code: '110000', message: 'invalid appId', value: '', redirect: '' });
    // apis §7 top-level codes (MZ README): 110000 appId, 1006 signature, 110019 daily count, 1005 params.
    if (params.sign !== meizuExpectedSign(params, s.cred.appSecret))
      return j(200, { code: '1006', message: 'signature verification failed', value: '', redirect: '' });
    if (s.overQuota()) return j(200, { code: '110019', message: 'daily push count exceeded', value: '', redirect: '' });
    let m: Record<string, any>;
    try {
      m = JSON.parse(params.messageJson ?? '');
    } catch {
      return j(200, { code: '1005', message: 'messageJson invalid', value: '', redirect: '' });
    }
    const ids = (params.pushIds ?? '').split(',').filter(Boolean);
    const bad = ids.filter((id) => !s.phone('meizu', id));
    const good = ids.filter((id) => s.phone('meizu', id));
    const msgId = rnd(12);
    return j(
      200,
      { code: '200', message: '', value: bad.length ? { '110002': bad } : {}, msgId, redirect: '' },
      good.map((t) => ({
        vendor: 'meizu' as const,
        via: 'meizu' as const,
        token: t,
        package: s.package,
        title: m.noticeBarInfo?.title ?? '',
        body: m.noticeBarInfo?.content ?? '',
        clickIntent: clickIntent({ value: m.clickTypeInfo?.activity ?? m.clickTypeInfo?.url }, s.package),
        ext: m.clickTypeInfo?.parameters,
        messageId: msgId,
      })),
    );
  });
}

export const standin: StandinModule<MeizuCredentials, 'meizu', 'meizu'> = {
  credKey: 'meizu',
  credentials: () => ({ appId: '123456', appSecret: rnd(16) }),
  urls: (origin) => ({ baseUrl: `${origin}/meizu` }),
  routes,
  profile: (c, u) => ({ appId: c.appId, appSecret: c.appSecret, baseUrl: u.baseUrl }),
};
