// Capture: the checklist's read-only steps on the phone, keeping every answer (./recorder.ts), and
// the snapshot built from them with tokens and account ids masked unless asked otherwise. Replay:
// the same checklist on a snapshot; steps that need the live phone skip.
import type { Client } from '../adb/kit';
import { ChecklistRun } from '../checklist/engine';
import { STEPS } from '../checklist/steps';
import type { RunOptions } from '../checklist/types';
import type { ScanFinding } from '../logs/scanner';
import { maskTokensIn } from '../logs/mask';
import { VERSION } from '../version';
import { SnapshotRecorder } from './recorder';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, shapeMask, type PhoneSnapshot } from '../../shared/snapshot';
import type { AppProfile } from '../../shared/profile';
import type { Report, StepId } from '../../shared/types';
import { PREMISES } from '../checklist/premises';

/** The steps a capture runs: all but those acting on the phone (pushes, taps). */
export const CAPTURE_STEPS: StepId[] = STEPS.filter((d) => !PREMISES[d.id].live).map((d) => d.id);

export interface CaptureRequest {
  serial: string;
  server: string;
  package: string;
  client: Client;
  /** For the app's own token patterns; nothing of it is kept but its name. */
  profile?: AppProfile;
  profileName?: string;
  includeTokens?: boolean;
  options?: RunOptions;
  note?: string;
  signal?: AbortSignal;
}

export interface Capture {
  snapshot: PhoneSnapshot;
  /** The read-only checklist as it ran on the phone during the capture. */
  report: Report;
  run: ChecklistRun;
}

/** Starts a capture; listen to `run` for progress, then await `done`. */
export function startCapture(req: CaptureRequest): { run: ChecklistRun; done: Promise<Capture> } {
  const recorder = new SnapshotRecorder();
  const run = new ChecklistRun(
    {
      serial: req.serial,
      server: req.server,
      package: req.package,
      client: req.client,
      profile: req.profile,
      options: { ...req.options, revealToken: false },
      only: CAPTURE_STEPS,
      signal: req.signal,
      recorder,
    },
    STEPS,
  );
  // Started on the next tick, so the caller's listeners see the run's first events.
  const done = Promise.resolve()
    .then(() => run.run())
    .then((report) => {
      const findings = run.state.startFindings ?? [];
      const snapshot = buildSnapshot(recorder, req, findings);
      return { snapshot, report, run };
    });
  return { run, done };
}

// `userID=alice`, `identifier: 10086`, `username="bob"`: IM account ids in SDK lines.
const ACCOUNT =
  /\b(user_?[Ii][Dd]|userName|username|identifier|account(?:Id)?|imUserId)(['"]?\s*[=:]\s*['"]?)([A-Za-z0-9_@.+-]{2,128})/g;

/** Masks tokens (keeping their shape, so the snapshot's verdicts stay those of the phone) and account ids. */
export function maskText(text: string, tokens: string[]): string {
  const out = maskTokensIn(text, tokens, shapeMask);
  return out.replace(ACCOUNT, (_all, word: string, sep: string, value: string) => word + sep + shapeMask(value));
}

function buildSnapshot(rec: SnapshotRecorder, req: CaptureRequest, findings: ScanFinding[]): PhoneSnapshot {
  const include = req.includeTokens === true;
  // Longest first, so that a token containing another is masked whole.
  const tokens = [
    ...new Set(findings.filter((f) => f.value && (f.kind === 'token' || f.value.length >= 16)).map((f) => f.value!)),
  ].sort((a, b) => b.length - a.length);
  const mask = (text: string) => (include ? text : maskText(text, tokens));
  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    tool: { name: 'push-doctor', version: VERSION },
    capturedAt: new Date(rec.startedAt).toISOString(),
    capture: {
      serial: req.serial,
      package: req.package,
      ...(req.profileName ? { profileName: req.profileName } : {}),
      tokensIncluded: include,
      durationMs: Date.now() - rec.startedAt,
    },
    adb: rec.adb ?? { serverVersion: 0, state: 'missing' },
    commands: rec.commands.map((c) => ({ ...c, output: mask(c.output) })),
    ...(rec.manifest ? { manifest: rec.manifest } : {}),
    ...(rec.logWindow ? { logWindow: { ...rec.logWindow, text: mask(rec.logWindow.text) } } : {}),
    ...(req.note ? { note: req.note } : {}),
  };
}

/** A client for runs on a snapshot: no phone is there, and a step that reaches for one is a bug. */
export const NO_PHONE = new Proxy({} as Client, {
  get(_t, prop) {
    if (prop === 'then') return undefined;
    return () => {
      throw new Error(`a run on a snapshot reached for the phone (${String(prop)}); this step needs the live phone`);
    };
  },
});

/** The checklist on a snapshot: what needs the live phone skips, everything else as on the phone. */
export function snapshotRun(
  snapshot: PhoneSnapshot,
  opts: { profile?: AppProfile; only?: StepId[]; options?: RunOptions; file?: string } = {},
): ChecklistRun {
  return new ChecklistRun(
    {
      serial: snapshot.capture.serial,
      server: 'snapshot',
      package: snapshot.capture.package,
      client: NO_PHONE,
      profile: opts.profile,
      only: opts.only,
      options: opts.options,
      snapshot,
    },
    STEPS,
  );
}
