// Runs the checklist: every step as soon as what it needs has finished (independent steps run at
// the same time), a step whose premise failed is skipped with the reason, each result is timed and
// reported live, and a phone that vanishes fails the step it was in while the report still gets
// written.
import { EventEmitter } from 'node:events';
import { randomUUID } from 'node:crypto';
import type { Client } from '../adb/kit';
import { commandLine, DeviceError, shell, shellBatch, type ShellResult } from '../adb/shell';
import { redact } from '../secrets';
import {
  STEP_IDS,
  type ManualAnswer,
  type ManualAnswerInput,
  type Report,
  type StepId,
  type StepResult,
  type Text,
} from '../../shared/types';
import type { AppProfile } from '../../shared/profile';
import { VERSION } from '../version';
import type { Questions, RunOptions, RunState, StepContext, StepDefinition, StepOutcome } from './types';
import type { SnapshotRecorder } from '../snapshot/recorder';
import { answerFor, notCapturedAnswer, type PhoneSnapshot } from '../../shared/snapshot';

export interface RunRequest {
  serial: string;
  server: string;
  package: string;
  client: Client;
  profile?: AppProfile;
  options?: RunOptions;
  /** Only these steps (plus what they need). */
  only?: StepId[];
  signal?: AbortSignal;
  /** What an earlier run found (a captured token), for runs of single steps. */
  initialState?: Partial<RunState>;
  /** Keep every answer from the phone for a snapshot (capture). */
  recorder?: SnapshotRecorder;
  /** Answer from this snapshot instead of a phone; steps that need the live phone skip. */
  snapshot?: PhoneSnapshot;
}

export interface RunEvents {
  started: [results: StepResult[]];
  step: [result: StepResult];
  progress: [id: StepId, data: Record<string, unknown>];
  finished: [report: Report];
}

function pending(id: StepId): StepResult {
  return { id, status: 'pending', title: titleOf(id), evidence: [], remediation: [], actions: [], durationMs: 0 };
}

export function titleOf(id: StepId): Text {
  return { key: `step.${id}.title` };
}

class QuestionCache implements Questions {
  private readonly cache = new Map<string, Promise<ShellResult>>();

  constructor(
    private readonly client: Client,
    private readonly serial: string,
    private readonly signal: AbortSignal,
    private readonly timeoutMs: number,
    private readonly recorder?: SnapshotRecorder,
  ) {}

  private keep(p: Promise<ShellResult>): Promise<ShellResult> {
    if (this.recorder) void p.then((r) => this.recorder!.command(r)).catch(() => undefined);
    return p;
  }

  ask(command: string | string[], opts: { timeoutMs?: number; fresh?: boolean } = {}): Promise<ShellResult> {
    const key = commandLine(command);
    if (!opts.fresh) {
      const hit = this.cache.get(key);
      if (hit) return hit;
    }
    const p = this.keep(
      shell(this.client, this.serial, command, {
        timeoutMs: opts.timeoutMs ?? this.timeoutMs,
        signal: this.signal,
      }),
    );
    this.cache.set(key, p);
    p.catch(() => this.cache.delete(key));
    return p;
  }

  async prefetch(commands: (string | string[])[]): Promise<void> {
    const todo = commands.filter((c) => !this.cache.has(commandLine(c)));
    if (!todo.length) return;
    const batch = shellBatch(this.client, this.serial, todo, { timeoutMs: this.timeoutMs * 2, signal: this.signal });
    todo.forEach((c, i) => {
      const p = this.keep(batch.then((r) => r[i]));
      this.cache.set(commandLine(c), p);
      p.catch(() => this.cache.delete(commandLine(c)));
    });
    // Failures surface to the steps that ask; the prefetch itself never throws.
    await batch.catch(() => undefined);
  }
}

/**
 * Answers from a snapshot: what it holds, as the phone gave it; for anything else, what a phone
 * without that command says (shared/snapshot.ts), so a step takes the path it would take there.
 */
class SnapshotQuestions implements Questions {
  constructor(private readonly snap: PhoneSnapshot) {}

  ask(command: string | string[]): Promise<ShellResult> {
    const line = commandLine(command);
    const a = answerFor(this.snap, line);
    if (a)
      return Promise.resolve({
        command: line,
        output: a.output,
        exitCode: a.exitCode,
        durationMs: 0,
        truncated: a.truncated,
      });
    return Promise.resolve({ command: line, ...notCapturedAnswer(line), durationMs: 0, truncated: false });
  }

  prefetch(): Promise<void> {
    return Promise.resolve();
  }
}

