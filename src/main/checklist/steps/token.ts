// push.token: restart the app while watching logcat (Debug and Verbose included) and recognise the
// push SDK's token line; push.tokenReported: the IM SDK's report of that token to its server.
import type { StepDefinition, StepOutcome, StepContext } from '../types';
import { PREMISES } from '../premises';
import type { Evidence, Text, TokenFinding, VendorChannel } from '../../../shared/types';
import { Readable, Transform } from 'node:stream';
import { logcatCommand, openLogcat } from '../../adb/logcat';
import { commandLine, shellBatch } from '../../adb/shell';
import type { PhoneSnapshot } from '../../../shared/snapshot';
import { VENDOR_IDS } from '../../../shared/vendors';
import { scanStream, type ScanFinding } from '../../logs/scanner';
import { checkTokenShape, guessVendor, maskToken } from '../../logs/token-shape';
import { codeMeaning } from '../../logs/codes';
import { maskLine } from '../../logs/mask';
import { registerSecret } from '../../secrets';

const GRACE_AFTER_TOKEN_MS = 3000;

/** ActivityManager's `Start proc PID:<package>/…`: the app's new process, from which its lines count. */
const isAppStart = (message: string, pkg: string) => message.startsWith('Start proc ') && message.includes(`:${pkg}/`);

export interface CaptureResult {
  findings: ScanFinding[];
  timedOut: boolean;
  /** The logcat stream closed by itself (phone unplugged, adb server gone), not because we stopped it. */
  ended: boolean;
  /** Lines read after the restart (the replayed tail and older lines do not count). */
  lines: number;
  /** Seconds from the restart to the end of the capture, as measured. */
  elapsedSec: number;
}

const FIRST_LINE_WAIT_MS = 1000;

/**
 * Restarts the app with logcat attached and collects the push lines until a token and its report
 * show up. Only lines logged after the restart count: `logcat -T 1` replays the newest line of the
 * buffer, which after an earlier run is that run's token report, and the old process may still log
 * before it dies. So findings count from the restart on, and from the new process's
 * `ActivityManager: Start proc PID:<package>/…` line once it shows.
 */
