// The checklist's building blocks: a step declares what it needs and decides from what the phone
// answers; the engine (./engine.ts) orders, runs, times and reports them.
import type { Client } from '../adb/kit';
import type { ShellResult } from '../adb/shell';
import type { DeviceFacts } from '../device/info';
import type { DumpsysPackage } from '../device/outputs/package';
import type { ScanFinding } from '../logs/scanner';
import type { LoadedManifest } from './steps/manifest';
import type {
  Evidence,
  FinalStepStatus,
  ManualAnswerInput,
  PushMessageResult,
  StepAction,
  StepId,
  StepDataMap,
  StepResult,
  Text,
  TokenFinding,
} from '../../shared/types';
import type { AppProfile } from '../../shared/profile';
import type { PhoneSnapshot } from '../../shared/snapshot';
import type { SnapshotRecorder } from '../snapshot/recorder';

export interface StepOutcome<I extends StepId = StepId> {
  status: FinalStepStatus;
  summary?: Text;
  evidence?: Evidence[];
  remediation?: Text[];
  actions?: StepAction[];
  /** The step's own data, typed per step (shared/types.ts StepDataMap). */
  data?: StepDataMap[I];
}

/** Questions answered once per run and shared by the steps that need them. */
export interface Questions {
  /** Runs (or reuses) a shell command; the key names the question for the cache. */
  ask(command: string | string[], opts?: { timeoutMs?: number; fresh?: boolean }): Promise<ShellResult>;
  /** Asks several at once in one round trip and caches each answer. */
  prefetch(commands: (string | string[])[]): Promise<void>;
}

/** What a step leaves for a later one, each field named and typed (no untyped bag). */
export interface RunState {
  facts?: DeviceFacts;
  apkPath?: string;
  /** `dumpsys package` of the app, parsed (app.installed → app.manifest's cache key). */
  packageInfo?: DumpsysPackage;
  /** The manifest as read once per run (app.manifest, app.clickThrough). */
  loadedManifest?: LoadedManifest;
  token?: TokenFinding & { clear: string };
  /** The push lines seen while the app restarted (push.token → push.tokenReported, push.delivery). */
  startFindings?: ScanFinding[];
  /** Per-message results and the phone's push lines of the test pushes (push.delivery → push.vendorPolicy). */
  deliveryResults?: PushMessageResult[];
  deliveryEvents?: ScanFinding[];
  /** Why the delivery used another provider than the phone's channel. */
  deliveryNote?: Text;
  /** FCM did not deliver to the force-stopped app (a vendor channel would have). */
  fcmStoppedDrop?: boolean;
}

export interface StepContext {
  serial: string;
  server: string;
  package: string;
  client: Client;
  profile?: AppProfile;
  signal: AbortSignal;
  questions: Questions;
  state: RunState;
  results: ReadonlyMap<StepId, StepResult>;
  options: RunOptions;
  /** Lets a long step show progress (e.g. pushes in flight) without finishing. */
  progress(data: Record<string, unknown>): void;
  /** Set while capturing: the answers that do not go through `questions` are handed here too. */
  recorder?: SnapshotRecorder;
  /** Set when the run answers from a snapshot: no phone is there (`client` must not be used). */
  snapshot?: PhoneSnapshot;
}

export interface RunOptions {
  /** Seconds to wait for the token after the restart. */
  tokenTimeoutSec?: number;
  pushCount?: number;
  /** Seconds to wait for each push to show (default: the profile's `deliveryTimeoutSec`, else 60). */
  deliveryTimeoutSec?: number;
  /** Seconds a push service has to answer one send (default 30). */
  pushServiceTimeoutSec?: number;
  /** Answers to checks by hand given before the run (CLI --confirm / --answers). */
  answers?: ManualAnswerInput[];
  /** The test pushes' title and body (the body keeps a short nonce the arrival check looks for), and extra custom data. */
  pushTitle?: string;
  pushBody?: string;
  pushData?: Record<string, string>;
  /** Seconds between test pushes. */
  pushSpacingSec?: number;
  /** Show the token in clear in results (masked by default). */
  revealToken?: boolean;
  /** Per shell command timeout in ms. */
  commandTimeoutMs?: number;
  /** Read the APK's manifest in place instead of pulling the APK (default true). */
  readApkInPlace?: boolean;
}

export interface StepDefinition<I extends StepId = StepId> {
  id: I;
  /** Steps whose failure makes this one meaningless (it is skipped with the reason). See ./premises.ts. */
  needs: StepId[];
  /** Like `needs`, but not brought into a run of a few steps; blocks only when part of the run. */
  blockedBy?: StepId[];
  /** Blocked only when that step was itself blocked (not when it failed). */
  follows?: StepId[];
  /** Steps that must have finished first (their outcome does not matter). */
  after?: StepId[];
  /** Needs the phone itself (pushes, taps): a run on a snapshot skips it. */
  live?: boolean;
  run(ctx: StepContext): Promise<StepOutcome<I>>;
}
