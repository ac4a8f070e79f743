// The renderer's state: one zustand store fed by the core's events and the user's actions. The
// event reducer is a pure function (applyEvent) so that the stepper's and the push timeline's
// logic can be tested without a browser.
import { create } from 'zustand';
import type {
  ExportFormat,
  HistoryEntry,
  LogcatFilter,
  ProfileSummary,
  PushDoctorBridge,
  PushDoctorEvent,
  SendPushInput,
} from '../../shared/contract';
import type {
  DeviceSummary,
  LogLine,
  ProviderName,
  PushMessageResult,
  Report,
  StepId,
  StepResult,
  Text,
  TokenFinding,
} from '../../shared/types';

export interface RunView {
  runId: string;
  serial: string;
  package: string;
  steps: StepResult[];
  report?: Report;
  done: boolean;
  token?: TokenFinding;
  /** What each running step waits for and until when (cleared when the step changes status). */
  progress?: Partial<Record<StepId, { label: Text; deadline?: string }>>;
}

export type PushPhase = 'sending' | 'accepted' | 'refused' | 'arrived' | 'timeout';
export interface PushView {
  runId: string;
  serial: string;
  startedAt: number;
  messages: Record<number, PushMessageResult & { phase: PushPhase; deadline?: string }>;
  done: boolean;
}

export interface LogView {
  streamId?: string;
  serial?: string;
  lines: LogLine[];
  dropped: number;
  paused: boolean;
  ended?: string;
  filter: LogcatFilter;
}

export interface CoreState {
  devices: DeviceSummary[];
  /** Finished runs kept on disk (all phones), newest first. */
  history: HistoryEntry[];
  servers: Record<string, { status: 'up' | 'down' | 'unknown'; message?: string }>;
  runs: Record<string, RunView>;
  /** The latest diagnosis per phone. */
  activeRun: Record<string, string>;
  pushes: Record<string, PushView>;
  activePush: Record<string, string>;
  log: LogView;
}

export const MAX_LOG_LINES = 20_000;

export const initialCore = (): CoreState => ({
  devices: [],
  history: [],
  servers: {},
  runs: {},
  activeRun: {},
  pushes: {},
  activePush: {},
  log: { lines: [], dropped: 0, paused: false, filter: {} },
});

function updateStep(steps: StepResult[], step: StepResult): StepResult[] {
  const i = steps.findIndex((s) => s.id === step.id);
  if (i < 0) return [...steps, step];
  const copy = steps.slice();
  copy[i] = step;
  return copy;
}

