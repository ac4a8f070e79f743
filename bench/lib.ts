// Shared plumbing of the benchmarks: an isolated adb server, the CLI as a child process, peak-RSS
// sampling, and small statistics. Nothing here asserts; the benchmarks report what they measure.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = process.cwd();
export const CLI = join(ROOT, 'bin', 'push-doctor.js');

/** The tests' isolated adb server (own port, own HOME), reused so both measure the same setup. */
export { freePort, startAdbServer as scratchAdb, type TestAdbServer as ScratchAdb } from '../test/helpers/adb-server';

export interface Child {
  proc: ChildProcess;
  firstLine: Promise<string>;
  stdout: () => string;
  stderr: () => string;
  stop(): Promise<void>;
  exited: Promise<number | null>;
}

/** Starts the CLI; `firstLine` resolves with its first stdout line (its "ready" line). */
export function startCli(args: string[], env: NodeJS.ProcessEnv): Child {
  const proc = spawn(process.execPath, [CLI, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  proc.stderr!.on('data', (d) => (err += String(d)));
  const exited = new Promise<number | null>((r) => proc.once('exit', (code) => r(code)));
  const firstLine = new Promise<string>((resolve, reject) => {
    proc.stdout!.on('data', (d) => {
      out += String(d);
      const nl = out.indexOf('\n');
      if (nl >= 0) resolve(out.slice(0, nl));
    });
    void exited.then((code) =>
      reject(new Error(`push-doctor ${args[0]} exited (${code}) before it was ready: ${err.slice(-500)}`)),
    );
  });
  firstLine.catch(() => undefined);
  return {
    proc,
    firstLine,
    stdout: () => out,
    stderr: () => err,
    exited,
    stop: async () => {
      if (proc.exitCode !== null || proc.signalCode !== null) return;
      proc.kill('SIGTERM');
      const t = setTimeout(() => proc.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(t);
    },
  };
}

/** Peak resident memory (VmHWM) of a process, in MB; the kernel keeps the high-water mark. */
export function peakRssMb(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Runs a process to its end, sampling its peak RSS (the last sample before exit is the peak so far). */
export async function measureProcess(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ code: number | null; ms: number; peakMb: number; stdout: string; stderr: string }> {
  const t0 = performance.now();
  const proc = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  proc.stdout!.on('data', (d) => (stdout += String(d)));
  proc.stderr!.on('data', (d) => (stderr += String(d)));
  let peak = 0;
  const sample = () => {
    const v = peakRssMb(proc.pid!);
    if (v !== null) peak = Math.max(peak, v);
  };
  const timer = setInterval(sample, 5);
  const code = await new Promise<number | null>((r) => proc.once('exit', (c) => r(c)));
  clearInterval(timer);
  return { code, ms: performance.now() - t0, peakMb: peak, stdout, stderr };
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

export const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
