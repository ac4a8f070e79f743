// OPPO / HeyTap Push's stand-in: its credentials, its URLs on the stand-in server, and its API's answers as
// push-apis.md describes them (each answer names its source: push-apis.md = "apis §n",
// push-api-audit.md = "audit §n"; codes no source confirms are marked "unverified").
import type { StandinContext, StandinModule } from '../../standins/kit';
import { clickIntent, j, rnd } from '../../standins/kit';
import { oppoExpectedSign } from './signing';

export interface OppoCredentials {
  appKey: string;
  masterSecret: string;
}

function routes(s: StandinContext<OppoCredentials>): void {
  // OPPO / HeyTap — apis §5: `{code, message, data}`, HTTP 200, codes from OPPO-jar ReturnCode$ErrorCode.
  s.route('POST', /^\/oppo\/server\/v1\/auth$/, (r) => {
    const ts = r.form.get('timestamp') ?? '';
    if (r.form.get('app_key') !== s.cred.appKey) return j(200, { code: 14, message: 'Invalid AppKey' });
    if (!ts || Math.abs(Date.now() - Number(ts)) > 10 * 60_000)
      return j(200, { code: 19, message: 'Invalid Timestamp' });
    // apis §5 return codes (OPPO-jar ReturnCode$ErrorCode): 14 app_key, 19 timestamp, 16 signature.
    if (r.form.get('sign') !== oppoExpectedSign(s.cred.appKey, ts, s.cred.masterSecret))
      return j(200, { code: 16, message: 'Invalid Signature' });
    return j(200, { code: 0, message: 'success', data: { auth_token: s.issue(86400), create_time: Date.now() } });
  });
  s.route('POST', /^\/oppo\/server\/v1\/message\/notification\/unicast$/, (r) => {
    const at = r.form.get('auth_token');
    if (!at) return j(200, { code: 29, message: 'Missing AuthToken' });
    if (!s.valid(at)) return j(200, { code: 11, message: 'Invalid AuthToken' });
    let msg: Record<string, any>;
    try {
      msg = JSON.parse(r.form.get('message') ?? '');
    } catch {
      return j(200, { code: 41, message: 'Invalid Arguments: message' });
    }
    if (!msg.notification?.channel_id)
      return j(200, { code: 41, message: 'Invalid Arguments: channel_id is required' });
    if (s.overQuota()) return j(200, { code: 33, message: 'The number of messages exceeds the daily limit' });
    // Per-target codes are 10000–20000 and endpoint-specific; the exact one is unverified (apis §5).
    if (!s.phone('oppo', msg.target_value)) return j(200, { code: 10000, message: 'Invalid RegistrationId' });
    if (msg.notification.notify_level !== undefined && !msg.notification.category)
      return j(200, { code: 67, message: 'notify_level requires category' });
    const n = msg.notification;
    const id = `${rnd(8)}-1-1-${rnd(10)}`;
    let ext: Record<string, string> | undefined;
    try {
      ext = n.action_parameters ? JSON.parse(n.action_parameters) : undefined;
    } catch {
      ext = undefined;
    }
    return j(200, { code: 0, message: 'Success', data: { messageId: id } }, [
      {
        vendor: 'oppo',
        via: 'oppo',
        token: msg.target_value,
        package: s.package,
        title: n.title ?? '',
        body: n.content ?? '',
        channelId: n.channel_id,
        clickIntent: clickIntent({ value: n.click_action_activity ?? n.click_action_url }, s.package),
        ext,
        messageId: id,
      },
    ]);
  });
}

export const standin: StandinModule<OppoCredentials, 'oppo', 'oppo'> = {
  credKey: 'oppo',
  credentials: () => ({ appKey: rnd(16), masterSecret: rnd(16) }),
  urls: (origin) => ({ baseUrl: `${origin}/oppo` }),
  routes,
  profile: (c, u) => ({ appKey: c.appKey, masterSecret: c.masterSecret, baseUrl: u.baseUrl }),
};
