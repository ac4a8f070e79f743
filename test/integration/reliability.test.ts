// Faults a real session meets, each ending in a clear message and a report that is still written:
// a phone unplugged mid-step, the adb server killed mid-diagnosis, a logcat stream that stalls, an
// unauthorized phone; hostile input refused by the CLI before any shell sees it; a profile with a
// wrong field named by its path; and no secret anywhere in what the tool prints or writes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectedPhone } from '../helpers/phones';
import { startAdbServer, waitFor, type TestAdbServer } from '../helpers/adb-server';
import { runCli } from '../helpers/cli';
import type { VirtualDevice } from '../../src/sim/device';
import { startLab, startPhone, type Lab } from '../../src/cli/lab';
import { AdbServer } from '../../src/main/adb/server';
import { ChecklistRun } from '../../src/main/checklist/engine';
import { STEPS } from '../../src/main/checklist/steps';
import { renderReport } from '../../src/main/report/export';
import type { Report, StepId, StepResult } from '../../src/shared/types';

let adb: TestAdbServer;
let server: AdbServer;
let tmp: string;
const devices: VirtualDevice[] = [];
const labs: Lab[] = [];

const phone = (profile: string, faults: string[] = []) => connectedPhone(adb, devices, profile, faults);

function run(d: VirtualDevice, only?: StepId[], options: Record<string, unknown> = {}) {
  return new ChecklistRun(
    {
      serial: d.serial,
      server: server.address,
      package: 'com.example.chat',
      client: server.client,
      only,
      options: { tokenTimeoutSec: 3, ...options },
    },
    STEPS,
  );
}

/** Every report format still renders, and names the step that failed. */
function expectReportsWritten(report: Report, failedStep: StepId) {
  for (const format of ['html', 'md', 'json', 'junit'] as const) {
    const text = renderReport(report, format);
    expect(text.length).toBeGreaterThan(200);
    expect(text).toContain(failedStep);
  }
}

beforeAll(async () => {
  adb = await startAdbServer();
  server = new AdbServer({ port: adb.port, env: adb.env });
  tmp = mkdtempSync(join(tmpdir(), 'pd-reliability-'));
});

afterAll(async () => {
  await Promise.all(devices.map((d) => d.stop()));
  for (const l of labs) await l.stop();
  await adb?.kill();
  rmSync(tmp, { recursive: true, force: true });
});