/** The steps a run needs: the requested ones and, transitively, their premises. */
export function closure(definitions: StepDefinition[], only?: StepId[]): StepId[] {
  if (!only?.length) return definitions.map((d) => d.id);
  const byId = new Map(definitions.map((d) => [d.id, d]));
  const out = new Set<StepId>();
  const add = (id: StepId) => {
    if (out.has(id)) return;
    out.add(id);
    for (const n of byId.get(id)?.needs ?? []) add(n);
  };
  only.forEach(add);
  return STEP_IDS.filter((id) => out.has(id));
}

export class ChecklistRun extends EventEmitter<RunEvents> {
  readonly runId = randomUUID();
  readonly results = new Map<StepId, StepResult>();
  readonly state: RunState = {};
  readonly startedAt = new Date();
  private readonly abort = new AbortController();
  private readonly definitions: StepDefinition[];

  constructor(
    private readonly request: RunRequest,
    definitions: StepDefinition[],
  ) {
    super();
    Object.assign(this.state, request.initialState ?? {});
    const wanted = new Set(closure(definitions, request.only));
    this.definitions = definitions.filter((d) => wanted.has(d.id));
    for (const d of this.definitions) this.results.set(d.id, pending(d.id));
    request.signal?.addEventListener('abort', () => this.abort.abort(), { once: true });
  }

  cancel(): void {
    this.abort.abort();
  }

  private questions(): Questions {
    if (this.request.snapshot) return new SnapshotQuestions(this.request.snapshot);
    return new QuestionCache(
      this.request.client,
      this.request.serial,
      this.abort.signal,
      this.request.options?.commandTimeoutMs ?? 15_000,
      this.request.recorder,
    );
  }

  async run(): Promise<Report> {
    this.emit('started', [...this.results.values()]);
    const questions = this.questions();
    const running = new Map<StepId, Promise<void>>();
    const done = new Set<StepId>();
    const byId = new Map(this.definitions.map((d) => [d.id, d]));

    const ready = (d: StepDefinition) =>
      [...d.needs, ...(d.blockedBy ?? []), ...(d.follows ?? []), ...(d.after ?? [])].every(
        (n) => !byId.has(n) || done.has(n),
      );

    while (done.size < this.definitions.length) {
      for (const d of this.definitions) {
        if (done.has(d.id) || running.has(d.id) || !ready(d)) continue;
        const p = this.runStep(d, questions).then(() => {
          done.add(d.id);
          running.delete(d.id);
        });
        running.set(d.id, p);
      }
      if (!running.size) break; // unreachable unless the definitions have a cycle
      await Promise.race(running.values());
    }
    return this.report();
  }

  /** Runs one step again (after the user fixed something), with fresh answers from the phone. */
  async rerun(id: StepId, definitions: StepDefinition[]): Promise<StepResult> {
    const d = definitions.find((x) => x.id === id);
    if (!d || !this.results.has(id)) throw new Error(`step ${id} is not part of this run`);
    const questions = this.questions();
    // The user reran it after fixing something: try the phone again, and forget an old answer.
    this.lost = undefined;
    this.unanswered.delete(id);
    await this.runStep(d, questions);
    this.report();
    return this.results.get(id)!;
  }

  /**
   * Why a step cannot tell anything (premises.ts): the root cause a premise failed on, or a phone
   * that went away earlier in this run. A premise skipped for another reason (not applicable,
   * cancelled) is named as such.
   */
  private blocker(d: StepDefinition): { root: StepId } | { skipped: StepId } | undefined {
    if (this.lost && this.lost !== d.id) return { root: this.lost };
    for (const n of [...d.needs, ...(d.blockedBy ?? [])]) {
      const r = this.results.get(n);
      if (!r) continue;
      if (r.status === 'fail') return { root: n };
      if (r.status === 'skip' && r.blockedBy) return { root: r.blockedBy };
    }
    for (const n of d.follows ?? []) {
      const r = this.results.get(n);
      if (r?.status === 'skip' && r.blockedBy) return { root: r.blockedBy };
    }
    for (const n of d.needs) if (this.results.get(n)?.status === 'skip') return { skipped: n };
    return undefined;
  }

  /** The step where the phone (or its adb server) went away; every later step is blocked by it. */
  private lost: StepId | undefined;

