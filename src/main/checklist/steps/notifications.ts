// app.notifications: notification permission (Android 13+), the app-level switch, the app's
// channels and their importance, and that the channel ids the pushes name exist.
import type { StepDefinition, StepOutcome } from '../types';
import { PREMISES } from '../premises';
import type { Evidence, StepAction, Text } from '../../../shared/types';
import { notificationGrant, parseDumpsysPackage } from '../../device/outputs/package';
import { parseDumpsysNotification, IMPORTANCE_NAMES, type ChannelInfo } from '../../device/outputs/notification';
import { parseAppOps, appOpMode } from '../../device/outputs/power';
import { QUESTIONS } from './questions';
import { hasGuide } from '../../device/screens';

export const notificationsStep: StepDefinition<'app.notifications'> = {
  id: 'app.notifications',
  ...PREMISES['app.notifications'],
  async run(ctx): Promise<StepOutcome<'app.notifications'>> {
    const detection = ctx.state.facts!.detection;
    const sdk = detection.android.sdk;
    const family = detection.brandFamily;
    const channel = detection.pushChannel;
    const [pkgOut, opsOut, notifOut] = await Promise.all([
      ctx.questions.ask(QUESTIONS.dumpsysPackage(ctx.package)),
      ctx.questions.ask(QUESTIONS.appOps(ctx.package)),
      ctx.questions.ask(QUESTIONS.notifications),
    ]);
    const pkg = parseDumpsysPackage(pkgOut.output, ctx.package);
    const ops = parseAppOps(opsOut.output);
    const dump = parseDumpsysNotification(notifOut.output);
    const app = dump.apps[ctx.package];
    const perm = pkg.users.find((u) => u.userId === 0)?.runtimePermissions['android.permission.POST_NOTIFICATIONS'];
    const opMode = appOpMode(ops, 'POST_NOTIFICATION');

    const evidence: Evidence[] = [];
    if (perm)
      evidence.push({
        source: `dumpsys package ${ctx.package}`,
        excerpt: `android.permission.POST_NOTIFICATIONS: granted=${perm.granted}, flags=[ ${perm.flags.join('|')} ]`,
      });
    evidence.push({ source: `cmd appops get ${ctx.package}`, excerpt: opsOut.output.trim() || '(no output)' });
    if (app)
      evidence.push({
        source: 'dumpsys notification --noredact',
        excerpt: [
          `AppSettings: ${ctx.package} (${app.uid ?? '?'})${app.importance ? ` importance=${app.importance}` : ''}`,
          ...app.channels.map(
            (c) =>
              `  ${c.id}: ${c.name}, importance ${c.importance} (${IMPORTANCE_NAMES[c.importance] ?? c.importance})`,
          ),
        ].join('\n'),
      });
    else
      evidence.push({
        source: 'dumpsys notification --noredact',
        excerpt: notifOut.output.slice(0, 600) || '(no output)',
      });

    const settingsAction: StepAction = {
      id: 'open-screen:app-notification-settings',
      label: { key: 'check.notifications.openSettings' },
      kind: 'open-screen',
      target: 'app-notification-settings',
    };
    const fail = (summary: Text, extra: Text[] = []): StepOutcome<'app.notifications'> => ({
      status: 'fail',
      summary,
      evidence,
      remediation: [
        {
          key: `check.notifications.enable.${hasGuide(family, 'notifications') ? family : 'generic'}`,
          params: { package: ctx.package },
        },
        ...extra,
      ],
      actions: sdk >= 26 ? [settingsAction] : [],
    });

    if (notificationGrant(pkg, sdk) === 'denied')
      return fail({ key: 'check.notifications.permissionDenied', params: { package: ctx.package } }, [
        { key: 'check.notifications.permissionFix' },
      ]);
    if (opMode === 'ignore' || opMode === 'deny')
      return fail({ key: 'check.notifications.appOpBlocked', params: { mode: opMode } });
    if (app?.importance === 'NONE')
      return fail({ key: 'check.notifications.appBlocked', params: { package: ctx.package } });
    if (!app && notifOut.exitCode === 0 && !/AppSettings:|PackagePreferences|Notification List/.test(notifOut.output))
      return {
        status: 'warn',
        summary: { key: 'check.notifications.unreadable' },
        evidence,
        remediation: [{ key: 'check.notifications.checkByHand' }],
        actions: sdk >= 26 ? [settingsAction] : [],
      };

    const channels: ChannelInfo[] = app?.channels ?? [];
    const warnings: Text[] = [];
    let failHard: Text | null = null;
    const wanted =
      channel !== 'none' && channel !== 'fcm' ? ctx.profile?.channels?.[channel] : ctx.profile?.channels?.fcm;
    if (sdk >= 26) {
      if (wanted) {
        const found = channels.find((c) => c.id === wanted || c.id === `mipush|${ctx.package}|${wanted}`);
        if (!found) {
          // OPPO drops a notification whose channel does not exist; other SDKs fall back to a default one.
          if (channel === 'oppo')
            failHard = { key: 'check.notifications.channelMissingOppo', params: { channel: wanted } };
          else warnings.push({ key: 'check.notifications.channelMissing', params: { channel: wanted } });
        } else if (found.importance === 0)
          failHard = { key: 'check.notifications.channelBlocked', params: { channel: found.id } };
        else if (found.importance < 3)
          warnings.push({
            key: 'check.notifications.channelQuiet',
            params: { channel: found.id, importance: IMPORTANCE_NAMES[found.importance] },
          });
      } else if (channel === 'oppo' && !channels.length) {
        warnings.push({ key: 'check.notifications.oppoNeedsChannel' });
      }
      const blocked = channels.filter((c) => c.importance === 0 && c.id !== wanted);
      if (blocked.length)
        warnings.push({
          key: 'check.notifications.someBlocked',
          params: { channels: blocked.map((c) => c.id).join(', ') },
        });
    }
    if (failHard) return fail(failHard, [{ key: 'check.notifications.channelFix' }]);
    const params = { package: ctx.package, channels: channels.length };
    if (warnings.length)
      return {
        status: 'warn',
        summary: warnings[0],
        evidence,
        remediation: [...warnings.slice(1), { key: 'check.notifications.channelFix' }],
        actions: sdk >= 26 ? [settingsAction] : [],
        data: { channels },
      };
    return { status: 'pass', summary: { key: 'check.notifications.ok', params }, evidence, data: { channels } };
  },
};
