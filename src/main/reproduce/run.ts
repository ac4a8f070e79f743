// `reproduce`: puts the phone in each condition, sends test pushes through each chosen provider,
// times their arrival, undoes the condition and checks it is undone. The result is a matrix
// conditions × providers. The phone's original values are recorded in a state file before anything
// changes (see ./state.ts) and put back at the end, on abort, or at the next start after a crash.
// Electron-free; the pushes and their timing are the delivery step's own (sendRound).
import type { Client } from '@devicefarmer/adbkit';
import { DeviceError, deviceError, shell, shellBatch } from '../adb/shell';
import { sendRound, reportedIm } from '../checklist/steps/delivery';
import { captureStart } from '../checklist/steps/token';
import { QUESTIONS } from '../checklist/steps/questions';
import { parseDumpsysNotification } from '../device/outputs/notification';
import { guessVendor } from '../logs/token-shape';
import { registerSecret } from '../secrets';
import { UserError } from '../errors';
import { configuredProviders, type AppProfile } from '../../shared/profile';
import type { ProviderName, PushMessageResult, Text, VendorChannel } from '../../shared/types';
import { IM_IDS, VENDOR_IDS, type ImId, type VendorId } from '../../shared/vendors';
import {
  KNOBS,
  UNKNOWN,
  knobsOf,
  sameValue,
  type Cmd,
  type CmdResult,
  type ConditionSpec,
  type KnobId,
  bootCount,
} from './conditions';
import { StateFile, type ReproduceState } from './state';

/**
 * A provider column: a provider, and for FCM the message priority (`fcm` is high, `fcm-normal`
 * normal). Built from the shared vendor and IM lists, so a new channel is a column by itself.
 */
export type RouteId = VendorId | ImId | 'fcm-normal';
export const ROUTE_IDS: readonly RouteId[] = ['fcm', 'fcm-normal', ...VENDOR_IDS.filter((v) => v !== 'fcm'), ...IM_IDS];

export function routeOf(id: RouteId): { provider: ProviderName; priority?: 'high' | 'normal' } {
  if (id === 'fcm-normal') return { provider: 'fcm', priority: 'normal' };
  if (id === 'fcm') return { provider: 'fcm', priority: 'high' };
  return { provider: id };
}

export type MessageStatus = 'arrived' | 'late' | 'missing' | 'refused';
export type CellStatus = MessageStatus | 'partial' | 'not-set' | 'not-run';

export interface MessageOutcome {
  index: number;
  status: MessageStatus;
  sentAt?: string;
  latencyMs?: number;
  /** Shown only once the condition was undone (held by the phone until then). */
  afterUndo?: boolean;
  httpStatus?: number;
  vendorCode?: string;
  meaning?: string;
}

export interface Cell {
  condition: string;
  route: RouteId;
  status: CellStatus;
  messages: MessageOutcome[];
  maxLatencyMs?: number;
  /** Why a cell is not all `arrived`, from the vendor facts. */
  explanation: Text[];
}

export interface ConditionResult {
  id: string;
  /** Knob values read once the condition was set: the evidence it was. */
  setEvidence: Partial<Record<KnobId, string>>;
  set: boolean;
  /** Knob values read after the undo, and whether they equal the originals. */
  undoneEvidence: Partial<Record<KnobId, string>>;
  undone: boolean;
  /** Why the condition was not run (needs a newer Android, or it did not take). */
  note?: Text;
}

export interface RestoreResult {
  /** Knobs written back (their values differed from the originals). */
  written: KnobId[];
  before: Partial<Record<KnobId, string>>;
  after: Partial<Record<KnobId, string>>;
  /** Knobs whose value read after the restore differs from the original. */
  differ: KnobId[];
}

export interface ReproduceResult {
  serial: string;
  package: string;
  sdk: number;
  channel: VendorChannel;
  routes: RouteId[];
  pushes: number;
  conditions: ConditionResult[];
  cells: Cell[];
  original: Partial<Record<KnobId, string>>;
  restore: RestoreResult;
  /** A previous run's leftovers put back first. */
  recovered?: RestoreResult;
  startedAt: string;
  finishedAt: string;
}