  private async runStep(d: StepDefinition, questions: Questions): Promise<void> {
    const blocked = this.blocker(d);
    if (blocked || this.abort.signal.aborted) {
      // No waiting: a blocked step is decided the moment its premise is.
      if (this.abort.signal.aborted) this.finish(d.id, { status: 'skip', summary: { key: 'engine.cancelled' } }, 0);
      else if ('root' in blocked!)
        this.finish(
          d.id,
          { status: 'skip', summary: { key: 'engine.blocked', params: { step: blocked.root } } },
          0,
          blocked.root,
        );
      else
        this.finish(
          d.id,
          { status: 'skip', summary: { key: 'engine.skipped', params: { step: blocked!.skipped } } },
          0,
        );
      return;
    }
    if (this.request.snapshot && d.live) {
      this.finish(d.id, { status: 'skip', summary: { key: 'engine.needsLivePhone' } }, 0);
      return;
    }
    const start = Date.now();
    // A rerun starts clean: the previous outcome must not sit next to "Running".
    this.results.set(d.id, { ...pending(d.id), status: 'running' });
    this.emit('step', this.results.get(d.id)!);
    const ctx: StepContext = {
      serial: this.request.serial,
      server: this.request.server,
      package: this.request.package,
      client: this.request.client,
      profile: this.request.profile,
      signal: this.abort.signal,
      questions,
      state: this.state,
      results: this.results,
      options: this.request.options ?? {},
      progress: (data) => this.emit('progress', d.id, data),
      recorder: this.request.recorder,
      snapshot: this.request.snapshot,
    };
    let outcome: StepOutcome;
    try {
      outcome = await d.run(ctx);
    } catch (err) {
      outcome = failureOutcome(err);
    }
    const phoneLost = !!outcome.data && 'phoneLost' in outcome.data && outcome.data.phoneLost === true;
    if (outcome.status === 'fail' && (LOST_KEYS.has(outcome.summary?.key ?? '') || phoneLost)) this.lost ??= d.id;
    else if (this.lost === d.id) this.lost = undefined; // a rerun that reached the phone again
    this.finish(d.id, outcome, Date.now() - start);
  }

  private finish(id: StepId, outcome: StepOutcome, durationMs: number, blockedBy?: StepId): void {
    const given = this.request.options?.answers?.find((a) => a.stepId === id);
    // The one place a result is built for any step: `outcome` came from the definition with this id
    // (StepDefinition<I> returns StepOutcome<I>), so its data is that step's.
    const result = {
      id,
      status: outcome.status,
      title: titleOf(id),
      summary: outcome.summary,
      evidence: (outcome.evidence ?? []).map((e) => ({ source: redact(e.source), excerpt: redact(clip(e.excerpt)) })),
      remediation: outcome.remediation ?? [],
      actions: outcome.actions ?? [],
      durationMs,
      data: outcome.data,
      ...(blockedBy ? { blockedBy } : {}),
    } as StepResult;
    if (given && result.status === 'manual') {
      // Kept as it was, so that a later answer (from the UI) can replace this one.
      this.unanswered.set(id, result);
      this.results.set(id, answered(result, given, 'cli'));
    } else this.results.set(id, result);
    this.emit('step', this.results.get(id)!);
  }

  /** Records the user's answer to a check by hand: the step ends pass (done) or fail (not done). */
  recordAnswer(input: ManualAnswerInput, via: ManualAnswer['via'] = 'api'): StepResult {
    const current = this.results.get(input.stepId);
    if (!current)
      throw Object.assign(new Error(`Step ${input.stepId} is not part of this run.`), {
        hint: `Steps in this run: ${[...this.results.keys()].join(', ')}.`,
      });
    const base = current.answer ? (this.unanswered.get(input.stepId) ?? current) : current;
    if (base.status !== 'manual')
      throw Object.assign(
        new Error(`Step ${input.stepId} is not a check by hand in this run (it is ${base.status}).`),
        { hint: 'Only steps that ended "Check by hand" take an answer.' },
      );
    this.unanswered.set(input.stepId, base);
    const result = answered(base, input, via);
    this.results.set(input.stepId, result);
    this.emit('step', result);
    this.report();
    return result;
  }

  /** Each answered step as it was before its answer, so that a changed answer starts from it. */
  private readonly unanswered = new Map<StepId, StepResult>();

