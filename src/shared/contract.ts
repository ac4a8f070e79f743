// The API the core offers its fronts. Electron's preload exposes it over IPC, `push-doctor serve`
// over a WebSocket; both dispatch to the same implementation (src/main/service.ts) after
// validating every payload with the schemas in ./schemas.ts.
import type { ClickAction } from './profile';
import type { WatchLine, WatchSummary } from './watch';
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
} from './types';

export interface RunDiagnosisInput {
  serial: string;
  package: string;
  /** Id of a saved app profile (for push tests); none skips the delivery step. */
  profileId?: string;
  /** Run only these steps (and what they need). */
  steps?: StepId[];
  /** How long to wait for the token after restarting the app, in seconds. */
  tokenTimeoutSec?: number;
  pushCount?: number;
  /** How long to wait for each test push to show, in seconds (default: the profile's, else 60). */
  deliveryTimeoutSec?: number;
}

/** The user's answer to a check by hand (done / not done, a note). */
export interface RecordManualCheckInput {
  runId: string;
  stepId: StepId;
  done: boolean;
  note?: string;
}

export interface SendPushInput {
  serial: string;
  profileId: string;
  provider: ProviderName;
  /** Omit to use the token the last diagnosis of this phone captured. */
  token?: string;
  count: number;
  title?: string;
  body?: string;
  /** Custom data sent with each push (key → value). */
  data?: Record<string, string>;
  /** What tapping the notification opens, instead of the profile's `clickAction` for every vendor. */
  clickAction?: ClickAction;
}

export interface LogcatFilter {
  package?: string;
  tag?: string;
  minLevel?: LogLine['level'];
  text?: string;
}

export interface ProfileSummary {
  id: string;
  package: string;
  providers: ProviderName[];
  /** Secrets never leave the main process in clear: each secret field shows as `set` or `missing`. */
  secrets: Record<string, 'set' | 'missing'>;
}

export interface Settings {
  language: 'auto' | 'en' | 'zh-CN';
  /** Extra adb servers, `host:port`. The local one is always used. */
  adbServers: string[];
  /**
   * The entries of `adbServers` on which the user confirmed (in the UI) that Push Doctor may start
   * a local adb server when none answers. Any other entry is only connected to, never started; a
   * server the tool started is stopped when its entry is removed and when the tool exits.
   */
  startAdbServers?: string[];
  defaultPackage: string;
  /**
   * The user agreed to keep app-profile secrets in files readable by their own account only,
   * because the system offers no encrypted store (see `secretStorage` in getInfo).
   */
  storeSecretsUnencrypted?: boolean;
}

/**
 * How app-profile secrets are kept: `encrypted` by the system keyring (Keychain, DPAPI,
 * libsecret/kwallet); `weak` when Electron's safeStorage on Linux fell back to its `basic_text`
 * backend (a fixed key: no real protection) or has no backend; `file` in 0600 files (`serve`,
 * the CLI). With `weak`, secrets are stored only once `storeSecretsUnencrypted` is set.
 */
export type SecretStorage = 'encrypted' | 'weak' | 'file';

export type ExportFormat = 'html' | 'md' | 'json';

export interface ServerStatus {
  /** `host:port`. */
  server: string;
  status: 'up' | 'down' | 'unknown';
  message?: string;
}

export interface PushDoctorApi {
  getInfo(): Promise<{
    version: string;
    front: 'electron' | 'serve';
    platform: string;
    secretStorage?: SecretStorage;
    secretStorageBackend?: string;
  }>;
  listDevices(): Promise<DeviceSummary[]>;
  /** The adb servers in use and whether each answers (later changes come as `server` events). */
  listServers(): Promise<ServerStatus[]>;
  getSettings(): Promise<Settings>;
  setSettings(input: Partial<Settings>): Promise<Settings>;

  runDiagnosis(input: RunDiagnosisInput): Promise<{ runId: string }>;
  cancelRun(input: { runId: string }): Promise<void>;
  rerunStep(input: { runId: string; stepId: StepId }): Promise<void>;
  /** Records the answer to a step that ended "check by hand"; it then ends pass (done) or fail (not done), in every report. */
  recordManualCheck(input: RecordManualCheckInput): Promise<StepResult>;
  /** A run's report, from memory or, after a restart, from the run history on disk. */
  getReport(input: { runId: string }): Promise<Report | null>;
  /** The phone's screen now, as a base64 PNG (`screencap -p`). */
  screenshot(input: { serial: string }): Promise<{ png: string; takenAt: string }>;
  /** Writes the user's notes into a finished run's report (and its copy in the history). */
  setRunNotes(input: { runId: string; notes: string }): Promise<void>;
  /** Finished runs kept on disk, newest first (of one phone when `serial` is given). */
  listHistory(input: { serial?: string }): Promise<HistoryEntry[]>;
  exportReport(input: { runId: string; format: ExportFormat; language?: 'en' | 'zh-CN' }): Promise<{
    filename: string;
    mime: string;
    content: string;
  }>;
  /** Runs a step's action (open a settings screen, restart the app). */
  runAction(input: { serial: string; package: string; actionId: string; target?: string }): Promise<{
    ok: boolean;
    output: string;
  }>;
  /** The captured token of a run, in clear (the UI asks only when the user clicks Reveal). */
  revealToken(input: { runId: string }): Promise<{ token: string | null }>;