export type ReproduceEvent =
  | { type: 'recovered'; result: RestoreResult; state: ReproduceState }
  | { type: 'recorded'; original: Partial<Record<KnobId, string>>; path: string }
  | { type: 'token'; channel: VendorChannel; routes: RouteId[] }
  | {
      type: 'condition';
      id: string;
      phase: 'set' | 'not-set' | 'skipped' | 'undone';
      evidence?: Partial<Record<KnobId, string>>;
    }
  | { type: 'pushing'; condition: string; route: RouteId; count: number }
  | { type: 'cell'; cell: Cell }
  | { type: 'restored'; result: RestoreResult };

export interface ReproduceOptions {
  serial: string;
  package: string;
  client: Client;
  profile: AppProfile;
  conditions: ConditionSpec[];
  /** Provider columns; default: the phone's channel (FCM in both priorities) and the IM service the app reported to. */
  routes?: RouteId[];
  pushes?: number;
  /** Seconds to wait for each push while the condition holds (default: profile's deliveryTimeoutSec, else 60). */
  deliveryTimeoutSec?: number;
  /** A push that took longer than this is `late` (default 60 s). */
  lateAfterSec?: number;
  /** Seconds to watch for held pushes once the condition is undone (default 10). */
  heldWaitSec?: number;
  pushSpacingSec?: number;
  tokenTimeoutSec?: number;
  pushServiceTimeoutSec?: number;
  commandTimeoutMs?: number;
  /** How long a rebooting condition waits for the phone to come back and finish booting (default 240 s). */
  bootTimeoutSec?: number;
  stateDir: string;
  signal?: AbortSignal;
  onEvent?(e: ReproduceEvent): void;
}

/** Runs commands on the phone in one shell session. */
async function run(
  o: Pick<ReproduceOptions, 'client' | 'serial' | 'commandTimeoutMs'>,
  cmds: Cmd[],
): Promise<CmdResult[]> {
  if (!cmds.length) return [];
  return shellBatch(o.client, o.serial, cmds, { timeoutMs: o.commandTimeoutMs ?? 15_000 });
}

export async function readKnobs(
  o: Pick<ReproduceOptions, 'client' | 'serial' | 'commandTimeoutMs'>,
  pkg: string,
  ids: KnobId[],
): Promise<Partial<Record<KnobId, string>>> {
  const cmds = ids.map((id) => KNOBS[id].read(pkg));
  const results = await run(o, cmds.flat());
  const out: Partial<Record<KnobId, string>> = {};
  let at = 0;
  for (const [i, id] of ids.entries()) {
    out[id] = KNOBS[id].parse(results.slice(at, at + cmds[i].length));
    at += cmds[i].length;
  }
  return out;
}

/**
 * Sets a condition from the same starting point each time (the app started, then sent to the
 * background), and reads back the knobs it changes: the evidence, and whether it took. A
 * rebooting condition reboots the phone next and waits for it to finish booting, without opening
 * the app; the other parts of a combination are set after the boot (a reboot clears forced Doze).
 */
export async function setCondition(
  o: Pick<ReproduceOptions, 'client' | 'serial' | 'commandTimeoutMs' | 'bootTimeoutSec' | 'signal'>,
  pkg: string,
  cond: ConditionSpec,
  original: Partial<Record<KnobId, string>>,
): Promise<{ evidence: Partial<Record<KnobId, string>>; set: boolean }> {
  const launch: Cmd[] = [
    ['monkey', '-p', pkg, '-c', 'android.intent.category.LAUNCHER', '1'],
    ['am', 'start', '-a', 'android.intent.action.MAIN', '-c', 'android.intent.category.HOME'],
  ];
  const sets = cond.parts.flatMap((p) => p.set(pkg, original));
  if (cond.parts.some((p) => p.reboots)) {
    await run(o, launch);
    await rebootAndWait(o, pkg, original.boot);
    await run(o, sets);
  } else {
    await run(o, [...launch, ...sets]);
  }
  const evidence = await readKnobs(o, pkg, knobsOf([cond]));
  const set = cond.parts.every((p) =>
    Object.entries(p.expect).every(([k, ok]) => ok!(evidence[k as KnobId] ?? UNKNOWN, original[k as KnobId])),
  );
  return { evidence, set };
}

