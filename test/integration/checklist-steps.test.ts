// The device steps on virtual phones of every profile, healthy and with the faults that target them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectedPhone } from '../helpers/phones';
import { startAdbServer, type TestAdbServer } from '../helpers/adb-server';
import type { VirtualDevice } from '../../src/sim/device';
import { PROFILES, findProfile } from '../../src/sim/profiles';
import { AdbServer } from '../../src/main/adb/server';
import { ChecklistRun } from '../../src/main/checklist/engine';
import { STEPS } from '../../src/main/checklist/steps';
import { stepData, type StepId } from '../../src/shared/types';

let adb: TestAdbServer;
let server: AdbServer;
const devices: VirtualDevice[] = [];

const phone = (profile: string, faults: string[] = []) => connectedPhone(adb, devices, profile, faults);

async function diagnose(d: VirtualDevice, only?: StepId[]) {
  const run = new ChecklistRun(
    { serial: d.serial, server: server.address, package: 'com.example.chat', client: server.client, only },
    STEPS,
  );
  const report = await run.run();
  return Object.fromEntries(report.steps.map((s) => [s.id, s]));
}

/** ROMs whose autostart/background switch no shell can read: device.power is a check by hand there. */
const MANUAL_POWER = new Set(['xiaomi', 'huawei', 'honor', 'oppo', 'oneplus', 'realme', 'vivo', 'meizu']);
const healthyStatus = (profile: string, id: StepId) =>
  id === 'device.power' && MANUAL_POWER.has(findProfile(profile)!.family) ? 'manual' : 'pass';

const DEVICE_STEPS: StepId[] = [
  'adb.connection',
  'device.channel',
  'device.pushService',
  'app.installed',
  'app.manifest',
  'app.notifications',
  'device.power',
  'push.token',
  'push.tokenReported',
];

beforeAll(async () => {
  adb = await startAdbServer();
  server = new AdbServer({ port: adb.port });
});

afterAll(async () => {
  await Promise.all(devices.map((d) => d.stop()));
  await adb?.kill();
});

describe('device steps on healthy virtual phones', () => {
  it.each(PROFILES.map((p) => p.name))('%s passes every device step', async (name) => {
    const d = await phone(name);
    const steps = await diagnose(d, DEVICE_STEPS);
    for (const id of DEVICE_STEPS)
      expect(steps[id].status, `${id}: ${JSON.stringify(steps[id].summary)}`).toBe(healthyStatus(name, id));
    if (healthyStatus(name, 'device.power') === 'manual') {
      // The exact screen, and the button that opens it where the ROM exports one.
      expect(steps['device.power'].remediation[0].key).toBe(`check.power.autostart.${findProfile(name)!.family}`);
    }
    expect(stepData(steps['device.channel'], 'device.channel')?.detection).toMatchObject({
      pushChannel: findProfile(name)!.appChannel,
    });
    // The token the virtual app registered was captured, masked, with the right vendor.
    const token = stepData(steps['push.token'], 'push.token')!.token!;
    expect(token.vendor).toBe(findProfile(name)!.appChannel);
    expect(token.masked).toBe(true);
    expect(token.token).toContain('********');
    expect(JSON.stringify(steps)).not.toContain(d.phone.token!);
  });
});