describe('faults during a diagnosis', () => {
  it('a phone unplugged in the middle of a step: that step fails saying so, the rest fail or skip, the report is written', async () => {
    const d = await phone('oppo-coloros');
    const r = run(d);
    r.on('step', (s: StepResult) => {
      // Pull the cable while the app's APK is being read from the phone.
      if (s.id === 'app.manifest' && s.status === 'running') void d.stop();
    });
    const report = await r.run();
    const byId = Object.fromEntries(report.steps.map((s) => [s.id, s]));
    expect(byId['adb.connection'].status).toBe('pass');
    const failed = report.steps.filter((s) => s.status === 'fail');
    expect(failed.length).toBeGreaterThan(0);
    // Each failure says the phone went away, not some socket error code.
    for (const s of failed) expect(s.summary?.key).toMatch(/^engine\.device\.(gone|notFound|offline)$|^check\./);
    expect(failed.some((s) => /^engine\.device\.(gone|notFound|offline)$/.test(s.summary?.key ?? ''))).toBe(true);
    expect(report.verdict).toBe('fail');
    expectReportsWritten(report, failed[0].id);
  });

  it('the adb server killed mid-diagnosis: the step says the server stopped and how to go on; the next run restarts it', async () => {
    // logcat stays silent, so the token step is surely still watching it when the server dies.
    const d = await phone('vivo-originos', ['logcat-stall']);
    const r = run(d, ['adb.connection', 'device.channel', 'app.installed', 'push.token'], { tokenTimeoutSec: 8 });
    let killed = false;
    r.on('step', (s: StepResult) => {
      if (s.id === 'push.token' && s.status === 'running' && !killed) {
        killed = true;
        // Let the logcat stream open first, then kill the server under it.
        setTimeout(() => void adb.adb('kill-server').catch(() => undefined), 300);
      }
    });
    const report = await r.run();
    expect(killed).toBe(true);
    const token = report.steps.find((s) => s.id === 'push.token')!;
    expect(token.status).toBe('fail');
    expect(token.summary?.key).toBe('engine.device.serverGone');
    expect(JSON.stringify(token.remediation)).toContain('adb start-server');
    expectReportsWritten(report, 'push.token');

    // The client starts a local server again by itself, and the network phone comes back with `adb connect`.
    await server.ensureRunning();
    await server.client.connect(d.host, d.port);
    d.phone.log.stalled = false;
    const again = await run(d, ['adb.connection', 'app.installed']).run();
    expect(again.steps.map((s) => s.status)).toEqual(['pass', 'pass']);
  });

  it('a logcat stream that stalls without closing: the token step ends at its timeout and says logcat went silent', async () => {
    const d = await phone('huawei-emui', ['logcat-stall']);
    const report = await run(d, ['push.token'], { tokenTimeoutSec: 2 }).run();
    const token = report.steps.find((s) => s.id === 'push.token')!;
    expect(token.status).toBe('fail');
    // It says what happened and how long it waited, and that wait really happened (issue 15 item 6).
    expect(token.summary).toEqual({ key: 'check.token.silentFor', params: { seconds: 2, lines: expect.any(Number) } });
    expect(token.durationMs).toBeGreaterThanOrEqual(2000);
    expect(token.remediation.length).toBeGreaterThan(0);
    expectReportsWritten(report, 'push.token');
  });

  it('an unauthorized phone: the connection step fails telling the user to accept the prompt, every other step is skipped', async () => {
    const d = await startPhone({ profile: 'samsung-oneui', faults: ['unauthorized'] });
    devices.push(d);
    await adb.adb('connect', d.serial).catch(() => undefined);
    await waitFor(
      async () => (await adb.adb('devices')).stdout.includes(`${d.serial}\tunauthorized`),
      10_000,
      'the phone listed as unauthorized',
    );
    const report = await run(d).run();
    const conn = report.steps.find((s) => s.id === 'adb.connection')!;
    expect(conn.status).toBe('fail');
    expect(JSON.stringify(conn.remediation)).toMatch(/unauthorized|prompt/i);
    for (const s of report.steps.filter((x) => x.id !== 'adb.connection'))
      expect(['skip', 'manual']).toContain(s.status);
    expectReportsWritten(report, 'adb.connection');
  });
});

describe('a phone lost around the test pushes (issue 12 item 2)', () => {
  // The push stand-ins over real HTTP, the phone on the real adb server; the phone is stopped at
  // three moments. Vitest fails the file on any unhandled rejection, which is what the old code
  // (the arrival watcher awaited only after the send loop) produced for "during".
  async function labRun(when: 'before' | 'during' | 'after') {
    const lab = await startLab({
      adbServer: server,
      profiles: ['xiaomi-hyperos'],
      standins: true,
      deliveryDelayMs: 400,
    });
    labs.push(lab);
    const d = lab.devices[0];
    const r = new ChecklistRun(
      {
        serial: d.serial,
        server: server.address,
        package: 'com.example.chat',
        client: server.client,
        profile: lab.appProfile,
        options: {
          tokenTimeoutSec: 5,
          pushCount: 3,
          pushSpacingSec: 0.3,
          deliveryTimeoutSec: 5,
          commandTimeoutMs: 4000,
        },
      },
      STEPS,
    );
    let stopped = false;
    const stop = () => {
      if (stopped) return;
      stopped = true;
      void d.stop();
    };
    r.on('step', (s: StepResult) => {
      if (when === 'before' && s.id === 'push.delivery' && s.status === 'running') stop();
      if (when === 'after' && s.id === 'push.delivery' && s.status !== 'running' && s.status !== 'pending') stop();
    });
    r.on('progress', (id, data) => {
      if (when === 'during' && id === 'push.delivery' && data.phase === 'accepted') stop();
    });
    const report = await r.run();
    expect(stopped).toBe(true);
    return { report, byId: Object.fromEntries(report.steps.map((s) => [s.id, s])) as Record<StepId, StepResult> };
  }

  it('killed during the pushes: delivery fails "the phone went away during the test pushes", later steps skip, every report is written', async () => {
    const { report, byId } = await labRun('during');
    expect(byId['push.token'].status).toBe('pass');
    expect(byId['push.delivery'].status).toBe('fail');
    expect(byId['push.delivery'].summary?.key).toBe('check.delivery.phoneGone');
    expect(byId['push.vendorPolicy'].status).toBe('skip');
    expect(byId['push.vendorPolicy'].blockedBy).toBe('push.delivery');
    expect(report.rootCauses?.[0]).toBe('push.delivery');
    expectReportsWritten(report, 'push.delivery');
  });

  it('killed just before the pushes: the delivery step fails saying the phone went away; the report is written', async () => {
    const { report, byId } = await labRun('before');
    expect(byId['push.delivery'].status).toBe('fail');
    expect(byId['push.delivery'].summary?.key).toMatch(
      /^engine\.device\.(gone|notFound|offline)$|^check\.delivery\.phoneGone$/,
    );
    expect(byId['push.vendorPolicy'].status).toBe('skip');
    expectReportsWritten(report, 'push.delivery');
  });

  it('killed right after the pushes: delivery keeps its verdict, the report is written', async () => {
    const { report, byId } = await labRun('after');
    expect(byId['push.delivery'].status).toBe('pass');
    expect(['pass', 'skip']).toContain(byId['push.vendorPolicy'].status);
    expectReportsWritten(report, 'push.delivery');
  });
});

