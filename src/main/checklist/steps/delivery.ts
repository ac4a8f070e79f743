// push.delivery: kill the app, send test pushes through the provider the profile names, and watch
// the phone's notification records for each one, timing its arrival against one minute.
// push.vendorPolicy: what explains a partial delivery (classification, quotas, test mode, FCM and
// force-stopped apps) for this phone's channel.
import { randomBytes } from 'node:crypto';
import type { StepContext, StepDefinition, StepOutcome } from '../types';
import type { Evidence, ProviderName, PushMessageResult, Text, VendorChannel } from '../../../shared/types';
import { configuredProviders, type AppProfile } from '../../../shared/profile';
import { createSender } from '../../push/providers';
import { shell, shellBatch } from '../../adb/shell';
import { openLogcat } from '../../adb/logcat';
import { scanStream, type ScanFinding } from '../../logs/scanner';
import { parseDumpsysNotification } from '../../device/outputs/notification';
import { createI18n, translate } from '../../../shared/i18n';
import { QUESTIONS } from './questions';

const VENDOR_PROVIDERS: ProviderName[] = ['xiaomi', 'huawei', 'honor', 'oppo', 'vivo', 'meizu', 'fcm'];

/** The provider to test with: the profile's choice, else its IM server, else the phone's channel. */
export function pickProvider(profile: AppProfile | undefined, channel: VendorChannel | undefined): ProviderName | null {
  if (!profile) return null;
  const configured = configuredProviders(profile);
  if (profile.deliveryProvider) return configured.includes(profile.deliveryProvider) ? profile.deliveryProvider : null;
  for (const p of ['tencent-im', 'easemob'] as ProviderName[]) if (configured.includes(p)) return p;
  if (channel && configured.includes(channel)) return channel;
  return null;
}

interface Pending {
  index: number;
  nonce: string;
  result: PushMessageResult;
  sentMs: number;
  deadline: number;
  done: boolean;
}

const EN = createI18n('en');

async function waitForArrivals(ctx: StepContext, pending: Pending[], sending: { done: boolean }, onArrive: (p: Pending) => void): Promise<void> {
  while ((!sending.done || pending.some((p) => !p.done)) && !ctx.signal.aborted) {
    if (!pending.some((p) => !p.done)) {
      await new Promise((r) => setTimeout(r, 50));
      continue;
    }
    const out = await shell(ctx.client, ctx.serial, QUESTIONS.notifications, { timeoutMs: 15_000, signal: ctx.signal });
    const dump = parseDumpsysNotification(out.output);
    const now = Date.now();
    for (const p of pending) {
      if (p.done) continue;
      const rec = dump.records.find(
        (r) => r.pkg === ctx.package && (r.text?.includes(p.nonce) || r.title?.includes(p.nonce) || Object.values(r.extras).some((v) => v.includes(p.nonce))),
      );
      if (rec) {
        p.done = true;
        p.result.arrived = true;
        p.result.arrivedAt = new Date(now).toISOString();
        p.result.latencyMs = now - p.sentMs;
        onArrive(p);
      } else if (now > p.deadline) {
        p.done = true;
        onArrive(p);
      }
    }
    if (pending.some((p) => !p.done)) await new Promise((r) => setTimeout(r, 300));
  }
}

/** Force-stops the app (or, for FCM's second phase, kills it the way the system does) and checks it is gone. */
async function killApp(ctx: StepContext, how: 'force-stop' | 'background-kill'): Promise<Evidence> {
  const cmds =
    how === 'force-stop'
      ? [['am', 'force-stop', ctx.package], QUESTIONS.pidof(ctx.package)]
      : [
          ['monkey', '-p', ctx.package, '-c', 'android.intent.category.LAUNCHER', '1'],
          ['am', 'start', '-a', 'android.intent.action.MAIN', '-c', 'android.intent.category.HOME'],
          ['am', 'kill', ctx.package],
          QUESTIONS.pidof(ctx.package),
        ];
  const results = await shellBatch(ctx.client, ctx.serial, cmds as string[][], { timeoutMs: 15_000, signal: ctx.signal });
  const pidof = results.at(-1)!;
  return {
    source: cmds.map((c) => (Array.isArray(c) ? c.join(' ') : c)).join('; '),
    excerpt: pidof.exitCode === 1 ? `pidof ${ctx.package}: no process (exit 1) — the app is not running` : `pidof ${ctx.package}: ${pidof.output.trim()} — still running`,
  };
}

