// `watch`: a test push every interval while the phone lives its life, each result appended at once
// to a JSON-lines file (a crash loses nothing; `resume` continues the file), with what the phone
// said at that moment (idle state, app process, battery saver). A phone that goes away is waited
// for, and the watch goes on when it is back. Pushes and their timing are the delivery step's own.
// A push that did not show in time is looked for again while the watch goes on: one held by the
// phone (Doze's maintenance window) is written as a late `arrival` when it shows.
//
// `timeScale` (virtual phones, tests): the phone's clock runs N times faster than the host's, and
// the watch keeps its time on the phone's clock (read from `ro.pushdoctor.clock`), so an 8-hour
// watch every 10 minutes takes 48 pushes and seconds of host time, and latencies are phone time
// (from the notification's creation time on the phone).
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import type { Client } from '@devicefarmer/adbkit';
import { sendRound, PhoneLostDuringPushes } from '../checklist/steps/delivery';
import { captureStart } from '../checklist/steps/token';
import { DeviceError, shell, shellBatch } from '../adb/shell';
import { QUESTIONS } from '../checklist/steps/questions';
import { parseDumpsysNotification } from '../device/outputs/notification';
import { guessVendor } from '../logs/token-shape';
import { registerSecret } from '../secrets';
import { UserError } from '../errors';
import type { AppProfile } from '../../shared/profile';
import type { VendorChannel } from '../../shared/types';
import { readKnobs, recoverIfNeeded, restorePhone, routeOf, setCondition, type RouteId } from './run';
import { knobsOf, parseConditions, type ConditionSpec, type KnobId } from './conditions';
import { StateFile, type ReproduceState } from './state';
import type { WatchLine } from '../../shared/watch';

/** Phone facts read before each push. */
const EVENT_KNOBS: KnobId[] = ['app', 'idle', 'screen', 'lowPower'];

export type { WatchLine, WatchSummary } from '../../shared/watch';
export { percentile, summarize } from '../../shared/watch';

/** "10m", "8h", "30s", "250ms", or a bare number of seconds → ms. */
export function parseDuration(text: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim());
  if (!m) throw new Error(`"${text}" is not a duration (e.g. 30s, 10m, 8h)`);
  const n =
    Number(m[1]) * ({ ms: 1, s: 1000, m: 60_000, h: 3_600_000 } as const)[(m[2] ?? 's') as 'ms' | 's' | 'm' | 'h'];
  if (!(n > 0)) throw new Error(`"${text}" must be more than zero`);
  return n;
}

export function readWatchFile(path: string): WatchLine[] {
  if (!existsSync(path)) return [];
  const lines: WatchLine[] = [];
  for (const l of readFileSync(path, 'utf8').split('\n')) {
    if (!l.trim()) continue;
    try {
      lines.push(JSON.parse(l) as WatchLine);
    } catch {
      // A line cut by a crash in the middle of a write: everything before it is kept.
    }
  }
  return lines;
}

export interface WatchOptions {
  serial: string;
  package: string;
  client: Client;
  profile: AppProfile;
  /** The provider column; default: the one a resumed watch used, else the phone's channel. */
  route?: RouteId;
  everyMs: number;
  forMs: number;
  /** Hold the phone in this condition for the whole watch (set at the start, restored at the end). */
  condition?: ConditionSpec;
  /** Where the condition's state file lives (see ./state.ts); required with `condition`. */
  stateDir?: string;
  /** The JSON-lines file; with `resume`, an existing one is continued. */
  out: string;
  resume?: boolean;
  /** Seconds each push may take to show (default: the interval, at most 60). */
  deliveryTimeoutSec?: number;
  tokenTimeoutSec?: number;
  commandTimeoutMs?: number;
  /** The phone's clock runs this many times faster (a virtual phone started with the same scale). */
  timeScale?: number;
  signal?: AbortSignal;
  onLine?(line: WatchLine): void;
}

/** Time on the phone's clock: the host's, or a virtual phone's scaled one. */
export interface WatchClock {
  scale: number;
  now(): number;
  /** Phone time at host time `wallMs`. */
  phoneAt(wallMs: number): number;
  /** Waits `phoneMs` of phone time. */
  sleep(phoneMs: number, signal?: AbortSignal): Promise<void>;
  /** Whether latencies come from the notification's creation time on the phone (its clock is known). */
  phoneTimed: boolean;
}

/** `ro.pushdoctor.clock` of a virtual phone: `<host ms>:<phone ms>:<scale>`; undefined when absent or malformed. */
export function parseClockProperty(
  text: string | undefined,
): { wallOrigin: number; phoneOrigin: number; scale: number } | undefined {
  const m = /^(\d+):(\d+):(\d+(?:\.\d+)?)$/.exec((text ?? '').trim());
  if (!m) return undefined;
  const scale = Number(m[3]);
  return scale > 0 ? { wallOrigin: Number(m[1]), phoneOrigin: Number(m[2]), scale } : undefined;
}

