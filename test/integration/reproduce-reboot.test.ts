// `reproduce --conditions after-reboot` (issue 18): the phone is rebooted through the real adb
// server (`reboot:` service), waited for until it has booted again, and pushed to without the app
// being opened. It is asked for first: without --yes, and with nobody at a terminal, nothing happens.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAdbServer, type TestAdbServer } from '../helpers/adb-server';
import { ensureCliBuilt, runCli } from '../helpers/cli';
import { startLab, type Lab } from '../../src/cli/lab';
import { AdbServer } from '../../src/main/adb/server';
import { readKnobs } from '../../src/main/reproduce/run';
import { KNOB_IDS, bootCount } from '../../src/main/reproduce/conditions';
import { stateFilePath } from '../../src/main/reproduce/state';

let adb: TestAdbServer;
let server: AdbServer;
let lab: Lab;
let stateDir: string;

beforeAll(async () => {
  ensureCliBuilt();
  adb = await startAdbServer();
  server = new AdbServer({ port: adb.port });
  lab = await startLab({ adbServer: server, profiles: ['pixel'], standins: true, deliveryDelayMs: 30 });
  stateDir = mkdtempSync(join(tmpdir(), 'pd-repro-reboot-'));
}, 120_000);

afterAll(async () => {
  await lab?.stop();
  await adb?.kill();
  if (stateDir) rmSync(stateDir, { recursive: true, force: true });
});

const serial = () => lab.devices[0].serial;
const knobs = () => readKnobs({ client: server.client, serial: serial() }, 'com.example.chat', [...KNOB_IDS]);
const withoutBoot = (k: Record<string, string | undefined>) => ({ ...k, boot: undefined });
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