/**
 * Reboots the phone and waits until it answers again with a new boot finished: its boot count
 * past the one recorded (where it keeps one) and sys.boot_completed=1. While it reboots the phone
 * is away from adb (a USB phone disappears, a network one is reconnected by the adb server), so
 * "not answering" is the expected state here, not an error, until the deadline.
 */
export async function rebootAndWait(
  o: Pick<ReproduceOptions, 'client' | 'serial' | 'commandTimeoutMs' | 'bootTimeoutSec' | 'signal'>,
  pkg: string,
  bootBefore: string | undefined,
): Promise<void> {
  const before = bootCount(bootBefore);
  const timeoutMs = (o.bootTimeoutSec ?? 240) * 1000;
  try {
    await o.client.getDevice(o.serial).reboot();
  } catch (err) {
    throw deviceError(err, o.serial);
  }
  const deadline = Date.now() + timeoutMs;
  let sawAway = false;
  while (Date.now() < deadline) {
    if (o.signal?.aborted) throw new UserError(`Stopped while ${o.serial} was rebooting.`);
    await new Promise((r) => setTimeout(r, 500));
    try {
      const boot = (await readKnobs({ ...o, commandTimeoutMs: 5_000 }, pkg, ['boot'])).boot ?? '';
      const now = bootCount(boot);
      const newBoot = before !== undefined && now !== undefined ? now > before : sawAway;
      if (newBoot && boot.endsWith('completed=1')) return;
      if (boot.endsWith('completed=0')) sawAway = true;
    } catch (err) {
      if (!(err instanceof DeviceError)) throw err;
      sawAway = true;
    }
  }
  throw new UserError(
    `${o.serial} did not come back from its reboot within ${Math.round(timeoutMs / 1000)} s.`,
    `Check the phone (a PIN or an encryption prompt at boot stops adb until it is unlocked), then run \`push-doctor reproduce --serial ${o.serial} --restore\`.`,
  );
}

/**
 * Puts every recorded knob back where it differs from the original, reads all back, and deletes
 * the state file. Knobs are written in reverse table order: the app's own state last, so that
 * launching it to clear a stopped state does not happen in Doze.
 */
export async function restorePhone(
  o: Pick<ReproduceOptions, 'client' | 'serial' | 'commandTimeoutMs'>,
  state: ReproduceState,
  file?: StateFile,
  only?: KnobId[],
): Promise<RestoreResult> {
  const ids = (Object.keys(state.original) as KnobId[]).filter((k) => !only || only.includes(k));
  const before = await readKnobs(o, state.package, ids);
  const written: KnobId[] = [];
  for (const id of [...ids].reverse()) {
    const want = state.original[id]!;
    if (want === UNKNOWN || sameValue(id, want, before[id])) continue;
    const cmds = KNOBS[id].write(state.package, want);
    if (!cmds.length) continue;
    await run(o, cmds);
    written.push(id);
  }
  const after = written.length ? await readKnobs(o, state.package, ids) : before;
  const differ = ids.filter((id) => state.original[id] !== UNKNOWN && !sameValue(id, state.original[id]!, after[id]));
  file?.delete();
  return { written, before, after, differ };
}

/** Restores what a previous run left (its state file), if any. Null when there was nothing to do. */
export async function recoverIfNeeded(
  o: Pick<ReproduceOptions, 'client' | 'serial' | 'commandTimeoutMs' | 'stateDir'>,
): Promise<{ state: ReproduceState; result: RestoreResult } | null> {
  const file = new StateFile(o.stateDir, o.serial);
  const state = file.read();
  if (!state) return null;
  return { state, result: await restorePhone(o, state, file) };
}

const IM: ProviderName[] = ['tencent-im', 'easemob'];

/** The default provider columns: the phone's channel (FCM at both priorities) and the IM service the app reported to. */
export function defaultRoutes(profile: AppProfile, channel: VendorChannel, reportedTo?: ProviderName): RouteId[] {
  const configured = configuredProviders(profile);
  const routes: RouteId[] = [];
  if (configured.includes(channel))
    routes.push(...((channel === 'fcm' ? ['fcm', 'fcm-normal'] : [channel]) as RouteId[]));
  if (reportedTo && configured.includes(reportedTo)) routes.push(reportedTo as RouteId);
  return routes;
}

