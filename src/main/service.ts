// The core behind every front: implements the contract of src/shared/contract.ts over the adb hub,
// the checklist, the push senders and the profile store. Electron's IPC and `push-doctor serve`'s
// WebSocket both dispatch to one instance of this.
import { EventEmitter } from 'node:events';
import { platform } from 'node:os';
import { parseServers } from './adb/hub';
import type {
  ExportFormat,
  LogcatFilter,
  ProfileSummary,
  PushDoctorApi,
  PushDoctorEvent,
  RecordManualCheckInput,
  RunDiagnosisInput,
  SendPushInput,
  Settings,
  ServerStatus,
  SecretStorage,
  HistoryEntry,
  SnapshotDiffSummary,
  ReproduceCellView,
  ReproduceProgress,
  ReproduceView,
  WatchView,
} from '../shared/contract';
import { randomUUID } from 'node:crypto';
import { ReproduceRun, type Cell, type ReproduceEvent, type ReproduceResult } from './reproduce/run';
import { CONDITION_IDS, parseConditions, type ConditionSpec } from './reproduce/conditions';
import { defaultStateDir } from './reproduce/state';
import { rebootsPhone } from '../shared/conditions';
import { Watches } from './reproduce/watches';
import type {
  DeviceSummary,
  LogLine,
  PushMessageResult,
  Report,
  StepId,
  StepResult,
  TokenFinding,
} from '../shared/types';
import { PUSH_CHANNELS, stepData } from '../shared/types';
import { progressText } from './checklist/progress-text';
import type { RunState } from './checklist/types';
import { maskToken } from './logs/token-shape';
import { checkPackageName, checkSerial } from '../shared/validate';
import { AdbHub } from './adb/hub';
import { DeviceFactsCache } from './device/info';
import { hintFor } from './device/hints';
import { marketName } from './device/market-name';
import { screenshot } from './device/screenshot';
import type { RunHistory } from './history/store';
import { ChecklistRun } from './checklist/engine';
import { STEPS } from './checklist/steps';
import { BadInputError } from './errors';
import { VERSION } from './version';
import { exportReport } from './report/export';
import { shellBatch } from './adb/shell';
import { SETTINGS_SCREENS, amStartArgs } from './device/screens';
import type { ProfileStore } from './profiles/store';
import { LogcatSession } from './logcat-session';
import { redactDeep, registerSecret } from './secrets';
import type { PhoneSnapshot } from '../shared/snapshot';
import type { AppProfile } from '../shared/profile';
import { snapshotRun, startCapture } from './snapshot/capture';
import { decodeSnapshot, encodeSnapshot } from './snapshot/file';
import { diffSnapshots } from './snapshot/diff';

export interface ServiceOptions {
  front: 'electron' | 'serve';
  hub: AdbHub;
  profiles: ProfileStore;
  settings?: Partial<Settings>;
  /** Keeps every finished run on disk (the UI lists them; reports survive a restart). */
  history?: RunHistory;
  /** Persists settings (the Electron app writes them to its user data folder). */
  saveSettings?: (s: Settings) => void;
  /** Finished runs kept in memory (newest first); older ones are forgotten. Default 20. */
  keepRuns?: number;
  /** How the profile store keeps secrets (told to the UI by getInfo). */
  secretStorage?: { kind: SecretStorage; backend?: string };
  /** Where `reproduce` records a phone's original settings (default: the OS's per-user state folder). */
  reproduceStateDir?: string;
}

function cellView(c: Cell): ReproduceCellView {
  return {
    condition: c.condition,
    route: c.route,
    status: c.status,
    arrived: c.messages.filter((m) => m.status === 'arrived' || m.status === 'late').length,
    total: c.messages.length,
    ...(c.maxLatencyMs !== undefined ? { maxLatencyMs: c.maxLatencyMs } : {}),
    explanation: c.explanation,
  };
}

