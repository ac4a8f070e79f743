// Issue 17 through the CLI, as support staff use it: a customer runs `capture` (here on a virtual
// phone, attached to a real adb server), the file travels, `diagnose --snapshot`, `snapshot show`
// and `snapshot diff` read it; a bad, truncated or foreign file is refused with exit 2 and a
// message naming what is wrong; a profile's secrets never reach the file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { startAdbServer, type TestAdbServer } from '../helpers/adb-server';
import { runCli } from '../helpers/cli';
import { startLab, type Lab } from '../../src/cli/lab';
import { AdbServer } from '../../src/main/adb/server';

let adb: TestAdbServer;
let server: AdbServer;
let tmp: string;
let lab: Lab;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  adb = await startAdbServer();
  server = new AdbServer({ port: adb.port, env: adb.env });
  tmp = mkdtempSync(join(tmpdir(), 'pd-snapcli-'));
  // Stand-ins too: their app profile (with real-looking secrets) is given to capture, and must not leak.
  lab = await startLab({
    adbServer: server,
    profiles: ['oppo-coloros'],
    faults: ['notifications-off'],
    standins: true,
  });
  env = { ...adb.env, ANDROID_ADB_SERVER_PORT: String(adb.port) };
}, 60_000);

afterAll(async () => {
  await lab?.stop();
  await adb?.kill();
  rmSync(tmp, { recursive: true, force: true });
});