function messageOutcome(m: PushMessageResult, lateAfterMs: number): MessageOutcome {
  const base = { index: m.index, sentAt: m.sentAt, httpStatus: m.httpStatus, vendorCode: m.vendorCode };
  if (!m.ok) return { ...base, status: 'refused', meaning: m.meaning };
  if (!m.arrived) return { ...base, status: 'missing' };
  return { ...base, status: (m.latencyMs ?? 0) > lateAfterMs ? 'late' : 'arrived', latencyMs: m.latencyMs };
}

export function cellStatus(messages: MessageOutcome[]): CellStatus {
  if (!messages.length) return 'not-run';
  const s = new Set(messages.map((m) => m.status));
  if (s.size === 1) return [...s][0];
  if (s.has('missing') && (s.has('arrived') || s.has('late'))) return 'partial';
  if (s.has('late')) return 'late';
  if (s.has('missing')) return 'missing';
  return 'partial';
}

/**
 * Why a cell is not all `arrived`, from what the vendors and Android document: FCM and stopped
 * apps, Doze and message priority, the standby buckets' FCM caps (Android 12L and lower), and the
 * vendors' system channels.
 */
export function explain(
  condition: string,
  route: RouteId,
  channel: VendorChannel,
  sdk: number,
  status: CellStatus,
): Text[] {
  if (status === 'arrived' || status === 'not-run') return [];
  const ids = condition.split('+');
  const { provider, priority } = routeOf(route);
  const viaFcm = provider === 'fcm' || (IM.includes(provider) && channel === 'fcm');
  const vendor = viaFcm ? 'fcm' : channel;
  const out: Text[] = [];
  const p = { provider, channel: vendor, sdk };
  for (const id of ids) {
    switch (id) {
      case 'force-stopped':
        out.push({ key: viaFcm ? 'reproduce.why.fcmStopped' : 'reproduce.why.vendorStopped', params: p });
        break;
      case 'swiped':
        out.push({ key: 'reproduce.why.swiped', params: p });
        break;
      case 'doze':
        out.push({
          key: viaFcm
            ? priority === 'high'
              ? 'reproduce.why.dozeHigh'
              : IM.includes(provider)
                ? 'reproduce.why.dozeIm'
                : 'reproduce.why.dozeNormal'
            : 'reproduce.why.dozeVendor',
          params: p,
        });
        break;
      case 'light-doze':
        out.push({ key: 'reproduce.why.lightDoze', params: p });
        break;
      case 'standby-rare':
      case 'standby-restricted':
        out.push({
          key: viaFcm
            ? sdk <= 32
              ? 'reproduce.why.bucketCap'
              : 'reproduce.why.bucketNoCap'
            : 'reproduce.why.bucketVendor',
          params: { ...p, bucket: id === 'standby-rare' ? 'rare' : 'restricted' },
        });
        break;
      case 'background-restricted':
        out.push({ key: 'reproduce.why.bgRestricted', params: p });
        break;
      case 'battery-saver':
        out.push({ key: 'reproduce.why.batterySaver', params: p });
        break;
      case 'data-saver':
        out.push({ key: 'reproduce.why.dataSaver', params: p });
        break;
      case 'after-reboot':
        out.push({ key: viaFcm ? 'reproduce.why.rebootFcm' : 'reproduce.why.rebootVendor', params: p });
        break;
      default:
        out.push({ key: 'reproduce.why.background', params: p });
    }
  }
  if (status === 'refused') out.unshift({ key: 'reproduce.why.refused', params: p });
  return out;
}

/** Looks for the notifications of pushes not seen yet, until all showed or `ms` passed. */
async function watchHeld(o: ReproduceOptions, nonces: Map<string, MessageOutcome>, ms: number): Promise<void> {
  const started = Date.now();
  const deadline = started + ms;
  while (nonces.size && Date.now() < deadline && !o.signal?.aborted) {
    const out = await shell(o.client, o.serial, QUESTIONS.notifications, { timeoutMs: o.commandTimeoutMs ?? 15_000 });
    const dump = parseDumpsysNotification(out.output);
    for (const [nonce, m] of nonces) {
      const rec = dump.records.find(
        (r) =>
          r.pkg === o.package &&
          (r.text?.includes(nonce) ||
            r.title?.includes(nonce) ||
            Object.values(r.extras).some((v) => v.includes(nonce))),
      );
      if (rec) {
        m.status = 'late';
        m.afterUndo = true;
        if (m.sentAt) m.latencyMs = Date.now() - Date.parse(m.sentAt);
        nonces.delete(nonce);
      }
    }
    if (nonces.size) await new Promise((r) => setTimeout(r, 300));
  }
}

