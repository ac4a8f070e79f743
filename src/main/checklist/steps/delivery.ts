// push.delivery: kill the app, send test pushes through the provider the profile names, and watch
// the phone's notification records for each one, timing its arrival against one minute.
// push.vendorPolicy: what explains a partial delivery (classification, quotas, test mode, FCM and
// force-stopped apps) for this phone's channel.
import { randomBytes } from 'node:crypto';
import { PREMISES } from '../premises';
import type { StepContext, StepDefinition, StepOutcome } from '../types';
import type { Evidence, ProviderName, PushMessageResult, Text, VendorChannel } from '../../../shared/types';
import { stepData } from '../../../shared/types';
import { IM_IDS, VENDOR_IDS } from '../../../shared/vendors';
import { VENDOR_MODULES } from '../../vendors/registry';
import { configuredProviders, type AppProfile } from '../../../shared/profile';
import { createSender } from '../../push/providers';
import { shell, shellBatch } from '../../adb/shell';
import { openLogcat } from '../../adb/logcat';
import { scanStream, type ScanFinding } from '../../logs/scanner';
import { parseDumpsysNotification } from '../../device/outputs/notification';
import { createI18n, translate } from '../../../shared/i18n';
import { QUESTIONS } from './questions';
import { codeKey } from '../../push/codes';

const VENDOR_PROVIDERS: readonly ProviderName[] = VENDOR_IDS;

/** The IM provider behind an SDK name of the token-report lines (src/main/logs/patterns.ts). */
const IM_OF_SDK: Record<string, ProviderName> = { tencent: 'tencent-im', easemob: 'easemob' };

export type ProviderReason = 'profile' | 'reported' | 'channel' | 'im-default';

export interface ProviderChoice {
  provider: ProviderName | null;
  /** Why this one: the profile says so, the app reported its token there, the phone's channel... */
  reason: ProviderReason;
  /** The IM service the app was seen reporting its token to (push.tokenReported's evidence). */
  reportedTo?: ProviderName;
}

/** The IM service the app reported its token to in this run, from the token step's log lines. */
export function reportedIm(state: StepContext['state']): ProviderName | undefined {
  const findings = state.startFindings ?? [];
  const ok = findings.find((f) => f.kind === 'report-ok' && IM_OF_SDK[f.sdk]);
  return ok ? IM_OF_SDK[ok.sdk] : undefined;
}

/**
 * The provider to test with: the profile's `deliveryProvider`; else the IM service the app
 * reported its token to (pushing through another one can only fail: it has no token for this
 * phone); else the phone's own channel with the captured token; else the IM service configured.
 */
