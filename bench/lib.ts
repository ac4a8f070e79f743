// Shared plumbing of the benchmarks: an isolated adb server, the CLI as a child process, peak-RSS
// sampling, and small statistics. Nothing here asserts; the benchmarks report what they measure.
import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const ROOT = process.cwd();
export const CLI = join(ROOT, 'bin', 'push-doctor.js');

export async function freePort(): Promise<number> {
  for (;;) {
    const port = await new Promise<number>((resolve, reject) => {
      const srv = net.createServer();
      srv.once('error', reject);
      srv.listen(0, '127.0.0.1', () => {
        const p = (srv.address() as net.AddressInfo).port;
        srv.close(() => resolve(p));
      });
    });
    // Outside adb's emulator scan range.
    if (port < 5550 || port > 5590) return port;
  }
}

export interface ScratchAdb {
  port: number;
  env: NodeJS.ProcessEnv;
  adb(...args: string[]): Promise<{ stdout: string; stderr: string }>;
  kill(): void;
}

export async function scratchAdb(): Promise<ScratchAdb> {
  const port = await freePort();
  const home = mkdtempSync(join(tmpdir(), 'pd-bench-adb-'));
  const env = { ...process.env, HOME: home, TMPDIR: home, ANDROID_ADB_SERVER_PORT: String(port), ADB_VENDOR_KEYS: '' };
  const adb = (...args: string[]) => run('adb', ['-P', String(port), ...args], { env, timeout: 60_000, maxBuffer: 64 << 20 });
  await adb('start-server');
  return {
    port,
    env,
    adb,
    kill: () => {
      try {
        execFileSync('adb', ['-P', String(port), 'kill-server'], { env, stdio: 'ignore', timeout: 10_000 });
      } catch {
        // gone already
      }
      rmSync(home, { recursive: true, force: true });
    },
  };
}

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
    void exited.then((code) => reject(new Error(`push-doctor ${args[0]} exited (${code}) before it was ready: ${err.slice(-500)}`)));
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
