// The virtual phone as an independent witness of the product's intent resolution (issue 13):
// - the product's resolver, reading the real APK (binary manifest, adbkit-apkreader), and the
//   phone's own resolver, reading the XML the APK was built from, must give the same answer for
//   every intent a tap or `am start` may carry, on every channel's manifest and click fault;
// - a tap target without CATEGORY_DEFAULT: the phone refuses the implicit start over adb, and the
//   product's click-through step fails with the filter line to add. Dropping the DEFAULT rule from
//   src/main/apk/click-through.ts makes both fail (the step passes, the resolvers disagree).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAdbServer, type TestAdbServer } from '../helpers/adb-server';
import { startLab, type Lab } from '../../src/cli/lab';
import { AdbServer } from '../../src/main/adb/server';
import { shell } from '../../src/main/adb/shell';
import { ChecklistRun } from '../../src/main/checklist/engine';
import { STEPS } from '../../src/main/checklist/steps';
import { readManifest } from '../../src/main/apk/manifest';
import { resolveIntent } from '../../src/main/apk/click-through';
import { parseIntentUri, type ParsedIntent } from '../../src/main/apk/intent-uri';
import { testAppApk } from '../../src/sim/apks/build';
import { CLICK_ACTIVITY, manifestFor, TEST_PACKAGE } from '../../src/sim/apks/manifests';
import { readComponents } from '../../src/sim/apks/components';
import { resolveInApp } from '../../src/sim/phone/intents';
import { parseIntentArgs, type ShellIntent } from '../../src/sim/shell/commands/am';
import type { VendorChannel } from '../../src/shared/types';
import type { AppProfile } from '../../src/shared/profile';

const CHANNELS: VendorChannel[] = ['xiaomi', 'huawei', 'honor', 'oppo', 'vivo', 'meizu', 'fcm'];
const CLICK_FAULTS = [[], ['click-unresolvable'], ['click-not-exported'], ['click-no-default']];
const URI = `pushscheme://${TEST_PACKAGE}/detail`;
const IMPLICIT_URI = `intent://${TEST_PACKAGE}/detail#Intent;scheme=pushscheme;launchFlags=0x4000000;end`;

/** `am start` argument lists a tap or a fix-it button may run. */
const STARTS: string[][] = [
  ['-a', 'android.intent.action.VIEW', '-d', URI],
  ['-a', 'android.intent.action.VIEW', '-d', `pushscheme://${TEST_PACKAGE}/conversation`],
  ['-a', 'android.intent.action.VIEW', '-d', `pushscheme://other.host/detail`],
  ['-a', 'android.intent.action.VIEW', '-d', `otherscheme://${TEST_PACKAGE}/detail`],
  ['-a', 'android.intent.action.VIEW', '-c', 'android.intent.category.BROWSABLE', '-d', URI],
  ['-a', 'android.intent.action.SEND', '-d', URI],
  ['-a', 'android.intent.action.MAIN', '-c', 'android.intent.category.LAUNCHER', '-p', TEST_PACKAGE],
  ['-n', `${TEST_PACKAGE}/${CLICK_ACTIVITY}`],
  ['-n', `${TEST_PACKAGE}/.MainActivity`],
  ['-n', `${TEST_PACKAGE}/.NoSuchActivity`],
  ['-n', `${TEST_PACKAGE}/com.vivo.push.sdk.LinkProxyClientActivity`],
  ['-a', 'android.intent.action.VIEW', '-d', URI, '-n', `${TEST_PACKAGE}/${CLICK_ACTIVITY}`],
];

function toProductIntent(i: ShellIntent): ParsedIntent {
  const parsed = i.data ? parseIntentUri(i.data) : undefined;
  const data = parsed?.ok ? parsed.intent : undefined;
  const component = i.component?.replace(/\/\./, `/${i.component.split('/')[0]}.`);
  return {
    action: i.action,
    categories: i.categories,
    data: i.data,
    scheme: data?.scheme,
    host: data?.host,
    path: data?.path,
    component,
    package: i.package,
    extras: i.extras,
  };
}

