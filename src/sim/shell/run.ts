// Runs parsed shell lines against the virtual phone's commands, with streaming pipes so that
// `logcat | grep …` works like on a phone, and mksh's messages for what it cannot run.
import { parse, ShellSyntaxError, type SimpleCommand, type Word } from './parse';

export interface Output {
  write(data: string | Buffer): Promise<void>;
}

export interface CommandContext {
  argv: string[];
  stdout: Output;
  stderr: Output;
  /** Data piped in, or null when nothing is piped (stdin of adb shells is not forwarded). */
  stdin: AsyncIterable<Buffer> | null;
  env: Map<string, string>;
  signal: AbortSignal;
}

export type CommandHandler = (ctx: CommandContext) => Promise<number> | number;

export interface ShellHost {
  /** Finds a command by name (`getprop`, `pm`, …). */
  command(name: string): CommandHandler | undefined;
  /** Writes a file for `> path` redirections; false when the path is not writable. */
  writeFile(path: string, data: Buffer, append: boolean): boolean;
  /** Sees every command line the shell runs (benchmarks replay them one `adb shell` each). */
  onCommand?(argv: string[]): void;
  /** How long the phone takes to run a command that calls system_server (0: at once). */
  commandLatencyMs?: number;
}

export const NULL_OUTPUT: Output = { write: () => Promise.resolve() };

/** A one-way in-memory pipe between two commands of a pipeline. */
class Pipe implements Output, AsyncIterable<Buffer> {
  private chunks: Buffer[] = [];
  private waiting: (() => void) | null = null;
  private ended = false;

  write(data: string | Buffer): Promise<void> {
    if (this.ended) return Promise.resolve();
    this.chunks.push(typeof data === 'string' ? Buffer.from(data) : data);
    this.waiting?.();
    return Promise.resolve();
  }

  end(): void {
    this.ended = true;
    this.waiting?.();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<Buffer> {
    for (;;) {
      if (this.chunks.length) {
        yield this.chunks.shift()!;
        continue;
      }
      if (this.ended) return;
      await new Promise<void>((r) => (this.waiting = r));
      this.waiting = null;
    }
  }
}

class FileSink implements Output {
  private parts: Buffer[] = [];
  constructor(
    readonly path: string,
    readonly append: boolean,
  ) {}
  write(data: string | Buffer): Promise<void> {
    this.parts.push(typeof data === 'string' ? Buffer.from(data) : data);
    return Promise.resolve();
  }
  content(): Buffer {
    return Buffer.concat(this.parts);
  }
}

/**
 * Commands that wait on system_server (binder calls, a JVM for am/pm on older Androids): these
 * take the phone's command latency. toybox utilities, getprop and shell builtins answer at once.
 */
const SLOW_COMMANDS = new Set([
  'dumpsys',
  'pm',
  'am',
  'cmd',
  'settings',
  'monkey',
  'uiautomator',
  'input',
  'appops',
  'service',
  'content',
  'wm',
]);

export interface RunOptions {
  stdout: Output;
  stderr: Output;
  signal: AbortSignal;
  env?: Map<string, string>;
}

const SH = '/system/bin/sh';

export class Shell {
  private lastStatus = 0;
  readonly env: Map<string, string>;

  constructor(
    private readonly host: ShellHost,
    env?: Map<string, string>,
  ) {
    this.env = env ?? new Map();
  }

  /** Runs a command line; resolves with the exit status of the last pipeline. */
  async run(line: string, opts: RunOptions): Promise<number> {
    let list;
    try {
      list = parse(line);
    } catch (err) {
      const msg = err instanceof ShellSyntaxError ? err.message : 'syntax error';
      await opts.stderr.write(`${SH}: ${msg}\n`);
      this.lastStatus = 1;
      return 1;
    }
    for (const item of list) {
      if (opts.signal.aborted) break;
      if (item.op === '&&' && this.lastStatus !== 0) continue;
      if (item.op === '||' && this.lastStatus === 0) continue;
      this.lastStatus = await this.runPipeline(item.pipeline.commands, opts);
      if (this.exitRequested !== null) break;
    }
    return this.exitRequested ?? this.lastStatus;
  }