export function watchClock(c?: { wallOrigin: number; phoneOrigin: number; scale: number }): WatchClock {
  const phoneAt = c
    ? (wall: number) => Math.round(c.phoneOrigin + (wall - c.wallOrigin) * c.scale)
    : (wall: number) => wall;
  const scale = c?.scale ?? 1;
  return {
    scale,
    phoneTimed: !!c,
    now: () => phoneAt(Date.now()),
    phoneAt,
    sleep: (ms, signal) => sleep(ms / scale, signal),
  };
}

/** Reads the phone's clock when a time scale is asked for; refuses a phone that does not run at it. */
async function clockOf(o: WatchOptions, scale: number | undefined): Promise<WatchClock> {
  if (!scale || scale === 1) return watchClock();
  const [r] = await shellBatch(o.client, o.serial, [['getprop', 'ro.pushdoctor.clock']], {
    timeoutMs: o.commandTimeoutMs ?? 15_000,
  });
  const c = parseClockProperty(r?.output);
  if (!c)
    throw new UserError(
      `--time-scale ${scale} is for virtual phones on a scaled clock: ${o.serial} does not run on one.`,
      'Start the virtual phone with `push-doctor sim --time-scale N`, or leave --time-scale out for a real phone.',
    );
  if (c.scale !== scale)
    throw new UserError(
      `--time-scale ${scale} does not match the phone: ${o.serial} runs ${c.scale} times faster than real time.`,
      `Use --time-scale ${c.scale}.`,
    );
  return watchClock(c);
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal?.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });

const isPhoneGone = (err: unknown) => err instanceof DeviceError || err instanceof PhoneLostDuringPushes;

export async function runWatch(o: WatchOptions): Promise<WatchLine[]> {
  const previous = o.resume ? readWatchFile(o.out) : [];
  if (!o.resume && existsSync(o.out) && readFileSync(o.out, 'utf8').trim())
    throw new UserError(`${o.out} already holds a watch.`, 'Continue it with --resume, or give another --out file.');
  const write = (line: WatchLine) => {
    appendFileSync(o.out, JSON.stringify(line) + '\n', { mode: 0o600 });
    o.onLine?.(line);
  };
  const signal = o.signal ?? new AbortController().signal;
  const previousStart = previous.find((l): l is Extract<WatchLine, { type: 'start' }> => l.type === 'start');
  const clock = await clockOf(o, previousStart ? previousStart.timeScale : o.timeScale);
  const now = () => new Date(clock.now()).toISOString();
  // A condition for the whole watch (a resumed watch keeps its own): a dead run's leftovers are
  // undone first and the originals recorded in the state file before anything changes (the token
  // capture below restarts the app); the condition is set after it, and restored at the end.
  const condition = o.condition ?? (previousStart?.condition ? parseConditions(previousStart.condition)[0] : undefined);
  let held: { state: ReproduceState; file: StateFile } | undefined;
  const pending: WatchLine[] = [];
  if (condition) {
    if (!o.stateDir) throw new Error('runWatch: stateDir is required with a condition');
    const left = await recoverIfNeeded({ ...o, stateDir: o.stateDir });
    if (left)
      pending.push({
        type: 'condition',
        at: now(),
        id: left.state.current ?? '',
        phase: 'recovered',
        evidence: left.result.after,
        differ: left.result.differ,
      });
    const file = new StateFile(o.stateDir, o.serial);
    const original = await readKnobs(o, o.package, knobsOf([condition]));
    const state: ReproduceState = {
      version: 1,
      serial: o.serial,
      package: o.package,
      startedAt: now(),
      pid: process.pid,
      original,
      current: condition.id,
    };
    file.write(state);
    held = { state, file };
  }
  try {
    const capture = await captureStart(
      { client: o.client, serial: o.serial, package: o.package, signal, profile: o.profile },
      (o.tokenTimeoutSec ?? 20) * 1000,
    );
    const finding = capture.findings.find((f) => f.kind === 'token' && f.value);
    const token = finding?.value;
    registerSecret(token);
    const channel = (finding?.vendor ?? guessVendor(token ?? '') ?? 'fcm') as VendorChannel;
    // A resumed file's route was written by this code from a RouteId.
    const route: RouteId = o.route ?? (previousStart?.route as RouteId | undefined) ?? (channel as RouteId);
    const start: Extract<WatchLine, { type: 'start' }> = previousStart ?? {
      type: 'start',
      startedAt: now(),
      everyMs: o.everyMs,
      forMs: o.forMs,
      serial: o.serial,
      package: o.package,
      route,
      condition: condition?.id,
      ...(clock.scale !== 1 ? { timeScale: clock.scale } : {}),
    };
    write(previousStart ? { type: 'resume', at: now() } : start);
    for (const l of pending) write(l);
    if (condition && held) {
      const applied = await setCondition(o, o.package, condition, held.state.original);
      if (!applied.set)
        throw new UserError(
          `The phone did not take the condition ${condition.id} (read back: ${JSON.stringify(applied.evidence)}).`,
        );
      write({ type: 'condition', at: now(), id: condition.id, phase: 'set', evidence: applied.evidence });
    }
    // A phone back from a reboot (or a battery pull) has lost forced Doze and the like: the
    // condition is read back and, when it no longer holds, set again. A rebooting condition is
    // not repeated (its reboot happened at the start).
    const reapply =
      condition && held && !condition.parts.some((p) => p.reboots)
        ? async () => {
            const values = await readKnobs(o, o.package, knobsOf([condition]));
            if (holds(condition, values, held.state.original)) return;
            const applied = await setCondition(o, o.package, condition, held.state.original);
            write({
              type: 'condition',
              at: now(),
              id: condition.id,
              phase: 'reapplied',
              evidence: applied.evidence,
            });
          }
        : undefined;
    return await pushLoop(o, start, previous, write, token, channel, route, signal, clock, reapply);
  } finally {
    if (held) {
      // A phone that went away keeps the state file: `reproduce --restore` (or the next start) puts it back.
      const r = await restorePhone(o, held.state, held.file);
      if (existsSync(o.out) && readFileSync(o.out, 'utf8').trim())
        write({
          type: 'condition',
          at: now(),
          id: condition!.id,
          phase: 'restored',
          evidence: r.after,
          differ: r.differ,
        });
    }
  }
}