export class ReproduceRun {
  private readonly file: StateFile;

  constructor(private readonly o: ReproduceOptions) {
    this.file = new StateFile(o.stateDir, o.serial);
  }

  private emit(e: ReproduceEvent): void {
    this.o.onEvent?.(e);
  }

  private aborted(): boolean {
    return this.o.signal?.aborted === true;
  }

  async run(): Promise<ReproduceResult> {
    const o = this.o;
    const startedAt = new Date().toISOString();
    // 1. A previous run that died: put its values back first (they are the phone's true originals).
    let recovered: RestoreResult | undefined;
    const left = this.file.read();
    if (left) {
      recovered = await restorePhone(o, left, this.file);
      this.emit({ type: 'recovered', result: recovered, state: left });
    }
    // 2. Record the originals before anything changes.
    const knobs = knobsOf(o.conditions);
    const original = await readKnobs(o, o.package, knobs);
    const state: ReproduceState = {
      version: 1,
      serial: o.serial,
      package: o.package,
      startedAt,
      pid: process.pid,
      original,
    };
    this.file.write(state);
    this.emit({ type: 'recorded', original, path: this.file.path });
    const conditions: ConditionResult[] = [];
    const cells: Cell[] = [];
    let restore: RestoreResult;
    let failure: unknown;
    let sdk = 0;
    let channel: VendorChannel = 'fcm';
    let routes: RouteId[] = o.routes ?? [];
    try {
      const [props] = await run(o, [['getprop', 'ro.build.version.sdk']]);
      sdk = Number(props.output.trim()) || 0;
      // 3. The token, from the app restarted under logcat (the same capture as the checklist's).
      const capture = await captureStart(
        {
          client: o.client,
          serial: o.serial,
          package: o.package,
          signal: o.signal ?? new AbortController().signal,
          profile: o.profile,
        },
        (o.tokenTimeoutSec ?? 20) * 1000,
      );
      const tokenFinding = capture.findings.find((f) => f.kind === 'token' && f.value);
      const token = tokenFinding?.value;
      registerSecret(token);
      channel = (tokenFinding?.vendor ?? guessVendor(token ?? '') ?? 'fcm') as VendorChannel;
      const reportedTo = reportedIm({ startFindings: capture.findings });
      if (!o.routes?.length) routes = defaultRoutes(o.profile, channel, reportedTo);
      if (!routes.length)
        throw new UserError(
          `No provider to push through: the profile configures neither the phone's channel (${channel}) nor an IM service the app reported its token to.`,
          `Name the providers with --providers (${ROUTE_IDS.join(', ')}) and configure them in the profile.`,
        );
      const needToken = routes.filter((r) => !IM.includes(routeOf(r).provider));
      if (!token && needToken.length)
        throw new UserError(
          `The app logged no push token within ${o.tokenTimeoutSec ?? 20} s, so ${needToken.join(', ')} cannot be pushed to.`,
          'Run `push-doctor diagnose` to see why (push.token), or push through the IM service only.',
        );
      this.emit({ type: 'token', channel, routes });
      const spec = o.profile;
      const lateAfterMs = (o.lateAfterSec ?? 60) * 1000;
      for (const cond of o.conditions) {
        if (this.aborted()) break;
        const result: ConditionResult = { id: cond.id, setEvidence: {}, set: false, undoneEvidence: {}, undone: true };
        conditions.push(result);
        const minSdk = Math.max(0, ...cond.parts.map((p) => p.minSdk ?? 0));
        if (sdk && sdk < minSdk) {
          result.note = { key: 'reproduce.needsSdk', params: { condition: cond.id, sdk: minSdk, phoneSdk: sdk } };
          this.emit({ type: 'condition', id: cond.id, phase: 'skipped' });
          for (const route of routes)
            cells.push({ condition: cond.id, route, status: 'not-run', messages: [], explanation: [result.note] });
          continue;
        }
        this.file.update({ current: cond.id });
        const condKnobs = knobsOf([cond]);
        const applied = await setCondition(o, o.package, cond, original);
        result.setEvidence = applied.evidence;
        result.set = applied.set;
        this.emit({
          type: 'condition',
          id: cond.id,
          phase: result.set ? 'set' : 'not-set',
          evidence: result.setEvidence,
        });
        const held = new Map<string, MessageOutcome>();
        const condCells: Cell[] = [];
        if (!result.set) {
          result.note = {
            key: 'reproduce.notSet',
            params: { condition: cond.id, evidence: JSON.stringify(result.setEvidence) },
          };
          for (const route of routes)
            condCells.push({ condition: cond.id, route, status: 'not-set', messages: [], explanation: [result.note] });
        } else {
          for (const [r, route] of routes.entries()) {
            if (this.aborted()) break;
            const { provider, priority } = routeOf(route);
            this.emit({ type: 'pushing', condition: cond.id, route, count: o.pushes ?? 3 });
            const round = await sendRound(
              {
                client: o.client,
                serial: o.serial,
                package: o.package,
                signal: o.signal ?? new AbortController().signal,
                profile: spec,
                state: { facts: { detection: { pushChannel: channel } } },
                options: {
                  deliveryTimeoutSec: o.deliveryTimeoutSec,
                  pushServiceTimeoutSec: o.pushServiceTimeoutSec,
                  pushSpacingSec: o.pushSpacingSec,
                  commandTimeoutMs: o.commandTimeoutMs,
                  pushTitle: `Push Doctor reproduce: ${cond.id}`,
                },
                progress: () => undefined,
              },
              provider,
              IM.includes(provider) ? undefined : token,
              o.pushes ?? 3,
              `c${conditions.length}r${r}m`,
              priority,
            );
            const messages = round.messages.map((m) => messageOutcome(m, lateAfterMs));
            messages.forEach((m, i) => m.status === 'missing' && held.set(round.nonces[i], m));
            condCells.push({ condition: cond.id, route, status: 'not-run', messages, explanation: [] });
          }
        }
        // Undo, and check it is undone.
        const undo = await restorePhone(o, {
          ...state,
          original: pick(
            original,
            condKnobs.filter((k) => k !== 'app' || cond.parts.some((p) => p.knobs.includes('app'))),
          ),
        });
        result.undoneEvidence = undo.after;
        result.undone = undo.differ.length === 0;
        this.emit({ type: 'condition', id: cond.id, phase: 'undone', evidence: undo.after });
        // Pushes the phone held (Doze, a cap) show once the condition ends: they are late, not lost.
        if (held.size && result.set) await watchHeld(o, held, (o.heldWaitSec ?? 10) * 1000);
        for (const cell of condCells) {
          if (cell.status !== 'not-set') {
            cell.status = cellStatus(cell.messages);
            const arrived = cell.messages.filter((m) => m.latencyMs !== undefined);
            if (arrived.length) cell.maxLatencyMs = Math.max(...arrived.map((m) => m.latencyMs!));
            cell.explanation = explain(cond.id, cell.route, channel, sdk, cell.status);
          }
          cells.push(cell);
          this.emit({ type: 'cell', cell });
        }
      }
    } catch (err) {
      failure = err;
    }
    // 4. Put everything back, whatever happened above, and delete the state file. A phone that
    // went away keeps its state file: the next start (or --restore) puts it back.
    try {
      restore = await restorePhone(o, state, this.file);
    } catch (err) {
      throw new UserError(
        `Could not put ${o.serial} back as it was (${(err as Error).message}); its original values are kept in ${this.file.path}.`,
        `When the phone is back, run \`push-doctor reproduce --serial ${o.serial} --restore\` (a new reproduce run on it restores it first, too).`,
      );
    }
    this.emit({ type: 'restored', result: restore });
    if (failure !== undefined) throw failure;
    return {
      serial: o.serial,
      package: o.package,
      sdk,
      channel,
      routes,
      pushes: o.pushes ?? 3,
      conditions,
      cells,
      original,
      restore,
      recovered,
      startedAt,
      finishedAt: new Date().toISOString(),
    };
  }
}

function pick<T extends string>(values: Partial<Record<T, string>>, keys: T[]): Partial<Record<T, string>> {
  return Object.fromEntries(keys.filter((k) => values[k] !== undefined).map((k) => [k, values[k]])) as Partial<
    Record<T, string>
  >;
}