  private exitRequested: number | null = null;

  private expand(word: Word): string {
    return word
      .map((p) => {
        if (p.kind === 'text') return p.value;
        if (p.name === '?') return String(this.lastStatus);
        if (p.name === '$') return '4242';
        return this.env.get(p.name) ?? '';
      })
      .join('');
  }

  private async runPipeline(commands: SimpleCommand[], opts: RunOptions): Promise<number> {
    if (commands.length === 1) return this.runCommand(commands[0], null, opts.stdout, opts);
    const pipes = commands.slice(1).map(() => new Pipe());
    const runs = commands.map((cmd, k) => {
      const stdin = k === 0 ? null : pipes[k - 1];
      const stdout = k === commands.length - 1 ? opts.stdout : pipes[k];
      return this.runCommand(cmd, stdin, stdout, opts).finally(() => {
        if (k < pipes.length) pipes[k].end();
      });
    });
    const statuses = await Promise.all(runs);
    return statuses[statuses.length - 1];
  }

  private async runCommand(
    cmd: SimpleCommand,
    stdin: AsyncIterable<Buffer> | null,
    stdoutIn: Output,
    opts: RunOptions,
  ): Promise<number> {
    let stdout = stdoutIn;
    let stderr = opts.stderr;
    const sinks: FileSink[] = [];
    for (const r of cmd.redirects) {
      let target: Output;
      if (r.target === '&1') target = stdout;
      else if (r.target === '&2') target = stderr;
      else if (r.target === '/dev/null') target = NULL_OUTPUT;
      else {
        const sink = new FileSink(r.target, r.append);
        sinks.push(sink);
        target = sink;
      }
      if (r.fd === 1) stdout = target;
      else stderr = target;
    }

    const assigned = cmd.assignments.map(([k, w]) => [k, this.expand(w)] as const);
    let argv = cmd.words.map((w) => this.expand(w));
    if (argv.length === 0) {
      for (const [k, v] of assigned) this.env.set(k, v);
      return 0;
    }
    // `exec cmd` replaces the shell; here it simply runs cmd.
    if (argv[0] === 'exec') argv = argv.slice(1);
    if (argv.length === 0) return 0;

    const env = new Map(this.env);
    for (const [k, v] of assigned) env.set(k, v);

    this.host.onCommand?.(argv);
    const latency = this.host.commandLatencyMs ?? 0;
    if (latency > 0 && SLOW_COMMANDS.has(argv[0])) await new Promise((r) => setTimeout(r, latency));
    let status: number;
    try {
      status = await this.dispatch(argv, { argv, stdout, stderr, stdin, env, signal: opts.signal });
    } catch (err) {
      await stderr.write(`${argv[0]}: ${(err as Error)?.message ?? String(err)}\n`);
      status = 1;
    }
    for (const sink of sinks) {
      if (!this.host.writeFile(sink.path, sink.content(), sink.append)) {
        await opts.stderr.write(`${SH}: can't create ${sink.path}: Read-only file system\n`);
        status = 1;
      }
    }
    return status;
  }

  private async dispatch(argv: string[], ctx: CommandContext): Promise<number> {
    const name = argv[0];
    switch (name) {
      case 'export':
        for (const a of argv.slice(1)) {
          const eq = a.indexOf('=');
          if (eq > 0) this.env.set(a.slice(0, eq), a.slice(eq + 1));
        }
        return 0;
      case 'true':
      case ':':
        return 0;
      case 'false':
        return 1;
      case 'exit':
        this.exitRequested = Number(argv[1] ?? this.lastStatus) & 0xff;
        return this.exitRequested;
      case 'cd':
        return 0;
    }
    const base = name.includes('/') ? name.slice(name.lastIndexOf('/') + 1) : name;
    const handler = this.host.command(base);
    if (!handler) {
      await ctx.stderr.write(`${SH}: ${name}: inaccessible or not found\n`);
      return 127;
    }
    return handler(ctx);
  }
}
