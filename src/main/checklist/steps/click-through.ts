// app.clickThrough: the tap target the IM console is set to (intent URI, class name, URL or the
// launcher) exists in the manifest and matches it; `am start -W` brings that screen up; and, where
// the phone lets the shell tap, a test push carrying custom content is opened from the
// notification shade and the target screen receives the content.
import { randomBytes } from 'node:crypto';
import { PREMISES } from '../premises';
import type { StepContext, StepDefinition, StepOutcome } from '../types';
import type { Evidence, ProviderName, Text, VendorChannel } from '../../../shared/types';
import type { ClickAction } from '../../../shared/profile';
import { configuredProviders } from '../../../shared/profile';
import { checkClickAction } from '../../apk/click-through';
import { amStartArgs, type ParsedIntent } from '../../apk/intent-uri';
import type { ManifestModel, ComponentModel } from '../../apk/manifest';
import { shell, shellBatch } from '../../adb/shell';
import { parseAmStart, parseResumedActivity, parseUiDump } from '../../device/outputs/activity';
import { createSender } from '../../push/providers';
import { parseDumpsysNotification } from '../../device/outputs/notification';
import { QUESTIONS } from './questions';
import { loadManifest } from './manifest';
import { deliveryTimeoutSec, reportedIm } from './delivery';

const short = (pkg: string, cls: string) =>
  cls.startsWith(pkg + '.') ? `${pkg}/${cls.slice(pkg.length)}` : `${pkg}/${cls}`;
const sameActivity = (pkg: string, printed: string | undefined, cls: string) =>
  !!printed && (printed === short(pkg, cls) || printed === `${pkg}/${cls}`);

/** The `am start` a tap on a notification amounts to, for each form of click action. */
function startArgs(
  pkg: string,
  action: ClickAction | undefined,
  intent: ParsedIntent | undefined,
  target: ComponentModel | undefined,
): string[] | null {
  if (!action || action.type === 'app')
    return target
      ? [
          'am',
          'start',
          '-W',
          '-a',
          'android.intent.action.MAIN',
          '-c',
          'android.intent.category.LAUNCHER',
          '-n',
          `${pkg}/${target.name}`,
        ]
      : null;
  if (action.type === 'url') return null;
  if (intent) return amStartArgs({ ...intent, extras: { ...intent.extras } });
  return target ? ['am', 'start', '-W', '-n', `${pkg}/${target.name}`] : null;
}

async function tapTest(
  ctx: StepContext,
  vendor: VendorChannel,
  target: ComponentModel,
  evidence: Evidence[],
): Promise<{ result: 'pass' | 'fail' | 'manual'; why: Text }> {
  const profile = ctx.profile;
  const providers = profile ? configuredProviders(profile) : [];
  // The vendor's own API carries the click action; an IM server applies what its console says.
  // With no vendor credentials, the IM service the app reported its token to (another one has no token for this phone).
  const reported = reportedIm(ctx.state);
  const provider: ProviderName | undefined = providers.includes(vendor)
    ? vendor
    : reported && providers.includes(reported)
      ? reported
      : providers.find((p) => p === 'tencent-im' || p === 'easemob');
  const token = ctx.state.token?.clear;
  // A notification cannot show while notifications are off: waiting for one would only cost time.
  const notifications = ctx.results.get('app.notifications');
  if (notifications && (notifications.status === 'fail' || notifications.blockedBy))
    return {
      result: 'manual',
      why: { key: 'check.click.tapBlocked', params: { step: notifications.blockedBy ?? 'app.notifications' } },
    };
  if (!profile || !provider || (provider === vendor && !token))
    return { result: 'manual', why: { key: 'check.click.noPush' } };
  const nonce = `pd-click-${randomBytes(3).toString('hex')}`;
  await shellBatch(
    ctx.client,
    ctx.serial,
    [['am', 'start', '-a', 'android.intent.action.MAIN', '-c', 'android.intent.category.HOME']],
    { signal: ctx.signal },
  );
  const sent = await createSender(profile, provider, {
    timeoutMs: (ctx.options.pushServiceTimeoutSec ?? 30) * 1000,
  }).send(
    {
      token: token ?? '',
      package: ctx.package,
      title: `Push Doctor tap test ${nonce}`,
      body: 'Tap me',
      channelId: profile.channels?.[vendor],
      clickAction: profile.clickAction?.[vendor],
      ext: { pd_click: nonce },
    },
    ctx.signal,
  );
  if (!sent.ok) return { result: 'manual', why: { key: 'check.click.pushRefused', params: { provider } } };
  // Wait for the notification, then pull the shade down and find it on screen.
  const deadline = Date.now() + Math.min(20, deliveryTimeoutSec(ctx)) * 1000;
  let shown = false;
  while (Date.now() < deadline && !shown && !ctx.signal.aborted) {
    const dump = parseDumpsysNotification(
      (await shell(ctx.client, ctx.serial, QUESTIONS.notifications, { signal: ctx.signal })).output,
    );
    shown = dump.records.some((r) => r.pkg === ctx.package && (r.title ?? '').includes(nonce));
    if (!shown) await new Promise((r) => setTimeout(r, 300));
  }
  if (!shown) return { result: 'manual', why: { key: 'check.click.notShown' } };
  const [, dumped] = await shellBatch(
    ctx.client,
    ctx.serial,
    [
      ['cmd', 'statusbar', 'expand-notifications'],
      'uiautomator dump /sdcard/pd_window.xml >/dev/null 2>&1; cat /sdcard/pd_window.xml',
    ],
    { signal: ctx.signal },
  );
  const node = parseUiDump(dumped.output).find((n) => n.text.includes(nonce));
  if (!node) return { result: 'manual', why: { key: 'check.click.notOnScreen' } };
  const x = Math.round((node.bounds[0] + node.bounds[2]) / 2);
  const y = Math.round((node.bounds[1] + node.bounds[3]) / 2);
  const tap = await shell(ctx.client, ctx.serial, ['input', 'tap', String(x), String(y)], { signal: ctx.signal });
  evidence.push({ source: `input tap ${x} ${y}`, excerpt: tap.output.trim() || `(exit ${tap.exitCode})` });
  if (tap.exitCode !== 0 || /SecurityException|INJECT_EVENTS/.test(tap.output)) {
    await shell(ctx.client, ctx.serial, ['cmd', 'statusbar', 'collapse']).catch(() => undefined);
    return { result: 'manual', why: { key: 'check.click.tapRefused' } };
  }
  await new Promise((r) => setTimeout(r, 800));
  const act = await shell(ctx.client, ctx.serial, ['dumpsys', 'activity', 'activities'], { signal: ctx.signal });
  const resumed = parseResumedActivity(act.output);
  evidence.push({
    source: 'dumpsys activity activities',
    excerpt: resumed
      ? `resumed ${resumed.component}, extras ${JSON.stringify(resumed.extras)}`
      : act.output.slice(0, 400),
  });
  if (!resumed || !sameActivity(ctx.package, resumed.component, target.name))
    return {
      result: 'fail',
      why: {
        key: 'check.click.tapWrongScreen',
        params: { expected: short(ctx.package, target.name), actual: resumed?.component ?? '?' },
      },
    };
  if (resumed.extras.pd_click !== nonce)
    return { result: 'fail', why: { key: 'check.click.noContent', params: { activity: resumed.component } } };
  return { result: 'pass', why: { key: 'check.click.tapOk', params: { activity: resumed.component } } };
}