function progressView(e: ReproduceEvent): ReproduceProgress {
  switch (e.type) {
    case 'recovered':
      return { kind: 'recovered', knobs: e.result.written };
    case 'recorded':
      return { kind: 'recorded', knobs: Object.keys(e.original) };
    case 'token':
      return { kind: 'token', channel: e.channel, routes: e.routes };
    case 'condition':
      return { kind: 'condition', id: e.id, phase: e.phase };
    case 'pushing':
      return { kind: 'pushing', condition: e.condition, route: e.route, count: e.count };
    case 'cell':
      return { kind: 'cell', cell: cellView(e.cell) };
    case 'restored':
      return { kind: 'restored', differ: e.result.differ };
  }
}

function reproduceView(r: ReproduceResult): ReproduceView {
  return {
    serial: r.serial,
    package: r.package,
    sdk: r.sdk,
    channel: r.channel,
    routes: r.routes,
    pushes: r.pushes,
    conditions: r.conditions.map((c) => ({
      id: c.id,
      set: c.set,
      undone: c.undone,
      evidence: Object.fromEntries(Object.entries(c.setEvidence).filter((x): x is [string, string] => !!x[1])),
      ...(c.note ? { note: c.note } : {}),
    })),
    cells: r.cells.map(cellView),
    restored: { knobs: Object.keys(r.original), differ: r.restore.differ },
    startedAt: r.startedAt,
    finishedAt: r.finishedAt,
  };
}

interface RunRecord {
  /** A Test push tab run (delivery only), not a diagnosis. */
  pushOnly?: boolean;
  run: ChecklistRun;
  serial: string;
  package: string;
  report?: Report;
}

export class PushDoctorService implements PushDoctorApi {
  readonly events = new EventEmitter<{ event: [PushDoctorEvent] }>();
  /** Snapshots opened in this session, listed as phones of their own (`snapshot-N`). */
  private readonly snapshots = new Map<string, { snap: PhoneSnapshot; summary: DeviceSummary }>();
  private snapshotCount = 0;
  private readonly facts = new DeviceFactsCache();
  private readonly runs = new Map<string, RunRecord>();
  private readonly logcats = new Map<string, LogcatSession>();
  /** The token the last diagnosis of each phone captured (for test pushes from the UI). */
  private readonly lastToken = new Map<string, RunState['token']>();
  private settings: Settings;
  private summaries: DeviceSummary[] = [];

  constructor(private readonly options: ServiceOptions) {
    this.settings = { language: 'auto', adbServers: [], defaultPackage: 'com.example.chat', ...options.settings };
    options.hub.on('devices', () => void this.refreshDevices());
    options.hub.on('server', (s) => this.emit({ type: 'server', ...s }));
    this.baseServers = options.hub.servers.map((s) => s.address);
    if (this.settings.adbServers.length)
      this.applyServers(this.settings.adbServers, this.settings.startAdbServers ?? []);
  }

  /** The servers the front started with (the local one, or the CLI's --adb list); settings add to them. */
  private readonly baseServers: string[];

  private applyServers(extra: string[], confirmed: string[]): void {
    // A local adb server is started only on a port the user asked for: the front's own list, or
    // an entry confirmed in the settings (a typo like 127.0.0.1:1 must not start a daemon there).
    const key = (a: { host: string; port: number }) => `${a.host}:${a.port}`;
    const mayStart = new Set(parseServers([...this.baseServers, ...confirmed]).map(key));
    this.options.hub.setServers([...this.baseServers, ...extra], (a) => mayStart.has(key(a)));
  }

  start(): void {
    this.options.hub.start();
  }

  stop(): void {
    // A reproduction or watch stopped this way keeps its state file when the phone cannot be put
    // back in time: the next run on that phone (or `reproduce --restore`) does it.
    for (const r of this.reproductions.values()) r.abort.abort();
    this.watches.stopAll();
    // Also stops the adb servers this process started.
    this.options.hub.shutdown();
    for (const l of this.logcats.values()) l.close('service stopped');
    for (const r of this.runs.values()) r.run.cancel();
  }

