// Issue 15, "one cause, one verdict", on virtual phones over the real adb server with the push
// stand-ins over real HTTP: pushes go through the IM service the app reported its token to; each
// fault yields exactly one failing root cause and the steps that depend on it skip without
// waiting (their recorded duration, not wall-clock thresholds); timeouts are failures named as
// such; checks by hand are never a plain PASS and their answers reach every report; the CLI shows
// progress and prints steps in checklist order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAdbServer, type TestAdbServer } from '../helpers/adb-server';
import { runCli } from '../helpers/cli';
import { startLab, type Lab } from '../../src/cli/lab';
import { findProfile, type PhoneProfile } from '../../src/sim/profiles';
import { AdbServer } from '../../src/main/adb/server';
import { ChecklistRun } from '../../src/main/checklist/engine';
import { STEPS } from '../../src/main/checklist/steps';
import { renderReport } from '../../src/main/report/export';
import { createI18n, translate } from '../../src/shared/i18n';
import type { AppProfile } from '../../src/shared/profile';
import type { ManualAnswerInput, StepId, StepResult } from '../../src/shared/types';
import type { FaultName } from '../../src/sim/phone/faults';

let adb: TestAdbServer;
let server: AdbServer;
let tmp: string;
const labs: Lab[] = [];
const en = createI18n('en');

// Short limits: a test never waits the real minute. Blocked steps are checked against these.
const TOKEN_TIMEOUT_SEC = 3;
const DELIVERY_TIMEOUT_SEC = 4;
const SERVICE_TIMEOUT_SEC = 2;

beforeAll(async () => {
  adb = await startAdbServer();
  server = new AdbServer({ port: adb.port, env: adb.env });
  tmp = mkdtempSync(join(tmpdir(), 'pd-verdicts-'));
});

afterAll(async () => {
  for (const l of labs) await l.stop();
  await adb?.kill();
  rmSync(tmp, { recursive: true, force: true });
});

async function lab(profile: string | PhoneProfile, faults: FaultName[] = []) {
  const l = await startLab({ adbServer: server, profiles: [profile], faults, standins: true, deliveryDelayMs: 50 });
  labs.push(l);
  return l;
}

async function diagnose(l: Lab, opts: { profile?: AppProfile; answers?: ManualAnswerInput[] } = {}) {
  const d = l.devices[0];
  const run = new ChecklistRun(
    {
      serial: d.serial,
      server: server.address,
      package: 'com.example.chat',
      client: server.client,
      profile: opts.profile ?? l.appProfile,
      options: {
        tokenTimeoutSec: TOKEN_TIMEOUT_SEC,
        deliveryTimeoutSec: DELIVERY_TIMEOUT_SEC,
        pushServiceTimeoutSec: SERVICE_TIMEOUT_SEC,
        pushCount: 2,
        pushSpacingSec: 0.1,
        answers: opts.answers,
      },
    },
    STEPS,
  );
  const report = await run.run();
  return { run, report, byId: Object.fromEntries(report.steps.map((s) => [s.id, s])) as Record<StepId, StepResult> };
}

const testPushes = (l: Lab) => l.standins!.delivered.filter((d) => d.envelope.title.startsWith('Push Doctor test '));

/** A blocked step: skipped at once, naming the root cause, and it cost no waiting at all. */
function expectBlocked(s: StepResult, root: StepId) {
  expect(s.status, `${s.id}: ${JSON.stringify(s.summary)}`).toBe('skip');
  expect(s.blockedBy).toBe(root);
  expect(s.summary).toEqual({ key: 'engine.blocked', params: { step: root } });
  expect(s.durationMs).toBe(0);
}