/** Folds one core event into the state (pure). */
export function applyEvent(s: CoreState, e: PushDoctorEvent): CoreState {
  switch (e.type) {
    case 'devices':
      return { ...s, devices: e.devices };
    case 'server':
      if (e.status === 'removed') {
        const { [e.server]: _gone, ...rest } = s.servers;
        return { ...s, servers: rest };
      }
      return { ...s, servers: { ...s.servers, [e.server]: { status: e.status, message: e.message } } };
    case 'run-started': {
      const run: RunView = { runId: e.runId, serial: e.serial, package: e.package, steps: e.steps, done: false };
      const isPushOnly = e.steps.every(
        (x) =>
          x.id === 'push.delivery' ||
          x.id === 'push.vendorPolicy' ||
          x.id === 'adb.connection' ||
          x.id === 'device.channel' ||
          x.id === 'app.installed',
      );
      return {
        ...s,
        runs: { ...s.runs, [e.runId]: run },
        activeRun: isPushOnly && s.activeRun[e.serial] ? s.activeRun : { ...s.activeRun, [e.serial]: e.runId },
      };
    }
    case 'step': {
      const run = s.runs[e.runId];
      if (!run) return s;
      const { [e.step.id]: _done, ...progress } = run.progress ?? {};
      return { ...s, runs: { ...s.runs, [e.runId]: { ...run, steps: updateStep(run.steps, e.step), progress } } };
    }
    case 'step-progress': {
      const run = s.runs[e.runId];
      if (!run) return s;
      return {
        ...s,
        runs: {
          ...s.runs,
          [e.runId]: { ...run, progress: { ...run.progress, [e.stepId]: { label: e.label, deadline: e.deadline } } },
        },
      };
    }
    case 'run-finished': {
      const run = s.runs[e.runId];
      if (!run) return s;
      return { ...s, runs: { ...s.runs, [e.runId]: { ...run, report: e.report, done: true, steps: e.report.steps } } };
    }
    case 'token': {
      const run = s.runs[e.runId];
      if (!run) return s;
      return { ...s, runs: { ...s.runs, [e.runId]: { ...run, token: e.finding } } };
    }
    case 'push': {
      const run = s.runs[e.runId];
      const serial = run?.serial ?? '';
      const view: PushView = s.pushes[e.runId] ?? {
        runId: e.runId,
        serial,
        startedAt: Date.now(),
        messages: {},
        done: false,
      };
      const prev = view.messages[e.message.index];
      const message = { ...prev, ...e.message, phase: e.phase, deadline: e.deadline ?? prev?.deadline };
      return {
        ...s,
        pushes: { ...s.pushes, [e.runId]: { ...view, messages: { ...view.messages, [e.message.index]: message } } },
        activePush: serial ? { ...s.activePush, [serial]: e.runId } : s.activePush,
      };
    }
    case 'push-finished': {
      const view = s.pushes[e.runId];
      if (!view) return s;
      const messages = { ...view.messages };
      for (const m of e.messages)
        messages[m.index] = { ...messages[m.index], ...m, phase: m.arrived ? 'arrived' : m.ok ? 'timeout' : 'refused' };
      return { ...s, pushes: { ...s.pushes, [e.runId]: { ...view, messages, done: true } } };
    }
    case 'logcat': {
      if (e.streamId !== s.log.streamId || s.log.paused)
        return { ...s, log: { ...s.log, dropped: s.log.dropped + (s.log.paused ? e.lines.length : 0) } };
      const lines = s.log.lines.concat(e.lines);
      return {
        ...s,
        log: {
          ...s.log,
          lines: lines.length > MAX_LOG_LINES ? lines.slice(lines.length - MAX_LOG_LINES) : lines,
          dropped: s.log.dropped + (e.dropped ?? 0),
        },
      };
    }
    case 'logcat-ended':
      return e.streamId === s.log.streamId ? { ...s, log: { ...s.log, ended: e.reason, streamId: undefined } } : s;
    // The Reproduce and Watch tabs listen to these themselves.
    case 'reproduce':
    case 'reproduce-finished':
    case 'watch':
    case 'watch-finished':
      return s;
  }
}

/** Several phones diagnosed at once (the rack): one run per phone, a few at a time. */
export interface MatrixView {
  package: string;
  /** The phones in the order chosen, with the name each had when the run began (it may go away). */
  phones: { serial: string; label: string }[];
  /** The run of each phone once started. */
  runIds: Record<string, string>;
  /** Why a phone's run could not start (it went away, …): its whole column fails. */
  errors: Record<string, string>;
  done: boolean;
}

/** Phones diagnosed at the same time by a matrix run. */
export const MATRIX_JOBS = 3;

export interface UiState extends CoreState {
  ready: boolean;
  connection: 'connecting' | 'open' | 'closed';
  info?: {
    version: string;
    front: 'electron' | 'serve';
    secretStorage?: 'encrypted' | 'weak' | 'file';
    secretStorageBackend?: string;
  };
  selected?: string;
  view: 'checklist' | 'push' | 'logcat' | 'reproduce' | 'watch' | 'report' | 'profiles' | 'matrix';
  /** The phone list selects several phones (for a matrix run) instead of one. */
  multiMode: boolean;
  /** The phones picked for a matrix run. */
  multi: string[];
  matrix?: MatrixView;
  /** Where the focus goes once a phone opened from the matrix shows: one step's row, or its title. */
  focusOnOpen?: StepId | 'title';
  pkg: string;
  profileId?: string;
  profiles: ProfileSummary[];
  error?: { message: string; hint?: string };
  revealed: Record<string, string>;
  /** Extra adb servers from the settings (the front's own server is always used). */
  adbServers: string[];
  /** Entries of adbServers on which the user allowed starting a local adb server. */
  startAdbServers: string[];
  storeSecretsUnencrypted: boolean;
  bridge: PushDoctorBridge;
  actions: {
    select(serial: string): void;
    setAdbServers(list: string[], mayStart?: string[]): Promise<boolean>;
    /** The user's consent to keep secrets unencrypted where the system has no keyring. */
    setStoreSecretsUnencrypted(on: boolean): Promise<void>;
    setView(v: UiState['view']): void;
    setPackage(p: string): void;
    setProfile(id?: string): void;
    runDiagnosis(): Promise<void>;
    setMultiMode(on: boolean): void;
    toggleMulti(serial: string): void;
    /** Picks every usable phone, or none when all are picked already. */
    toggleMultiAll(): void;
    /** Runs the checklist on every picked phone, MATRIX_JOBS at a time, and shows the matrix. */
    runMatrix(): Promise<void>;
    /** Opens one phone's checklist (from the matrix), with the focus on that step when given. */
    openPhone(serial: string, stepId?: StepId): void;
    /** The focus has been moved where focusOnOpen asked. */
    focused(): void;
    rerun(stepId: StepId): Promise<void>;
    recordManualCheck(stepId: StepId, done: boolean, note?: string): Promise<boolean>;
    runAction(actionId: string): Promise<string>;
    reveal(runId: string): Promise<void>;
    sendPush(
      provider: ProviderName,
      count: number,
      text?: Pick<SendPushInput, 'title' | 'body' | 'data' | 'clickAction'>,
    ): Promise<void>;
    startLogcat(filter: LogcatFilter): Promise<void>;
    stopLogcat(): Promise<void>;
    setPaused(p: boolean): void;
    clearLog(): void;
    exportReport(
      format: ExportFormat,
      language: 'en' | 'zh-CN',
    ): Promise<{ filename: string; mime: string; content: string } | null>;
    refreshProfiles(): Promise<void>;
    /** Shows a finished run from the history on disk as the phone's current diagnosis. */
    openRun(runId: string): Promise<void>;
    /** The history of the selected phone, newest first. */
    loadHistory(): Promise<void>;
    dismissError(): void;
  };
}