  onEvent(listener: (e: PushDoctorEvent) => void): () => void {
    this.events.on('event', listener);
    return () => this.events.off('event', listener);
  }

  private emit(e: PushDoctorEvent): void {
    // Every event leaves the process (IPC, WebSocket): one redactor for all of them.
    this.events.emit('event', redactDeep(e));
  }

  private async refreshDevices(): Promise<void> {
    const hub = this.options.hub;
    const list = hub.devices();
    this.facts.retain(list);
    // Publish states at once, then fill in brand/ROM/channel as each phone answers.
    const known = new Map(this.summaries.map((s) => [`${s.server}/${s.serial}`, s]));
    this.summaries = list.map((d) => ({
      ...(d.state === 'device' ? known.get(`${d.server}/${d.serial}`) : undefined),
      serial: d.serial,
      server: d.server,
      state: d.state,
      hint: hintFor(d.state, d.serial),
    }));
    this.emit({ type: 'devices', devices: this.allDevices() });
    await Promise.all(
      list
        .filter((d) => d.state === 'device')
        .map(async (d) => {
          try {
            const f = await this.facts.get(hub.server(d.server)!.client, d.server, d.serial);
            const s = this.summaries.find((x) => x.serial === d.serial && x.server === d.server);
            if (!s || s.state !== 'device') return;
            const det = f.detection;
            Object.assign(s, {
              brand: det.brand,
              model: det.model,
              marketName: marketName(det.model),
              virtual: f.props['ro.pushdoctor.virtual'] === '1',
              brandFamily: det.brandFamily,
              rom: det.rom,
              android: det.android,
              pushChannel: det.pushChannel,
            });
            this.emit({ type: 'devices', devices: this.allDevices() });
          } catch {
            // The phone went away while answering; the next tracker event says so.
          }
        }),
    );
  }

  async getInfo() {
    const storage = this.options.secretStorage ?? { kind: 'file' as const };
    return {
      version: VERSION,
      front: this.options.front,
      platform: platform(),
      secretStorage: storage.kind,
      secretStorageBackend: storage.backend,
    };
  }

  async listDevices(): Promise<DeviceSummary[]> {
    return this.allDevices();
  }

  private allDevices(): DeviceSummary[] {
    return [...this.summaries, ...[...this.snapshots.values()].map((s) => s.summary)];
  }

  async listServers(): Promise<ServerStatus[]> {
    return this.options.hub.serverStatuses();
  }

  async getSettings(): Promise<Settings> {
    return this.settings;
  }

  async setSettings(input: Partial<Settings>): Promise<Settings> {
    // A bad address is refused (by name) before anything changes.
    if (input.adbServers) parseServers(input.adbServers);
    if (input.startAdbServers?.length) parseServers(input.startAdbServers);
    this.settings = { ...this.settings, ...input };
    if (input.adbServers || input.startAdbServers)
      this.applyServers(this.settings.adbServers, this.settings.startAdbServers ?? []);
    this.options.saveSettings?.(this.settings);
    return this.settings;
  }

  private async locate(serial: string) {
    const s = checkSerial(serial);
    if (!s.ok) throw new BadInputError(`Bad serial: ${s.reason}.`);
    if (this.snapshots.has(serial))
      throw new BadInputError(
        `${serial} is a snapshot of ${this.snapshots.get(serial)!.snap.capture.serial}, not a phone: this needs the live phone.`,
        'Attach the phone itself, or start it as a virtual phone with `push-doctor sim --snapshot FILE --connect`.',
      );
    return this.options.hub.locate(serial);
  }

