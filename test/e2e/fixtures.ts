// Processes the browser tests drive, started the way a user starts them: an isolated adb server,
// `push-doctor serve`, and `push-doctor sim --connect` virtual phones.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, type Page } from '@playwright/test';
import { startAdbServer, type TestAdbServer } from '../helpers/adb-server';

const CLI = join(process.cwd(), 'bin', 'push-doctor.js');

export interface Proc {
  child: ChildProcessWithoutNullStreams;
  firstLine: string;
  stop(): Promise<void>;
}

/** Runs the CLI and resolves with its first stdout line (the ready line). */
export function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<Proc> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { env });
    let out = '';
    let err = '';
    const timer = setTimeout(
      () => reject(new Error(`push-doctor ${args.join(' ')} did not become ready: ${err}`)),
      30_000,
    );
    child.stdout.on('data', (d) => {
      out += String(d);
      const nl = out.indexOf('\n');
      if (nl >= 0) {
        clearTimeout(timer);
        resolve({
          child,
          firstLine: out.slice(0, nl),
          stop: () =>
            new Promise<void>((r) => {
              if (child.exitCode !== null) return r();
              child.once('exit', () => r());
              child.kill('SIGTERM');
            }),
        });
      }
    });
    child.stderr.on('data', (d) => (err += String(d)));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`push-doctor ${args.join(' ')} exited with ${code}: ${err}`));
    });
  });
}

export interface Lab {
  adb: TestAdbServer;
  env: NodeJS.ProcessEnv;
  serve(args?: string[]): Promise<{ url: string; proc: Proc }>;
  sim(args: string[]): Promise<{ serial: string; proc: Proc }>;
}

export const test = base.extend<{ lab: Lab }>({
  lab: async ({}, use) => {
    const adb = await startAdbServer();
    const home = mkdtempSync(join(tmpdir(), 'pd-e2e-'));
    const env = { ...adb.env, PUSH_DOCTOR_HOME: home };
    const procs: Proc[] = [];
    await use({
      adb,
      env,
      serve: async (args = []) => {
        const proc = await runCli(['--adb-port', String(adb.port), 'serve', ...args], env);
        procs.push(proc);
        return { url: proc.firstLine.replace(/^.*open /, '').trim(), proc };
      },
      sim: async (args) => {
        const proc = await runCli(['sim', '--connect', '--adb-port', String(adb.port), ...args], env);
        procs.push(proc);
        return { serial: JSON.parse(proc.firstLine).serial as string, proc };
      },
    });
    for (const p of procs.reverse()) await p.stop();
    await adb.kill();
  },
});

export { expect } from '@playwright/test';

/** Saves a screenshot with the test's results (and returns its path). */
export async function shot(page: Page, name: string): Promise<void> {
  const path = test.info().outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await test.info().attach(name, { path, contentType: 'image/png' });
}