async function sendRound(ctx: StepContext, provider: ProviderName, token: string | undefined, count: number, phase: string): Promise<{ messages: PushMessageResult[]; events: ScanFinding[] }> {
  const profile = ctx.profile!;
  const sender = createSender(profile, provider, { timeoutMs: 15_000 });
  const channel = ctx.state.facts?.detection.pushChannel;
  const vendor = channel && channel !== 'none' ? channel : 'fcm';
  const timeoutMs = (ctx.options.deliveryTimeoutSec ?? 60) * 1000;
  const spacingMs = (ctx.options.pushSpacingSec ?? 1) * 1000;
  const runTag = randomBytes(3).toString('hex');
  const events: ScanFinding[] = [];
  const logcat = await openLogcat(ctx.client, ctx.serial, { tail: 1 });
  const stopScan = new AbortController();
  const scan = scanStream(logcat.stream, { format: 'threadtime', signal: stopScan.signal, onFinding: (f) => f.kind === 'push-event' && events.push(f) }).catch(() => undefined);
  const pending: Pending[] = [];
  const sending = { done: false };
  try {
    // Sending and watching overlap: each message is looked for from the moment it is accepted.
    const watcher = waitForArrivals(ctx, pending, sending, (p) => ctx.progress({ phase: p.result.arrived ? 'arrived' : 'timeout', message: p.result }));
    for (let i = 1; i <= count && !ctx.signal.aborted; i++) {
      const nonce = `pd-${runTag}-${phase}${i}`;
      ctx.progress({ phase: 'sending', message: { index: i, provider, ok: false, meaning: '', sentAt: new Date().toISOString(), arrived: false } });
      const sentMs = Date.now();
      const res = await sender.send(
        {
          token: token ?? '',
          package: ctx.package,
          title: `Push Doctor test ${i}/${count}`,
          body: `Test message ${i} (${nonce})`,
          channelId: profile.channels?.[vendor],
          clickAction: profile.clickAction?.[vendor],
          ext: { pd_nonce: nonce, source: 'push-doctor' },
          classification: 1,
        },
        ctx.signal,
      );
      const result: PushMessageResult = {
        index: i,
        provider,
        ok: res.ok,
        httpStatus: res.httpStatus,
        vendorCode: res.vendorCode,
        meaning: translate(EN, res.meaning),
        messageId: res.messageId,
        sentAt: res.sentAt,
        acceptedAt: res.ok ? new Date().toISOString() : undefined,
        arrived: false,
      };
      const p: Pending = { index: i, nonce, result, sentMs, deadline: Date.now() + timeoutMs, done: !res.ok };
      pending.push(p);
      ctx.progress({ phase: res.ok ? 'accepted' : 'refused', message: result, deadline: new Date(p.deadline).toISOString() });
      if (i < count) await new Promise((r) => setTimeout(r, spacingMs));
    }
    sending.done = true;
    await watcher;
    // Let a late GCM/NotificationService line reach the scanner.
    await new Promise((r) => setTimeout(r, 150));
  } finally {
    stopScan.abort();
    logcat.close();
    await scan;
  }
  return { messages: pending.map((p) => p.result), events };
}