export function pickProvider(
  profile: AppProfile | undefined,
  channel: VendorChannel | undefined,
  reportedTo?: ProviderName,
): ProviderChoice {
  if (!profile) return { provider: null, reason: 'profile', reportedTo };
  const configured = configuredProviders(profile);
  if (profile.deliveryProvider)
    return {
      provider: configured.includes(profile.deliveryProvider) ? profile.deliveryProvider : null,
      reason: 'profile',
      reportedTo,
    };
  if (reportedTo)
    return { provider: configured.includes(reportedTo) ? reportedTo : null, reason: 'reported', reportedTo };
  if (channel && configured.includes(channel)) return { provider: channel, reason: 'channel' };
  for (const p of IM_IDS) if (configured.includes(p)) return { provider: p, reason: 'im-default' };
  return { provider: null, reason: 'channel' };
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

async function waitForArrivals(
  ctx: RoundContext,
  signal: AbortSignal,
  pending: Pending[],
  sending: { done: boolean },
  onArrive: (p: Pending) => void,
): Promise<void> {
  while ((!sending.done || pending.some((p) => !p.done)) && !signal.aborted) {
    if (!pending.some((p) => !p.done)) {
      await new Promise((r) => setTimeout(r, 50));
      continue;
    }
    const out = await shell(ctx.client, ctx.serial, QUESTIONS.notifications, {
      timeoutMs: ctx.options.commandTimeoutMs ?? 15_000,
      signal,
    });
    const dump = parseDumpsysNotification(out.output);
    const now = Date.now();
    for (const p of pending) {
      if (p.done) continue;
      const rec = dump.records.find(
        (r) =>
          r.pkg === ctx.package &&
          (r.text?.includes(p.nonce) ||
            r.title?.includes(p.nonce) ||
            Object.values(r.extras).some((v) => v.includes(p.nonce))),
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
  const results = await shellBatch(ctx.client, ctx.serial, cmds as string[][], {
    timeoutMs: 15_000,
    signal: ctx.signal,
  });
  const pidof = results.at(-1)!;
  return {
    source: cmds.map((c) => (Array.isArray(c) ? c.join(' ') : c)).join('; '),
    excerpt:
      pidof.exitCode === 1
        ? `pidof ${ctx.package}: no process (exit 1) — the app is not running`
        : `pidof ${ctx.package}: ${pidof.output.trim()} — still running`,
  };
}

/** The phone stopped answering while pushes were out: what the step says instead of a verdict on delivery. */
export class PhoneLostDuringPushes extends Error {
  constructor(override readonly cause: unknown) {
    super((cause as Error)?.message ?? String(cause));
  }
}

/** Seconds the step waits for each push to show: the CLI/UI setting, else the profile's, else 60. */
export const deliveryTimeoutSec = (ctx: Pick<RoundContext, 'options' | 'profile'>): number =>
  ctx.options.deliveryTimeoutSec ?? ctx.profile?.deliveryTimeoutSec ?? 60;

/** What a round of test pushes needs from its caller (the delivery step, or `reproduce`). */
export type RoundContext = Pick<StepContext, 'client' | 'serial' | 'package' | 'signal' | 'options' | 'progress'> & {
  profile?: AppProfile;
  /** Only the detected push channel is read (it picks the vendor's channel id from the profile). */
  state: {
    facts?: { detection: { pushChannel: NonNullable<StepContext['state']['facts']>['detection']['pushChannel'] } };
  };
};

/** One round's outcome; `nonces[i]` is the text that tells message i's notification apart. */
export interface RoundResult {
  messages: PushMessageResult[];
  events: ScanFinding[];
  nonces: string[];
}

/**
 * Sends `count` test pushes through `provider` and watches the phone's notification records for
 * each one, timing its arrival. `priority` is FCM's android.priority (other providers ignore it).
 */
export async function sendRound(
  ctx: RoundContext,
  provider: ProviderName,
  token: string | undefined,
  count: number,
  phase: string,
  priority?: 'high' | 'normal',
): Promise<RoundResult> {
  const profile = ctx.profile!;
  const serviceTimeoutMs = (ctx.options.pushServiceTimeoutSec ?? 30) * 1000;
  const sender = createSender(profile, provider, { timeoutMs: serviceTimeoutMs, deadlineMs: serviceTimeoutMs * 2 });
  const channel = ctx.state.facts?.detection.pushChannel;
  const vendor = channel && channel !== 'none' ? channel : 'fcm';
  const timeoutMs = deliveryTimeoutSec(ctx) * 1000;
  const spacingMs = (ctx.options.pushSpacingSec ?? 1) * 1000;
  const runTag = randomBytes(3).toString('hex');
  const events: ScanFinding[] = [];
  const logcat = await openLogcat(ctx.client, ctx.serial, { tail: 1 });
  const stopScan = new AbortController();
  const scan = scanStream(logcat.stream, {
    format: 'threadtime',
    signal: stopScan.signal,
    onFinding: (f) => f.kind === 'push-event' && events.push(f),
  }).catch(() => undefined);
  const pending: Pending[] = [];
  const sending = { done: false };
  // One signal for this round: the run's, or the phone going away under the watcher.
  const round = new AbortController();
  const onAbort = () => round.abort();
  ctx.signal.addEventListener('abort', onAbort, { once: true });
  let lost: unknown;
  try {
    // Sending and watching overlap: each message is looked for from the moment it is accepted.
    // The watcher's failure is handled at once (not only after the send loop): a phone lost in
    // the middle must stop the sending and fail the step, never surface as an unhandled rejection.
    const watcher = waitForArrivals(ctx, round.signal, pending, sending, (p) =>
      ctx.progress({ phase: p.result.arrived ? 'arrived' : 'timeout', message: p.result }),
    ).catch((err) => {
      lost = err;
      round.abort();
    });
    for (let i = 1; i <= count && !round.signal.aborted; i++) {
      const nonce = `pd-${runTag}-${phase}${i}`;
      ctx.progress({
        phase: 'sending',
        message: { index: i, provider, ok: false, meaning: '', sentAt: new Date().toISOString(), arrived: false },
      });
      const sentMs = Date.now();
      const res = await sender.send(
        {
          token: token ?? '',
          package: ctx.package,
          title: ctx.options.pushTitle ? ctx.options.pushTitle : `Push Doctor test ${i}/${count}`,
          // The nonce stays in the body: it is how the notification on the phone is told apart.
          body: `${ctx.options.pushBody ? ctx.options.pushBody : `Test message ${i}`} (${nonce})`,
          channelId: profile.channels?.[vendor],
          clickAction: profile.clickAction?.[vendor],
          ext: { ...ctx.options.pushData, pd_nonce: nonce, source: 'push-doctor' },
          classification: 1,
          priority,
        },
        round.signal,
      );
      if (lost) break;
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
      if (res.meaning.key === 'push.transport.timeout') result.timedOut = true;
      const p: Pending = { index: i, nonce, result, sentMs, deadline: Date.now() + timeoutMs, done: !res.ok };
      pending.push(p);
      ctx.progress({
        phase: res.ok ? 'accepted' : 'refused',
        message: result,
        deadline: new Date(p.deadline).toISOString(),
      });
      if (i < count) await new Promise((r) => setTimeout(r, spacingMs));
    }
    sending.done = true;
    await watcher;
    if (lost) throw new PhoneLostDuringPushes(lost);
    // Let a late GCM/NotificationService line reach the scanner.
    await new Promise((r) => setTimeout(r, 150));
  } finally {
    ctx.signal.removeEventListener('abort', onAbort);
    round.abort();
    stopScan.abort();
    logcat.close();
    await scan;
  }
  return { messages: pending.map((p) => p.result), events, nonces: pending.map((p) => p.nonce) };
}

const IM_PROVIDERS: readonly ProviderName[] = IM_IDS;

export const deliveryStep: StepDefinition<'push.delivery'> = {
  id: 'push.delivery',
  ...PREMISES['push.delivery'],
  async run(ctx): Promise<StepOutcome<'push.delivery'>> {
    const detected = ctx.state.facts?.detection.pushChannel;
    const channel: VendorChannel = detected && detected !== 'none' ? detected : 'fcm';
    const choice = pickProvider(ctx.profile, channel, reportedIm(ctx.state));
    const provider = choice.provider;
    if (!provider) {
      if (choice.reason === 'reported')
        return {
          status: 'skip',
          summary: { key: 'check.delivery.reportedNotConfigured', params: { im: choice.reportedTo! } },
          remediation: [{ key: 'check.delivery.reportedNotConfiguredFix', params: { im: choice.reportedTo! } }],
        };
      return {
        status: 'skip',
        summary: { key: ctx.profile ? 'check.delivery.noProvider' : 'check.delivery.noProfile', params: { channel } },
        remediation: [{ key: 'check.delivery.profileHint', params: { channel } }],
      };
    }
    const isVendor = VENDOR_PROVIDERS.includes(provider);
    const token = ctx.state.token?.clear;
    if (isVendor && !token)
      return {
        status: 'skip',
        summary: { key: 'check.delivery.noToken', params: { provider } },
        remediation: [{ key: 'check.delivery.noTokenFix' }],
      };
    if (isVendor && provider !== channel)
      ctx.state.deliveryNote = { key: 'check.delivery.otherProvider', params: { provider, channel } } satisfies Text;
    // Which service and why, first among the notes: the whole step rests on that choice.
    const why: Text = {
      key: `check.delivery.why.${choice.reason}`,
      params: { provider, channel, im: choice.reportedTo ?? '' },
    };
    const notes: Text[] = [why];
    if (
      choice.reason === 'profile' &&
      choice.reportedTo &&
      IM_PROVIDERS.includes(provider) &&
      provider !== choice.reportedTo
    )
      notes.push({ key: 'check.delivery.otherIm', params: { provider, im: choice.reportedTo } });
    const count = ctx.options.pushCount ?? 3;
    const timeoutSec = deliveryTimeoutSec(ctx);
    const serviceTimeoutSec = ctx.options.pushServiceTimeoutSec ?? 30;
    const evidence: Evidence[] = [{ source: 'provider choice', excerpt: translate(EN, why) }];
    const all: PushMessageResult[] = [];
    let events: ScanFinding[] = [];
    const base = { provider, reason: choice.reason, reportedTo: choice.reportedTo, timeoutSec };
    let verdictSet: PushMessageResult[] = [];

    try {
      // Force-stop first, as the checklist of the vendor documents says.
      evidence.push(await killApp(ctx, 'force-stop'));
      const fcmPath = channel === 'fcm' && (provider === 'fcm' || !isVendor);
      const first = await sendRound(ctx, provider, token, fcmPath ? 1 : count, 'a');
      all.push(...first.messages);
      events = first.events;
      verdictSet = first.messages;
      if (fcmPath && !first.messages.some((m) => m.arrived) && !first.messages.some((m) => m.timedOut)) {
        // FCM never reaches a force-stopped app; test what users do (swipe away / the system killing it).
        ctx.state.fcmStoppedDrop = true;
        evidence.push(await killApp(ctx, 'background-kill'));
        const second = await sendRound(ctx, provider, token, count, 'b');
        all.push(...second.messages.map((m) => ({ ...m, index: m.index + first.messages.length })));
        events = [...events, ...second.events];
        verdictSet = second.messages;
      }
    } catch (err) {
      if (!(err instanceof PhoneLostDuringPushes)) throw err;
      ctx.state.deliveryResults = all;
      const cause = err.cause as { kind?: string; message?: string };
      const timeout = cause?.kind === 'timeout';
      return {
        status: 'fail',
        summary: timeout
          ? {
              key: 'check.delivery.phoneTimeout',
              params: { seconds: Math.round((ctx.options.commandTimeoutMs ?? 15_000) / 1000), serial: ctx.serial },
            }
          : { key: 'check.delivery.phoneGone', params: { serial: ctx.serial } },
        evidence: [...evidence, { source: 'adb', excerpt: cause?.message ?? String(err.cause) }],
        remediation: [{ key: timeout ? 'check.delivery.phoneTimeoutFix' : 'check.delivery.phoneGoneFix' }],
        data: { ...base, messages: all, phoneLost: !timeout },
      };
    }
    ctx.state.deliveryEvents = events;
    ctx.state.deliveryResults = all;
    for (const e of events) evidence.push({ source: `logcat line ${e.lineNumber}`, excerpt: e.line });
    for (const m of all)
      evidence.push({
        source: `${provider} message ${m.index}`,
        excerpt: `${m.ok ? 'accepted' : m.timedOut ? 'no answer' : 'refused'} (HTTP ${m.httpStatus ?? '-'}, code ${m.vendorCode ?? '-'}${m.messageId ? `, id ${m.messageId}` : ''}) — ${m.arrived ? `arrived after ${m.latencyMs} ms` : m.ok ? `did not show within ${timeoutSec} s` : m.meaning}`,
      });
    const accepted = verdictSet.filter((m) => m.ok);
    const arrived = verdictSet.filter((m) => m.arrived);
    const timedOut = verdictSet.filter((m) => m.timedOut);
    const slow = arrived.filter((m) => (m.latencyMs ?? 0) > 60_000);
    const maxLatency = Math.max(0, ...arrived.map((m) => m.latencyMs ?? 0));
    const data = { ...base, messages: all };
    const refusedMeanings: Text[] = verdictSet
      .filter((m) => !m.ok && !m.timedOut)
      .flatMap((m) => [
        { key: 'check.delivery.refusedMeaning', params: { index: m.index, meaning: m.meaning } },
        ...codeHelp(provider, m),
      ]);
    // A push service that did not answer is a timeout of this step, never a vendor rule.
    if (timedOut.length)
      return {
        status: 'fail',
        summary: {
          key: 'check.delivery.serviceTimeout',
          params: { provider, seconds: serviceTimeoutSec, count: timedOut.length, total: verdictSet.length },
        },
        evidence,
        remediation: [
          { key: 'check.delivery.serviceTimeoutFix', params: { provider } },
          ...notes.slice(1),
          ...refusedMeanings,
        ],
        data,
      };
    if (!accepted.length)
      return {
        status: 'fail',
        summary: { key: 'check.delivery.allRefused', params: { provider, count: verdictSet.length } },
        evidence,
        remediation: [...refusedMeanings, ...notes],
        data,
      };
    if (!arrived.length)
      return {
        status: 'fail',
        summary: {
          key: 'check.delivery.noneArrivedIn',
          params: { provider, count: accepted.length, seconds: timeoutSec },
        },
        evidence,
        remediation: [
          ...notes.slice(1),
          { key: `check.delivery.noneArrivedFix.${isVendor ? 'vendor' : 'im'}`, params: { provider } },
          ...refusedMeanings,
          why,
        ],
        data,
      };
    if (arrived.length < verdictSet.length || slow.length)
      return {
        status: 'warn',
        summary: {
          key: 'check.delivery.partialIn',
          params: { arrived: arrived.length, count: verdictSet.length, provider, max: maxLatency, seconds: timeoutSec },
        },
        evidence,
        remediation: [{ key: 'check.delivery.partialFix' }, ...refusedMeanings, ...notes],
        data,
      };
    return {
      status: 'pass',
      summary: { key: 'check.delivery.ok', params: { count: arrived.length, provider, max: maxLatency } },
      evidence,
      remediation: notes,
      data,
    };
  },
};

/** A refused message's code: its meaning from the vendor tables, or plainly unknown with where to look. */
function codeHelp(provider: ProviderName, m: PushMessageResult): Text[] {
  if (!m.vendorCode || codeKey(provider, m.vendorCode)) return [];
  return [
    {
      key: 'check.code.unknownPush',
      params: { provider, code: m.vendorCode, where: `check.code.where.${provider.replace('-', '')}` },
    },
  ];
}

// Each vendor's rules and policy codes are in its folder (src/main/vendors/<id>/codes.ts, POLICY).
const POLICY_BY_CHANNEL = Object.fromEntries(VENDOR_IDS.map((v) => [v, VENDOR_MODULES[v].policy.notes])) as Record<
  VendorChannel,
  string[]
>;

/** Codes that mean a vendor policy limit rather than a broken integration (whichever vendor answered). */
const POLICY_CODES: Record<string, string> = Object.fromEntries(
  VENDOR_IDS.flatMap((v) =>
    Object.entries(VENDOR_MODULES[v].policy.codes).map(([code, kind]) => [code, `check.policy.code.${kind}`]),
  ),
);

export const vendorPolicyStep: StepDefinition<'push.vendorPolicy'> = {
  id: 'push.vendorPolicy',
  ...PREMISES['push.vendorPolicy'],
  async run(ctx): Promise<StepOutcome<'push.vendorPolicy'>> {
    const detected = ctx.state.facts!.detection.pushChannel;
    const channel: VendorChannel = detected === 'none' ? 'fcm' : detected;
    const results = ctx.state.deliveryResults ?? [];
    // A push service or phone that did not answer says nothing about the vendor's rules.
    if (
      results.some((m) => m.timedOut) ||
      stepData(ctx.results.get('push.delivery'), 'push.delivery')?.phoneLost !== undefined
    )
      return { status: 'skip', summary: { key: 'check.policy.afterTimeout' } };
    const notes: Text[] = [];
    const evidence: Evidence[] = [];
    if (ctx.state.fcmStoppedDrop) {
      notes.push({ key: 'check.policy.fcmStopped' });
      const ev = ctx.state.deliveryEvents?.find((e) => e.event === 'fcm-dropped-stopped-app');
      if (ev) evidence.push({ source: `logcat line ${ev.lineNumber}`, excerpt: ev.line });
    }
    if (ctx.state.deliveryNote) notes.push(ctx.state.deliveryNote);
    const policyHits = results.filter((m) => m.vendorCode && POLICY_CODES[m.vendorCode]);
    for (const m of policyHits) {
      notes.push({
        key: POLICY_CODES[m.vendorCode!],
        params: { provider: m.provider, code: m.vendorCode!, meaning: m.meaning },
      });
      evidence.push({ source: `${m.provider} message ${m.index}`, excerpt: `code ${m.vendorCode}: ${m.meaning}` });
    }
    const channelNotes: Text[] = POLICY_BY_CHANNEL[channel].map((key) => ({ key }));
    if (channel === 'vivo' && ctx.profile?.providers.vivo?.testMode)
      channelNotes.push({ key: 'check.policy.vivoTestMode' });
    if (!results.length) {
      // Nothing was sent: the rules still decide whether production pushes arrive.
      return {
        status: 'manual',
        summary: { key: 'check.policy.manual', params: { channel } },
        evidence,
        remediation: [...notes, ...channelNotes],
      };
    }
    if (policyHits.length)
      return {
        status: 'warn',
        summary: { key: 'check.policy.hit', params: { count: policyHits.length } },
        evidence,
        remediation: [...notes, ...channelNotes],
      };
    return {
      status: 'pass',
      summary: { key: ctx.state.fcmStoppedDrop ? 'check.policy.okFcm' : 'check.policy.ok', params: { channel } },
      evidence,
      remediation: [...notes, ...channelNotes],
    };
  },
};