export function createAppStore(bridge: PushDoctorBridge) {
  const store = createStoreOnly(bridge);
  // A WebSocket drop ends the core's logcat streams with the old connection; the viewer would keep
  // a dead stream id. When the bridge reports open again, the same stream is reopened.
  store.subscribe((s, prev) => {
    if (s.connection === 'open' && prev.connection !== 'open' && s.log.streamId && s.log.serial) {
      const { filter } = s.log;
      void (async () => {
        try {
          const clean = Object.fromEntries(
            Object.entries(filter).filter(([, v]) => v !== '' && v !== undefined),
          ) as LogcatFilter;
          const { streamId } = await bridge.startLogcat({ serial: s.log.serial!, filter: clean });
          store.setState((x) => ({ log: { ...x.log, streamId, ended: undefined } }));
        } catch {
          store.setState((x) => ({ log: { ...x.log, streamId: undefined, ended: 'disconnected' } }));
        }
      })();
    }
  });
  return store;
}

/** "Xiaomi 2201123C" (brand and model) or the serial: the short name of a matrix column. */
export function phoneLabel(d: { brand?: string; model?: string; serial: string }): string {
  return [d.brand, d.model].filter(Boolean).join(' ') || d.serial;
}

function createStoreOnly(bridge: PushDoctorBridge) {
  return create<UiState>()((set, get, api) => {
    const fail = (err: unknown) =>
      set({ error: { message: (err as Error).message ?? String(err), hint: (err as { hint?: string }).hint } });
    // Logcat lines arrive in bursts; fold them in once per animation frame at most.
    let pending: PushDoctorEvent[] = [];
    let frame = 0;
    const flush = () => {
      frame = 0;
      const events = pending;
      pending = [];
      set((s) => events.reduce((acc, e) => ({ ...acc, ...applyEvent(acc, e) }), s));
    };
    bridge.onEvent((e) => {
      if (e.type === 'logcat') {
        pending.push(e);
        if (!frame)
          frame =
            typeof requestAnimationFrame === 'function'
              ? requestAnimationFrame(flush)
              : (setTimeout(flush, 16) as unknown as number);
        return;
      }
      set((s) => ({ ...s, ...applyEvent(s, e) }));
      if (e.type === 'run-finished') void get().actions.loadHistory();
      if (e.type === 'devices' && !get().selected && e.devices.length)
        set({ selected: e.devices.find((d) => d.state === 'device')?.serial ?? e.devices[0].serial });
    });
    void (async () => {
      try {
        const [info, devices, profiles, settings, servers] = await Promise.all([
          bridge.getInfo(),
          bridge.listDevices(),
          bridge.listProfiles(),
          bridge.getSettings(),
          bridge.listServers(),
        ]);
        set((s) => ({
          // Events that arrived meanwhile are newer than this answer.
          servers: {
            ...Object.fromEntries(servers.map((x) => [x.server, { status: x.status, message: x.message }])),
            ...s.servers,
          },
        }));
        set({
          info,
          devices,
          profiles,
          ready: true,
          pkg: settings.defaultPackage,
          adbServers: settings.adbServers,
          startAdbServers: settings.startAdbServers ?? [],
          storeSecretsUnencrypted: settings.storeSecretsUnencrypted === true,
          profileId: profiles.find((p) => p.package === settings.defaultPackage)?.id ?? profiles[0]?.id,
          selected: get().selected ?? devices.find((d) => d.state === 'device')?.serial ?? devices[0]?.serial,
        });
        // A reload (or a restart of the tool) loses nothing: each phone shows its last finished run.
        const history = await bridge.listHistory({});
        set({ history });
        for (const d of devices) {
          const last = history.find((h) => h.serial === d.serial);
          if (last && !get().activeRun[d.serial]) await get().actions.openRun(last.runId);
        }
      } catch (err) {
        fail(err);
      }
    })();
    return {
      ...initialCore(),
      ready: false,
      connection: 'connecting',
      view: 'checklist',
      multiMode: false,
      multi: [],
      pkg: 'com.example.chat',
      profiles: [],
      revealed: {},
      adbServers: [],
      startAdbServers: [],
      storeSecretsUnencrypted: false,
      bridge,
      actions: {
        select: (serial) => set({ selected: serial }),
        async setStoreSecretsUnencrypted(on) {
          try {
            const settings = await bridge.setSettings({ storeSecretsUnencrypted: on });
            set({ storeSecretsUnencrypted: settings.storeSecretsUnencrypted === true, error: undefined });
          } catch (err) {
            fail(err);
          }
        },
        async setAdbServers(list, mayStart) {
          try {
            const start = (mayStart ?? get().startAdbServers).filter((a) => list.includes(a));
            const settings = await bridge.setSettings({ adbServers: list, startAdbServers: start });
            set({ adbServers: settings.adbServers, startAdbServers: settings.startAdbServers ?? [], error: undefined });
            return true;
          } catch (err) {
            fail(err);
            return false;
          }
        },
        setView: (view) => set({ view }),
        setPackage: (pkg) => set({ pkg }),
        setProfile: (profileId) => set({ profileId }),
        async runDiagnosis() {
          const { selected, pkg, profileId } = get();
          if (!selected) return;
          set({ error: undefined, view: 'checklist' });
          try {
            await bridge.runDiagnosis({ serial: selected, package: pkg, profileId });
          } catch (err) {
            fail(err);
          }
        },
        setMultiMode: (on) =>
          set((s) => ({
            multiMode: on,
            multi: on ? (s.multi.length ? s.multi : s.selected ? [s.selected] : []) : s.multi,
          })),
        toggleMulti: (serial) =>
          set((s) => ({
            multi: s.multi.includes(serial) ? s.multi.filter((x) => x !== serial) : [...s.multi, serial],
          })),
        toggleMultiAll: () =>
          set((s) => {
            const usable = s.devices.filter((d) => d.state === 'device').map((d) => d.serial);
            return { multi: usable.every((x) => s.multi.includes(x)) ? [] : usable };
          }),
        openPhone: (serial, stepId) =>
          set({ selected: serial, view: 'checklist', multiMode: false, focusOnOpen: stepId ?? 'title' }),
        focused: () => set({ focusOnOpen: undefined }),
        async runMatrix() {
          const { devices, multi, pkg, profileId, matrix: current } = get();
          if (current && !current.done) return;
          // In the phone list's order, only phones still attached and usable.
          const phones = devices
            .filter((d) => d.state === 'device' && multi.includes(d.serial))
            .map((d) => ({ serial: d.serial, label: phoneLabel(d) }));
          if (!phones.length) return;
          set({
            error: undefined,
            view: 'matrix',
            matrix: { package: pkg, phones, runIds: {}, errors: {}, done: false },
          });
          const patch = (f: (m: MatrixView) => Partial<MatrixView>) =>
            set((s) => (s.matrix ? { matrix: { ...s.matrix, ...f(s.matrix) } } : {}));
          // Resolves when the run has finished (a phone unplugged mid-run ends its own run failed).
          // Events sent while the WebSocket was down are lost: on reconnect the report is asked for
          // (the core has one only once the run has finished).
          const finished = (runId: string) =>
            new Promise<void>((resolve) => {
              if (get().runs[runId]?.done) return resolve();
              const off = api.subscribe((s, prev) => {
                if (s.runs[runId]?.done) {
                  off();
                  resolve();
                } else if (s.connection === 'open' && prev.connection !== 'open')
                  void bridge.getReport({ runId }).then(
                    (report) => {
                      if (report)
                        set((x) => ({
                          runs: {
                            ...x.runs,
                            [runId]: {
                              runId,
                              serial: report.device.serial,
                              package: report.package,
                              steps: report.steps,
                              report,
                              done: true,
                            },
                          },
                        }));
                    },
                    () => undefined,
                  );
              });
            });
          let next = 0;
          const worker = async () => {
            for (let i = next++; i < phones.length; i = next++) {
              const { serial } = phones[i];
              try {
                const { runId } = await bridge.runDiagnosis({ serial, package: pkg, profileId });
                patch((m) => ({ runIds: { ...m.runIds, [serial]: runId } }));
                await finished(runId);
              } catch (err) {
                patch((m) => ({ errors: { ...m.errors, [serial]: (err as Error).message ?? String(err) } }));
              }
            }
          };
          await Promise.all(Array.from({ length: Math.min(MATRIX_JOBS, phones.length) }, worker));
          patch(() => ({ done: true }));
        },
        async rerun(stepId) {
          const runId = get().activeRun[get().selected ?? ''];
          if (!runId) return;
          try {
            await bridge.rerunStep({ runId, stepId });
          } catch (err) {
            fail(err);
          }
        },
        async recordManualCheck(stepId, done, note) {
          const runId = get().activeRun[get().selected ?? ''];
          if (!runId) return false;
          try {
            await bridge.recordManualCheck({ runId, stepId, done, ...(note?.trim() ? { note: note.trim() } : {}) });
            return true;
          } catch (err) {
            fail(err);
            return false;
          }
        },
        async runAction(actionId) {
          const { selected, pkg } = get();
          if (!selected) return '';
          try {
            const r = await bridge.runAction({ serial: selected, package: pkg, actionId });
            return r.output;
          } catch (err) {
            fail(err);
            return '';
          }
        },
        async reveal(runId) {
          try {
            const { token } = await bridge.revealToken({ runId });
            if (token) set((s) => ({ revealed: { ...s.revealed, [runId]: token } }));
          } catch (err) {
            fail(err);
          }
        },
        async sendPush(provider, count, text) {
          const { selected, profileId } = get();
          if (!selected || !profileId) return;
          set({ error: undefined });
          try {
            const { runId } = await bridge.sendTestPush({ serial: selected, profileId, provider, count, ...text });
            set((s) => ({
              activePush: { ...s.activePush, [selected]: runId },
              pushes: {
                ...s.pushes,
                [runId]: { runId, serial: selected, startedAt: Date.now(), messages: {}, done: false },
              },
            }));
          } catch (err) {
            fail(err);
          }
        },
        async startLogcat(filter) {
          const { selected, log } = get();
          if (!selected) return;
          if (log.streamId) await bridge.stopLogcat({ streamId: log.streamId }).catch(() => undefined);
          try {
            const clean = Object.fromEntries(
              Object.entries(filter).filter(([, v]) => v !== '' && v !== undefined),
            ) as LogcatFilter;
            const { streamId } = await bridge.startLogcat({ serial: selected, filter: clean });
            set({ log: { lines: [], dropped: 0, paused: false, filter, streamId, serial: selected } });
          } catch (err) {
            fail(err);
          }
        },
        async stopLogcat() {
          const id = get().log.streamId;
          if (id) await bridge.stopLogcat({ streamId: id }).catch(() => undefined);
          set((s) => ({ log: { ...s.log, streamId: undefined, ended: 'stopped' } }));
        },
        setPaused: (paused) => set((s) => ({ log: { ...s.log, paused } })),
        clearLog: () => set((s) => ({ log: { ...s.log, lines: [], dropped: 0 } })),
        async exportReport(format, language) {
          const runId = get().activeRun[get().selected ?? ''];
          if (!runId) return null;
          try {
            return await bridge.exportReport({ runId, format, language });
          } catch (err) {
            fail(err);
            return null;
          }
        },
        async openRun(runId) {
          try {
            const report = await bridge.getReport({ runId });
            if (!report) return;
            const serial = report.device.serial;
            set((s) => ({
              runs: {
                ...s.runs,
                [runId]: { runId, serial, package: report.package, steps: report.steps, report, done: true },
              },
              activeRun: { ...s.activeRun, [serial]: runId },
            }));
          } catch (err) {
            fail(err);
          }
        },
        async loadHistory() {
          try {
            set({ history: await bridge.listHistory({}) });
          } catch (err) {
            fail(err);
          }
        },
        async refreshProfiles() {
          try {
            set({ profiles: await bridge.listProfiles() });
          } catch (err) {
            fail(err);
          }
        },
        dismissError: () => set({ error: undefined }),
      },
    };
  });
}

export type AppStore = ReturnType<typeof createAppStore>;