describe('device steps under faults', () => {
  const cases: [string, string, StepId, 'fail' | 'warn'][] = [
    ['oppo-coloros', 'app-not-installed', 'app.installed', 'fail'],
    ['huawei-emui', 'push-service-missing', 'device.pushService', 'fail'],
    ['pixel', 'push-service-missing', 'device.pushService', 'fail'],
    ['xiaomi-hyperos', 'notifications-off', 'app.notifications', 'fail'],
    ['vivo-funtouch', 'dnd-on', 'device.power', 'warn'],
    ['meizu-flyme', 'battery-restricted', 'device.power', 'fail'],
    ['samsung-oneui', 'shell-garbage', 'app.notifications', 'warn'],
    ['honor-magicos', 'no-token', 'push.token', 'fail'],
    ['xiaomi-miui', 'manifest-missing-service', 'app.manifest', 'fail'],
    ['vivo-originos', 'manifest-placeholder', 'app.manifest', 'fail'],
    ['meizu-flyme', 'manifest-foreign-permission', 'app.manifest', 'fail'],
    ['realme-ui', 'no-token', 'push.token', 'fail'],
  ];
  it.each(cases)('%s with %s: %s ends in %s', async (profile, fault, step, status) => {
    const d = await phone(profile, [fault]);
    const steps = await diagnose(d, DEVICE_STEPS);
    expect(steps[step].status).toBe(status);
    expect(steps[step].remediation.length + steps[step].actions.length).toBeGreaterThan(0);
    // The other steps keep their honest status: everything not downstream of the fault passes.
    for (const id of DEVICE_STEPS) {
      if (id === step) continue;
      if (
        fault === 'app-not-installed' &&
        (id === 'app.notifications' || id === 'device.power' || id === 'app.manifest')
      ) {
        expect(steps[id].status).toBe('skip');
        continue;
      }
      if (fault === 'push-service-missing' && id === 'device.channel') {
        expect(steps[id].status).toBe('warn');
        continue;
      }
      // Without a push service (or a token) the app cannot register, so the token steps fail or skip.
      if (
        (fault === 'push-service-missing' || fault === 'app-not-installed' || fault === 'no-token') &&
        id.startsWith('push.')
      ) {
        expect(['fail', 'skip']).toContain(steps[id].status);
        continue;
      }
      expect(steps[id].status, id).toBe(healthyStatus(profile, id));
    }
  });

  it('reads the APK once per installed version: a second run uses the manifest read before', async () => {
    const d = await phone('xiaomi-miui');
    const first = await diagnose(d, ['app.manifest']);
    const second = await diagnose(d, ['app.manifest']);
    expect(first['app.manifest'].evidence[0].source).not.toContain('read earlier');
    expect(second['app.manifest'].evidence[0].source).toContain('read earlier in this session');
    expect(second['app.manifest'].status).toBe(first['app.manifest'].status);
  });

  it('reads the manifest in place (tail -c, head -c) and finds the same as a pull', async () => {
    const d = await phone('vivo-originos');
    const run = (inPlace: boolean) =>
      new ChecklistRun(
        {
          serial: d.serial,
          server: server.address,
          package: 'com.example.chat',
          client: server.client,
          only: ['app.manifest'],
          options: { readApkInPlace: inPlace },
        },
        STEPS,
      ).run();
    const { manifestCache } = await import('../../src/main/apk/manifest-cache');
    manifestCache.clear();
    const inPlace = (await run(true)).steps.find((s) => s.id === 'app.manifest')!;
    manifestCache.clear();
    const pulled = (await run(false)).steps.find((s) => s.id === 'app.manifest')!;
    expect(inPlace.evidence[0].source).toMatch(/read in place: \d+ KiB/);
    expect(pulled.evidence[0].source).not.toContain('read in place');
    expect(inPlace.status).toBe('pass');
    expect(inPlace.data).toEqual(pulled.data);
  });

  it('fails the step a phone stops answering in, naming the timeout, and still reports', async () => {
    const d = await phone('oneplus-oxygenos', ['shell-hang']);
    const run = new ChecklistRun(
      {
        serial: d.serial,
        server: server.address,
        package: 'com.example.chat',
        client: server.client,
        only: DEVICE_STEPS,
        options: { commandTimeoutMs: 800, tokenTimeoutSec: 2 },
      },
      STEPS,
    );
    const report = await run.run();
    const installed = report.steps.find((s) => s.id === 'app.installed')!;
    expect(installed.status).toBe('fail');
    expect(installed.summary?.key).toBe('engine.device.timeout');
    expect(report.steps.find((s) => s.id === 'device.channel')!.status).toBe('pass');
  });
});

describe('the token step run twice in a row (issue 12 item 10)', () => {
  it('the second run counts only lines after the app restarted, not the replayed tail of the first', async () => {
    const d = await phone('xiaomi-hyperos');
    const first = await diagnose(d, ['push.token', 'push.tokenReported']);
    expect(first['push.token'].status).toBe('pass');
    expect(first['push.tokenReported'].status).toBe('pass');
    const tokenBefore = d.phone.token;
    // The last line in the phone's log is now the first run's token report: exactly what `-T 1` replays.
    const second = await diagnose(d, ['push.token', 'push.tokenReported']);
    expect(second['push.token'].status, JSON.stringify(second['push.token'].summary)).toBe('pass');
    expect(second['push.tokenReported'].status).toBe('pass');
    // Its evidence is the second start's lines: they come after the new `Start proc` of the app.
    const lines = (second['push.token'].evidence ?? []).map((e) => e.source);
    expect(lines.length).toBeGreaterThan(0);
    // Line 1 of the stream is the replayed tail (`-T 1`): never evidence.
    expect(lines).not.toContain('logcat line 1');
    expect(d.phone.token).toBe(tokenBefore);
  });
});
