// vivo Push's stand-in: its credentials, its URLs on the stand-in server, and its API's answers as
// push-apis.md describes them (each answer names its source: push-apis.md = "apis §n",
// push-api-audit.md = "audit §n"; codes no source confirms are marked "unverified").
import type { StandinContext, StandinModule } from '../../standins/kit';
import { j, rnd } from '../../standins/kit';
import { VIVO_OPERATIONAL_CATEGORIES, VIVO_SYSTEM_CATEGORIES, vivoClassificationOf } from '../../../shared/profile';
import { vivoExpectedSign } from './signing';

export interface VivoCredentials {
  appId: string;
  appKey: string;
  appSecret: string;
}

function routes(s: StandinContext<VivoCredentials>): void {
  // vivo — apis §6: `{result, desc, …}` with HTTP 200 for business errors (modood SendRes/AuthRes).
  s.route('POST', /^\/vivo\/message\/auth$/, (r) => {
    const b = (r.json ?? {}) as Record<string, string>;
    // 10200/10201 mean "appId/appKey is empty" (vivo doc mirror, apis §6); any other refusal is
    // 10000 鉴权失败 (third-party fixture, audit §0 "vivo"). The exact code per cause is unverified.
    if (!b.appId) return j(200, { result: 10200, desc: 'appId不能为空' });
    if (!b.appKey) return j(200, { result: 10201, desc: 'appKey不能为空' });
    if (String(b.appId) !== s.cred.appId || b.appKey !== s.cred.appKey)
      return j(200, { result: 10000, desc: '鉴权失败' });
    if (!b.timestamp || Math.abs(Date.now() - Number(b.timestamp)) > 10 * 60_000)
      return j(200, { result: 10000, desc: '鉴权失败: timestamp' });
    if (b.sign !== vivoExpectedSign(s.cred.appId, s.cred.appKey, String(b.timestamp), s.cred.appSecret))
      return j(200, { result: 10000, desc: '鉴权失败' });
    return j(200, { result: 0, desc: 'success', authToken: s.issue(86400) });
  });
  s.route('POST', /^\/vivo\/message\/send$/, (r) => {
    if (!s.valid(r.headers.authtoken as string | undefined))
      return j(200, { result: 10000, desc: 'authToken invalid or expired' });
    const b = (r.json ?? {}) as Record<string, any>;
    if (b.appId !== s.cred.appId) return j(200, { result: 10094, desc: 'appId mismatch' });
    // apis §6: an unknown category 10096; a category of the other classification 10097 (modood SendReq).
    const classification = Number(b.classification ?? 0);
    if (b.category !== undefined) {
      const of = vivoClassificationOf(String(b.category));
      if (of === undefined)
        return j(200, {
          result: 10096,
          desc: `category invalid; known: ${[...VIVO_SYSTEM_CATEGORIES, ...VIVO_OPERATIONAL_CATEGORIES].join(',')}`,
        });
      if (of !== classification) return j(200, { result: 10097, desc: 'category does not match classification' });
    }
    if (s.overQuota()) return j(200, { result: 10070, desc: 'total send volume exceeded' });
    if (!s.phone('vivo', b.regId))
      return j(200, { result: 0, desc: 'success', taskId: rnd(8), invalidUser: { userid: b.regId, status: 1 } });
    const id = `${Date.now()}${rnd(3)}`;
    return j(200, { result: 0, desc: 'request success', taskId: id }, [
      {
        vendor: 'vivo',
        via: 'vivo',
        token: b.regId,
        package: s.package,
        title: b.title ?? '',
        body: b.content ?? '',
        clickIntent: b.skipType === 4 ? b.skipContent : undefined,
        ext: b.clientCustomMap,
        messageId: id,
        testMode: b.pushMode === 1,
      },
    ]);
  });
}

export const standin: StandinModule<VivoCredentials, 'vivo', 'vivo'> = {
  credKey: 'vivo',
  credentials: () => ({ appId: '105612345', appKey: rnd(16), appSecret: rnd(16) }),
  urls: (origin) => ({ baseUrl: `${origin}/vivo` }),
  routes,
  profile: (c, u) => ({
    appId: c.appId,
    appKey: c.appKey,
    appSecret: c.appSecret,
    baseUrl: u.baseUrl,
    classification: 1,
  }),
};
