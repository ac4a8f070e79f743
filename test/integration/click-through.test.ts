// Every vendor's click form on the virtual phone: `am start -W` against the phone's real manifest,
// the notification tapped in the shade (UI Automator dump + input tap), the content received —
// and each click fault failing the step with the line to change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAdbServer, type TestAdbServer } from '../helpers/adb-server';
import { startLab, type Lab } from '../../src/cli/lab';
import { AdbServer } from '../../src/main/adb/server';
import { ChecklistRun } from '../../src/main/checklist/engine';
import { STEPS } from '../../src/main/checklist/steps';

let adb: TestAdbServer;
let server: AdbServer;
const labs: Lab[] = [];

beforeAll(async () => {
  adb = await startAdbServer();
  server = new AdbServer({ port: adb.port });
});
afterAll(async () => {
  for (const l of labs) await l.stop();
  await adb?.kill();
});

async function clickStep(profile: string, faults: string[] = []) {
  const l = await startLab({
    adbServer: server,
    profiles: [profile],
    faults: faults as never,
    standins: true,
    deliveryDelayMs: 20,
  });
  labs.push(l);
  const d = l.devices[0];
  const report = await new ChecklistRun(
    {
      serial: d.serial,
      server: server.address,
      package: 'com.example.chat',
      client: server.client,
      profile: l.appProfile,
      only: ['app.clickThrough', 'push.token'],
    },
    STEPS,
  ).run();
  return { step: report.steps.find((s) => s.id === 'app.clickThrough')!, phone: d.phone };
}

describe('click-through on the virtual phone', () => {
  it.each([
    ['xiaomi-miui', 'intent URI'],
    ['huawei-emui', 'intent URI'],
    ['honor-magicos', 'intent URI'],
    ['vivo-funtouch', 'intent URI'],
    ['oppo-coloros', 'class name'],
    ['meizu-flyme', 'class name'],
  ])('%s (%s): the tap opens the chat screen with the custom content', async (profile) => {
    const { step, phone } = await clickStep(profile);
    expect(step.status, JSON.stringify(step.summary)).toBe('pass');
    expect(step.summary?.key).toBe('check.click.tapOk');
    expect(phone.resumedActivity).toBe('com.example.chat/com.example.chat.chat.ChatActivity');
    expect(step.evidence.some((e) => e.source.startsWith('am start -W'))).toBe(true);
  });

  it('FCM: the tap opens the launcher activity', async () => {
    const { step } = await clickStep('pixel');
    expect(step.status).toBe('pass');
    expect(step.data?.target).toBe('com.example.chat.MainActivity');
  });

  it('HyperOS refuses injected taps: the step is manual, with the steps to do by hand', async () => {
    const { step } = await clickStep('xiaomi-hyperos');
    expect(step.status).toBe('manual');
    expect(step.remediation.map((r) => r.key)).toEqual(['check.click.tapRefused', 'check.click.manualSteps']);
  });

  it.each([
    ['click-not-exported', 'not-exported'],
    ['click-unresolvable', 'no-filter-match'],
    ['click-wrong-package', 'wrong-package'],
  ])('%s fails the step (%s) with the exact line to change', async (fault, code) => {
    for (const profile of ['huawei-harmonyos', 'vivo-originos']) {
      const { step } = await clickStep(profile, [fault]);
      expect(step.status).toBe('fail');
      const findings = step.data?.findings as { code: string; fix?: string }[];
      expect(findings[0].code).toBe(code);
      expect(findings[0].fix).toBeTruthy();
    }
  });
});
