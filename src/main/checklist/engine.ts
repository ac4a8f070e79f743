// Runs the checklist: every step as soon as what it needs has finished (independent steps run at
// the same time), a step whose premise failed is skipped with the reason, each result is timed and
// reported live, and a phone that vanishes fails the step it was in while the report still gets
// written.
import { EventEmitter } from 'node:events';
import { randomUUID } from 'node:crypto';
import type { Client } from '../adb/kit';
import { commandLine, DeviceError, shell, shellBatch, type ShellResult } from '../adb/shell';
import { redact } from '../secrets';
import { STEP_IDS, type Report, type StepId, type StepResult, type Text } from '../../shared/types';
import type { AppProfile } from '../../shared/profile';
import { VERSION } from '../version';
import type { Questions, RunOptions, RunState, StepContext, StepDefinition, StepOutcome } from './types';

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
  ) {}

  ask(command: string | string[], opts: { timeoutMs?: number; fresh?: boolean } = {}): Promise<ShellResult> {
    const key = commandLine(command);
    if (!opts.fresh) {
      const hit = this.cache.get(key);
      if (hit) return hit;
    }
    const p = shell(this.client, this.serial, command, { timeoutMs: opts.timeoutMs ?? this.timeoutMs, signal: this.signal });
    this.cache.set(key, p);
    p.catch(() => this.cache.delete(key));
    return p;
  }

  async prefetch(commands: (string | string[])[]): Promise<void> {
    const todo = commands.filter((c) => !this.cache.has(commandLine(c)));
    if (!todo.length) return;
    const batch = shellBatch(this.client, this.serial, todo, { timeoutMs: this.timeoutMs * 2, signal: this.signal });
    todo.forEach((c, i) => {
      const p = batch.then((r) => r[i]);
      this.cache.set(commandLine(c), p);
      p.catch(() => this.cache.delete(commandLine(c)));
    });
    // Failures surface to the steps that ask; the prefetch itself never throws.
    await batch.catch(() => undefined);
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

  async run(): Promise<Report> {
    this.emit('started', [...this.results.values()]);
    const questions = new QuestionCache(this.request.client, this.request.serial, this.abort.signal, this.request.options?.commandTimeoutMs ?? 15_000);
    const running = new Map<StepId, Promise<void>>();
    const done = new Set<StepId>();
    const byId = new Map(this.definitions.map((d) => [d.id, d]));

    const ready = (d: StepDefinition) =>
      [...d.needs, ...(d.after ?? [])].every((n) => !byId.has(n) || done.has(n));

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
    const questions = new QuestionCache(this.request.client, this.request.serial, this.abort.signal, this.request.options?.commandTimeoutMs ?? 15_000);
    await this.runStep(d, questions);
    this.report();
    return this.results.get(id)!;
  }

  private premiseFailure(d: StepDefinition): StepResult | undefined {
    for (const n of d.needs) {
      const r = this.results.get(n);
      if (r && (r.status === 'fail' || r.status === 'skip')) return r;
    }
    return undefined;
  }

  private async runStep(d: StepDefinition, questions: Questions): Promise<void> {
    const failed = this.premiseFailure(d);
    if (failed || this.abort.signal.aborted) {
      this.finish(d.id, {
        status: 'skip',
        summary: this.abort.signal.aborted ? { key: 'engine.cancelled' } : { key: 'engine.skipped', params: { step: failed!.id } },
      }, 0);
      return;
    }
    const start = Date.now();
    this.results.set(d.id, { ...this.results.get(d.id)!, status: 'running' });
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
    };
    let outcome: StepOutcome;
    try {
      outcome = await d.run(ctx);
    } catch (err) {
      outcome = failureOutcome(err);
    }
    this.finish(d.id, outcome, Date.now() - start);
  }

  private finish(id: StepId, outcome: StepOutcome, durationMs: number): void {
    const result: StepResult = {
      id,
      status: outcome.status,
      title: titleOf(id),
      summary: outcome.summary,
      evidence: (outcome.evidence ?? []).map((e) => ({ source: redact(e.source), excerpt: redact(clip(e.excerpt)) })),
      remediation: outcome.remediation ?? [],
      actions: outcome.actions ?? [],
      durationMs,
      data: outcome.data,
    };
    this.results.set(id, result);
    this.emit('step', result);
  }

  report(): Report {
    const steps = STEP_IDS.filter((id) => this.results.has(id)).map((id) => this.results.get(id)!);
    const verdict = steps.some((s) => s.status === 'fail') ? 'fail' : steps.some((s) => s.status === 'warn') ? 'warn' : 'pass';
    const report: Report = {
      schemaVersion: 1,
      tool: { name: 'push-doctor', version: VERSION },
      startedAt: this.startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      package: this.request.package,
      device: { serial: this.request.serial, server: this.request.server, detection: this.state.facts?.detection },
      steps,
      verdict,
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

const DEVICE_KIND_KEY: Partial<Record<DeviceError['kind'], string>> = { 'not-found': 'notFound', 'server-gone': 'serverGone' };

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
