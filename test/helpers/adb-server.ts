// An isolated adb server for a test file: its own port and scratch HOME, killed afterwards.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface TestAdbServer {
  port: number;
  env: NodeJS.ProcessEnv;
  home: string;
  adb(...args: string[]): Promise<{ stdout: string; stderr: string }>;
  kill(): Promise<void>;
}

/** A free TCP port outside adb's emulator scan range (5555-5585). */
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
    if (port < 5550 || port > 5590) return port;
  }
}

export async function startAdbServer(): Promise<TestAdbServer> {
  const port = await freePort();
  const home = mkdtempSync(join(tmpdir(), 'pd-adb-'));
  const env = { ...process.env, HOME: home, TMPDIR: home, ANDROID_ADB_SERVER_PORT: String(port), ADB_VENDOR_KEYS: '' };
  const adb = (...args: string[]) => run('adb', ['-P', String(port), ...args], { env, timeout: 20_000 });
  await adb('start-server');
  return {
    port,
    env,
    home,
    adb,
    kill: async () => {
      try {
        execFileSync('adb', ['-P', String(port), 'kill-server'], { env, timeout: 10_000, stdio: 'ignore' });
      } catch {
        // already gone
      }
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/** Polls until `check` returns a truthy value (or throws after `timeoutMs`). */
export async function waitFor<T>(
  check: () => T | Promise<T>,
  timeoutMs = 10_000,
  what = 'condition',
): Promise<NonNullable<T>> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < end) {
    try {
      const v = await check();
      if (v) return v as NonNullable<T>;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
}