export const deliveryStep: StepDefinition = {
  id: 'push.delivery',
  needs: ['app.installed', 'device.channel'],
  after: ['push.token', 'push.tokenReported', 'app.manifest', 'app.notifications', 'device.power', 'device.pushService', 'app.clickThrough'],
  async run(ctx): Promise<StepOutcome> {
    const detected = ctx.state.facts?.detection.pushChannel;
    const channel: VendorChannel = detected && detected !== 'none' ? detected : 'fcm';
    const provider = pickProvider(ctx.profile, channel);
    if (!provider) {
      return {
        status: 'skip',
        summary: { key: ctx.profile ? 'check.delivery.noProvider' : 'check.delivery.noProfile', params: { channel } },
        remediation: [{ key: 'check.delivery.profileHint', params: { channel } }],
      };
    }
    const isVendor = VENDOR_PROVIDERS.includes(provider);
    const token = ctx.state.token?.clear;
    if (isVendor && !token)
      return { status: 'skip', summary: { key: 'check.delivery.noToken', params: { provider } }, remediation: [{ key: 'check.delivery.noTokenFix' }] };
    if (isVendor && provider !== channel)
      ctx.state.deliveryNote = { key: 'check.delivery.otherProvider', params: { provider, channel } } satisfies Text;
    const count = ctx.options.pushCount ?? 3;
    const evidence: Evidence[] = [];
    const all: PushMessageResult[] = [];
    let events: ScanFinding[];

    // Force-stop first, as the checklist of the vendor documents says.
    evidence.push(await killApp(ctx, 'force-stop'));
    const fcmPath = channel === 'fcm' && (provider === 'fcm' || !isVendor);
    const first = await sendRound(ctx, provider, token, fcmPath ? 1 : count, 'a');
    all.push(...first.messages);
    events = first.events;
    let verdictSet = first.messages;
    if (fcmPath && !first.messages.some((m) => m.arrived)) {
      // FCM never reaches a force-stopped app; test what users do (swipe away / the system killing it).
      ctx.state.fcmStoppedDrop = true;
      evidence.push(await killApp(ctx, 'background-kill'));
      const second = await sendRound(ctx, provider, token, count, 'b');
      all.push(...second.messages.map((m) => ({ ...m, index: m.index + first.messages.length })));
      events = [...events, ...second.events];
      verdictSet = second.messages;
    }
    ctx.state.deliveryEvents = events;
    ctx.state.deliveryResults = all;
    for (const e of events) evidence.push({ source: `logcat line ${e.lineNumber}`, excerpt: e.line });
    for (const m of all)
      evidence.push({
        source: `${provider} message ${m.index}`,
        excerpt: `${m.ok ? 'accepted' : 'refused'} (HTTP ${m.httpStatus ?? '-'}, code ${m.vendorCode ?? '-'}${m.messageId ? `, id ${m.messageId}` : ''}) — ${m.arrived ? `arrived after ${m.latencyMs} ms` : m.ok ? 'did not arrive' : m.meaning}`,
      });
    const accepted = verdictSet.filter((m) => m.ok);
    const arrived = verdictSet.filter((m) => m.arrived);
    const slow = arrived.filter((m) => (m.latencyMs ?? 0) > 60_000);
    const maxLatency = Math.max(0, ...arrived.map((m) => m.latencyMs ?? 0));
    const data = { provider, messages: all };
    const refusedMeanings: Text[] = verdictSet.filter((m) => !m.ok).map((m) => ({ key: 'check.delivery.refusedMeaning', params: { index: m.index, meaning: m.meaning } }));
    if (!accepted.length) return { status: 'fail', summary: { key: 'check.delivery.allRefused', params: { provider, count: verdictSet.length } }, evidence, remediation: refusedMeanings, data };
    if (!arrived.length)
      return {
        status: 'fail',
        summary: { key: 'check.delivery.noneArrived', params: { provider, count: accepted.length } },
        evidence,
        remediation: [{ key: `check.delivery.noneArrivedFix.${isVendor ? 'vendor' : 'im'}`, params: { provider } }, ...refusedMeanings],
        data,
      };
    if (arrived.length < verdictSet.length || slow.length)
      return {
        status: 'warn',
        summary: { key: 'check.delivery.partial', params: { arrived: arrived.length, count: verdictSet.length, provider, max: maxLatency } },
        evidence,
        remediation: [{ key: 'check.delivery.partialFix' }, ...refusedMeanings],
        data,
      };
    return { status: 'pass', summary: { key: 'check.delivery.ok', params: { count: arrived.length, provider, max: maxLatency } }, evidence, data };
  },
};

