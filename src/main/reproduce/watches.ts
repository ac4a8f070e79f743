// The watches the UI starts: each runs `runWatch` in the core, its lines appended to a JSON-lines
// file under the state folder and forwarded to the fronts as `watch` events as they are written.
// A reloaded window asks `list()` and catches up from the lines kept here; the file holds all of
// them. One watch per phone at a time (the service also keeps a reproduction off a watched phone).
import { mkdirSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Client } from '@devicefarmer/adbkit';
import type { PushDoctorEvent, WatchView } from '../../shared/contract';
import type { AppProfile } from '../../shared/profile';
import { summarize, type WatchLine } from '../../shared/watch';
import { BadInputError } from '../../shared/errors';
import { parseConditions, type ConditionSpec } from './conditions';
import { ROUTE_IDS, type RouteId } from './run';
import { readWatchFile, runWatch } from './watch';
import { watchHtml } from './report';
import { fileSafe } from './state';

/** Lines kept in memory per watch for a window that catches up (the file keeps every line). */
const KEEP_LINES = 1_000;

interface WatchRecord {
  view: Omit<WatchView, 'lines' | 'omitted' | 'summary'>;
  lines: WatchLine[];
  omitted: number;
  abort: AbortController;
}

export interface StartWatchInput {
  serial: string;
  package: string;
  profile: AppProfile;
  client: Client;
  everyMs: number;
  forMs: number;
  condition?: string;
  route?: string;
}

export class Watches {
  private readonly records = new Map<string, WatchRecord>();

  constructor(
    private readonly o: {
      /** Where the JSON-lines files and a held condition's state file go. */
      stateDir: () => string;
      emit(e: PushDoctorEvent): void;
    },
  ) {}

  /** Whether a watch is running on this phone. */
  busy(serial: string): boolean {
    return [...this.records.values()].some((r) => r.view.running && r.view.serial === serial);
  }

  start(input: StartWatchInput): { watchId: string; file: string } {
    let condition: ConditionSpec | undefined;
    if (input.condition) {
      try {
        [condition] = parseConditions(input.condition);
      } catch (err) {
        throw new BadInputError(`Condition: ${(err as Error).message}.`);
      }
    }
    if (input.route && !(ROUTE_IDS as readonly string[]).includes(input.route))
      throw new BadInputError(`Unknown provider "${input.route}".`, `Providers are: ${ROUTE_IDS.join(', ')}.`);
    if (this.busy(input.serial))
      throw new BadInputError(
        `A watch is already running on ${input.serial}.`,
        'Stop it first, or wait for it to end.',
      );
    const watchId = randomUUID();
    const dir = join(this.o.stateDir(), 'watches');
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const file = join(dir, `watch-${fileSafe(input.serial)}-${stamp}.jsonl`);
    const record: WatchRecord = {
      view: { watchId, serial: input.serial, package: input.package, file, running: true },
      lines: [],
      omitted: 0,
      abort: new AbortController(),
    };
    this.records.set(watchId, record);
    void runWatch({
      serial: input.serial,
      package: input.package,
      client: input.client,
      profile: input.profile,
      route: input.route as RouteId | undefined,
      everyMs: input.everyMs,
      forMs: input.forMs,
      condition,
      stateDir: this.o.stateDir(),
      out: file,
      signal: record.abort.signal,
      onLine: (line) => {
        record.lines.push(line);
        if (record.lines.length > KEEP_LINES) {
          record.lines.shift();
          record.omitted++;
        }
        this.o.emit({ type: 'watch', watchId, serial: input.serial, line });
      },
    })
      .catch((err: Error & { hint?: string }) => {
        record.view.error = { message: err.message, ...(err.hint ? { hint: err.hint } : {}) };
      })
      .finally(() => {
        record.view.running = false;
        this.o.emit({
          type: 'watch-finished',
          watchId,
          serial: input.serial,
          summary: summarize(readWatchFile(file)),
          ...(record.view.error ? { error: record.view.error } : {}),
        });
      });
    return { watchId, file };
  }

  /** Stops a watch: the running push finishes, a held condition is put back, then `watch-finished` comes. */
  stop(watchId: string): void {
    this.records.get(watchId)?.abort.abort();
  }

  list(): WatchView[] {
    return [...this.records.values()].map((r) => ({
      ...r.view,
      lines: r.lines,
      omitted: r.omitted,
      // From the file when lines were dropped from memory, so the numbers cover the whole watch.
      summary: summarize(r.omitted ? readWatchFile(r.view.file) : r.lines),
    }));
  }

  report(watchId: string): { fileName: string; html: string } {
    const r = this.records.get(watchId);
    if (!r) throw new BadInputError('No such watch (it was started before the core restarted?).');
    const lines = readWatchFile(r.view.file);
    return {
      fileName: `push-doctor-watch-${fileSafe(r.view.serial)}.html`,
      html: watchHtml(lines),
    };
  }

  /** Stops every watch (the core is shutting down); each puts its condition back. */
  stopAll(): void {
    for (const r of this.records.values()) r.abort.abort();
  }
}
