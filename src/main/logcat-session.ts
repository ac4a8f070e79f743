// A live logcat for the UI's viewer: Debug and Verbose included, filtered (package, tag, level,
// text), push lines marked, and delivered in batches so that a busy phone (thousands of lines a
// second) never floods the front: beyond the cap per batch, lines are counted as dropped.
import { randomUUID } from 'node:crypto';
import type { Client } from './adb/kit';
import { openLogcat, type LogcatStream } from './adb/logcat';
import { shell } from './adb/shell';
import { scanStream } from './logs/scanner';
import { PATTERNS, matchLine } from './logs/patterns';
import { maskLine } from './logs/mask';
import type { LogcatFilter } from '../shared/contract';
import type { LogLine } from '../shared/types';

const LEVELS = ['V', 'D', 'I', 'W', 'E', 'F', 'S'];
const BATCH_MS = 100;
const MAX_PER_BATCH = 2000;

export interface LogcatSink {
  onLines(lines: LogLine[], dropped: number): void;
  onEnd(reason: string): void;
}

export class LogcatSession {
  readonly id = randomUUID();
  private buffer: LogLine[] = [];
  private dropped = 0;
  private seq = 0;
  private timer: NodeJS.Timeout | null = null;
  private closed = false;
  private readonly stop = new AbortController();
  private readonly pids = new Set<number>();

  private constructor(
    private readonly logcat: LogcatStream,
    private readonly filter: LogcatFilter,
    private readonly sink: LogcatSink,
  ) {}

  static async open(
    client: Client,
    serial: string,
    filter: LogcatFilter = {},
    sink: LogcatSink,
  ): Promise<LogcatSession> {
    const logcat = await openLogcat(client, serial, { tail: 500 });
    const session = new LogcatSession(logcat, filter, sink);
    if (filter.package) {
      const r = await shell(client, serial, ['pidof', filter.package]).catch(() => null);
      for (const pid of r?.output.trim().split(/\s+/).filter(Boolean) ?? []) session.pids.add(Number(pid));
    }
    session.run();
    return session;
  }

  private run(): void {
    void scanStream(this.logcat.stream, {
      format: 'threadtime',
      signal: this.stop.signal,
      onLine: (l) => this.add(l),
    })
      .then(() => this.close('the phone ended the log stream'))
      .catch((err) => this.close((err as Error).message));
  }

  private add(l: {
    time: string;
    pid: number;
    tid: number;
    level: LogLine['level'];
    tag: string;
    message: string;
  }): void {
    const f = this.filter;
    if (f.package) {
      const start = /Start proc (\d+):([\w.]+)/.exec(l.message);
      if (start && start[2] === f.package) this.pids.add(Number(start[1]));
      if (!this.pids.has(l.pid) && !l.message.includes(f.package)) return;
    }
    if (f.minLevel && LEVELS.indexOf(l.level) < LEVELS.indexOf(f.minLevel)) return;
    if (f.tag && !l.tag.toLowerCase().includes(f.tag.toLowerCase())) return;
    if (f.text && !l.message.toLowerCase().includes(f.text.toLowerCase())) return;
    const hit = matchLine(l.tag, l.message, PATTERNS);
    // Tokens stay masked in the viewer too; the token panel reveals them on request.
    const message = maskLine(l.message, hit?.kind === 'token' ? hit.value : undefined);
    const line: LogLine = {
      seq: ++this.seq,
      ...l,
      message,
      mark: hit
        ? hit.kind === 'token'
          ? 'token'
          : hit.kind.startsWith('report')
            ? 'token-reported'
            : 'push-event'
        : undefined,
    };
    if (this.buffer.length >= MAX_PER_BATCH) this.dropped++;
    else this.buffer.push(line);
    this.timer ??= setTimeout(() => this.flush(), BATCH_MS);
  }

  private flush(): void {
    this.timer = null;
    if (!this.buffer.length && !this.dropped) return;
    const lines = this.buffer;
    const dropped = this.dropped;
    this.buffer = [];
    this.dropped = 0;
    this.sink.onLines(lines, dropped);
  }

  close(reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.flush();
    if (this.timer) clearTimeout(this.timer);
    this.stop.abort();
    this.logcat.close();
    this.sink.onEnd(reason);
  }
}