const POLICY_BY_CHANNEL: Record<VendorChannel, string[]> = {
  xiaomi: ['check.policy.xiaomi'],
  huawei: ['check.policy.huawei'],
  honor: ['check.policy.honor'],
  oppo: ['check.policy.oppo'],
  vivo: ['check.policy.vivo'],
  meizu: ['check.policy.meizu'],
  fcm: ['check.policy.fcm'],
};

/** Codes that mean a vendor policy limit rather than a broken integration. */
const POLICY_CODES: Record<string, string> = {
  '22101': 'check.policy.code.quota',
  '10070': 'check.policy.code.quota',
  '33': 'check.policy.code.quota',
  '110019': 'check.policy.code.quota',
  '110011': 'check.policy.code.quota',
  '80300010': 'check.policy.code.quota',
  QUOTA_EXCEEDED: 'check.policy.code.quota',
  '10096': 'check.policy.code.classification',
  '10097': 'check.policy.code.classification',
  '67': 'check.policy.code.classification',
  invalidUser4: 'check.policy.code.testMode',
  '110010': 'check.policy.code.frequency',
  '55': 'check.policy.code.frequency',
};

export const vendorPolicyStep: StepDefinition = {
  id: 'push.vendorPolicy',
  needs: ['device.channel'],
  after: ['push.delivery'],
  async run(ctx): Promise<StepOutcome> {
    const detected = ctx.state.facts!.detection.pushChannel;
    const channel: VendorChannel = detected === 'none' ? 'fcm' : detected;
    const results = (ctx.state.deliveryResults as PushMessageResult[] | undefined) ?? [];
    const notes: Text[] = [];
    const evidence: Evidence[] = [];
    if (ctx.state.fcmStoppedDrop) {
      notes.push({ key: 'check.policy.fcmStopped' });
      const ev = (ctx.state.deliveryEvents as ScanFinding[] | undefined)?.find((e) => e.event === 'fcm-dropped-stopped-app');
      if (ev) evidence.push({ source: `logcat line ${ev.lineNumber}`, excerpt: ev.line });
    }
    if (ctx.state.deliveryNote) notes.push(ctx.state.deliveryNote as Text);
    const policyHits = results.filter((m) => m.vendorCode && POLICY_CODES[m.vendorCode]);
    for (const m of policyHits) {
      notes.push({ key: POLICY_CODES[m.vendorCode!], params: { provider: m.provider, code: m.vendorCode!, meaning: m.meaning } });
      evidence.push({ source: `${m.provider} message ${m.index}`, excerpt: `code ${m.vendorCode}: ${m.meaning}` });
    }
    const channelNotes: Text[] = POLICY_BY_CHANNEL[channel].map((key) => ({ key }));
    if (channel === 'vivo' && ctx.profile?.providers.vivo?.testMode) channelNotes.push({ key: 'check.policy.vivoTestMode' });
    if (!results.length) {
      // Nothing was sent: the rules still decide whether production pushes arrive.
      return { status: 'manual', summary: { key: 'check.policy.manual', params: { channel } }, evidence, remediation: [...notes, ...channelNotes] };
    }
    if (policyHits.length) return { status: 'warn', summary: { key: 'check.policy.hit', params: { count: policyHits.length } }, evidence, remediation: [...notes, ...channelNotes] };
    return { status: 'pass', summary: { key: ctx.state.fcmStoppedDrop ? 'check.policy.okFcm' : 'check.policy.ok', params: { channel } }, evidence, remediation: [...notes, ...channelNotes] };
  },
};