/** The product's answer in the phone's words. */
function productVerdict(r: ReturnType<typeof resolveIntent>): string {
  if (r.ok) return `ok ${r.activity.name}`;
  return {
    'no-such-activity': 'not-found',
    'not-exported': `not-exported ${r.activity?.name}`,
    'no-filter-match': 'unresolvable',
    'wrong-package': 'elsewhere',
  }[r.reason];
}

function phoneVerdict(r: ReturnType<typeof resolveInApp>): string {
  if (!r) return 'elsewhere';
  if (r.ok) return `ok ${r.component.split('/')[1]}`;
  return r.error === 'not-exported' ? `not-exported ${r.component!.split('/')[1]}` : r.error;
}

describe('product and phone resolve intents alike', () => {
  it.each(CHANNELS)('%s manifests, every click fault', async (channel) => {
    const disagreements: string[] = [];
    let implicitDefaultChecked = false;
    for (const faults of CLICK_FAULTS) {
      const product = await readManifest(await testAppApk(channel, faults));
      const phone = readComponents(manifestFor(channel, faults));
      for (const args of STARTS) {
        const intent = parseIntentArgs(args).intent;
        const p = productVerdict(resolveIntent(product, toProductIntent(intent)));
        const w = phoneVerdict(resolveInApp(phone, intent, 10100));
        if (p !== w)
          disagreements.push(
            `${faults.join(',') || 'no fault'}: am start ${args.join(' ')} → product ${p}, phone ${w}`,
          );
        if (faults[0] === 'click-no-default' && args.length === 4 && args[3] === URI) {
          expect(w).toBe('unresolvable');
          implicitDefaultChecked = true;
        }
      }
    }
    expect(implicitDefaultChecked).toBe(true);
    expect(disagreements).toEqual([]);
  });
});

describe('a tap target without CATEGORY_DEFAULT, on a phone over adb', () => {
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

  async function run(profile: string, faults: string[], clickAction?: string) {
    const lab = await startLab({
      adbServer: server,
      profiles: [profile],
      faults: faults as never,
      standins: true,
      deliveryDelayMs: 20,
    });
    labs.push(lab);
    const d = lab.devices[0];
    const appProfile: AppProfile = clickAction
      ? {
          ...lab.appProfile!,
          clickAction: { ...lab.appProfile!.clickAction, huawei: { type: 'activity', value: clickAction } },
        }
      : lab.appProfile!;
    const report = await new ChecklistRun(
      {
        serial: d.serial,
        server: server.address,
        package: TEST_PACKAGE,
        client: server.client,
        profile: appProfile,
        only: ['app.clickThrough', 'push.token'],
      },
      STEPS,
    ).run();
    const implicitStart = await shell(server.client, d.serial, [
      'am',
      'start',
      '-W',
      '-a',
      'android.intent.action.VIEW',
      '-d',
      URI,
    ]);
    return { implicitStart: implicitStart.output, step: report.steps.find((s) => s.id === 'app.clickThrough')! };
  }

  it('control: with DEFAULT the phone starts the implicit URI and the step passes on it', async () => {
    const { implicitStart, step } = await run('huawei-emui', [], IMPLICIT_URI);
    expect(implicitStart).toContain(`Activity: ${TEST_PACKAGE}/.chat.ChatActivity`);
    expect(step.status, JSON.stringify([step.summary, step.remediation, step.evidence])).toBe('pass');
    expect(step.data?.target).toBe(CLICK_ACTIVITY);
  });

  it.each([
    ['the console URI names the component (explicit)', undefined],
    ['the console URI leaves the component out (implicit)', IMPLICIT_URI],
  ])(
    '%s: the phone refuses the implicit start and the step fails with the filter to fix',
    async (_name, clickAction) => {
      const { implicitStart, step } = await run('huawei-emui', ['click-no-default'], clickAction);
      expect(implicitStart).toContain('Error: Activity not started, unable to resolve Intent');
      expect(step.status, JSON.stringify(step.summary)).toBe('fail');
      const findings = step.data?.findings as { code: string; fix?: string }[];
      expect(findings.map((f) => f.code)).toContain('no-filter-match');
      expect(findings.find((f) => f.code === 'no-filter-match')!.fix).toContain('android.intent.category.DEFAULT');
    },
  );
});