  report(): Report {
    const steps = STEP_IDS.filter((id) => this.results.has(id)).map((id) => this.results.get(id)!);
    const verdict = steps.some((s) => s.status === 'fail')
      ? 'fail'
      : steps.some((s) => s.status === 'warn')
        ? 'warn'
        : 'pass';
    const rootCauses = steps.filter((s) => s.status === 'fail').map((s) => s.id);
    const manualChecks = steps.filter((s) => s.status === 'manual').map((s) => s.id);
    const answers = steps.flatMap((s) => (s.answer ? [s.answer] : []));
    const report: Report = {
      schemaVersion: 1,
      tool: { name: 'push-doctor', version: VERSION },
      startedAt: this.startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      package: this.request.package,
      device: { serial: this.request.serial, server: this.request.server, detection: this.state.facts?.detection },
      ...(this.request.snapshot
        ? {
            snapshot: {
              capturedAt: this.request.snapshot.capturedAt,
              toolVersion: this.request.snapshot.tool.version,
              tokensIncluded: this.request.snapshot.capture.tokensIncluded,
            },
          }
        : {}),
      steps,
      verdict,
      rootCauses,
      manualChecks,
      answers,
      // A phone that went away is the whole story: not the step that happened to be asking it.
      headline:
        this.lost && verdict === 'fail'
          ? { key: 'verdict.phoneLost', params: { step: this.lost } }
          : headline(verdict, steps, rootCauses, manualChecks),
    };
    this.emit('finished', report);
    return report;
  }
}

/** Evidence excerpts stay readable in a report: long outputs are cut in the middle. */
function clip(text: string, max = 4000): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max * 0.75);
  const tail = text.slice(-max * 0.2);
  return `${head}\n… (${text.length - head.length - tail.length} characters left out) …\n${tail}`;
}

/** Failures that mean the phone is gone: nothing later in the run can reach it. */
const LOST_KEYS = new Set([
  'engine.device.gone',
  'engine.device.notFound',
  'engine.device.serverGone',
  'engine.device.offline',
  'check.delivery.phoneGone',
]);

function answered(base: StepResult, input: ManualAnswerInput, via: ManualAnswer['via']): StepResult {
  const note = input.note?.trim().slice(0, 500) || undefined;
  const answer: ManualAnswer = {
    stepId: base.id,
    done: input.done,
    ...(note ? { note } : {}),
    at: new Date().toISOString(),
    via,
    wasStatus: base.status,
  };
  const said = `${input.done ? 'done' : 'not done'}${note ? ` — ${note}` : ''}`;
  return {
    ...base,
    status: input.done ? 'pass' : 'fail',
    summary: { key: input.done ? 'engine.answer.done' : 'engine.answer.notDone', params: { note: note ?? '' } },
    // What was asked stays first in the list of what to do: a "not done" answer needs it.
    remediation: [...(base.summary ? [base.summary] : []), ...base.remediation],
    evidence: [{ source: `checked by hand (${via})`, excerpt: redact(said) }, ...base.evidence],
    answer,
  };
}

/** The verdict in one line: the root cause first; a pass with checks by hand says how many. */
export function headline(
  verdict: Report['verdict'],
  steps: StepResult[],
  rootCauses: StepId[],
  manualChecks: StepId[],
): Text {
  const manual = manualChecks.length;
  if (verdict === 'fail') {
    const others = rootCauses.length - 1;
    return {
      key: others ? 'verdict.failMore' : 'verdict.fail',
      params: { step: rootCauses[0], others, blocked: steps.filter((s) => s.blockedBy === rootCauses[0]).length },
    };
  }
  if (verdict === 'warn') {
    const first = steps.find((s) => s.status === 'warn')!.id;
    return manual
      ? { key: 'verdict.warnManual', params: { step: first, count: manual } }
      : { key: 'verdict.warn', params: { step: first } };
  }
  return manual ? { key: 'verdict.passManual', params: { count: manual } } : { key: 'verdict.pass' };
}

const DEVICE_KIND_KEY: Partial<Record<DeviceError['kind'], string>> = {
  'not-found': 'notFound',
  'server-gone': 'serverGone',
};

/** A step that threw: the phone vanished, timed out, or something unexpected happened. */
export function failureOutcome(err: unknown): StepOutcome {
  if (err instanceof DeviceError) {
    return {
      status: 'fail',
      summary: { key: `engine.device.${DEVICE_KIND_KEY[err.kind] ?? err.kind}`, params: { serial: err.serial } },
      evidence: [{ source: 'adb', excerpt: err.message }],
      remediation: err.hint ? [{ key: 'engine.hint', params: { hint: err.hint } }] : [],
    };
  }
  const e = err as Error & { hint?: string };
  return {
    status: 'fail',
    summary: { key: 'engine.error', params: { message: redact(e?.message ?? String(err)) } },
    evidence: [{ source: 'push-doctor', excerpt: redact(e?.message ?? String(err)) }],
    remediation: e?.hint ? [{ key: 'engine.hint', params: { hint: e.hint } }] : [],
  };
}