export async function captureStart(
  ctx: Pick<StepContext, 'client' | 'serial' | 'package' | 'signal' | 'profile' | 'recorder'> & {
    progress?: StepContext['progress'];
  },
  timeoutMs: number,
): Promise<CaptureResult> {
  const logcat = await openLogcat(ctx.client, ctx.serial, { tail: 1 });
  const findings: ScanFinding[] = [];
  // A capture keeps the raw window (bounded): the snapshot's token step reads it again.
  const recorded: Buffer[] = [];
  let recordedBytes = 0;
  const input = ctx.recorder
    ? logcat.stream.pipe(
        new Transform({
          transform(chunk: Buffer, _enc, done) {
            if (recordedBytes < MAX_WINDOW_BYTES) {
              recorded.push(chunk);
              recordedBytes += chunk.length;
            }
            done(null, chunk);
          },
        }),
      )
    : logcat.stream;
  const stop = new AbortController();
  let timedOut = false;
  let grace: NodeJS.Timeout | undefined;
  let timer: NodeJS.Timeout | undefined;
  const finish = () => {
    clearTimeout(grace);
    stop.abort();
  };
  ctx.signal.addEventListener('abort', finish, { once: true });
  let seen = 0;
  let baseline = Number.POSITIVE_INFINITY;
  let restarted = false;
  let firstLine: () => void = () => undefined;
  const gotFirstLine = new Promise<void>((resolve) => (firstLine = resolve));
  const scan = scanStream(input, {
    format: 'threadtime',
    package: ctx.package,
    userPatterns: ctx.profile?.tokenPatterns,
    signal: stop.signal,
    source: 'live logcat',
    onLine: (line, n) => {
      seen = n;
      firstLine();
      if (restarted && isAppStart(line.message, ctx.package)) baseline = n;
    },
    onFinding: (f) => {
      if (f.lineNumber <= baseline) return;
      findings.push(f);
      if (f.kind === 'report-ok' || f.kind === 'report-error') finish();
      else if ((f.kind === 'token' || f.kind === 'register-error') && !grace)
        grace = setTimeout(finish, GRACE_AFTER_TOKEN_MS);
    },
  });
  let startedAt = Date.now();
  try {
    // The stream is attached; let its replayed tail arrive first, so that it is surely "before".
    await Promise.race([
      gotFirstLine,
      new Promise((r) => setTimeout(r, FIRST_LINE_WAIT_MS)),
      scan.then(
        () => undefined,
        () => undefined,
      ),
    ]);
    baseline = seen;
    restarted = true;
    startedAt = Date.now();
    timer = setTimeout(() => {
      timedOut = true;
      finish();
    }, timeoutMs);
    ctx.progress?.({
      phase: 'waiting-token',
      deadline: new Date(startedAt + timeoutMs).toISOString(),
      timeoutSec: timeoutMs / 1000,
    });
    const linesBeforeRestart = baseline;
    // Now restart the app from its launcher.
    const restart = restartCommands(ctx.package);
    await shellBatch(ctx.client, ctx.serial, restart);
    const result = await scan;
    const out = {
      findings,
      timedOut,
      ended: !stop.signal.aborted,
      lines: Math.max(0, result.lines - (Number.isFinite(baseline) ? baseline : 0)),
      elapsedSec: (Date.now() - startedAt) / 1000,
    };
    if (ctx.recorder)
      ctx.recorder.logWindow = {
        command: commandLine(logcatCommand({ tail: 1 })),
        text: Buffer.concat(recorded).toString('utf8'),
        linesBeforeRestart,
        restart: restart.map(commandLine),
        timedOut: out.timedOut,
        ended: out.ended,
        elapsedSec: out.elapsedSec,
        timeoutSec: timeoutMs / 1000,
      };
    return out;
  } finally {
    clearTimeout(timer);
    finish();
    logcat.close();
    await scan.catch(() => undefined);
  }
}

const MAX_WINDOW_BYTES = 16 * 1024 * 1024;

const restartCommands = (pkg: string): string[][] => [
  ['am', 'force-stop', pkg],
  ['monkey', '-p', pkg, '-c', 'android.intent.category.LAUNCHER', '1'],
];

/**
 * The restart as a snapshot kept it: the same scan over the same lines, counting from the same
 * point (the restart, then the new process's `Start proc` line), stopping where the live capture
 * stopped (the token's report).
 */
export async function replayStart(
  ctx: Pick<StepContext, 'package' | 'profile'>,
  window: NonNullable<PhoneSnapshot['logWindow']>,
): Promise<CaptureResult> {
  const findings: ScanFinding[] = [];
  const stop = new AbortController();
  let baseline = window.linesBeforeRestart;
  const result = await scanStream(Readable.from([Buffer.from(window.text, 'utf8')]), {
    format: 'threadtime',
    package: ctx.package,
    userPatterns: ctx.profile?.tokenPatterns,
    signal: stop.signal,
    source: 'logcat (snapshot)',
    onLine: (line, n) => {
      if (n > window.linesBeforeRestart && isAppStart(line.message, ctx.package)) baseline = n;
    },
    onFinding: (f) => {
      if (f.lineNumber <= baseline) return;
      findings.push(f);
      if (f.kind === 'report-ok' || f.kind === 'report-error') stop.abort();
    },
  });
  return {
    findings,
    timedOut: window.timedOut,
    ended: window.ended,
    lines: Math.max(0, result.lines - window.linesBeforeRestart),
    elapsedSec: window.elapsedSec,
  };
}

