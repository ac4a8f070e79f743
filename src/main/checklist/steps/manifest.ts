// app.manifest: pull the app's APK from the phone, read its manifest, and check what the chosen
// channel needs (src/main/apk/rules.ts).
import { PREMISES } from '../premises';
import type { StepContext, StepDefinition, StepOutcome } from '../types';
import type { Evidence, Text } from '../../../shared/types';
import { pullFile } from '../../adb/pull';
import { readManifest, type ManifestModel } from '../../apk/manifest';
import { checkManifest, type Finding } from '../../apk/rules';
import { phoneFile, readManifestEntry } from '../../apk/remote-manifest';
import { DeviceError } from '../../adb/shell';
import { ManifestCache, manifestCache } from '../../apk/manifest-cache';
import type { DumpsysPackage } from '../../device/outputs/package';

export type LoadedManifest =
  | { model: ManifestModel; size: number; cached: boolean; bytesRead: number; inPlace: boolean }
  | { error: 'pull' | 'parse'; message: string; size?: number };

/**
 * The app's manifest: read once per run (the click-through step needs it too), and once per
 * installed version of the app in this process (see manifest-cache.ts).
 */
export async function loadManifest(ctx: StepContext): Promise<LoadedManifest> {
  const inRun = ctx.state.loadedManifest as LoadedManifest | undefined;
  if (inRun) return inRun;
  const path = ctx.state.apkPath;
  if (!path) return { error: 'pull', message: 'the APK path is unknown' };
  const info = ctx.state.packageInfo as DumpsysPackage | undefined;
  const key = ManifestCache.key(ctx.serial, path, {
    versionCode: info?.versionCode,
    lastUpdateTime: info?.lastUpdateTime,
  });
  let loaded: LoadedManifest;
  const hit = manifestCache.get(key);
  if (hit) loaded = { ...hit, cached: true, bytesRead: 0, inPlace: false };
  else {
    try {
      const read = await fetchManifest(ctx, path);
      manifestCache.set(key, { model: read.model, size: read.size });
      loaded = { ...read, cached: false };
    } catch (err) {
      const e = err as Error & { apkSize?: number };
      loaded = { error: e.apkSize !== undefined ? 'parse' : 'pull', message: e.message, size: e.apkSize };
    }
  }
  ctx.state.loadedManifest = loaded;
  return loaded;
}

/**
 * Reads the manifest of the APK at `path` in place (its tail, then the one entry: a few hundred KB
 * over the wire however large the APK), or, when that cannot work on this phone, by pulling it.
 */
async function fetchManifest(
  ctx: StepContext,
  path: string,
): Promise<{ model: ManifestModel; size: number; bytesRead: number; inPlace: boolean }> {
  if (ctx.options.readApkInPlace !== false) {
    let entry: Awaited<ReturnType<typeof readManifestEntry>> | undefined;
    try {
      entry = await readManifestEntry(phoneFile(ctx.client, ctx.serial, path, { timeoutMs: 30_000 }));
    } catch (err) {
      // A phone that went away fails the step; anything else (an old toybox, zip64, bytes mangled
      // by a pty) falls back to the pull below.
      if (err instanceof DeviceError && err.kind !== 'failed' && err.kind !== 'timeout') throw err;
    }
    // The entry came out whole: a manifest that does not parse would not parse from a pulled copy
    // either, so the step fails now instead of pulling what may be a 100 MB APK for nothing.
    if (entry) {
      try {
        return {
          model: await readManifest(entry.zip, `the manifest of ${path}`),
          size: entry.size,
          bytesRead: entry.bytesRead,
          inPlace: true,
        };
      } catch (err) {
        throw Object.assign(err as Error, { apkSize: entry.size });
      }
    }
  }
  const apk = await pullFile(ctx.client, ctx.serial, path, { signal: ctx.signal });
  try {
    return {
      model: await readManifest(apk, `the APK at ${path}`),
      size: apk.length,
      bytesRead: apk.length,
      inPlace: false,
    };
  } catch (err) {
    throw Object.assign(err as Error, { apkSize: apk.length });
  }
}

export const manifestStep: StepDefinition = {
  id: 'app.manifest',
  ...PREMISES['app.manifest'],
  async run(ctx): Promise<StepOutcome> {
    const detected = ctx.state.facts!.detection.pushChannel;
    const channel = detected === 'none' ? 'fcm' : detected;
    const path = ctx.state.apkPath!;
    const loaded = await loadManifest(ctx);
    if ('error' in loaded) {
      return loaded.error === 'pull'
        ? {
            status: 'fail',
            summary: { key: 'check.manifest.noApk', params: { message: loaded.message } },
            evidence: [{ source: `adb pull ${path}`, excerpt: loaded.message }],
          }
        : {
            status: 'fail',
            summary: { key: 'engine.error', params: { message: loaded.message } },
            evidence: [{ source: `adb pull ${path}`, excerpt: `${loaded.size} bytes; ${loaded.message}` }],
          };
    }
    const model = loaded.model;
    const checks = checkManifest(model, channel);
    const findings: (Finding & { channel: string })[] = checks.flatMap((c) =>
      c.findings.map((f) => ({ ...f, channel: c.channel })),
    );
    const fails = findings.filter((f) => f.severity === 'fail');
    const warns = findings.filter((f) => f.severity === 'warn');
    const evidence: Evidence[] = [
      {
        source: `APK manifest (${path}, ${Math.round(loaded.size / 1024)} KiB${loaded.cached ? ', read earlier in this session' : loaded.inPlace ? `; read in place: ${Math.round(loaded.bytesRead / 1024)} KiB` : ''})`,
        excerpt: [
          `package=${model.package} versionCode=${model.versionCode} targetSdk=${model.targetSdk}`,
          ...findings.map((f) => `${f.severity.toUpperCase()} [${f.channel}] ${f.code} at ${f.where ?? '?'}`),
        ].join('\n'),
      },
    ];
    const remediation: Text[] = [...fails, ...warns].flatMap((f) => [
      f.message,
      ...(f.fix ? [{ key: 'check.manifest.fixLine', params: { fix: f.fix } }] : []),
    ]);
    const data = { findings, package: model.package, targetSdk: model.targetSdk };
    if (fails.length)
      return {
        status: 'fail',
        summary: { key: 'check.manifest.failed', params: { count: fails.length, channel } },
        evidence,
        remediation,
        data,
      };
    if (warns.length)
      return {
        status: 'warn',
        summary: { key: 'check.manifest.warnings', params: { count: warns.length, channel } },
        evidence,
        remediation,
        data,
      };
    return { status: 'pass', summary: { key: 'check.manifest.ok', params: { channel, warnings: 0 } }, evidence, data };
  },
};
