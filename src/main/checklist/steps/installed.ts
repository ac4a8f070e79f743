// app.installed: the app is installed (for the main user), its version, and whether it is
// debuggable or force-stopped.
import type { StepDefinition, StepOutcome } from '../types';
import { PREMISES } from '../premises';
import { parseDumpsysPackage, parsePmPath } from '../../device/outputs/package';
import { QUESTIONS } from './questions';

function excerpt(text: string, pkg: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.includes(`Package [${pkg}]`));
  if (start < 0) return lines.slice(0, 12).join('\n');
  return lines
    .slice(start, start + 60)
    .filter((l) =>
      /Package \[|versionCode|versionName|flags=|User \d+:|installer|firstInstallTime|lastUpdateTime|POST_NOTIFICATIONS/.test(
        l,
      ),
    )
    .join('\n');
}

export const installedStep: StepDefinition<'app.installed'> = {
  id: 'app.installed',
  ...PREMISES['app.installed'],
  async run(ctx): Promise<StepOutcome<'app.installed'>> {
    const [dump, path] = await Promise.all([
      ctx.questions.ask(QUESTIONS.dumpsysPackage(ctx.package)),
      ctx.questions.ask(QUESTIONS.pmPath(ctx.package)),
    ]);
    const info = parseDumpsysPackage(dump.output, ctx.package);
    const paths = parsePmPath(path.output);
    const evidence = [
      { source: `pm path ${ctx.package}`, excerpt: path.output.trim() || `(exit ${path.exitCode}, no output)` },
      {
        source: `dumpsys package ${ctx.package}`,
        excerpt: info.found ? excerpt(dump.output, ctx.package) : '(no "Package [' + ctx.package + ']" section)',
      },
    ];
    const user0 = info.users.find((u) => u.userId === 0);
    if (!info.found || !paths.length || (user0 && !user0.installed))
      return {
        status: 'fail',
        summary: { key: 'check.installed.missing', params: { package: ctx.package } },
        evidence,
        remediation: [{ key: 'check.installed.missingFix', params: { package: ctx.package } }],
      };
    ctx.state.apkPath = paths.find((p) => p.endsWith('/base.apk')) ?? paths[0];
    ctx.state.packageInfo = info;
    const params = {
      package: ctx.package,
      versionName: info.versionName ?? '?',
      versionCode: info.versionCode ?? '?',
      targetSdk: info.targetSdk ?? '?',
    };
    const remediation = [];
    if (user0?.enabled !== undefined && user0.enabled >= 2)
      return {
        status: 'fail',
        summary: { key: 'check.installed.disabled', params },
        evidence,
        remediation: [{ key: 'check.installed.disabledFix', params }],
      };
    if (info.debuggable) remediation.push({ key: 'check.installed.debuggable' });
    return {
      status: 'pass',
      summary: { key: info.debuggable ? 'check.installed.okDebuggable' : 'check.installed.ok', params },
      evidence,
      remediation,
      data: {
        versionName: info.versionName,
        versionCode: info.versionCode,
        targetSdk: info.targetSdk,
        debuggable: info.debuggable,
        stopped: user0?.stopped ?? null,
        apkPaths: paths,
      },
    };
  },
};