  async runDiagnosis(input: RunDiagnosisInput): Promise<{ runId: string }> {
    const p = checkPackageName(input.package);
    if (!p.ok) throw new BadInputError(`Bad package name: ${p.reason}.`);
    const opened = this.snapshots.get(input.serial);
    if (opened)
      return this.runOnSnapshot(
        input,
        opened.snap,
        // The profile's own token patterns read the snapshot's log window as they read the phone's.
        input.profileId ? await this.options.profiles.load(input.profileId) : undefined,
      );
    const { server } = await this.locate(input.serial);
    const profile = input.profileId ? await this.options.profiles.load(input.profileId) : undefined;
    const run = new ChecklistRun(
      {
        serial: input.serial,
        server: server.address,
        package: input.package,
        client: server.client,
        profile,
        only: input.steps,
        options: {
          tokenTimeoutSec: input.tokenTimeoutSec,
          pushCount: input.pushCount,
          deliveryTimeoutSec: input.deliveryTimeoutSec,
        },
      },
      STEPS,
    );
    const record: RunRecord = { run, serial: input.serial, package: input.package };
    this.runs.set(run.runId, record);
    this.wire(run, record);
    void run.run().catch(() => undefined);
    return { runId: run.runId };
  }

  /** The checklist on an opened snapshot: the snapshot's app, whatever package the UI had typed. */
  private runOnSnapshot(input: RunDiagnosisInput, snap: PhoneSnapshot, profile?: AppProfile): { runId: string } {
    const run = snapshotRun(snap, { only: input.steps, profile });
    const record: RunRecord = { run, serial: input.serial, package: snap.capture.package };
    this.runs.set(run.runId, record);
    this.wire(run, record);
    void run.run().catch(() => undefined);
    return { runId: run.runId };
  }

  async captureSnapshot(input: { serial: string; package: string; includeTokens?: boolean; note?: string }) {
    const p = checkPackageName(input.package);
    if (!p.ok) throw new BadInputError(`Bad package name: ${p.reason}.`);
    const { server } = await this.locate(input.serial);
    const { run, done } = startCapture({
      serial: input.serial,
      server: server.address,
      package: input.package,
      client: server.client,
      includeTokens: input.includeTokens,
      note: input.note,
    });
    // The checklist fills in while the capture runs, as a diagnosis of the read-only steps.
    const record: RunRecord = { run, serial: input.serial, package: input.package };
    this.runs.set(run.runId, record);
    this.wire(run, record);
    const { snapshot } = await done;
    if (snapshot.adb.state !== 'device')
      throw new BadInputError(
        `The phone ${input.serial} is ${snapshot.adb.state}; nothing was captured.`,
        'Plug it in and accept the USB debugging prompt, then capture again.',
      );
    const data = encodeSnapshot(snapshot);
    const safe = (x: string) => x.replace(/[^A-Za-z0-9._-]+/g, '_');
    const stamp = snapshot.capturedAt.replace(/[:.]/g, '').slice(0, 15);
    return {
      fileName: `${safe(input.serial)}-${safe(input.package)}-${stamp}.pdsnap`,
      data: data.toString('base64'),
      bytes: data.length,
    };
  }

  async openSnapshot(input: { fileName: string; data: string }): Promise<DeviceSummary> {
    let snap: PhoneSnapshot;
    try {
      snap = decodeSnapshot(Buffer.from(input.data, 'base64'));
    } catch (err) {
      const e = err as Error & { hint?: string };
      throw new BadInputError(`${input.fileName}: ${e.message.replace(/^This (gzip )?file/, 'it')}`, e.hint);
    }
    const serial = `snapshot-${++this.snapshotCount}`;
    // What the phone was: the checklist's own detection, from the snapshot's getprop and packages.
    const probe = snapshotRun(snap, { only: ['device.channel'] });
    const det = (await probe.run()).device.detection;
    const summary: DeviceSummary = {
      serial,
      server: 'snapshot',
      state: 'device',
      snapshot: {
        fileName: input.fileName.slice(0, 255),
        capturedAt: snap.capturedAt,
        serial: snap.capture.serial,
        package: snap.capture.package,
      },
      ...(det
        ? {
            brand: det.brand,
            model: det.model,
            marketName: marketName(det.model),
            brandFamily: det.brandFamily,
            rom: det.rom,
            android: det.android,
            pushChannel: det.pushChannel,
          }
        : {}),
    };
    this.snapshots.set(serial, { snap, summary });
    this.emit({ type: 'devices', devices: this.allDevices() });
    return summary;
  }