describe('delivery goes through the IM service the app reported its token to', () => {
  it.each([
    ['pixel', 'easemob'],
    ['vivo-originos', 'easemob'],
    ['xiaomi-hyperos', 'tencent-im'],
  ] as const)('%s (the app reports to %s): pushes through it, says why, and passes', async (name, im) => {
    const l = await lab(name);
    const { report, byId } = await diagnose(l);
    expect(byId['push.tokenReported'].status).toBe('pass');
    expect(byId['push.delivery'].status, JSON.stringify(byId['push.delivery'].summary)).toBe('pass');
    expect(byId['push.delivery'].data).toMatchObject({ provider: im, reason: 'reported', reportedTo: im });
    expect(byId['push.delivery'].remediation[0]).toEqual({
      key: 'check.delivery.why.reported',
      params: expect.objectContaining({ provider: im, im }),
    });
    expect(testPushes(l).length).toBeGreaterThan(0);
    expect(testPushes(l).every((d) => d.envelope.via === im)).toBe(true);
    // Healthy: nothing fails; what no shell can read is left by hand, and the verdict says so.
    expect(report.rootCauses).toEqual([]);
    const headline = translate(en, report.headline);
    if (report.manualChecks!.length) expect(headline).toMatch(/^PASS, \d checks? by hand$/);
    else expect(headline).toBe('PASS');
  });

  it('the same phone model with the app on Easemob instead of Tencent IM: the choice follows the app', async () => {
    const easemobXiaomi: PhoneProfile = {
      ...findProfile('xiaomi-hyperos')!,
      name: 'xiaomi-hyperos-easemob',
      imSdk: 'easemob',
    };
    const l = await lab(easemobXiaomi);
    const { byId } = await diagnose(l);
    expect(byId['push.delivery'].status).toBe('pass');
    expect(byId['push.delivery'].data).toMatchObject({ provider: 'easemob', reason: 'reported' });
    expect(testPushes(l).every((d) => d.envelope.via === 'easemob')).toBe(true);
  });

  it("the profile's deliveryProvider wins, and the step says the app reported elsewhere", async () => {
    const l = await lab('pixel');
    const { byId } = await diagnose(l, { profile: { ...l.appProfile!, deliveryProvider: 'tencent-im' } });
    expect(byId['push.delivery'].data).toMatchObject({
      provider: 'tencent-im',
      reason: 'profile',
      reportedTo: 'easemob',
    });
    // Tencent IM holds no token for this phone: nothing shows, and the note says why.
    expect(byId['push.delivery'].status).toBe('fail');
    expect(byId['push.delivery'].summary).toMatchObject({
      key: 'check.delivery.noneArrivedIn',
      params: { seconds: DELIVERY_TIMEOUT_SEC },
    });
    expect(byId['push.delivery'].remediation[0]).toEqual({
      key: 'check.delivery.otherIm',
      params: { provider: 'tencent-im', im: 'easemob' },
    });
  });
});

describe('one fault, one root cause; what depends on it skips without waiting', () => {
  it('notifications-off (OPPO): notifications is the root cause, delivery is blocked at once, the tap test does not wait', async () => {
    const l = await lab('oppo-coloros', ['notifications-off']);
    const { report, byId } = await diagnose(l);
    expect(byId['app.notifications'].status).toBe('fail');
    expect(report.rootCauses).toEqual(['app.notifications']);
    expectBlocked(byId['push.delivery'], 'app.notifications');
    expectBlocked(byId['push.vendorPolicy'], 'app.notifications');
    // The tap target's own checks still run; the tap itself names the cause instead of waiting 20 s.
    expect(byId['app.clickThrough'].status).toBe('manual');
    expect(byId['app.clickThrough'].remediation[0]).toEqual({
      key: 'check.click.tapBlocked',
      params: { step: 'app.notifications' },
    });
    expect(byId['app.clickThrough'].durationMs).toBeLessThan(20_000 / 2);
    expect(testPushes(l)).toHaveLength(0);
    expect(translate(en, report.headline)).toBe('FAIL — root cause: Notification permission and channels');
  });

  it.each(['honor-magicos', 'realme-ui'])(
    'no-token on %s: the token step is the root cause; token report and delivery are blocked',
    async (name) => {
      const l = await lab(name, ['no-token']);
      const { report, byId } = await diagnose(l);
      expect(byId['push.token'].status).toBe('fail');
      expect(report.rootCauses).toEqual(['push.token']);
      expectBlocked(byId['push.tokenReported'], 'push.token');
      expectBlocked(byId['push.delivery'], 'push.token');
      expect(report.headline).toMatchObject({ key: 'verdict.fail', params: { step: 'push.token' } });
    },
  );

  it('logcat-stall: the token step fails after really waiting its limit and says so; delivery is blocked', async () => {
    const l = await lab('vivo-funtouch', ['logcat-stall']);
    const { report, byId } = await diagnose(l);
    expect(byId['push.token'].summary).toMatchObject({
      key: 'check.token.silentFor',
      params: { seconds: TOKEN_TIMEOUT_SEC },
    });
    expect(byId['push.token'].durationMs).toBeGreaterThanOrEqual(TOKEN_TIMEOUT_SEC * 1000);
    expect(report.rootCauses).toEqual(['push.token']);
    expectBlocked(byId['push.delivery'], 'push.token');
  });

  it('a stalled push service: delivery fails as a timeout ("did not answer in N s"), never a vendor-rule warning', async () => {
    const l = await lab('xiaomi-miui', ['standin-stall']);
    const { report, byId } = await diagnose(l);
    expect(byId['push.delivery'].status).toBe('fail');
    expect(byId['push.delivery'].summary).toMatchObject({
      key: 'check.delivery.serviceTimeout',
      params: { seconds: SERVICE_TIMEOUT_SEC, provider: 'tencent-im' },
    });
    expect(translate(en, byId['push.delivery'].summary)).toMatch(/did not answer in 2 s/);
    expect(byId['push.vendorPolicy'].status).toBe('skip');
    expect(byId['push.vendorPolicy'].summary?.key).toBe('check.policy.afterTimeout');
    expect(JSON.stringify(report)).not.toMatch(/frequency/);
    expect(report.verdict).toBe('fail');
    expect(report.rootCauses).toEqual(['push.delivery']);
  });
});

