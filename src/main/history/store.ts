// Every finished diagnosis kept on disk, so that a reload, a restart or a crash of the UI loses
// nothing: one redacted JSON report per run, the newest `keep` kept, listed per phone.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HistoryEntry } from '../../shared/contract';
import type { Report } from '../../shared/types';
import { redactDeep } from '../secrets';

const RUN_ID = /^[A-Za-z0-9_-]{1,80}$/;

export class RunHistory {
  constructor(
    readonly dir: string,
    private readonly keep = 50,
  ) {}

  /** Writes (or rewrites, after an answer to a check by hand) the report of a run. */
  save(runId: string, report: Report): void {
    if (!RUN_ID.test(runId)) return;
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const file = join(this.dir, `${runId}.json`);
    // Written whole, then renamed: a crash mid-write leaves the previous file, never half of one.
    writeFileSync(`${file}.tmp`, JSON.stringify(redactDeep(report)), { mode: 0o600 });
    renameSync(`${file}.tmp`, file);
    this.prune();
  }

  /** Entries already read, by run id, with the file's mtime: a listing parses only what changed. */
  private readonly entries = new Map<string, { mtime: number; entry: HistoryEntry | null }>();

  list(serial?: string): HistoryEntry[] {
    const out: HistoryEntry[] = [];
    const present = new Set<string>();
    for (const { runId, mtime } of this.files()) {
      present.add(runId);
      let known = this.entries.get(runId);
      if (!known || known.mtime !== mtime) {
        known = { mtime, entry: this.entryOf(runId) };
        this.entries.set(runId, known);
      }
      if (known.entry && (!serial || known.entry.serial === serial)) out.push(known.entry);
    }
    for (const id of this.entries.keys()) if (!present.has(id)) this.entries.delete(id);
    return out.sort((a, b) => b.finishedAt.localeCompare(a.finishedAt));
  }

  private entryOf(runId: string): HistoryEntry | null {
    const r = this.get(runId);
    if (!r) return null;
    return {
      runId,
      serial: r.device.serial,
      package: r.package,
      startedAt: r.startedAt,
      finishedAt: r.finishedAt,
      verdict: r.verdict,
      headline: r.headline,
      model: [r.device.detection?.brand, r.device.detection?.model].filter(Boolean).join(' ') || undefined,
    };
  }

  get(runId: string): Report | null {
    if (!RUN_ID.test(runId)) return null;
    try {
      const r = JSON.parse(readFileSync(join(this.dir, `${runId}.json`), 'utf8')) as Report;
      return r && r.schemaVersion === 1 && Array.isArray(r.steps) ? r : null;
    } catch {
      return null;
    }
  }

  private files(): { runId: string; mtime: number }[] {
    try {
      return readdirSync(this.dir)
        .filter((f) => f.endsWith('.json'))
        .map((f) => ({ runId: f.slice(0, -5), mtime: statSync(join(this.dir, f)).mtimeMs }));
    } catch {
      return [];
    }
  }

  private prune(): void {
    const files = this.files().sort((a, b) => b.mtime - a.mtime);
    for (const f of files.slice(this.keep)) rmSync(join(this.dir, `${f.runId}.json`), { force: true });
  }
}
