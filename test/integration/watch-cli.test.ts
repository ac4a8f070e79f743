// `push-doctor watch` as a user runs it, against a virtual phone that lives in this test: one JSON
// line per push, written at once; the phone unplugged mid-run (adb disconnect) is waited for and
// the watch goes on; a watch killed with SIGKILL is continued with --resume, nothing lost.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAdbServer, type TestAdbServer } from '../helpers/adb-server';
import { ensureCliBuilt, runCli } from '../helpers/cli';
import { startLab, type Lab } from '../../src/cli/lab';
import { AdbServer } from '../../src/main/adb/server';
import { percentile, readWatchFile, summarize, type WatchLine } from '../../src/main/reproduce/watch';
import { readKnobs } from '../../src/main/reproduce/run';
import { KNOB_IDS } from '../../src/main/reproduce/conditions';
import { stateFilePath } from '../../src/main/reproduce/state';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let adb: TestAdbServer;
let server: AdbServer;
let lab: Lab;
let dir: string;

beforeAll(async () => {
  ensureCliBuilt();
  adb = await startAdbServer();
  server = new AdbServer({ port: adb.port });
  lab = await startLab({ adbServer: server, profiles: ['pixel'], standins: true, deliveryDelayMs: 30 });
  dir = mkdtempSync(join(tmpdir(), 'pd-watch-'));
}, 120_000);

afterAll(async () => {
  await lab?.stop();
  await adb?.kill();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const d = () => lab.devices[0];
const args = (...extra: string[]) => [
  '--adb-port',
  String(adb.port),
  'watch',
  '--serial',
  d().serial,
  '--package',
  'com.example.chat',
  '--profile',
  lab.profilePath!,
  ...extra,
];
const pushes = (lines: WatchLine[]) => lines.filter((l) => l.type === 'push');

function spawnCli(a: string[]) {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'push-doctor.js'), ...a], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr.on('data', (b: Buffer) => (err += b.toString()));
  child.stdout.resume();
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return { child, stderr: () => err, exited };
}