function tokenFinding(
  f: ScanFinding,
  detected: VendorChannel | undefined,
  reveal: boolean,
): TokenFinding & { clear: string } {
  const vendor = f.vendor ?? guessVendor(f.value ?? '') ?? detected;
  const shape = checkTokenShape(vendor, f.value ?? '');
  const clear = f.value ?? '';
  const masked = maskToken(clear);
  return {
    vendor: vendor ?? 'unknown',
    token: reveal ? clear : masked,
    masked: !reveal,
    shapeOk: shape.ok,
    shapeNote: shape.note ? JSON.stringify(shape.note) : undefined,
    source: f.sdk,
    line: reveal ? f.line : f.line.split(clear).join(masked),
    lineNumber: f.lineNumber,
    time: f.time,
    clear,
  };
}

// Log lines name the IM SDKs `tencent` and `easemob`.
const WHERE_TO_LOOK = new Set<string>([...VENDOR_IDS, 'tencent', 'easemob']);

/** A code from a log line with its meaning from the tables, or plainly unknown with where to look. */
export function explainCode(f: ScanFinding): Text {
  const m = codeMeaning(f);
  if (m.key !== 'logs.code.unknown') return m;
  const who = f.vendor ?? f.sdk;
  return {
    key: 'check.code.unknownLog',
    params: {
      sdk: who,
      code: String(m.params?.code ?? '?'),
      description: String(m.params?.description ?? ''),
      where: `check.code.where.${WHERE_TO_LOOK.has(who) ? who : 'unknown'}`,
    },
  };
}

export const tokenStep: StepDefinition<'push.token'> = {
  id: 'push.token',
  ...PREMISES['push.token'],
  // Restarting the app changes what the other steps read; let them finish first.
  after: ['app.manifest', 'app.notifications', 'device.power', 'device.pushService'],
  async run(ctx): Promise<StepOutcome<'push.token'>> {
    const detected = ctx.state.facts?.detection.pushChannel;
    const channel = detected && detected !== 'none' ? detected : undefined;
    const window = ctx.snapshot?.logWindow;
    if (ctx.snapshot && !window) return { status: 'skip', summary: { key: 'engine.needsLivePhone' } };
    const timeoutSec = window?.timeoutSec ?? ctx.options.tokenTimeoutSec ?? 20;
    const capture = window ? await replayStart(ctx, window) : await captureStart(ctx, timeoutSec * 1000);
    // logcat closed under us: ask the phone something, so that a vanished phone or adb server
    // fails the step with what really happened instead of "no token".
    if (capture.ended && !window) await shellBatch(ctx.client, ctx.serial, [['echo', 'ok']], { timeoutMs: 5000 });
    ctx.state.startFindings = capture.findings;
    const tokens = capture.findings.filter((f) => f.kind === 'token' && f.value);
    const errors = capture.findings.filter((f) => f.kind === 'register-error');
    // Prefer the token of the phone's own channel when the app logs several.
    const best = tokens.find((t) => t.vendor === channel) ?? tokens[0];
    for (const t of tokens) if (t.value) registerSecret(t.value);
    const evidence: Evidence[] = capture.findings.map((f) => ({
      source: `logcat line ${f.lineNumber}`,
      excerpt: maskLine(f.line, f.value),
    }));
    if (!best) {
      const err = errors[0];
      if (err) {
        return {
          status: 'fail',
          summary: {
            key: 'check.token.registerFailed',
            params: { vendor: err.vendor ?? channel ?? '?', code: err.value ?? err.description ?? '?' },
          },
          evidence,
          remediation: [explainCode(err), { key: `check.token.fix.${err.vendor ?? channel ?? 'generic'}` }],
          actions: [{ id: 'restart-app', label: { key: 'check.token.restart' }, kind: 'restart-app' }],
        };
      }
      const elapsed = capture.elapsedSec.toFixed(1);
      // Say what happened, with the time it took: an early end is not "nothing within 20 s".
      if (capture.ended)
        return {
          status: 'fail',
          summary: { key: 'check.token.streamEndedAfter', params: { lines: capture.lines, elapsed } },
          evidence: [
            {
              source: 'logcat -v threadtime -T 1',
              excerpt: `the stream closed ${elapsed} s after the restart, after ${capture.lines} line(s)`,
            },
          ],
          remediation: [{ key: 'check.token.logcatSilentFix' }],
          actions: [{ id: 'restart-app', label: { key: 'check.token.restart' }, kind: 'restart-app' }],
          data: { elapsedSec: capture.elapsedSec, timedOut: capture.timedOut },
        };
      if (capture.lines <= 1)
        return {
          status: 'fail',
          summary: { key: 'check.token.silentFor', params: { seconds: timeoutSec, lines: capture.lines } },
          evidence: [
            {
              source: 'logcat -v threadtime -T 1',
              excerpt: `${capture.lines} line(s) in ${elapsed} s after restarting the app; the step waited ${timeoutSec} s`,
            },
          ],
          remediation: [{ key: 'check.token.logcatSilentFix' }],
          actions: [{ id: 'restart-app', label: { key: 'check.token.restart' }, kind: 'restart-app' }],
          data: { elapsedSec: capture.elapsedSec, timedOut: capture.timedOut },
        };
      return {
        status: 'fail',
        summary: {
          key: 'check.token.noneIn',
          params: { seconds: capture.timedOut ? timeoutSec : elapsed, lines: capture.lines },
        },
        evidence: evidence.length
          ? evidence
          : [
              {
                source: 'logcat',
                excerpt: `${capture.lines} lines read after restarting ${ctx.package}; none came from a push SDK.`,
              },
            ],
        remediation: [
          { key: 'check.token.noneFix' },
          { key: `check.token.fix.${channel ?? 'generic'}` },
          { key: 'check.token.patternHint' },
        ],
        actions: [{ id: 'restart-app', label: { key: 'check.token.restart' }, kind: 'restart-app' }],
      };
    }
    const finding = tokenFinding(best, channel, ctx.options.revealToken ?? false);
    ctx.state.token = finding;
    const data = { token: { ...finding, clear: undefined } };
    const remediation: Text[] = [];
    let status: StepOutcome['status'] = 'pass';
    if (channel && finding.vendor !== 'unknown' && finding.vendor !== channel) {
      status = 'warn';
      remediation.push({ key: 'check.token.otherChannel', params: { vendor: finding.vendor, channel } });
    }
    if (!finding.shapeOk) {
      status = 'warn';
      remediation.push(finding.shapeNote ? (JSON.parse(finding.shapeNote) as Text) : { key: 'logs.shape.garbage' });
    }
    return {
      status,
      summary: {
        key: 'check.token.ok',
        params: { vendor: finding.vendor, token: maskToken(finding.clear), sdk: finding.source },
      },
      evidence,
      remediation,
      data,
    };
  },
};