describe('hostile input at the CLI', () => {
  const hostilePackages = [
    'com.example.chat;reboot',
    'com.example.chat$(id)',
    'com.example.`id`',
    "com.ex'ample",
    'com example',
    'com.example\nreboot',
    `com.${'a'.repeat(300)}`,
    '-rf',
    '',
  ];
  it.each(hostilePackages.map((p) => [JSON.stringify(p), p]))(
    '--package %s is refused (exit 2) before any phone is asked',
    async (_label, pkg) => {
      const res = await runCli(
        ['diagnose', '--adb-port', String(adb.port), '--serial', 'emulator-5554', '--package', pkg],
        { env: adb.env },
      );
      expect(res.code).toBe(2);
      expect(res.stderr).toMatch(/--package: .* is not an Android package name|--package/);
      expect(res.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
    },
  );

  const hostileSerials = ['x;reboot', '$(reboot)', '`reboot`', 'a b', "1'2", 'a\nb', 's'.repeat(500)];
  it.each(hostileSerials.map((s) => [JSON.stringify(s), s]))(
    '--serial %s is refused (exit 2)',
    async (_label, serial) => {
      const res = await runCli(
        ['tokens', '--adb-port', String(adb.port), '--serial', serial, '--package', 'com.example.chat'],
        { env: adb.env },
      );
      expect(res.code).toBe(2);
      expect(res.stderr).toContain('--serial');
    },
  );
});

describe('app profiles and secrets', () => {
  let lab: Lab;
  let profilePath: string;
  const secrets: string[] = [];

  beforeAll(async () => {
    lab = await startLab({
      adbServer: server,
      profiles: ['xiaomi-miui'],
      standins: true,
      profilePath: join(tmp, 'lab-profile.json'),
    });
    profilePath = lab.profilePath!;
    const c = lab.standins!.credentials;
    secrets.push(
      c.xiaomi.appSecret,
      c.huawei.clientSecret,
      c.honor.clientSecret,
      c.oppo.masterSecret,
      c.vivo.appSecret,
      c.meizu.appSecret,
      c.tencent.secretKey,
      c.easemob.clientSecret,
    );
    // The FCM private key, by a line from its middle.
    secrets.push(c.fcm.privateKeyPem.split('\n')[5]);
    for (const s of secrets) expect(s.length).toBeGreaterThan(8);
  });

  afterAll(async () => {
    await lab?.stop();
  });

  it('a profile with a wrong or missing field is refused naming the field by its path (exit 2)', async () => {
    const good = JSON.parse(readFileSync(profilePath, 'utf8'));
    const cases: [string, (p: any) => void, RegExp][] = [
      ['missing', (p) => delete p.providers.xiaomi.appSecret, /providers\.xiaomi\.appSecret/],
      ['wrong type', (p) => (p.providers.vivo.classification = 'high'), /providers\.vivo\.classification/],
      ['bad package', (p) => (p.package = 'com.example;rm'), /package/],
      ['bad URL', (p) => (p.providers.oppo.baseUrl = 'ftp://x'), /providers\.oppo\.baseUrl/],
    ];
    for (const [name, mutate, field] of cases) {
      const p = structuredClone(good);
      mutate(p);
      const file = join(tmp, `bad-${name.replace(/ /g, '-')}.json`);
      writeFileSync(file, JSON.stringify(p), { mode: 0o600 });
      const res = await runCli(['push', '--profile', file, '--provider', 'xiaomi', '--token', 'x'.repeat(40)]);
      expect(res.code, name).toBe(2);
      expect(res.stderr, name).toMatch(field);
      for (const s of secrets) expect(res.stderr + res.stdout).not.toContain(s);
    }
    // A profile others can read is refused as well.
    const open = join(tmp, 'open.json');
    writeFileSync(open, JSON.stringify(good));
    chmodSync(open, 0o644);
    const res = await runCli(['push', '--profile', open, '--provider', 'xiaomi', '--token', 'x'.repeat(40)]);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/chmod 600/);
  });

  it('no secret appears in CLI output, reports, JUnit or errors of a whole session', async () => {
    const d = lab.devices[0];
    const out = join(tmp, 'session');
    rmSync(out, { recursive: true, force: true });
    const { mkdirSync } = await import('node:fs');
    mkdirSync(out);
    const g = ['--adb-port', String(adb.port)];
    const outputs = [
      await runCli(
        [
          ...g,
          'diagnose',
          '--serial',
          d.serial,
          '--profile',
          profilePath,
          '--push-count',
          '1',
          '--token-timeout',
          '10',
          '--report',
          join(out, 'r.html'),
          '--report',
          join(out, 'r.md'),
          '--junit',
          join(out, 'r.xml'),
        ],
        { env: adb.env, timeoutMs: 120_000 },
      ),
      await runCli(
        [
          ...g,
          'diagnose',
          '--serial',
          d.serial,
          '--profile',
          profilePath,
          '--push-count',
          '1',
          '--json',
          '--steps',
          'push.delivery',
        ],
        { env: adb.env, timeoutMs: 120_000 },
      ),
      await runCli(['push', '--profile', profilePath, '--provider', 'xiaomi', '--token', d.phone.token!, '--json']),
      // Wrong credentials: the refusal is explained without echoing what was sent.
      await (async () => {
        const p = JSON.parse(readFileSync(profilePath, 'utf8'));
        p.providers.huawei.clientSecret = `${p.providers.huawei.clientSecret}-wrong`;
        const file = join(tmp, 'wrong-secret.json');
        writeFileSync(file, JSON.stringify(p), { mode: 0o600 });
        const res = await runCli(['push', '--profile', file, '--provider', 'huawei', '--token', 'x'.repeat(40)]);
        expect(res.code).not.toBe(0);
        secrets.push(p.providers.huawei.clientSecret);
        return res;
      })(),
      await runCli(
        [
          ...g,
          'tokens',
          '--serial',
          d.serial,
          '--package',
          'com.example.chat',
          '--restart',
          '--timeout',
          '8',
          '--json',
        ],
        { env: adb.env },
      ),
    ];
    expect(outputs[0].code, outputs[0].stderr).toBe(0);
    expect(outputs[2].code, outputs[2].stderr).toBe(0);
    const files = readdirSync(out).map((f) => readFileSync(join(out, f), 'utf8'));
    expect(files).toHaveLength(3);
    const everything = [...outputs.flatMap((o) => [o.stdout, o.stderr]), ...files].join('\n');
    expect(everything).toContain('push.delivery');
    for (const s of secrets) expect(everything.includes(s), `a secret of ${s.length} chars leaked`).toBe(false);
    // The push token is masked unless asked for.
    expect(everything).not.toContain(d.phone.token!.slice(4, -4));
  });
});