  sendTestPush(input: SendPushInput): Promise<{ runId: string }>;

  startLogcat(input: { serial: string; filter?: LogcatFilter }): Promise<{ streamId: string }>;
  stopLogcat(input: { streamId: string }): Promise<void>;

  listProfiles(): Promise<ProfileSummary[]>;
  /** The profile with every secret replaced by `null` (set) or absent (missing). */
  getProfile(input: { id: string }): Promise<Record<string, unknown> | null>;
  /** Saves a profile; a secret field left `null` keeps the stored value. */
  saveProfile(input: { id: string; profile: Record<string, unknown> }): Promise<ProfileSummary>;
  deleteProfile(input: { id: string }): Promise<void>;

  /**
   * Captures a phone into a snapshot (the checklist's read-only steps, the app restarted once) and
   * returns the `.pdsnap` file; tokens are masked unless `includeTokens`.
   */
  captureSnapshot(input: { serial: string; package: string; includeTokens?: boolean; note?: string }): Promise<{
    fileName: string;
    /** The file, base64. */
    data: string;
    bytes: number;
  }>;
  /** Opens a `.pdsnap` file (base64) as a phone of its own, listed with `snapshot` set; runs on it skip what needs the live phone. */
  openSnapshot(input: { fileName: string; data: string }): Promise<DeviceSummary>;
  closeSnapshot(input: { serial: string }): Promise<void>;
  /** Which verdicts and answers changed between two open snapshots (before, after). */
  diffSnapshots(input: { before: string; after: string }): Promise<SnapshotDiffSummary>;

  /**
   * Puts the phone in each condition (`force-stopped`, `doze`, `standby-restricted+doze`, …), pushes
   * through the profile's providers, and undoes it; progress and the matrix come as `reproduce`
   * events. The phone's settings are recorded first and always put back (also on cancel).
   * `after-reboot` reboots the phone and is refused unless `allowReboot` (the user confirmed).
   */
  runReproduce(input: {
    serial: string;
    package: string;
    profileId: string;
    conditions: string[];
    pushes?: number;
    allowReboot?: boolean;
  }): Promise<{ reproduceId: string }>;
  cancelReproduce(input: { reproduceId: string }): Promise<void>;

  /**
   * Starts a watch: a test push every `everyMs` for `forMs` while the phone lives its life (or is
   * held in `condition`). Each line is appended to a JSON-lines file on the core's side at once and
   * comes as a `watch` event; an unplugged phone is waited for. One watch or reproduction per phone.
   */
  startWatch(input: {
    serial: string;
    package: string;
    profileId: string;
    everyMs: number;
    forMs: number;
    condition?: string;
    route?: string;
    allowReboot?: boolean;
  }): Promise<{ watchId: string; file: string }>;
  stopWatch(input: { watchId: string }): Promise<void>;
  /** Watches started since the core started, running or ended, with their last lines (a reloaded window catches up). */
  listWatches(): Promise<WatchView[]>;
  /** The HTML report of a watch (arrival timeline, p50/p95/max, loss, phone events). */
  watchReport(input: { watchId: string }): Promise<{ fileName: string; html: string }>;
}

/** A watch as the UI shows it. */
export interface WatchView {
  watchId: string;
  serial: string;
  package: string;
  /** The JSON-lines file on the core's side. */
  file: string;
  running: boolean;
  /** The last lines (at most 1,000; `omitted` older ones are in the file). */
  lines: WatchLine[];
  omitted: number;
  summary: WatchSummary;
  error?: { message: string; hint?: string };
}

/** One cell of the reproduce matrix: a condition × a provider (FCM split by priority). */
export interface ReproduceCellView {
  condition: string;
  route: string;
  status: 'arrived' | 'late' | 'missing' | 'refused' | 'partial' | 'not-set' | 'not-run';
  arrived: number;
  total: number;
  maxLatencyMs?: number;
  /** Why it is not all `arrived`, from the vendor facts. */
  explanation: Text[];
}

export interface ReproduceView {
  serial: string;
  package: string;
  sdk: number;
  channel: string;
  routes: string[];
  pushes: number;
  conditions: { id: string; set: boolean; undone: boolean; evidence: Record<string, string>; note?: Text }[];
  cells: ReproduceCellView[];
  /** The settings recorded before the run, and those that did not read back equal after it (none: as found). */
  restored: { knobs: string[]; differ: string[] };
  startedAt: string;
  finishedAt: string;
}

