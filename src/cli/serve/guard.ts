// The process-wide guard of the CLI and `serve`: an error that escaped every handler (a promise
// nobody awaited, a throw in a timer) is written out redacted and the process goes on. Without it
// Node ends the process, and in `serve` that takes every run, every client and the built-in
// virtual phone with it (issue 12, items 1 and 2).
import { safeOutput } from '../terminal';

export function describeError(err: unknown): string {
  try {
    const e = err as { message?: unknown } | null | undefined;
    const text = e && typeof e.message === 'string' ? e.message : String(err);
    return safeOutput(text).slice(0, 2000);
  } catch {
    // An error object whose message getter or toString throws.
    return 'an error that cannot be described';
  }
}

let installed: { off: () => void } | null = null;

/**
 * Installs the guard once per process and returns the function that removes it. `write` gets one
 * line per escaped error (stderr by default); PUSH_DOCTOR_DEBUG adds the redacted stack.
 */
export function installProcessGuard(write: (line: string) => void = (l) => void process.stderr.write(l)): () => void {
  if (installed) return installed.off;
  const report = (kind: string) => (err: unknown) => {
    try {
      write(`push-doctor: ${kind} (ignored, the rest goes on): ${describeError(err)}\n`);
      const stack = (err as Error | undefined)?.stack;
      if (process.env.PUSH_DOCTOR_DEBUG && typeof stack === 'string') write(`${safeOutput(stack)}\n`);
    } catch {
      // Writing the report must never be what ends the process.
    }
  };
  const onRejection = report('an internal task failed');
  const onException = report('an internal error escaped');
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  const off = () => {
    process.off('unhandledRejection', onRejection);
    process.off('uncaughtException', onException);
    installed = null;
  };
  installed = { off };
  return off;
}
