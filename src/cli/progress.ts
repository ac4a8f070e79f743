// What the terminal shows while the checklist runs: finished steps in checklist order (never in
// the order they happened to finish), and, while something waits (the token after the restart,
// test pushes on their way), a live line: a spinner with a countdown on a terminal, plain lines
// now and then when the output goes to a file or a pipe.
import type { StepId, StepResult, Text } from '../shared/types';
import { progressText as progressLabel } from '../main/checklist/progress-text';
import { safeOutput, writeControl } from './terminal';

export interface ProgressOptions {
  /** Where the live line goes (a TTY gets the spinner). */
  out: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  /** Where the finished steps go. */
  lines: NodeJS.WritableStream;
  t: (text: Text | undefined) => string;
  /** Force the TTY behaviour on or off (tests; NO_COLOR does not change it). */
  tty?: boolean;
  /** Seconds between plain "still waiting" lines when not on a TTY. */
  plainEverySec?: number;
}

interface Waiting {
  id: StepId;
  label: Text;
  deadline?: number;
}

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const MARK: Record<string, string> = {
  pass: '✔',
  warn: '!',
  fail: '✘',
  skip: '-',
  manual: '?',
  running: '…',
  pending: ' ',
};

/** Strips what a terminal would act on (escape sequences from phone output must not reach it). */
export const printable = (s: string): string => safeOutput(s);

export function secondsLeft(deadline: number, now = Date.now()): number {
  return Math.max(0, Math.ceil((deadline - now) / 1000));
}

export class CliProgress {
  private order: StepId[] = [];
  private readonly final = new Map<StepId, StepResult>();
  private printed = 0;
  private readonly running = new Map<StepId, Waiting>();
  private timer: NodeJS.Timeout | undefined;
  private frame = 0;
  private lastPlain = new Map<StepId, number>();
  private readonly tty: boolean;
  private drawn = false;

  constructor(private readonly opts: ProgressOptions) {
    this.tty = opts.tty ?? !!opts.out.isTTY;
  }

  started(steps: StepResult[]): void {
    this.order = steps.map((s) => s.id);
  }

  step(s: StepResult): void {
    if (s.status === 'pending') return;
    if (s.status === 'running') {
      this.running.set(s.id, { id: s.id, label: { key: 'progress.running' } });
      this.tick();
      return;
    }
    this.running.delete(s.id);
    this.lastPlain.delete(s.id);
    this.final.set(s.id, s);
    this.flush();
  }

  /** A step says what it waits for and until when. */
  progress(id: StepId, data: Record<string, unknown>): void {
    const label = progressLabel(data);
    if (!label) return;
    const deadline = typeof data.deadline === 'string' ? Date.parse(data.deadline) : undefined;
    const prev = this.running.get(id);
    // A push that showed (or was refused) ends its own wait: its line carries no countdown.
    const ended = data.phase === 'arrived' || data.phase === 'refused' || data.phase === 'timeout';
    this.running.set(id, {
      id,
      label,
      deadline: ended ? undefined : Number.isFinite(deadline) ? deadline : prev?.deadline,
    });
    if (!this.tty) {
      // Plain output: a line when a wait starts, then one every plainEverySec while it lasts.
      const now = Date.now();
      const last = this.lastPlain.get(id);
      const every = (this.opts.plainEverySec ?? 10) * 1000;
      if (
        last === undefined ||
        now - last >= every ||
        data.phase === 'arrived' ||
        data.phase === 'accepted' ||
        data.phase === 'refused'
      ) {
        this.lastPlain.set(id, now);
        this.opts.out.write(`… ${this.describe(this.running.get(id)!)}\n`);
      }
      return;
    }
    this.tick();
  }

  /** Ends the live line (before the verdict is printed). */
  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.erase();
    this.flush(true);
  }

  private describe(w: Waiting): string {
    const { t } = this.opts;
    const left =
      w.deadline !== undefined ? ` — ${t({ key: 'progress.left', params: { seconds: secondsLeft(w.deadline) } })}` : '';
    return printable(`${t({ key: `step.${w.id}.title` })}: ${t(w.label)}${left}`);
  }

  private tick(): void {
    if (!this.tty) return;
    this.timer ??= setInterval(() => this.draw(), 100);
    this.timer.unref?.();
    this.draw();
  }

  private draw(): void {
    if (!this.running.size) {
      this.erase();
      return;
    }
    // The step with a deadline is the one the user waits on; else the first running one.
    const w = [...this.running.values()].find((x) => x.deadline !== undefined) ?? [...this.running.values()][0];
    this.frame = (this.frame + 1) % FRAMES.length;
    const width = Math.max(20, (this.opts.out.columns ?? 100) - 1);
    // The guard on stderr would strip the carriage return and erase-line that redraw the spinner.
    writeControl(this.opts.out, `\r\x1b[K`, `${FRAMES[this.frame]} ${this.describe(w)}`.slice(0, width));
    this.drawn = true;
  }

  private erase(): void {
    if (this.drawn) writeControl(this.opts.out, '\r\x1b[K', '');
    this.drawn = false;
  }

  /** Prints the finished steps that come next in checklist order. */
  private flush(all = false): void {
    let wrote = false;
    while (this.printed < this.order.length) {
      const id = this.order[this.printed];
      const s = this.final.get(id);
      if (!s) {
        if (!all) break;
        this.printed++;
        continue;
      }
      if (!wrote) this.erase();
      wrote = true;
      const { t } = this.opts;
      this.opts.lines.write(printable(`${MARK[s.status]} ${t(s.title)}: ${t(s.summary)}`) + '\n');
      this.printed++;
    }
    if (wrote && this.tty && this.running.size) this.draw();
  }
}