  async closeSnapshot(input: { serial: string }): Promise<void> {
    if (!this.snapshots.delete(input.serial)) throw new BadInputError(`No snapshot ${input.serial} is open.`);
    this.emit({ type: 'devices', devices: this.allDevices() });
  }

  async diffSnapshots(input: { before: string; after: string }): Promise<SnapshotDiffSummary> {
    const get = (serial: string) => {
      const s = this.snapshots.get(serial);
      if (!s) throw new BadInputError(`No snapshot ${serial} is open.`, 'Open both snapshots first.');
      return s.snap;
    };
    const d = await diffSnapshots(get(input.before), get(input.after));
    return {
      samePhone: d.samePhone,
      samePackage: d.samePackage,
      before: { ...d.before, headline: d.reports.before.headline },
      after: { ...d.after, headline: d.reports.after.headline },
      verdicts: d.verdicts,
      answers: d.answers,
      manifestChanged: d.manifestChanged,
      logWindowChanged: d.logWindowChanged,
    };
  }

  /** Reproductions running, by id: one at a time per phone (they change its settings). */
  private readonly reproductions = new Map<string, { abort: AbortController; serial: string }>();

  private readonly watches = new Watches({
    stateDir: () => this.options.reproduceStateDir ?? defaultStateDir(),
    emit: (e) => this.emit(e),
  });

  /** A reproduction or a watch already changing this phone's settings, if any. */
  private phoneBusy(serial: string): string | undefined {
    if ([...this.reproductions.values()].some((r) => r.serial === serial)) return 'A reproduction';
    if (this.watches.busy(serial)) return 'A watch';
    return undefined;
  }

  async runReproduce(input: {
    serial: string;
    package: string;
    profileId: string;
    conditions: string[];
    pushes?: number;
    allowReboot?: boolean;
  }): Promise<{ reproduceId: string }> {
    const p = checkPackageName(input.package);
    if (!p.ok) throw new BadInputError(`Bad package name: ${p.reason}.`);
    let conditions: ConditionSpec[];
    try {
      conditions = parseConditions(input.conditions.join(','));
    } catch (err) {
      throw new BadInputError(`Conditions: ${(err as Error).message}.`, `Conditions are: ${CONDITION_IDS.join(', ')}.`);
    }
    if (!input.allowReboot && rebootsPhone(input.conditions))
      throw new BadInputError(
        `after-reboot reboots ${input.serial}, and that was not confirmed.`,
        'Confirm the reboot in the Reproduce tab (allowReboot), or leave after-reboot out.',
      );
    const busy = this.phoneBusy(input.serial);
    if (busy)
      throw new BadInputError(
        `${busy} is already running on ${input.serial}.`,
        'Wait for it to end (or cancel it): two at once would each record the other’s settings as the originals.',
      );
    const { server } = await this.locate(input.serial);
    const profile = await this.options.profiles.load(input.profileId);
    const reproduceId = randomUUID();
    const abort = new AbortController();
    this.reproductions.set(reproduceId, { abort, serial: input.serial });
    const send = (progress: ReproduceProgress) =>
      this.emit({ type: 'reproduce', reproduceId, serial: input.serial, progress });
    const run = new ReproduceRun({
      serial: input.serial,
      package: input.package,
      client: server.client,
      profile,
      conditions,
      pushes: input.pushes,
      stateDir: this.options.reproduceStateDir ?? defaultStateDir(),
      signal: abort.signal,
      onEvent: (e) => send(progressView(e)),
    });
    void run
      .run()
      .then((r) =>
        this.emit({ type: 'reproduce-finished', reproduceId, serial: input.serial, result: reproduceView(r) }),
      )
      .catch((err) =>
        this.emit({
          type: 'reproduce-finished',
          reproduceId,
          serial: input.serial,
          error: { message: (err as Error).message, hint: (err as { hint?: string }).hint },
        }),
      )
      .finally(() => this.reproductions.delete(reproduceId));
    return { reproduceId };
  }

