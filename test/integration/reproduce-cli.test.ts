// `push-doctor reproduce` as a user runs it (a child process) against a virtual phone that lives
// in this test, so the phone outlives the CLI: killed with SIGKILL in the middle of a condition,
// the phone stays in it and the state file stays; the next start (or `--restore`) puts it back.
// Ctrl-C (SIGINT) restores before the process exits.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAdbServer, type TestAdbServer } from '../helpers/adb-server';
import { ensureCliBuilt, runCli } from '../helpers/cli';
import { startLab, type Lab } from '../../src/cli/lab';
import { AdbServer } from '../../src/main/adb/server';
import { readKnobs } from '../../src/main/reproduce/run';
import { KNOB_IDS, bootCount } from '../../src/main/reproduce/conditions';
import { stateFilePath } from '../../src/main/reproduce/state';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let adb: TestAdbServer;
let server: AdbServer;
let lab: Lab;
let stateDir: string;

beforeAll(async () => {
  ensureCliBuilt();
  adb = await startAdbServer();
  server = new AdbServer({ port: adb.port });
  lab = await startLab({ adbServer: server, profiles: ['pixel'], standins: true, deliveryDelayMs: 30 });
  stateDir = mkdtempSync(join(tmpdir(), 'pd-repro-cli-'));
}, 120_000);

afterAll(async () => {
  await lab?.stop();
  await adb?.kill();
  if (stateDir) rmSync(stateDir, { recursive: true, force: true });
});

const serial = () => lab.devices[0].serial;
const knobs = () => readKnobs({ client: server.client, serial: serial() }, 'com.example.chat', [...KNOB_IDS]);
const args = (...extra: string[]) => [
  '--adb-port',
  String(adb.port),
  'reproduce',
  '--serial',
  serial(),
  '--package',
  'com.example.chat',
  '--profile',
  lab.profilePath!,
  '--state-dir',
  stateDir,
  ...extra,
];

interface Spawned {
  child: ChildProcess;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function spawnCli(a: string[]): Spawned {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'push-doctor.js'), ...a], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  child.stdout!.resume();
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, stderr: () => err, exited };
}

