// Issue 19: `diagnose --all` on a rack of eight virtual phones at once, through the built CLI and a
// real adb server: a matrix report (HTML, Markdown, JSON), each phone's own report beside it, JUnit
// with one suite per phone, and a phone killed mid-run failing only its own column.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAdbServer, type TestAdbServer } from '../helpers/adb-server';
import { ensureCliBuilt, runCli } from '../helpers/cli';
import { startPhone } from '../../src/cli/lab';
import type { VirtualDevice } from '../../src/sim/device';

const PROFILES = [
  'xiaomi-hyperos',
  'huawei-emui',
  'honor-magicos',
  'oppo-coloros',
  'vivo-originos',
  'meizu-flyme',
  'pixel',
  'samsung-oneui',
];
const STEPS = 'device.channel,device.pushService,app.installed,app.notifications';

let adb: TestAdbServer;
let dir: string;
const phones: VirtualDevice[] = [];

beforeAll(async () => {
  ensureCliBuilt();
  adb = await startAdbServer();
  dir = mkdtempSync(join(tmpdir(), 'pd-rack-'));
  for (const profile of PROFILES) {
    const d = await startPhone({ profile });
    phones.push(d);
    await adb.adb('connect', d.serial);
  }
}, 120_000);

afterAll(async () => {
  await Promise.all(phones.map((p) => p.stop().catch(() => undefined)));
  await adb?.kill();
  rmSync(dir, { recursive: true, force: true });
});

describe('diagnose --all', () => {
  it('diagnoses eight phones at once and writes the matrix, each phone report and a JUnit suite per phone', async () => {
    const html = join(dir, 'out', 'matrix.html');
    const md = join(dir, 'out', 'matrix.md');
    const junit = join(dir, 'junit.xml');
    const res = await runCli(
      [
        '--adb',
        `127.0.0.1:${adb.port}`,
        'diagnose',
        '--all',
        '--package',
        'com.example.chat',
        '--steps',
        STEPS,
        '--jobs',
        '8',
        '--report',
        html,
        '--report',
        md,
        '--junit',
        junit,
      ],
      { timeoutMs: 120_000 },
    );
    expect(res.stderr).toContain('JUnit written to');
    expect(res.stdout).toContain('on 8 phone(s)');
    const suites = readFileSync(junit, 'utf8').match(/<testsuite /g) ?? [];
    expect(suites).toHaveLength(8);
    const page = readFileSync(html, 'utf8');
    for (const p of phones) {
      expect(page).toContain(p.serial);
      expect(existsSync(join(dir, 'out', `phone-${p.serial.replace(/[^A-Za-z0-9._-]+/g, '_')}.html`))).toBe(true);
    }
    expect(
      readFileSync(md, 'utf8')
        .split('\n')
        .filter((l) => l.startsWith('| [')).length,
    ).toBe(8);
    const json = await runCli(
      [
        '--adb',
        `127.0.0.1:${adb.port}`,
        'diagnose',
        '--all',
        '--package',
        'com.example.chat',
        '--steps',
        'device.channel',
        '--json',
      ],
      { timeoutMs: 60_000 },
    );
    const parsed = JSON.parse(json.stdout) as {
      matrix: { phones: { serial: string; cells: Record<string, { status: string }> }[] };
    };
    expect(parsed.matrix.phones).toHaveLength(8);
    for (const p of parsed.matrix.phones) expect(p.cells['device.channel']?.status).toBe('pass');
  }, 180_000);

  it('a phone killed mid-run fails only its own column', async () => {
    const slow = await startPhone({ profile: 'pixel', commandLatencyMs: 400 });
    phones.push(slow);
    await adb.adb('connect', slow.serial);
    const junit = join(dir, 'killed.xml');
    const html = join(dir, 'killed', 'matrix.html');
    const child = spawn(process.execPath, [
      join(__dirname, '..', '..', 'bin', 'push-doctor.js'),
      '--adb',
      `127.0.0.1:${adb.port}`,
      'diagnose',
      '--all',
      '--package',
      'com.example.chat',
      '--steps',
      STEPS,
      '--jobs',
      '9',
      '--junit',
      junit,
      '--report',
      html,
      '--json',
    ]);
    let out = '';
    child.stdout.on('data', (b) => (out += b));
    let err = '';
    child.stderr.on('data', (b) => (err += b));
    // The slow phone answers each system_server command in 400 ms: once its first step is done it
    // still has several to go, and then it goes away.
    await new Promise<void>((resolve) => {
      const check = setInterval(() => {
        if (err.includes(`${slow.serial}  ✔`)) {
          clearInterval(check);
          resolve();
        }
      }, 50);
    });
    await slow.stop();
    const code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? -1)));
    expect(code, err).toBe(1);
    const parsed = JSON.parse(out) as {
      matrix: { phones: { serial: string; verdict: string; cells: Record<string, { status: string } | undefined> }[] };
    };
    const column = parsed.matrix.phones.find((p) => p.serial === slow.serial)!;
    expect(column.verdict).toBe('fail');
    expect(Object.values(column.cells).some((c) => c?.status === 'fail')).toBe(true);
    for (const p of parsed.matrix.phones.filter((x) => x.serial !== slow.serial))
      expect(
        Object.values(p.cells).every((c) => c?.status !== 'fail'),
        p.serial,
      ).toBe(true);
    expect((readFileSync(junit, 'utf8').match(/<testsuite /g) ?? []).length).toBe(9);
  }, 180_000);
});