  async cancelReproduce(input: { reproduceId: string }): Promise<void> {
    // The run puts the phone back before it ends; its `reproduce-finished` event says so.
    this.reproductions.get(input.reproduceId)?.abort.abort();
  }

  async startWatch(input: {
    serial: string;
    package: string;
    profileId: string;
    everyMs: number;
    forMs: number;
    condition?: string;
    route?: string;
    allowReboot?: boolean;
  }): Promise<{ watchId: string; file: string }> {
    const p = checkPackageName(input.package);
    if (!p.ok) throw new BadInputError(`Bad package name: ${p.reason}.`);
    if (input.condition && !input.allowReboot && rebootsPhone([input.condition]))
      throw new BadInputError(
        `${input.condition} reboots ${input.serial}, and that was not confirmed.`,
        'Confirm the reboot (allowReboot), or pick another condition.',
      );
    const busy = this.phoneBusy(input.serial);
    if (busy)
      throw new BadInputError(
        `${busy} is already running on ${input.serial}.`,
        'Wait for it to end (or stop it): two at once would each record the other’s settings as the originals.',
      );
    const { server } = await this.locate(input.serial);
    const profile = await this.options.profiles.load(input.profileId);
    return this.watches.start({ ...input, profile, client: server.client });
  }

  async stopWatch(input: { watchId: string }): Promise<void> {
    this.watches.stop(input.watchId);
  }

  async listWatches(): Promise<WatchView[]> {
    return this.watches.list();
  }

  async watchReport(input: { watchId: string }): Promise<{ fileName: string; html: string }> {
    return this.watches.report(input.watchId);
  }

  /** Forwards a run's events to the fronts; delivery progress becomes `push` events. */
  private wire(run: ChecklistRun, record: RunRecord): void {
    run.on('started', (steps) =>
      this.emit({ type: 'run-started', runId: run.runId, serial: record.serial, package: record.package, steps }),
    );
    run.on('step', (step) => {
      this.emit({ type: 'step', runId: run.runId, step });
      if (step.id === 'push.delivery' && step.status !== 'running' && step.status !== 'pending')
        this.emit({
          type: 'push-finished',
          runId: run.runId,
          messages: step.data?.messages ?? [],
        });
      if (step.id === 'push.token' && step.data?.token)
        this.emit({ type: 'token', runId: run.runId, finding: step.data.token });
    });
    run.on('progress', (id, data) => {
      const label = progressText(data);
      if (label)
        this.emit({
          type: 'step-progress',
          runId: run.runId,
          stepId: id,
          label,
          deadline: typeof data.deadline === 'string' ? data.deadline : undefined,
        });
      if (id === 'push.delivery' && data.message)
        this.emit({
          type: 'push',
          runId: run.runId,
          message: data.message as PushMessageResult,
          phase: data.phase as 'sending',
          deadline: data.deadline as string | undefined,
        });
    });
    run.on('finished', (report) => {
      record.report = report;
      // Test push tab runs are kept inside the diagnosis they followed, not as runs of their own.
      if (!record.pushOnly) this.saveHistory(run.runId, report);
      this.forgetOldRuns();
      this.lastToken.set(record.serial, run.state.token);
      this.emit({ type: 'run-finished', runId: run.runId, report });
    });
  }

  private saveHistory(runId: string, report: Report): void {
    try {
      this.options.history?.save(runId, report);
    } catch {
      // A full disk or a read-only folder must not fail the run; the report is still in memory.
    }
  }

  /** A long `serve` session must not keep every report (MBs each): keep the newest finished ones. */
  private forgetOldRuns(): void {
    const finished = [...this.runs].filter(([, r]) => r.report);
    for (const [id] of finished.slice(0, Math.max(0, finished.length - (this.options.keepRuns ?? 20))))
      this.runs.delete(id);
  }

