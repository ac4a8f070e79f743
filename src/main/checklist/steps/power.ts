// device.power: battery-optimisation whitelist, standby bucket, background restriction, Do Not
// Disturb; the vendor's autostart switch cannot be read from a shell, so it is a manual check with
// a button that opens the vendor's screen where one can be opened.
import type { StepDefinition, StepOutcome } from '../types';
import { PREMISES } from '../premises';
import type { Evidence, StepAction, Text } from '../../../shared/types';
import {
  parseDeviceIdleWhitelist,
  parseStandbyBucket,
  parseAppOps,
  appOpMode,
  parseZenMode,
  STANDBY_BUCKETS,
  ZEN_MODES,
} from '../../device/outputs/power';
import { hasGuide, screensFor } from '../../device/screens';
import { QUESTIONS } from './questions';

export const powerStep: StepDefinition<'device.power'> = {
  id: 'device.power',
  ...PREMISES['device.power'],
  async run(ctx): Promise<StepOutcome<'device.power'>> {
    const detection = ctx.state.facts!.detection;
    const [idleOut, bucketOut, opsOut, zenOut] = await Promise.all([
      ctx.questions.ask(QUESTIONS.deviceIdle),
      ctx.questions.ask(QUESTIONS.standbyBucket(ctx.package)),
      ctx.questions.ask(QUESTIONS.appOps(ctx.package)),
      ctx.questions.ask(QUESTIONS.zenMode),
    ]);
    const whitelist = parseDeviceIdleWhitelist(idleOut.output);
    const entry = whitelist.find((e) => e.pkg === ctx.package);
    const bucket = parseStandbyBucket(bucketOut.output, ctx.package);
    const ops = parseAppOps(opsOut.output);
    const runAny = appOpMode(ops, 'RUN_ANY_IN_BACKGROUND');
    const runIn = appOpMode(ops, 'RUN_IN_BACKGROUND');
    const zen = parseZenMode(zenOut.output);
    const evidence: Evidence[] = [
      {
        source: 'dumpsys deviceidle whitelist',
        excerpt: entry
          ? `${entry.type},${entry.pkg},${entry.uid}`
          : `(${ctx.package} not listed; ${whitelist.length} entries)`,
      },
      { source: `am get-standby-bucket ${ctx.package}`, excerpt: bucketOut.output.trim() },
      { source: `cmd appops get ${ctx.package}`, excerpt: opsOut.output.trim() || '(no output)' },
      { source: 'settings get global zen_mode', excerpt: zenOut.output.trim() },
    ];

    const family = detection.brandFamily;
    const screens = screensFor(family, detection.android.sdk);
    const actions: StepAction[] = screens
      .filter(
        (s) =>
          s.exported && (s.purpose === 'autostart' || s.purpose === 'battery' || s.purpose === 'battery-optimization'),
      )
      .map((s) => ({
        id: `open-screen:${s.id}`,
        label: { key: `check.power.screen.${s.purpose}` },
        kind: 'open-screen' as const,
        target: s.id,
      }));

    const problems: { level: 'fail' | 'warn'; text: Text }[] = [];
    if (bucket === 45) problems.push({ level: 'fail', text: { key: 'check.power.restrictedBucket' } });
    else if (bucket !== null && bucket >= 40)
      problems.push({
        level: 'warn',
        text: { key: 'check.power.rareBucket', params: { bucket, name: STANDBY_BUCKETS[bucket] ?? bucket } },
      });
    if (runAny === 'ignore' || runAny === 'deny' || runIn === 'ignore' || runIn === 'deny')
      problems.push({
        level: 'fail',
        text: {
          key: 'check.power.backgroundRestricted',
          params: { op: runAny ? 'RUN_ANY_IN_BACKGROUND' : 'RUN_IN_BACKGROUND' },
        },
      });
    if (zen !== null && zen !== 0)
      problems.push({
        level: 'warn',
        text: { key: 'check.power.dnd', params: { mode: ZEN_MODES[zen] ?? String(zen) } },
      });

    // What the ROM hides from the shell: its own autostart/background switch.
    const autostart: Text | null = hasGuide(family, 'autostart') ? { key: `check.power.autostart.${family}` } : null;
    const whitelistNote: Text =
      entry && entry.type !== 'system-excidle'
        ? { key: 'check.power.whitelisted' }
        : { key: 'check.power.notWhitelisted' };
    const data = { whitelisted: !!entry, bucket, runAnyInBackground: runAny ?? 'default', zenMode: zen };

    if (problems.length) {
      const level = problems.some((p) => p.level === 'fail') ? 'fail' : 'warn';
      return {
        status: level,
        summary: problems[0].text,
        evidence,
        remediation: [
          ...problems.slice(1).map((p) => p.text),
          { key: `check.power.fix.${problems[0].text.key.split('.').pop()}` },
          ...(autostart ? [autostart] : []),
        ],
        actions,
        data,
      };
    }
    // The ROM's own switch decides whether a killed app may be woken, and no shell can read it:
    // the honest verdict is a check by hand with the exact screen, never a plain pass.
    if (autostart)
      return {
        status: 'manual',
        summary: {
          key: 'check.power.manual',
          params: {
            bucket: bucket ?? '?',
            name: bucket !== null ? (STANDBY_BUCKETS[bucket] ?? '') : '',
            rom: `${detection.rom.name} ${detection.rom.version}`.trim(),
          },
        },
        evidence,
        remediation: [autostart, whitelistNote],
        actions,
        data: { ...data, manual: 'autostart' },
      };
    return {
      status: 'pass',
      summary: {
        key: 'check.power.ok',
        params: { bucket: bucket ?? '?', name: bucket !== null ? (STANDBY_BUCKETS[bucket] ?? '') : '' },
      },
      evidence,
      remediation: [whitelistNote],
      actions,
      data,
    };
  },
};
