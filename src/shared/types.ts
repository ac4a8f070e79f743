// The one typed contract between the core and its fronts (CLI, Electron, `serve`).
// No Node and no DOM here: the renderer, the preload and the core all import this file.
import { IM_IDS, VENDOR_IDS } from './vendors';

export const BRAND_FAMILIES = [
  'xiaomi',
  'huawei',
  'honor',
  'oppo',
  'oneplus',
  'realme',
  'vivo',
  'meizu',
  'samsung',
  'google',
  'other',
] as const;
export type BrandFamily = (typeof BRAND_FAMILIES)[number];

export const PUSH_CHANNELS = [...VENDOR_IDS, 'none'] as const;
export type PushChannel = (typeof PUSH_CHANNELS)[number];
/** A channel that a real vendor service backs (everything but `none`). */
export type VendorChannel = Exclude<PushChannel, 'none'>;

/** Every push service a test push can go through: the vendor channels, then the IM services. */
export const PROVIDERS = [...VENDOR_IDS, ...IM_IDS] as const;
export type ProviderName = (typeof PROVIDERS)[number];

export type FormFactor = 'phone' | 'tablet' | 'tv' | 'watch' | 'car' | 'unknown';

/** What detection decides from a phone's properties (and its installed packages when known). */
export interface Detection {
  brand: string;
  manufacturer: string;
  model: string;
  device: string;
  brandFamily: BrandFamily;
  rom: { name: string; version: string };
  android: { release: string; sdk: number };
  pushChannel: PushChannel;
  /** Why this channel: a short machine-readable reason, e.g. `brand:xiaomi` or `no-vendor-service`. */
  channelReason: string;
  formFactor: FormFactor;
  /** The properties each decision rests on. */
  evidence: Record<string, string>;
  /** Things worth saying that do not change the verdict (traps seen, odd combinations). */
  notes: Text[];
}

/** adb's device states plus `connecting` for the short time before the first answer. */
export type DeviceState =
  | 'device'
  | 'unauthorized'
  | 'offline'
  | 'connecting'
  | 'authorizing'
  | 'recovery'
  | 'bootloader'
  | 'sideload'
  | 'no permissions'
  | 'unknown';

export interface DeviceSummary {
  serial: string;
  /** The adb server this phone hangs off, `host:port`. */
  server: string;
  state: DeviceState;
  brand?: string;
  model?: string;
  brandFamily?: BrandFamily;
  rom?: { name: string; version: string };
  android?: { release: string; sdk: number };
  pushChannel?: PushChannel;
  /** The name the phone is sold under ("HUAWEI P30" for ELE-AL00), when Google Play's list knows it. */
  marketName?: string;
  /** A Push Doctor virtual phone (`push-doctor sim`), not a real one. */
  virtual?: boolean;
  /** A phone snapshot opened from a file (`.pdsnap`), not a phone: runs on it skip what needs the live phone. */
  snapshot?: { fileName: string; capturedAt: string; serial: string; package: string };
  /** What the user should do about the state (unauthorized, offline, no permissions). */
  hint?: Text;
}

/** A translatable text: an i18next key with its interpolation values. */
export interface Text {
  key: string;
  params?: Record<string, string | number>;
}

export const STEP_IDS = [
  'adb.connection',
  'device.channel',
  'device.pushService',
  'app.installed',
  'app.manifest',
  'app.clickThrough',
  'app.notifications',
  'device.power',
  'push.token',
  'push.tokenReported',
  'push.delivery',
  'push.vendorPolicy',
] as const;
export type StepId = (typeof STEP_IDS)[number];

export const STEP_STATUSES = ['pending', 'running', 'pass', 'warn', 'fail', 'skip', 'manual'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];
export type FinalStepStatus = Exclude<StepStatus, 'pending' | 'running'>;

/** The raw output a verdict rests on. */
export interface Evidence {
  /** What was asked, e.g. the shell command or `APK manifest`. */
  source: string;
  /** The excerpt of the answer (already redacted). */
  excerpt: string;
}

/** A button a step offers the user. */
export interface StepAction {
  id: string;
  label: Text;
  kind: 'open-screen' | 'restart-app' | 'rerun-step' | 'open-url';
  /** For `open-screen`: the `am start` arguments; for `open-url`: the URL. */
  target?: string;
}

interface StepResultBase<I extends StepId> {
  id: I;
  status: StepStatus;
  title: Text;
  /** The one-sentence verdict. */
  summary?: Text;
  evidence: Evidence[];
  /** What to do, written for the detected brand and ROM. Empty when nothing is to be done. */
  remediation: Text[];
  actions: StepAction[];
  durationMs: number;
  /** Step-specific structured data, typed per step (StepDataMap). */
  data?: StepDataMap[I];
  /** Set on a `skip` that a failed premise caused: the root cause (never an intermediate skip). */
  blockedBy?: StepId;
  /** The user's answer to a check by hand, when one was recorded. */
  answer?: ManualAnswer;
}

/** A step's result; `id` narrows `data` to that step's own shape. */
export type StepResult = { [I in StepId]: StepResultBase<I> }[StepId];
export type StepResultOf<I extends StepId> = StepResultBase<I>;

