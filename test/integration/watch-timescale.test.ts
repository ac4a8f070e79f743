// `push-doctor watch --time-scale N` against a virtual phone whose clock runs N times faster
// (issue 18, items 3 and 4): an 8-hour watch every 10 minutes is 48 pushes in under a minute; under
// `doze` normal-priority FCM is held and shows late, at Doze's maintenance windows (1 h after Doze
// began, then 2 h 5 min later…), as the phone's own clock says; high priority arrives at once; the
// phone unplugged mid-run is waited for and the watch goes on. Every time asserted is phone time.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAdbServer, type TestAdbServer } from '../helpers/adb-server';
import { ensureCliBuilt, runCli } from '../helpers/cli';
import { startLab, type Lab } from '../../src/cli/lab';
import { AdbServer } from '../../src/main/adb/server';
import { readWatchFile, summarize, type WatchLine } from '../../src/main/reproduce/watch';
import { DOZE_TIMING } from '../../src/sim/phone/doze';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCALE = 600; // ten minutes of phone time a second
const MIN = 60_000;
let adb: TestAdbServer;
let server: AdbServer;
let lab: Lab;
let dir: string;

beforeAll(async () => {
  ensureCliBuilt();
  adb = await startAdbServer();
  server = new AdbServer({ port: adb.port });
  lab = await startLab({
    adbServer: server,
    profiles: ['pixel'],
    standins: true,
    deliveryDelayMs: 0,
    timeScale: SCALE,
  });
  dir = mkdtempSync(join(tmpdir(), 'pd-watch-scale-'));
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
  '--state-dir',
  dir,
  '--time-scale',
  String(SCALE),
  ...extra,
];
type Push = Extract<WatchLine, { type: 'push' }>;
type Arrival = Extract<WatchLine, { type: 'arrival' }>;
const pushes = (lines: WatchLine[]) => lines.filter((l): l is Push => l.type === 'push');

/** When the phone's deep Doze entered IDLE (forced) and opened its maintenance windows, on its clock. */
function dozeTimes() {
  const lines = d()
    .phone.log.snapshot()
    .filter((e) => e.tag === 'DeviceIdleController');
  const forced = lines.filter((e) => e.message.endsWith('(force-idle)')).at(-1)!.timeMs;
  const windows = lines
    .filter((e) => e.timeMs >= forced && e.message.startsWith('Moved to state deep=IDLE_MAINTENANCE'))
    .map((e) => e.timeMs);
  return { forced, windows };
}

describe('watch --time-scale', () => {
  it('8 hours every 10 minutes under doze: 48 pushes, normal priority late at the maintenance windows', async () => {
    const out = join(dir, 'doze.jsonl');
    const report = join(dir, 'doze.html');
    const r = await runCli(
      args(
        '--every',
        '10m',
        '--for',
        '8h',
        '--provider',
        'fcm-normal',
        '--conditions',
        'doze',
        '--out',
        out,
        '--report',
        report,
      ),
      { timeoutMs: 170_000 },
    );
    expect(r.code, r.stderr).toBe(0);
    const lines = readWatchFile(out);
    expect(lines[0]).toMatchObject({
      type: 'start',
      everyMs: 10 * MIN,
      forMs: 480 * MIN,
      timeScale: SCALE,
      condition: 'doze',
    });
    const ps = pushes(lines);
    expect(ps).toHaveLength(48);
    expect(ps.map((p) => p.seq)).toEqual(Array.from({ length: 48 }, (_, i) => i + 1));
    // Sent every 10 minutes of phone time.
    const t0 = Date.parse((lines[0] as { startedAt: string }).startedAt);
    for (const p of ps) expect(Math.abs(Date.parse(p.sentAt) - (t0 + (p.seq - 1) * 10 * MIN))).toBeLessThan(5 * MIN);

    // The windows the phone opened: 1 h after Doze began, then after 5 min of window and 2 h of idle, then 10 + 4 h.
    const { forced, windows } = dozeTimes();
    expect(windows.length).toBeGreaterThanOrEqual(3);
    const expected = [
      DOZE_TIMING.idleMs,
      DOZE_TIMING.idleMs + DOZE_TIMING.maintenanceMs + 2 * DOZE_TIMING.idleMs,
      DOZE_TIMING.idleMs +
        DOZE_TIMING.maintenanceMs +
        2 * DOZE_TIMING.idleMs +
        DOZE_TIMING.maxMaintenanceMs +
        4 * DOZE_TIMING.idleMs,
    ];
    expected.forEach((e, i) => expect(Math.abs(windows[i] - forced - e)).toBeLessThan(MIN));

    // Every push sent while Doze was IDLE is held: written missing, then a late arrival at the next window.
    const arrivals = new Map(lines.filter((l): l is Arrival => l.type === 'arrival').map((l) => [l.seq, l]));
    let late = 0;
    for (const p of ps) {
      const sent = Date.parse(p.sentAt);
      const next = windows.find((w) => w > sent);
      // Sent during a window, or in the interval before one: may arrive at once. At 600× one
      // host second is 10 phone minutes, so a push sent just before a window can reach the
      // phone after it opened when the machine is loaded.
      const nearWindow = windows.some((w, i) => sent >= w - 10 * MIN && sent < w + [5, 10, 10, 10][i] * MIN);
      if (nearWindow) continue;
      if (!next || next > t0 + 480 * MIN) continue; // the next window comes after the watch ends
      expect(p.status, `push ${p.seq}`).toBe('missing');
      const a = arrivals.get(p.seq);
      expect(a, `push ${p.seq} arrived late`).toBeDefined();
      // It showed at the window (phone clock), its latency the wait for it.
      expect(Math.abs(Date.parse(a!.at) - next)).toBeLessThan(MIN);
      expect(Math.abs(a!.latencyMs - (next - sent))).toBeLessThan(2 * MIN);
      late++;
    }
    expect(late).toBeGreaterThanOrEqual(30);
    const s = summarize(lines);
    expect(s.late).toBe(arrivals.size);
    expect(s.pushes).toBe(48);
    // Pushes after the last window in the watch are still held when it ends: lost as far as the watch saw.
    expect(s.missing).toBe(ps.filter((p) => p.status === 'missing' && !arrivals.has(p.seq)).length);
    expect(s.max).toBeGreaterThan(100 * MIN);
    // Doze seen from the phone between pushes: into a maintenance window and back.
    const idle = lines.flatMap((l) => (l.type === 'phone' && l.changes.idle ? [l.changes.idle[1]] : []));
    expect(idle.some((v) => v.startsWith('deep=IDLE_MAINTENANCE'))).toBe(true);
    expect(idle.some((v) => v.startsWith('deep=IDLE light='))).toBe(true);
    // The phone is put back at the end.
    expect(lines.at(-1)).toMatchObject({ type: 'condition', phase: 'restored', differ: [] });
    expect(r.stdout).toMatch(/48 push\(es\): \d+ arrived \(\d+ late\)/);
    expect(readFileSync(report, 'utf8')).toContain('arrived late, after');
  }, 180_000);

  it('high priority under doze arrives at once (phone-time latency from the notification itself)', async () => {
    const out = join(dir, 'high.jsonl');
    const r = await runCli(
      args('--every', '10m', '--for', '1h', '--provider', 'fcm', '--conditions', 'doze', '--out', out),
      {
        timeoutMs: 120_000,
      },
    );
    expect(r.code, r.stderr).toBe(0);
    const ps = pushes(readWatchFile(out));
    expect(ps).toHaveLength(6);
    for (const p of ps) {
      expect(p.status).toBe('arrived');
      expect(p.phone.idle).toMatch(/^deep=IDLE/);
      // Shown at once on the phone's clock: what is left is the host's HTTP round trip to the
      // stand-in (and its OAuth token for the first push), a minute or so of phone time at 600×,
      // against the 10 min to 6 h a held push waits.
      expect(p.latencyMs).toBeLessThan(5 * MIN);
    }
  }, 150_000);

  it('a scale the phone does not run at, or no number, is refused with what to do; nothing is written', async () => {
    const out = join(dir, 'refused.jsonl');
    const wrong = await runCli(
      [...args('--every', '10m', '--for', '1h', '--out', out)].map((a) => (a === String(SCALE) ? '60' : a)),
    );
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/--time-scale 60 does not match the phone: .* runs 600 times faster/);
    expect(wrong.stderr).toContain('Use --time-scale 600.');
    expect(readWatchFile(out)).toEqual([]);
    const bad = await runCli([...args('--out', out)].map((a) => (a === String(SCALE) ? 'fast' : a)));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--time-scale must be a number from 1 to 100000, not "fast"');
  }, 60_000);

  it('the phone unplugged mid-run: waited for, and the watch goes on to the end', async () => {
    const out = join(dir, 'unplug.jsonl');
    const child = spawn(
      process.execPath,
      [
        join(ROOT, 'bin', 'push-doctor.js'),
        ...args('--every', '10m', '--for', '4h', '--provider', 'fcm', '--out', out),
      ],
      { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let err = '';
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    child.stdout.resume();
    const exited = new Promise<number | null>((res) => child.on('exit', (c) => res(c)));
    const until = async (check: () => boolean, what: string) => {
      const deadline = Date.now() + 60_000;
      while (!check()) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
        await new Promise((res) => setTimeout(res, 20));
      }
    };
    await until(() => pushes(readWatchFile(out)).length >= 3, 'three pushes');
    await server.client.disconnect(d().host, d().port);
    await until(() => readWatchFile(out).some((l) => l.type === 'phone-gone'), 'phone-gone');
    await new Promise((res) => setTimeout(res, 600));
    await server.client.connect(d().host, d().port);
    expect(await exited, err).toBe(0);
    const lines = readWatchFile(out);
    const gone = lines.findIndex((l) => l.type === 'phone-gone');
    const back = lines.findIndex((l) => l.type === 'phone-back');
    expect(back).toBeGreaterThan(gone);
    // The time away is phone time (hundreds of ms of host time at 600×: minutes on the phone).
    expect((lines[back] as { awayMs: number }).awayMs).toBeGreaterThan(MIN);
    expect(pushes(lines.slice(back)).length).toBeGreaterThanOrEqual(3);
    const last = pushes(lines).at(-1)!;
    const t0 = Date.parse((lines[0] as { startedAt: string }).startedAt);
    // The watch ran to its end: the last push is in the last slot or close to it.
    expect(Date.parse(last.sentAt) - t0).toBeGreaterThan(200 * MIN);
    for (const p of pushes(lines)) expect(p.status).toBe('arrived');
  }, 120_000);
});