/** Whether the phone's knob values show the condition as set (its `expect`s). */
function holds(
  cond: ConditionSpec,
  values: Partial<Record<KnobId, string>>,
  original: Partial<Record<KnobId, string>>,
): boolean {
  return cond.parts.every((p) =>
    Object.entries(p.expect).every(([k, ok]) => ok!(values[k as KnobId] ?? 'unknown', original[k as KnobId])),
  );
}

async function pushLoop(
  o: WatchOptions,
  start: Extract<WatchLine, { type: 'start' }>,
  previous: WatchLine[],
  write: (line: WatchLine) => void,
  token: string | undefined,
  channel: VendorChannel,
  route: RouteId,
  signal: AbortSignal,
  clock: WatchClock,
  reapply?: () => Promise<void>,
): Promise<WatchLine[]> {
  const t0 = Date.parse(start.startedAt);
  const everyMs = start.everyMs;
  const endMs = t0 + start.forMs;
  const iso = (ms: number) => new Date(ms).toISOString();
  let seq = Math.max(0, ...previous.map((l) => ('seq' in l ? l.seq : 0)));

  // Polls a quarter of the interval apart, at most a minute, and at least 250 ms of host time.
  const pollMs = Math.max(Math.min(60_000, everyMs / 4), 250 * clock.scale);
  let last: Partial<Record<KnobId, string>> | undefined;
  const note = (now: Partial<Record<KnobId, string>>) => {
    const changes: Partial<Record<KnobId, [string | undefined, string]>> = {};
    for (const k of EVENT_KNOBS)
      if (last && now[k] !== undefined && now[k] !== last[k]) changes[k] = [last[k], now[k]!];
    last = now;
    if (Object.keys(changes).length) write({ type: 'phone', at: iso(clock.now()), changes });
  };

  // Pushes that did not show within the round, by nonce: looked for again at every poll.
  const unseen = new Map<string, { seq: number; sentMs: number }>();
  const lookForLate = async () => {
    if (!unseen.size) return;
    const out = await shell(o.client, o.serial, QUESTIONS.notifications, { timeoutMs: o.commandTimeoutMs ?? 15_000 });
    const seenAt = clock.now();
    const dump = parseDumpsysNotification(out.output);
    for (const [nonce, u] of unseen) {
      const rec = dump.records.find(
        (r) =>
          r.pkg === o.package &&
          (r.text?.includes(nonce) ||
            r.title?.includes(nonce) ||
            Object.values(r.extras).some((v) => v.includes(nonce))),
      );
      if (!rec) continue;
      unseen.delete(nonce);
      // On a phone whose clock is known the notification's creation time is when it showed.
      const shownAt = clock.phoneTimed && rec.createdAtMs ? rec.createdAtMs : seenAt;
      write({ type: 'arrival', seq: u.seq, at: iso(shownAt), latencyMs: Math.max(0, shownAt - u.sentMs) });
    }
  };
  const observe = async () => {
    try {
      note(await readKnobs(o, o.package, EVENT_KNOBS));
      await lookForLate();
    } catch (err) {
      // A phone gone between pushes is found (and waited for) at the next push.
      if (!isPhoneGone(err)) throw err;
    }
  };
  const { provider, priority } = routeOf(route);
  const timeoutSec = o.deliveryTimeoutSec ?? Math.min(60, Math.max(1, everyMs / 1000));
  // The round waits in host time: the phone time asked for, and less than half an interval.
  const roundTimeoutSec =
    clock.scale === 1 ? timeoutSec : Math.min(timeoutSec / clock.scale, (0.4 * everyMs) / 1000 / clock.scale);

  while (!signal.aborted) {
    // Push k is due at t0 + (k-1)·every: the next slot that has not passed (a resumed watch, or a
    // push slower than the interval, skips the missed ones; their numbers stay unused).
    // A slot less than half an interval past is still taken (late rather than skipped).
    seq = Math.max(seq + 1, Math.ceil((clock.now() - t0 - everyMs / 2) / everyMs) + 1);
    const due = t0 + (seq - 1) * everyMs;
    if (due >= endMs) break;
    // Between pushes the phone lives its life: what changes (Doze entered or left, the screen,
    // the app's process, battery saver) is written as it is seen, and held pushes that show.
    while (clock.now() < due && !signal.aborted) {
      await clock.sleep(Math.min(pollMs, due - clock.now()), signal);
      if (clock.now() < due - 50 * clock.scale) await observe();
    }
    if (signal.aborted) break;
    try {
      const phone = await readKnobs(o, o.package, EVENT_KNOBS);
      note(phone);
      await lookForLate();
      const round = await sendRound(
        {
          client: o.client,
          serial: o.serial,
          package: o.package,
          signal,
          profile: o.profile,
          state: { facts: { detection: { pushChannel: channel } } },
          options: {
            deliveryTimeoutSec: roundTimeoutSec,
            commandTimeoutMs: o.commandTimeoutMs,
            pushTitle: 'Push Doctor watch',
          },
          progress: () => undefined,
        },
        provider,
        provider === 'tencent-im' || provider === 'easemob' ? undefined : token,
        1,
        `w${seq}`,
        priority,
      );
      const m = round.messages[0];
      if (!m) break;
      const sentMs = clock.phoneAt(Date.parse(m.sentAt));
      let latencyMs = m.latencyMs === undefined ? undefined : Math.round(m.latencyMs * clock.scale);
      if (m.arrived && clock.phoneTimed) {
        // Phone time: from the send to the notification's creation on the phone.
        const out = await shell(o.client, o.serial, QUESTIONS.notifications, {
          timeoutMs: o.commandTimeoutMs ?? 15_000,
        });
        const rec = parseDumpsysNotification(out.output).records.find(
          (r) =>
            r.pkg === o.package &&
            (r.text?.includes(round.nonces[0]) || Object.values(r.extras).some((v) => v.includes(round.nonces[0]))),
        );
        if (rec?.createdAtMs) latencyMs = Math.max(0, rec.createdAtMs - sentMs);
      }
      if (m.ok && !m.arrived) unseen.set(round.nonces[0], { seq, sentMs });
      write({
        type: 'push',
        seq,
        sentAt: iso(sentMs),
        route,
        status: !m.ok ? 'refused' : m.arrived ? 'arrived' : 'missing',
        latencyMs,
        vendorCode: m.vendorCode,
        phone,
      });
    } catch (err) {
      if (!isPhoneGone(err) || signal.aborted) throw err;
      const goneAt = clock.now();
      write({ type: 'phone-gone', seq, at: iso(goneAt), error: (err as Error).message });
      // Wait for the phone to answer again (unplugged and plugged back), then go on.
      for (;;) {
        await sleep(500, signal);
        if (signal.aborted || clock.now() >= endMs) break;
        try {
          // Back means booted: a phone coming back from a reboot answers adb before it has
          // finished booting (sys.boot_completed=0), when its settings and pushes are not ready.
          const { boot } = await readKnobs(o, o.package, ['boot']);
          if (boot && !boot.endsWith('completed=1')) continue;
          write({ type: 'phone-back', seq, at: iso(clock.now()), awayMs: clock.now() - goneAt });
          await reapply?.();
          break;
        } catch (e) {
          if (!isPhoneGone(e)) throw e;
        }
      }
    }
  }
  // The last look for pushes still held (a maintenance window may have opened after the last push).
  try {
    await lookForLate();
  } catch (err) {
    if (!isPhoneGone(err)) throw err;
  }
  return readWatchFile(o.out);
}