export const clickThroughStep: StepDefinition<'app.clickThrough'> = {
  id: 'app.clickThrough',
  ...PREMISES['app.clickThrough'],
  async run(ctx): Promise<StepOutcome<'app.clickThrough'>> {
    const detected = ctx.state.facts!.detection.pushChannel;
    const vendor: VendorChannel = detected === 'none' ? 'fcm' : detected;
    let model: ManifestModel;
    try {
      const loaded = await loadManifest(ctx);
      if ('error' in loaded) return { status: 'skip', summary: { key: 'check.click.noManifest' } };
      model = loaded.model;
    } catch (err) {
      return {
        status: 'fail',
        summary: { key: 'check.click.noManifest' },
        evidence: [{ source: 'APK', excerpt: (err as Error).message }],
      };
    }
    const action = ctx.profile?.clickAction?.[vendor];
    const evidence: Evidence[] = [
      {
        source: `click action for ${vendor}`,
        excerpt: action ? `${action.type}: ${action.value ?? ''}` : 'not configured: the launcher (default)',
      },
    ];
    const { findings, target, intent } = checkClickAction(model, vendor, action);
    const fails = findings.filter((f) => f.severity === 'fail');
    // The first failure is the summary; every finding keeps its exact fix line.
    const remediation: Text[] = findings.flatMap((f, i) => [
      ...(i === findings.indexOf(fails[0]) ? [] : [f.message]),
      ...(f.fix
        ? [{ key: 'check.click.fixLine', params: { where: f.where ?? 'AndroidManifest.xml', fix: f.fix } }]
        : []),
    ]);
    if (fails.length) return { status: 'fail', summary: fails[0].message, evidence, remediation, data: { findings } };
    if (action?.type === 'url')
      return {
        status: 'pass',
        summary: { key: 'check.click.url', params: { url: action.value ?? '' } },
        evidence,
        remediation,
      };

    // Live: the screen comes up when started the way a tap starts it.
    const args = startArgs(ctx.package, action, intent, target);
    if (args && target) {
      const out = await shell(ctx.client, ctx.serial, args, { signal: ctx.signal });
      const r = parseAmStart(out.output);
      evidence.push({ source: args.join(' '), excerpt: out.output.trim() });
      if (!r.ok)
        return {
          status: 'fail',
          summary: { key: `check.click.start.${r.error ?? 'other'}`, params: { message: r.message ?? '' } },
          evidence,
          remediation: [{ key: 'check.click.startFix' }],
        };
      if (r.activity && !sameActivity(ctx.package, r.activity, target.name))
        return {
          status: 'fail',
          summary: {
            key: 'check.click.otherScreen',
            params: { expected: short(ctx.package, target.name), actual: r.activity },
          },
          evidence,
          remediation: [{ key: 'check.click.startFix' }],
        };
    }
    if (!target) return { status: 'fail', summary: { key: 'check.click.noTarget' }, evidence, remediation };

    const tap = await tapTest(ctx, vendor, target, evidence);
    const base = { evidence, data: { target: target.name, findings } };
    if (tap.result === 'fail')
      return { status: 'fail', summary: tap.why, ...base, remediation: [{ key: 'check.click.tapFix' }] };
    if (tap.result === 'manual')
      return {
        status: 'manual',
        summary: { key: 'check.click.manual', params: { activity: short(ctx.package, target.name) } },
        ...base,
        remediation: [
          tap.why,
          { key: 'check.click.manualSteps', params: { activity: short(ctx.package, target.name) } },
        ],
      };
    return { status: findings.length ? 'warn' : 'pass', summary: tap.why, ...base, remediation };
  },
};