export type ReproduceProgress =
  | { kind: 'recovered'; knobs: string[] }
  | { kind: 'recorded'; knobs: string[] }
  | { kind: 'token'; channel: string; routes: string[] }
  | { kind: 'condition'; id: string; phase: 'set' | 'not-set' | 'skipped' | 'undone' }
  | { kind: 'pushing'; condition: string; route: string; count: number }
  | { kind: 'cell'; cell: ReproduceCellView }
  | { kind: 'restored'; differ: string[] };

/** What changed between two snapshots of one phone, for the UI. */
export interface SnapshotDiffSummary {
  samePhone: boolean;
  samePackage: boolean;
  before: { capturedAt: string; serial: string; package: string; verdict: Report['verdict']; headline?: Text };
  after: { capturedAt: string; serial: string; package: string; verdict: Report['verdict']; headline?: Text };
  verdicts: { step: StepId; before: string; after: string; beforeSummary?: Text; afterSummary?: Text }[];
  answers: {
    command: string;
    kind: 'added' | 'removed' | 'changed';
    removedLines: string[];
    addedLines: string[];
    removedCount: number;
    addedCount: number;
    /** Set when the command's exit status changed. */
    exitCode?: { before: number; after: number };
  }[];
  manifestChanged: boolean;
  logWindowChanged: boolean;
}

export type ApiMethod = keyof PushDoctorApi;

/** One finished run in the history on disk. */
export interface HistoryEntry {
  runId: string;
  serial: string;
  package: string;
  startedAt: string;
  finishedAt: string;
  verdict: Report['verdict'];
  headline?: Text;
  model?: string;
}

/** Events the core pushes to the fronts. */
export type PushDoctorEvent =
  | { type: 'devices'; devices: DeviceSummary[] }
  | { type: 'server'; server: string; status: 'up' | 'down' | 'removed'; message?: string }
  | { type: 'run-started'; runId: string; serial: string; package: string; steps: StepResult[] }
  | { type: 'step'; runId: string; step: StepResult }
  /** A running step says what it waits for and until when (the checklist row shows a countdown). */
  | { type: 'step-progress'; runId: string; stepId: StepId; label: Text; deadline?: string }
  | { type: 'run-finished'; runId: string; report: Report }
  | { type: 'token'; runId: string; finding: TokenFinding }
  | {
      type: 'push';
      runId: string;
      message: PushMessageResult;
      /** Phase of this message: just sent, accepted by the provider, seen on the phone, given up. */
      phase: 'sending' | 'accepted' | 'refused' | 'arrived' | 'timeout';
      deadline?: string;
    }
  | { type: 'push-finished'; runId: string; messages: PushMessageResult[] }
  | { type: 'logcat'; streamId: string; lines: LogLine[]; dropped?: number }
  | { type: 'logcat-ended'; streamId: string; reason: string }
  | { type: 'reproduce'; reproduceId: string; serial: string; progress: ReproduceProgress }
  | {
      type: 'reproduce-finished';
      reproduceId: string;
      serial: string;
      result?: ReproduceView;
      error?: { message: string; hint?: string };
    }
  | { type: 'watch'; watchId: string; serial: string; line: WatchLine }
  | {
      type: 'watch-finished';
      watchId: string;
      serial: string;
      summary: WatchSummary;
      error?: { message: string; hint?: string };
    };

export type Unsubscribe = () => void;

/** What the renderer sees: the API plus an event subscription. */
export interface PushDoctorBridge extends PushDoctorApi {
  onEvent(listener: (event: PushDoctorEvent) => void): Unsubscribe;
}

/** Every method name, checked against the interface (the preload exposes exactly these). */
export const API_METHOD_NAMES = Object.keys({
  getInfo: true,
  listDevices: true,
  listServers: true,
  getSettings: true,
  setSettings: true,
  runDiagnosis: true,
  cancelRun: true,
  rerunStep: true,
  recordManualCheck: true,
  getReport: true,
  listHistory: true,
  setRunNotes: true,
  screenshot: true,
  exportReport: true,
  runAction: true,
  revealToken: true,
  sendTestPush: true,
  startLogcat: true,
  stopLogcat: true,
  listProfiles: true,
  getProfile: true,
  saveProfile: true,
  deleteProfile: true,
  captureSnapshot: true,
  openSnapshot: true,
  closeSnapshot: true,
  diffSnapshots: true,
  runReproduce: true,
  cancelReproduce: true,
  startWatch: true,
  stopWatch: true,
  listWatches: true,
  watchReport: true,
} satisfies Record<ApiMethod, true>) as ApiMethod[];