  private record(runId: string): RunRecord {
    const r = this.runs.get(runId);
    if (!r) throw new BadInputError(`No diagnosis with id ${runId}.`, 'Start one with runDiagnosis first.');
    return r;
  }

  async cancelRun(input: { runId: string }): Promise<void> {
    this.record(input.runId).run.cancel();
  }

  async rerunStep(input: { runId: string; stepId: StepId }): Promise<void> {
    const r = this.record(input.runId);
    await r.run.rerun(input.stepId, STEPS);
  }

  async recordManualCheck(input: RecordManualCheckInput): Promise<StepResult> {
    const r = this.record(input.runId);
    try {
      const step = r.run.recordAnswer({ stepId: input.stepId, done: input.done, note: input.note }, 'ui');
      if (r.report) {
        r.report = r.run.report();
        this.saveHistory(input.runId, r.report);
      }
      return step;
    } catch (err) {
      throw new BadInputError((err as Error).message, (err as { hint?: string }).hint);
    }
  }

  async getReport(input: { runId: string }): Promise<Report | null> {
    const report = this.runs.get(input.runId)?.report ?? this.options.history?.get(input.runId);
    return report ? redactDeep(report) : null;
  }

  async screenshot(input: { serial: string }): Promise<{ png: string; takenAt: string }> {
    const s = checkSerial(input.serial);
    if (!s.ok) throw new BadInputError(`Bad serial: ${s.reason}.`);
    const { server } = await this.locate(input.serial);
    const png = await screenshot(server.client, input.serial);
    return { png: png.toString('base64'), takenAt: new Date().toISOString() };
  }

  async setRunNotes(input: { runId: string; notes: string }): Promise<void> {
    const r = this.runs.get(input.runId);
    const report = r?.report ?? this.options.history?.get(input.runId);
    if (!report)
      throw new BadInputError(
        `No finished diagnosis with id ${input.runId}.`,
        'Notes can be added once the diagnosis has finished.',
      );
    report.userNotes = input.notes.trim() || undefined;
    if (r) r.report = report;
    this.saveHistory(input.runId, report);
  }

  async listHistory(input: { serial?: string }): Promise<HistoryEntry[]> {
    return this.options.history?.list(input.serial) ?? [];
  }

  async exportReport(input: { runId: string; format: ExportFormat; language?: 'en' | 'zh-CN' }) {
    const kept = this.runs.has(input.runId) ? undefined : this.options.history?.get(input.runId);
    const report =
      kept ??
      (() => {
        const r = this.record(input.runId);
        return r.report ?? r.run.report();
      })();
    return exportReport(report, input.format, input.language ?? (this.settings.language === 'zh-CN' ? 'zh-CN' : 'en'));
  }

  async runAction(input: { serial: string; package: string; actionId: string; target?: string }) {
    const p = checkPackageName(input.package);
    if (!p.ok) throw new BadInputError(`Bad package name: ${p.reason}.`);
    const { server } = await this.locate(input.serial);
    const commands = actionCommands(input.actionId, input.package);
    const results = await shellBatch(server.client, input.serial, commands, { timeoutMs: 15_000 });
    const ok = results.every((r) => r.exitCode === 0 && !/Error|Exception/.test(r.output));
    return { ok, output: redactDeep(results.map((r) => `$ ${r.command}\n${r.output}`).join('')) };
  }

  async revealToken(input: { runId: string }) {
    return { token: this.record(input.runId).run.state.token?.clear ?? null };
  }