const secretsOf = (profile: unknown): string[] => {
  const out: string[] = [];
  const walk = (v: unknown, key = '') => {
    if (typeof v === 'string' && /secret|key|password|token|sign/i.test(key) && v.length >= 8) out.push(v);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(profile);
  return out;
};

describe('capture → send one file → diagnose --snapshot', () => {
  let before: string;

  it('captures the phone into one file that holds no secret and no clear token', async () => {
    before = join(tmp, 'before.pdsnap');
    const serial = lab.devices[0].serial;
    const r = await runCli(
      ['capture', '--serial', serial, '--package', 'com.example.chat', '--profile', lab.profilePath!, '-o', before],
      { env },
    );
    expect(r.stderr + r.stdout).toMatch(/Snapshot written to/);
    expect(r.code).toBe(0);
    const text = gunzipSync(readFileSync(before)).toString('utf8');
    const secrets = secretsOf(JSON.parse(readFileSync(lab.profilePath!, 'utf8')));
    expect(secrets.length).toBeGreaterThan(3);
    for (const s of secrets) expect(text.includes(s), 'a profile secret in the snapshot').toBe(false);
    const token = lab.devices[0].phone.token!;
    expect(token).toBeTruthy();
    expect(text.includes(token)).toBe(false);
    expect(r.stdout.includes(token)).toBe(false);
  });

  it('diagnoses the file like the phone, with the live-only steps skipped', async () => {
    const r = await runCli(['diagnose', '--snapshot', before, '--json'], { env });
    expect(r.code).toBe(1); // notifications are off: the verdict is FAIL, as on the phone
    const report = JSON.parse(r.stdout);
    const byId = Object.fromEntries(report.steps.map((s: { id: string }) => [s.id, s]));
    expect(byId['app.notifications'].status).toBe('fail');
    expect(byId['device.channel'].status).toBe('pass');
    expect(byId['push.token'].status).toBe('pass');
    expect(byId['app.clickThrough'].status).toBe('skip');
    expect(byId['app.clickThrough'].summary).toMatch(/needs the live phone/);
    // Blocked first, as on the phone: no push can show while notifications are off.
    expect(byId['push.delivery'].status).toBe('skip');
    expect(byId['push.delivery'].summary).toMatch(/Blocked by: Notification permission/);
    expect(report.snapshot.tokensIncluded).toBe(false);
  });

  it('diffs before and after a fix: the verdict and the answer that changed', async () => {
    // The customer switches notifications back on.
    const phone = lab.devices[0].phone;
    phone.notificationSettings.get('com.example.chat')!.importance = undefined;
    delete phone.power.appOps['com.example.chat']?.POST_NOTIFICATION;
    phone.packages.get('com.example.chat')!.runtimePermissions['android.permission.POST_NOTIFICATIONS'] = {
      granted: true,
      flags: ['USER_SET'],
    };
    const after = join(tmp, 'after.pdsnap');
    const c = await runCli(
      ['capture', '--serial', lab.devices[0].serial, '--package', 'com.example.chat', '-o', after],
      {
        env,
      },
    );
    expect(c.code).toBe(0);
    const r = await runCli(['snapshot', 'diff', before, after, '--json'], { env });
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(d.verdicts).toEqual([expect.objectContaining({ step: 'app.notifications', before: 'fail', after: 'pass' })]);
    expect(d.answers.map((a: { command: string }) => a.command)).toContain('dumpsys notification --noredact');
    expect(d.manifestChanged).toBe(false);
    const text = await runCli(['snapshot', 'diff', before, after], { env });
    expect(text.stdout).toMatch(/app\.notifications: fail → pass/);
  });

  it('sim --snapshot: `devices` and `diagnose` on the phone in the file say what they said of the phone', async () => {
    const live = await runCli(['devices', '--json'], { env });
    const phone = JSON.parse(live.stdout).find((d: { serial: string }) => d.serial === lab.devices[0].serial);
    const { readSnapshotFile } = await import('../../src/main/snapshot/file');
    const twin = await startLab({ adbServer: server, profiles: [], snapshots: [readSnapshotFile(before)] });
    try {
      const r = await runCli(['devices', '--json'], { env });
      const sim = JSON.parse(r.stdout).find((d: { serial: string }) => d.serial === twin.devices[0].serial);
      for (const k of ['brand', 'model', 'rom', 'android', 'pushChannel', 'brandFamily'])
        expect(sim[k], k).toEqual(phone[k]);
      const d = await runCli(
        [
          'diagnose',
          '--serial',
          twin.devices[0].serial,
          '--package',
          'com.example.chat',
          '--json',
          '--token-timeout',
          '3',
        ],
        { env },
      );
      const fromFile = await runCli(['diagnose', '--snapshot', before, '--json'], { env });
      const statuses = (out: string) =>
        Object.fromEntries(
          (JSON.parse(out).steps as { id: string; status: string }[])
            .filter((s) => !['app.clickThrough', 'push.delivery', 'push.vendorPolicy'].includes(s.id))
            .map((s) => [s.id, s.status]),
        );
      expect(statuses(d.stdout)).toEqual(statuses(fromFile.stdout));
    } finally {
      await twin.stop();
    }
  });

  it('shows what a snapshot holds', async () => {
    const r = await runCli(['snapshot', 'show', before], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/OPPO .*ColorOS/);
    expect(r.stdout).toMatch(/dumpsys notification --noredact/);
    expect(r.stdout).toMatch(/tokens +masked/);
  });
});

describe('bad snapshot files: exit 2 and a message that names the problem', () => {
  const cases: [string, () => Buffer, RegExp][] = [
    ['empty', () => Buffer.alloc(0), /not a Push Doctor snapshot: it holds only 0 bytes/],
    ['plain JSON', () => Buffer.from('{"format":"push-doctor-snapshot","version":1}'), /plain JSON/],
    ['an APK', () => Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(64)]), /zip archive/],
    ['truncated', () => readFileSync(join(tmp, 'before.pdsnap')).subarray(0, 400), /cut short/],
    ['foreign gzip', () => gzipSync(Buffer.from('{"hello":"world"}')), /no "format": "push-doctor-snapshot"/],
    [
      'from the future',
      () => gzipSync(Buffer.from('{"format":"push-doctor-snapshot","version":9,"tool":{"version":"9.0.0"}}')),
      /newer Push Doctor/,
    ],
    [
      'edited',
      () => {
        const j = JSON.parse(gunzipSync(readFileSync(join(tmp, 'before.pdsnap'))).toString('utf8'));
        j.commands[0].exitCode = 'zero';
        return gzipSync(Buffer.from(JSON.stringify(j)));
      },
      /at commands\.0\.exitCode/,
    ],
    ['a gzip bomb', () => gzipSync(Buffer.alloc(80 * 1024 * 1024)), /more than 64 MiB/],
  ];
  for (const [name, bytes, message] of cases)
    it(name, async () => {
      const f = join(tmp, `bad-${name.replace(/\W+/g, '-')}.pdsnap`);
      writeFileSync(f, bytes());
      const r = await runCli(['diagnose', '--snapshot', f], { env });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    });

  it('a missing file', async () => {
    const r = await runCli(['snapshot', 'show', join(tmp, 'nope.pdsnap')], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no such file/);
  });
});