/** A manifest or tap-target finding, as the steps' data carries it. */
export interface StepFinding {
  severity: 'fail' | 'warn' | 'info';
  code: string;
  message: Text;
  fix?: string;
  where?: string;
  /** The channel whose rules found it (manifest step). */
  channel?: string;
}

/** What each step leaves in its result's `data` (reports, the UI, the events read it). */
export interface StepDataMap {
  'adb.connection': Record<string, never>;
  'device.channel': { detection: Detection };
  'device.pushService': {
    channel: PushChannel;
    package: string | null;
    disabled?: boolean;
    versionCode?: number;
  };
  'app.installed': {
    versionName?: string;
    versionCode?: number;
    targetSdk?: number;
    debuggable: boolean;
    stopped: boolean | null;
    apkPaths: string[];
  };
  'app.manifest': { findings: StepFinding[]; package: string; targetSdk?: number };
  'app.clickThrough': { target?: string; findings: StepFinding[] };
  'app.notifications': {
    channels: { id: string; name: string; importance: number; bypassDnd?: boolean; lockscreenVisibility?: number }[];
  };
  'device.power': {
    whitelisted: boolean;
    bucket: number | null;
    runAnyInBackground: string;
    zenMode: number | null;
    /** What is left to check by hand. */
    manual?: 'autostart';
  };
  'push.token': {
    /** The token as found (masked unless the run reveals tokens). */
    token?: TokenFinding;
    elapsedSec?: number;
    timedOut?: boolean;
  };
  'push.tokenReported': Record<string, never>;
  'push.delivery': {
    provider: ProviderName;
    /** Why this provider: named in the profile, the IM the app reported to, the phone's channel, the IM default. */
    reason: 'profile' | 'reported' | 'channel' | 'im-default';
    reportedTo?: ProviderName;
    timeoutSec: number;
    messages: PushMessageResult[];
    /** The phone went away (true) or stopped answering (false) while the pushes were out. */
    phoneLost?: boolean;
  };
  'push.vendorPolicy': Record<string, never>;
}

/** A step's data when `step` is that step (the one place results are narrowed by id). */
export function stepData<I extends StepId>(step: StepResult | undefined, id: I): StepDataMap[I] | undefined {
  return step && step.id === id ? (step as StepResultOf<I>).data : undefined;
}

/** What the user says about a check the phone cannot answer (autostart, a tap, ...). */
export interface ManualAnswerInput {
  stepId: StepId;
  done: boolean;
  note?: string;
}

export interface ManualAnswer extends ManualAnswerInput {
  /** ISO time it was recorded. */
  at: string;
  /** Where it came from. */
  via: 'cli' | 'ui' | 'api';
  /** The step's status before the answer (a step answered by hand ends pass or fail). */
  wasStatus: StepStatus;
}

export interface TokenFinding {
  vendor: VendorChannel | 'unknown';
  /** Masked unless the caller asked for it in clear. */
  token: string;
  masked: boolean;
  shapeOk: boolean;
  shapeNote?: string;
  source: string;
  line: string;
  lineNumber?: number;
  time?: string;
}

export interface PushMessageResult {
  index: number;
  provider: ProviderName;
  ok: boolean;
  httpStatus?: number;
  vendorCode?: string;
  meaning: string;
  messageId?: string;
  sentAt: string;
  acceptedAt?: string;
  arrivedAt?: string;
  latencyMs?: number;
  arrived: boolean;
  /** The push service did not answer in time (not a refusal: nobody knows whether it was sent). */
  timedOut?: boolean;
}

export interface ReportDevice {
  serial: string;
  server: string;
  detection?: Detection;
}

export interface Report {
  schemaVersion: 1;
  tool: { name: 'push-doctor'; version: string };
  startedAt: string;
  finishedAt: string;
  package: string;
  device: ReportDevice;
  steps: StepResult[];
  /** `fail` when any step failed, `warn` when any warned, else `pass`. */
  verdict: 'pass' | 'warn' | 'fail';
  /** The failed steps that nothing else explains (in checklist order): the first is what to fix first. */
  rootCauses?: StepId[];
  /** Checks by hand still unanswered. A `pass` with any of these is never a plain PASS. */
  manualChecks?: StepId[];
  /** Answers recorded for checks by hand (also shown in each answered step). */
  answers?: ManualAnswer[];
  /** The one-line verdict: the root cause first, or "PASS, 1 check by hand". */
  headline?: Text;
  /** What the person running the diagnosis wrote down (the UI's notes field). */
  userNotes?: string;
  /** Test pushes sent from the Test push tab after this diagnosis, with their outcome. */
  testPushes?: PushMessageResult[];
  /** Set when the checklist ran on a snapshot (a phone in a file), not on the phone. */
  snapshot?: { capturedAt: string; toolVersion: string; tokensIncluded: boolean; file?: string };
}

export interface LogLine {
  /** Monotonic sequence number within a stream. */
  seq: number;
  time: string;
  pid: number;
  tid: number;
  level: 'V' | 'D' | 'I' | 'W' | 'E' | 'F' | 'S';
  tag: string;
  message: string;
  /** Set when the line carries a push token or a push event. */
  mark?: 'token' | 'token-reported' | 'push-event';
}