  async sendTestPush(input: SendPushInput): Promise<{ runId: string }> {
    const { server } = await this.locate(input.serial);
    const profile = await this.options.profiles.load(input.profileId);
    // A token typed in the UI is as private as a captured one (registered for redaction too).
    registerSecret(input.token);
    const token = input.token
      ? { ...this.tokenFinding(input.token), clear: input.token }
      : this.lastToken.get(input.serial);
    const run = new ChecklistRun(
      {
        serial: input.serial,
        server: server.address,
        package: profile.package,
        client: server.client,
        profile: {
          ...profile,
          deliveryProvider: input.provider,
          // A tap action chosen for this test applies whatever channel the push goes through.
          ...(input.clickAction
            ? {
                clickAction: Object.fromEntries(
                  PUSH_CHANNELS.filter((v) => v !== 'none').map((v) => [v, input.clickAction!]),
                ),
              }
            : {}),
        },
        only: ['push.delivery', 'push.vendorPolicy'],
        options: { pushCount: input.count, pushTitle: input.title, pushBody: input.body, pushData: input.data },
        initialState: token ? { token } : {},
      },
      STEPS,
    );
    const record: RunRecord = { run, serial: input.serial, package: profile.package };
    this.runs.set(run.runId, record);
    this.wire(run, record);
    // The phone's latest diagnosis carries the Test push tab's results in its report.
    const diagnosis = [...this.runs.entries()]
      .reverse()
      .find(([id, x]) => x.serial === input.serial && x.report && !x.pushOnly && id !== run.runId);
    record.pushOnly = true;
    run.on('finished', (report) => {
      const messages =
        stepData(
          report.steps.find((s) => s.id === 'push.delivery'),
          'push.delivery',
        )?.messages ?? [];
      if (!diagnosis || !messages.length) return;
      const [id, target] = diagnosis;
      target.report = { ...target.report!, testPushes: [...(target.report!.testPushes ?? []), ...messages] };
      this.saveHistory(id, target.report);
    });
    void run.run().catch(() => undefined);
    return { runId: run.runId };
  }

  private tokenFinding(token: string): TokenFinding {
    return { vendor: 'unknown', token: maskToken(token), masked: true, shapeOk: true, source: 'user', line: '' };
  }

  async startLogcat(input: { serial: string; filter?: LogcatFilter }): Promise<{ streamId: string }> {
    const { server } = await this.locate(input.serial);
    const session = await LogcatSession.open(server.client, input.serial, input.filter, {
      onLines: (lines: LogLine[], dropped: number) =>
        this.emit({ type: 'logcat', streamId: session.id, lines, dropped }),
      onEnd: (reason: string) => {
        this.logcats.delete(session.id);
        this.emit({ type: 'logcat-ended', streamId: session.id, reason });
      },
    });
    this.logcats.set(session.id, session);
    return { streamId: session.id };
  }

  async stopLogcat(input: { streamId: string }): Promise<void> {
    this.logcats.get(input.streamId)?.close('stopped');
  }

  async listProfiles(): Promise<ProfileSummary[]> {
    return this.options.profiles.list();
  }

  async getProfile(input: { id: string }) {
    return this.options.profiles.getMasked(input.id);
  }

  async saveProfile(input: { id: string; profile: Record<string, unknown> }) {
    // From a renderer: no environment, no file paths, kept secrets only for the same address.
    return this.options.profiles.save(input.id, input.profile, { origin: 'ui' });
  }

  async deleteProfile(input: { id: string }) {
    await this.options.profiles.remove(input.id);
  }
}

/** The shell commands an action id stands for; only known actions run, never free text. */
export function actionCommands(actionId: string, pkg: string): string[][] {
  if (actionId === 'restart-app')
    return [
      ['am', 'force-stop', pkg],
      ['monkey', '-p', pkg, '-c', 'android.intent.category.LAUNCHER', '1'],
    ];
  if (actionId.startsWith('open-screen:')) {
    const screen = SETTINGS_SCREENS.find((s) => `open-screen:${s.id}` === actionId);
    if (!screen) throw new BadInputError(`Unknown screen action ${actionId}.`);
    return [amStartArgs(screen, pkg)];
  }
  throw new BadInputError(`Unknown action ${actionId}.`);
}