async function until(check: () => boolean, what: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('watch', () => {
  it('one JSON line per push; survives the phone unplugged mid-run; HTML report with percentiles and loss', async () => {
    const out = join(dir, 'unplug.jsonl');
    const report = join(dir, 'unplug.html');
    const run = spawnCli(args('--every', '0.4s', '--for', '6s', '--provider', 'fcm', '--out', out, '--report', report));
    // Each push is in the file as soon as it is done, before the watch ends.
    await until(() => pushes(readWatchFile(out)).length >= 2, 'two pushes in the file');
    await server.client.disconnect(d().host, d().port);
    await until(() => readWatchFile(out).some((l) => l.type === 'phone-gone'), 'phone-gone line');
    await new Promise((r) => setTimeout(r, 800));
    await server.client.connect(d().host, d().port);
    expect(await run.exited, run.stderr()).toBe(0);
    const lines = readWatchFile(out);
    expect(lines[0]).toMatchObject({ type: 'start', route: 'fcm', everyMs: 400, forMs: 6000 });
    const gone = lines.findIndex((l) => l.type === 'phone-gone');
    const back = lines.findIndex((l) => l.type === 'phone-back');
    expect(back).toBeGreaterThan(gone);
    // Pushes before the unplug and after the phone came back, all arrived.
    expect(pushes(lines.slice(0, gone)).length).toBeGreaterThanOrEqual(2);
    expect(pushes(lines.slice(back)).length).toBeGreaterThanOrEqual(2);
    const seqs = pushes(lines).map((l) => (l as { seq: number }).seq);
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
    expect(new Set(seqs).size).toBe(seqs.length);
    for (const p of pushes(lines)) {
      expect(p).toMatchObject({ status: 'arrived', phone: { idle: 'deep=ACTIVE light=ACTIVE forced=false' } });
      expect((p as { latencyMs: number }).latencyMs).toBeGreaterThanOrEqual(0);
    }
    expect(run.stderr()).toMatch(/the phone went away .*waiting for it/);
    expect(run.stderr()).toMatch(/the phone is back after/);
    const s = summarize(lines);
    expect(s.lossPct).toBe(0);
    expect(s.phoneGone).toBe(1);
    const html = readFileSync(report, 'utf8');
    expect(html).toContain(`latency p50 ${s.p50} ms, p95 ${s.p95} ms`);
    expect(html).toContain('phone back after');
  }, 60_000);

  it('killed with SIGKILL, --resume continues the same file: nothing lost, numbers go on', async () => {
    const out = join(dir, 'resume.jsonl');
    const first = spawnCli(args('--every', '0.4s', '--for', '5s', '--provider', 'fcm-normal', '--out', out));
    await until(() => pushes(readWatchFile(out)).length >= 2, 'two pushes in the file');
    first.child.kill('SIGKILL');
    await first.exited;
    const before = readWatchFile(out);
    // Without --resume the file is not overwritten.
    const refused = await runCli(args('--every', '0.4s', '--for', '5s', '--out', out));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/already holds a watch.*\n.*--resume/);
    const resumed = await runCli(args('--resume', '--out', out));
    expect(resumed.code, resumed.stderr).toBe(0);
    const lines = readWatchFile(out);
    expect(lines.slice(0, before.length)).toEqual(before);
    expect(lines.filter((l) => l.type === 'start')).toHaveLength(1);
    expect(lines[before.length]).toMatchObject({ type: 'resume' });
    const after = pushes(lines.slice(before.length));
    expect(after.length).toBeGreaterThanOrEqual(1);
    // The resumed watch keeps the first one's provider, interval and end.
    expect(after.every((p) => (p as { route: string }).route === 'fcm-normal')).toBe(true);
    const seqs = pushes(lines).map((l) => (l as { seq: number }).seq);
    expect(new Set(seqs).size).toBe(seqs.length);
    expect(Math.max(...seqs)).toBeLessThanOrEqual(13);
    expect(resumed.stdout).toMatch(/push\(es\): .* arrived/);
  }, 60_000);

  it('what changes on the phone between pushes is written as it is seen (Doze entered, battery saver)', async () => {
    const out = join(dir, 'events.jsonl');
    const report = join(dir, 'events.html');
    const run = spawnCli(args('--every', '2s', '--for', '4.5s', '--provider', 'fcm', '--out', out, '--report', report));
    await until(() => pushes(readWatchFile(out)).length >= 1, 'first push');
    // The user turns battery saver on, and the phone falls into deep Doze.
    d().phone.settings.global['low_power'] = '1';
    d().phone.power.forcedIdle = 'deep';
    try {
      expect(await run.exited, run.stderr()).toBe(0);
    } finally {
      delete d().phone.settings.global['low_power'];
      d().phone.leaveIdle();
    }
    const lines = readWatchFile(out);
    const event = lines.find((l) => l.type === 'phone');
    expect(event).toMatchObject({
      changes: {
        lowPower: ['null', '1'],
        idle: ['deep=ACTIVE light=ACTIVE forced=false', 'deep=IDLE light=OVERRIDE forced=true'],
      },
    });
    // Seen between the pushes, before the next one.
    const first = lines.findIndex((l) => l.type === 'push');
    const second = lines.findIndex((l, i) => i > first && l.type === 'push');
    expect(lines.indexOf(event!)).toBeGreaterThan(first);
    expect(lines.indexOf(event!)).toBeLessThan(second);
    // Seen by polling between the pushes, not only read at the next push.
    expect(Date.parse((event as { at: string }).at)).toBeLessThan(
      Date.parse((lines[second] as { sentAt: string }).sentAt) - 150,
    );
    expect(run.stderr()).toMatch(/phone: idle deep=ACTIVE light=ACTIVE forced=false → deep=IDLE/);
    expect(readFileSync(report, 'utf8')).toContain('lowPower null → 1');
  }, 60_000);

  it('under a condition: set and checked at the start, held, restored at the end; after a SIGKILL, --resume undoes the leftovers and sets it again', async () => {
    const knobs = () => readKnobs({ client: server.client, serial: d().serial }, 'com.example.chat', [...KNOB_IDS]);
    const before = await knobs();
    const stateDir = join(dir, 'state');
    const out = join(dir, 'doze.jsonl');
    const first = spawnCli(
      args(
        '--every',
        '0.5s',
        '--for',
        '4s',
        '--provider',
        'fcm-normal',
        '--conditions',
        'battery-saver+doze',
        '--state-dir',
        stateDir,
        '--out',
        out,
        '--timeout',
        '0.4',
      ),
    );
    await until(() => pushes(readWatchFile(out)).length >= 1, 'first push');
    first.child.kill('SIGKILL');
    await first.exited;
    expect(d().phone.power.forcedIdle).toBe('deep');
    expect(existsSync(stateFilePath(stateDir, d().serial))).toBe(true);
    let lines = readWatchFile(out);
    expect(lines.find((l) => l.type === 'condition')).toMatchObject({
      phase: 'set',
      id: 'battery-saver+doze',
      evidence: { lowPower: '1', idle: 'deep=IDLE light=OVERRIDE forced=true' },
    });
    // Normal priority in deep Doze: held, so missing within the watch's wait.
    expect(pushes(lines)[0]).toMatchObject({ status: 'missing', phone: { lowPower: '1' } });

    const resumed = await runCli(args('--resume', '--out', out, '--state-dir', stateDir));
    expect(resumed.code, resumed.stderr).toBe(0);
    lines = readWatchFile(out);
    const phases = lines.filter((l) => l.type === 'condition').map((l) => (l as { phase: string }).phase);
    expect(phases).toEqual(['set', 'recovered', 'set', 'restored']);
    expect(lines.at(-1)).toMatchObject({ type: 'condition', phase: 'restored', differ: [] });
    expect(await knobs()).toEqual(before);
    expect(existsSync(stateFilePath(stateDir, d().serial))).toBe(false);
  }, 60_000);

  it('the phone rebooted mid-watch under doze: waited for, Doze set again when it is back, restored at the end', async () => {
    const knobs = () => readKnobs({ client: server.client, serial: d().serial }, 'com.example.chat', [...KNOB_IDS]);
    const before = await knobs();
    const out = join(dir, 'reboot.jsonl');
    const run = spawnCli(
      args(
        '--every',
        '1s',
        '--for',
        '14s',
        '--provider',
        'fcm',
        '--conditions',
        'doze',
        '--state-dir',
        join(dir, 'state3'),
        '--out',
        out,
        '--timeout',
        '0.8',
      ),
    );
    await until(() => pushes(readWatchFile(out)).length >= 2, 'two pushes');
    expect(d().phone.power.forcedIdle).toBe('deep');
    // A reboot clears forced Doze (as Android does); the watch must notice and set it again.
    d().phone.reboot('test', 3_000);
    expect(await run.exited, run.stderr()).toBe(0);
    const lines = readWatchFile(out);
    const types = lines.map((l) => (l.type === 'condition' ? `condition:${l.phase}` : l.type));
    expect(types).toContain('phone-gone');
    const back = types.indexOf('phone-back');
    expect(back).toBeGreaterThan(types.indexOf('phone-gone'));
    expect(types[back + 1]).toBe('condition:reapplied');
    const reapplied = lines[back + 1] as Extract<WatchLine, { type: 'condition' }>;
    expect(reapplied.evidence.idle).toMatch(/^deep=IDLE .*forced=true$/);
    // Pushes after it went out with the phone in deep Doze again; high priority still arrives.
    const after = pushes(lines.slice(back + 1)) as Extract<WatchLine, { type: 'push' }>[];
    expect(after.length).toBeGreaterThan(0);
    for (const p of after) expect(p.phone.idle, JSON.stringify(p)).toMatch(/^deep=IDLE/);
    expect(after.map((p) => p.status)).toEqual(after.map(() => 'arrived'));
    expect(lines.at(-1)).toMatchObject({ type: 'condition', phase: 'restored', differ: [] });
    const now = await knobs();
    expect({ ...now, boot: undefined, app: undefined }).toEqual({ ...before, boot: undefined, app: undefined });
  }, 90_000);

  it('SIGINT under a condition restores the phone and exits 130', async () => {
    const knobs = () => readKnobs({ client: server.client, serial: d().serial }, 'com.example.chat', [...KNOB_IDS]);
    const before = await knobs();
    const out = join(dir, 'sigint.jsonl');
    const run = spawnCli(
      args(
        '--every',
        '0.5s',
        '--for',
        '30s',
        '--provider',
        'fcm',
        '--conditions',
        'standby-restricted',
        '--state-dir',
        join(dir, 'state2'),
        '--out',
        out,
      ),
    );
    await until(() => pushes(readWatchFile(out)).length >= 1, 'first push');
    expect(d().phone.power.standbyBuckets['com.example.chat']).toBe(45);
    run.child.kill('SIGINT');
    expect(await run.exited, run.stderr()).toBe(130);
    expect(readWatchFile(out).at(-1)).toMatchObject({ type: 'condition', phase: 'restored', differ: [] });
    expect(await knobs()).toEqual(before);
  }, 60_000);

  it('percentiles are nearest-rank', () => {
    expect(percentile([], 50)).toBeUndefined();
    expect(percentile([5, 1, 3, 2, 4], 50)).toBe(3);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 100], 95)).toBe(19);
    expect(percentile([7], 95)).toBe(7);
  });
});