async function waitForLine(s: Spawned, pattern: RegExp, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!pattern.test(s.stderr())) {
    if (Date.now() > deadline || s.child.exitCode !== null)
      throw new Error(`never saw ${pattern}; stderr:\n${s.stderr()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('reproduce CLI: the phone is restored after a kill, and on Ctrl-C', () => {
  it('SIGKILL in the middle of Doze leaves the state file; the next start restores first, and so does --restore', async () => {
    const before = await knobs();
    const phone = lab.devices[0].phone;
    const file = stateFilePath(stateDir, serial());

    // Killed while the phone is in deep Doze with normal-priority pushes held.
    const first = spawnCli(
      args('--conditions', 'standby-restricted+doze', '--providers', 'fcm-normal', '--timeout', '20'),
    );
    await waitForLine(first, /standby-restricted\+doze: set/);
    first.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');
    expect(phone.power.forcedIdle).toBe('deep');
    expect(phone.power.standbyBuckets['com.example.chat']).toBe(45);
    expect(existsSync(file)).toBe(true);
    const recorded = JSON.parse(readFileSync(file, 'utf8'));
    expect(recorded.original).toEqual(
      Object.fromEntries(Object.entries(before).filter(([k]) => ['app', 'idle', 'screen', 'bucket'].includes(k))),
    );
    expect(recorded.current).toBe('standby-restricted+doze');
    expect(await knobs()).not.toEqual(before);

    // The next start puts it back before doing anything else.
    const md = join(stateDir, 'matrix.md');
    const html = join(stateDir, 'matrix.html');
    const next = await runCli(
      args(
        '--conditions',
        'background,force-stopped',
        '--providers',
        'fcm,easemob',
        '--pushes',
        '1',
        '--timeout',
        '3',
        '--json',
        '--report',
        md,
        '--report',
        html,
      ),
    );
    expect(next.code, next.stderr).toBe(0);
    const json = JSON.parse(next.stdout);
    expect(json.recovered.differ).toEqual([]);
    expect(
      json.cells.map(
        (c: { condition: string; route: string; status: string }) => `${c.condition}/${c.route}/${c.status}`,
      ),
    ).toEqual([
      'background/fcm/arrived',
      'background/easemob/arrived',
      'force-stopped/fcm/missing',
      'force-stopped/easemob/missing',
    ]);
    expect(readFileSync(md, 'utf8')).toMatch(/\| force-stopped \| missing \| missing \|/);
    expect(readFileSync(html, 'utf8')).toContain('FCM does not deliver to a force-stopped app');
    // No secret of the profile, and not the push token, in anything the run wrote.
    const profile = JSON.parse(readFileSync(lab.profilePath!, 'utf8'));
    const secrets = [
      ...Object.values(profile.providers as Record<string, Record<string, unknown>>).flatMap((p) =>
        Object.entries(p)
          .filter(([k, v]) => /secret|key/i.test(k) && typeof v === 'string')
          .map(([, v]) => v as string),
      ),
      JSON.parse(readFileSync(profile.providers.fcm.serviceAccountFile, 'utf8')).private_key.split('\n')[1],
      phone.token!,
    ];
    expect(secrets.length).toBeGreaterThan(5);
    for (const text of [next.stdout, next.stderr, readFileSync(md, 'utf8'), readFileSync(html, 'utf8')])
      for (const secret of secrets) expect(text).not.toContain(secret);
    expect(next.stderr).toMatch(/did not finish .*: its changes were undone first/);
    expect(next.stderr.indexOf('did not finish')).toBeLessThan(next.stderr.indexOf('Original values recorded'));
    expect(await knobs()).toEqual(before);
    expect(existsSync(file)).toBe(false);

    // Killed again (battery saver on); `--restore` puts it back by hand.
    const third = spawnCli(args('--conditions', 'battery-saver', '--providers', 'fcm-normal', '--timeout', '20'));
    await waitForLine(third, /battery-saver: set/);
    third.child.kill('SIGKILL');
    await third.exited;
    expect(phone.settings.global['low_power']).toBe('1');
    const restore = await runCli(args('--restore'));
    expect(restore.code, restore.stderr).toBe(0);
    expect(restore.stderr).toMatch(/Restored .* from the run started .*\(battery-saver\)/);
    expect(await knobs()).toEqual(before);
    expect(existsSync(file)).toBe(false);
    const again = await runCli(args('--restore'));
    expect(again.stderr).toMatch(/Nothing to restore/);
  }, 120_000);

  it.each([
    ['after recording the originals', /Original values recorded/],
    ['right after the condition is set', /battery-saver\+doze: set/],
    ['while pushes are out', /push\(es\) through fcm-normal/],
    ['after the first condition is undone', /battery-saver\+doze: undone/],
  ])(
    'SIGKILL %s: --restore leaves every setting as at the start',
    async (_stage, line) => {
      const before = await knobs();
      const run = spawnCli(
        args('--conditions', 'battery-saver+doze,standby-rare', '--providers', 'fcm-normal', '--timeout', '4'),
      );
      await waitForLine(run, line);
      run.child.kill('SIGKILL');
      await run.exited;
      expect(existsSync(stateFilePath(stateDir, serial()))).toBe(true);
      const restore = await runCli(args('--restore'));
      expect(restore.code, restore.stderr).toBe(0);
      expect(restore.stderr).toMatch(/Restored .* every recorded setting reads back as it was/);
      expect(await knobs()).toEqual(before);
      expect(existsSync(stateFilePath(stateDir, serial()))).toBe(false);
    },
    120_000,
  );

  it('SIGINT in the middle of a condition restores the phone, then exits 130', async () => {
    const before = await knobs();
    const run = spawnCli(args('--conditions', 'data-saver+doze', '--providers', 'fcm-normal', '--timeout', '20'));
    await waitForLine(run, /data-saver\+doze: set/);
    expect(lab.devices[0].phone.power.restrictBackground).toBe(true);
    run.child.kill('SIGINT');
    const { code } = await run.exited;
    expect(code, run.stderr()).toBe(130);
    expect(run.stderr()).toMatch(/SIGINT: stopping and restoring the phone/);
    expect(run.stderr()).toMatch(/Restored: .*every recorded setting reads back as it was/);
    expect(await knobs()).toEqual(before);
    expect(existsSync(stateFilePath(stateDir, serial()))).toBe(false);
  }, 120_000);
});

// after-reboot reboots the phone: last in this file, so the other tests run on a phone that has not rebooted.
const withoutBoot = (k: Record<string, string | undefined>) => ({ ...k, boot: undefined });

describe('reproduce after-reboot', () => {
  it('is not run without --yes when nobody can answer: exit 2, the phone untouched', async () => {
    const before = await knobs();
    const r = await runCli(args('--conditions', 'after-reboot'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/after-reboot reboots .*Nobody can answer here/);
    expect(r.stderr).toContain('Add --yes');
    expect(await knobs()).toEqual(before);
    expect(existsSync(stateFilePath(stateDir, serial()))).toBe(false);
  }, 60_000);

  it('with --yes: reboots, waits for the boot, does not open the app, pushes, and leaves the phone as found', async () => {
    const before = await knobs();
    expect(before.app).toMatch(/stopped=false/);
    const r = await runCli(
      args('--conditions', 'after-reboot', '--providers', 'fcm', '--pushes', '1', '--timeout', '10', '--yes', '--json'),
      { timeoutMs: 120_000 },
    );
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    const cond = json.conditions[0];
    expect(cond.id).toBe('after-reboot');
    expect(cond.set).toBe(true);
    // The evidence: one more boot, finished, and the app not in the stopped state.
    expect(bootCount(cond.setEvidence.boot)).toBe(bootCount(before.boot)! + 1);
    expect(cond.setEvidence.boot).toMatch(/completed=1$/);
    expect(cond.setEvidence.app).toMatch(/stopped=false$/);
    // FCM may start an app that is not stopped: the push arrives after the reboot.
    expect(json.cells.map((c: { route: string; status: string }) => `${c.route}/${c.status}`)).toEqual(['fcm/arrived']);
    // Everything but the boot count reads back as at the start.
    const after = await knobs();
    expect(withoutBoot(after)).toEqual(withoutBoot(before));
    expect(bootCount(after.boot)).toBe(bootCount(before.boot)! + 1);
    expect(existsSync(stateFilePath(stateDir, serial()))).toBe(false);
  }, 180_000);
});
