// app.manifest: pull the app's APK from the phone, read its manifest, and check what the chosen
// channel needs (src/main/apk/rules.ts).
import type { StepContext, StepDefinition, StepOutcome } from '../types';
import type { Evidence, Text } from '../../../shared/types';
import { pullFile } from '../../adb/pull';
import { readManifest, type ManifestModel } from '../../apk/manifest';
import { checkManifest, type Finding } from '../../apk/rules';

/** The app's manifest, pulled and read once per run (the click-through step needs it too). */
export async function loadManifest(ctx: StepContext): Promise<{ model: ManifestModel; size: number } | { error: string }> {
  if (ctx.state.manifest) return { model: ctx.state.manifest as ManifestModel, size: (ctx.state.apk as Buffer | undefined)?.length ?? 0 };
  const path = ctx.state.apkPath;
  if (!path) return { error: 'the APK path is unknown' };
  const apk = await pullFile(ctx.client, ctx.serial, path, { signal: ctx.signal });
  const model = await readManifest(apk, `the APK at ${path}`);
  ctx.state.apk = apk;
  ctx.state.manifest = model;
  return { model, size: apk.length };
}

export const manifestStep: StepDefinition = {
  id: 'app.manifest',
  needs: ['app.installed', 'device.channel'],
  async run(ctx): Promise<StepOutcome> {
    const detected = ctx.state.facts!.detection.pushChannel;
    const channel = detected === 'none' ? 'fcm' : detected;
    const path = ctx.state.apkPath!;
    let apk: Buffer;
    try {
      apk = await pullFile(ctx.client, ctx.serial, path, { signal: ctx.signal });
    } catch (err) {
      return { status: 'fail', summary: { key: 'check.manifest.noApk', params: { message: (err as Error).message } }, evidence: [{ source: `adb pull ${path}`, excerpt: (err as Error).message }] };
    }
    let model: ManifestModel;
    try {
      model = await readManifest(apk, `the APK at ${path}`);
    } catch (err) {
      return { status: 'fail', summary: { key: 'engine.error', params: { message: (err as Error).message } }, evidence: [{ source: `adb pull ${path}`, excerpt: `${apk.length} bytes; ${(err as Error).message}` }] };
    }
    ctx.state.manifest = model;
    const checks = checkManifest(model, channel);
    const findings: (Finding & { channel: string })[] = checks.flatMap((c) => c.findings.map((f) => ({ ...f, channel: c.channel })));
    const fails = findings.filter((f) => f.severity === 'fail');
    const warns = findings.filter((f) => f.severity === 'warn');
    const evidence: Evidence[] = [
      {
        source: `APK manifest (${path}, ${Math.round(apk.length / 1024)} KiB)`,
        excerpt: [
          `package=${model.package} versionCode=${model.versionCode} targetSdk=${model.targetSdk}`,
          ...findings.map((f) => `${f.severity.toUpperCase()} [${f.channel}] ${f.code} at ${f.where ?? '?'}`),
        ].join('\n'),
      },
    ];
    const remediation: Text[] = [...fails, ...warns].flatMap((f) => [f.message, ...(f.fix ? [{ key: 'check.manifest.fixLine', params: { fix: f.fix } }] : [])]);
    const data = { findings, package: model.package, targetSdk: model.targetSdk };
    if (fails.length) return { status: 'fail', summary: { key: 'check.manifest.failed', params: { count: fails.length, channel } }, evidence, remediation, data };
    if (warns.length) return { status: 'warn', summary: { key: 'check.manifest.warnings', params: { count: warns.length, channel } }, evidence, remediation, data };
    return { status: 'pass', summary: { key: 'check.manifest.ok', params: { channel, warnings: 0 } }, evidence, data };
  },
};