describe('checks by hand', () => {
  it('MIUI autostart: device.power is manual with the exact screen, the answer turns it into pass/fail in every report', async () => {
    const l = await lab('xiaomi-miui');
    const first = await diagnose(l);
    expect(first.byId['device.power'].status).toBe('manual');
    expect(first.byId['device.power'].remediation[0].key).toBe('check.power.autostart.xiaomi');
    expect(first.report.manualChecks).toContain('device.power');
    expect(translate(en, first.report.headline)).toMatch(/^PASS, \d checks? by hand$/);
    // The reports carry the same line: never a plain PASS.
    expect(renderReport(first.report, 'md')).toMatch(/- Verdict: \*\*PASS, \d checks? by hand\*\*/);
    expect(renderReport(first.report, 'html')).toMatch(/PASS, \d checks? by hand/);

    const { report, byId } = await diagnose(l, {
      answers: [{ stepId: 'device.power', done: false, note: 'Autostart was off in Security' }],
    });
    expect(byId['device.power']).toMatchObject({
      status: 'fail',
      answer: { done: false, note: 'Autostart was off in Security' },
    });
    expect(report.rootCauses).toEqual(['device.power']);
    expect(renderReport(report, 'md')).toContain('- Verdict: **FAIL — root cause: Battery and background limits**');
    for (const format of ['html', 'md', 'json', 'junit'] as const)
      expect(renderReport(report, format), format).toContain('Autostart was off in Security');
  });
});

describe('the CLI', () => {
  it('prints steps in checklist order, progress lines while waiting (piped), the root-cause verdict, answers and "JUnit written to"', async () => {
    const l = await lab('xiaomi-hyperos');
    const d = l.devices[0];
    const junit = join(tmp, 'junit.xml');
    const md = join(tmp, 'report.md');
    const answers = join(tmp, 'answers.json');
    writeFileSync(answers, JSON.stringify({ 'app.clickThrough': { done: true, note: 'opened the chat' } }));
    const res = await runCli(
      [
        '--adb-port',
        String(adb.port),
        'diagnose',
        '--serial',
        d.serial,
        '--profile',
        l.profilePath!,
        '--push-count',
        '1',
        '--token-timeout',
        String(TOKEN_TIMEOUT_SEC),
        '--delivery-timeout',
        String(DELIVERY_TIMEOUT_SEC),
        '--confirm',
        'device.power=done:autostart on',
        '--answers',
        answers,
        '--junit',
        junit,
        '--report',
        md,
      ],
      { env: adb.env, timeoutMs: 90_000 },
    );
    expect(res.code, res.stderr + res.stdout).toBe(0);
    const stepLines = res.stdout.split('\n').filter((x) => /^[✔!✘\-?] /.test(x));
    const titles = STEPS.map((s) => translate(en, { key: `step.${s.id}.title` }));
    const printed = stepLines.map((x) => titles.findIndex((title) => x.slice(2).startsWith(`${title}:`)));
    expect(printed.length).toBe(STEPS.length);
    expect(printed).toEqual([...printed].sort((a, b) => a - b));
    // Piped: plain progress lines while the token and the push are awaited.
    expect(res.stdout).toMatch(
      /^… Push token registered: app restarted, waiting for the push token line — \d+ s left$/m,
    );
    expect(res.stdout).toMatch(/^… Test push .*: test push 1 (accepted|showed)/m);
    expect(res.stdout).toMatch(/^Verdict: PASS$/m);
    expect(res.stderr).toContain(`JUnit written to ${junit}`);
    const report = readFileSync(md, 'utf8');
    expect(report).toContain('autostart on');
    expect(report).toContain('opened the chat');
  });

  it('refuses a bad --confirm before touching a phone (exit 2, naming the step)', async () => {
    const res = await runCli(
      ['--adb-port', String(adb.port), 'diagnose', '--serial', 'x', '--confirm', 'device.powr=done'],
      { env: adb.env },
    );
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/unknown step "device.powr"/);
  });

  it('devices shows brand, ROM, channel and server columns', async () => {
    const l = await lab('vivo-originos');
    const res = await runCli(['--adb-port', String(adb.port), 'devices'], { env: adb.env });
    expect(res.code, res.stderr).toBe(0);
    const [header, ...rows] = res.stdout.trim().split('\n');
    expect(header.split(/\s{2,}/)).toEqual([
      'SERIAL',
      'STATE',
      'BRAND',
      'MODEL',
      'ROM',
      'ANDROID',
      'CHANNEL',
      'SERVER',
    ]);
    const row = rows.find((r) => r.startsWith(l.devices[0].serial))!;
    expect(row).toMatch(/vivo\s+V2425A\s+OriginOS .*\s+15\s+vivo\s+127\.0\.0\.1:\d+/);
  });
});