export const tokenReportedStep: StepDefinition<'push.tokenReported'> = {
  id: 'push.tokenReported',
  ...PREMISES['push.tokenReported'],
  async run(ctx): Promise<StepOutcome<'push.tokenReported'>> {
    const findings = ctx.state.startFindings ?? [];
    const token = ctx.state.token?.clear;
    const evidence: Evidence[] = findings
      .filter((f) => f.kind === 'report-ok' || f.kind === 'report-error')
      .map((f) => ({ source: `logcat line ${f.lineNumber}`, excerpt: maskLine(f.line, token) }));
    const error = findings.find((f) => f.kind === 'report-error');
    if (error)
      return {
        status: 'fail',
        summary: {
          key: 'check.reported.failed',
          params: { code: error.value ?? error.description ?? '?', sdk: error.sdk },
        },
        evidence,
        remediation: [
          explainCode(error),
          { key: `check.reported.fix.${error.sdk === 'easemob' ? 'easemob' : 'tencent'}` },
        ],
      };
    const ok = findings.find((f) => f.kind === 'report-ok');
    if (ok) return { status: 'pass', summary: { key: 'check.reported.ok', params: { sdk: ok.sdk } }, evidence };
    return {
      status: 'manual',
      summary: { key: 'check.reported.noLine' },
      evidence: [{ source: 'logcat', excerpt: 'No IM SDK line about reporting the token was seen.' }],
      remediation: [{ key: 'check.reported.manualTencent' }, { key: 'check.reported.manualEasemob' }],
    };
  },
};
