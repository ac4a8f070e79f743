// app.manifest: pull the app's APK from the phone, read its manifest, and check what the chosen
// channel needs (src/main/apk/rules.ts).
import { PREMISES } from '../premises';
import type { StepContext, StepDefinition, StepOutcome } from '../types';
import type { Evidence, Text } from '../../../shared/types';
import { pullFile } from '../../adb/pull';
import { manifestFromXml, readManifestXml, type ManifestModel } from '../../apk/manifest';
import { checkManifest, type Finding } from '../../apk/rules';
import { phoneFile, readManifestEntry } from '../../apk/remote-manifest';
import { DeviceError } from '../../adb/shell';
import { ManifestCache, manifestCache } from '../../apk/manifest-cache';

export type LoadedManifest =
  | { model: ManifestModel; size: number; cached: boolean; bytesRead: number; inPlace: boolean }
  | { error: 'pull' | 'parse'; message: string; size?: number };

/**
 * The app's manifest: read once per run (the click-through step needs it too), and once per
 * installed version of the app in this process (see manifest-cache.ts).
 */
export async function loadManifest(ctx: StepContext): Promise<LoadedManifest> {
  const inRun = ctx.state.loadedManifest;
  if (inRun) return inRun;
  const path = ctx.state.apkPath;
  if (!path) return { error: 'pull', message: 'the APK path is unknown' };
  const info = ctx.state.packageInfo;
  const key = ManifestCache.key(ctx.serial, path, {
    versionCode: info?.versionCode,
    lastUpdateTime: info?.lastUpdateTime,
  });
  let loaded: LoadedManifest;
  // A capture keeps the manifest's bytes, so it reads them from the phone even when they were read before.
  const hit = ctx.recorder || ctx.snapshot ? undefined : manifestCache.get(key);
  if (hit) loaded = { ...hit, cached: true, bytesRead: 0, inPlace: false };
  else {
    let read: ManifestBytes | undefined;
    try {
      read = ctx.snapshot ? fromSnapshot(ctx, path) : await fetchManifest(ctx, path);
      const model = manifestFromXml(read.xml, `the manifest of ${path}`);
      if (!ctx.snapshot) manifestCache.set(key, { model, size: read.size });
      loaded = { model, size: read.size, bytesRead: read.bytesRead, inPlace: read.inPlace, cached: false };
    } catch (err) {
      const e = err as Error & { apkSize?: number };
      const size = e.apkSize ?? read?.size;
      loaded = { error: size !== undefined ? 'parse' : 'pull', message: e.message, size };
    }
    if (ctx.recorder)
      ctx.recorder.manifest = {
        apkPath: path,
        ...(read
          ? {
              apkSize: read.size,
              bytesRead: read.bytesRead,
              inPlace: read.inPlace,
              manifestBase64: read.xml.toString('base64'),
            }
          : { error: 'error' in loaded ? loaded.message : 'unknown' }),
      };
  }
  ctx.state.loadedManifest = loaded;
  return loaded;
}

interface ManifestBytes {
  /** The binary AndroidManifest.xml. */
  xml: Buffer;
  size: number;
  bytesRead: number;
  inPlace: boolean;
}

/** The manifest a snapshot kept, or the reason it could not be read when it was captured. */
function fromSnapshot(ctx: StepContext, path: string): ManifestBytes {
  const m = ctx.snapshot!.manifest;
  if (!m || m.apkPath !== path || !m.manifestBase64)
    throw new Error(m?.error ?? `the snapshot holds no manifest for ${path}`);
  return {
    xml: Buffer.from(m.manifestBase64, 'base64'),
    size: m.apkSize ?? 0,
    bytesRead: m.bytesRead ?? 0,
    inPlace: m.inPlace ?? false,
  };
}

/**
 * Reads the manifest of the APK at `path` in place (its tail, then the one entry: a few hundred KB
 * over the wire however large the APK), or, when that cannot work on this phone, by pulling it.
 */
async function fetchManifest(ctx: StepContext, path: string): Promise<ManifestBytes> {
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
        const xml = await readManifestXml(entry.zip, `the manifest of ${path}`);
        return { xml, size: entry.size, bytesRead: entry.bytesRead, inPlace: true };
      } catch (err) {
        throw Object.assign(err as Error, { apkSize: entry.size });
      }
    }
  }
  const apk = await pullFile(ctx.client, ctx.serial, path, { signal: ctx.signal });
  try {
    return {
      xml: await readManifestXml(apk, `the APK at ${path}`),
      size: apk.length,
      bytesRead: apk.length,
      inPlace: false,
    };
  } catch (err) {
    throw Object.assign(err as Error, { apkSize: apk.length });
  }
}

export const manifestStep: StepDefinition<'app.manifest'> = {
  id: 'app.manifest',
  ...PREMISES['app.manifest'],
  async run(ctx): Promise<StepOutcome<'app.manifest'>> {
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
