// Package-manager output of the virtual phone, in the shapes real phones print
// (device-facts.md §3.4): `dumpsys package <pkg>`, `pm list packages …`, `pm path`.
import type { SimPackage } from '../../phone/state';

export interface PackageDumpOptions {
  sdk: number;
  /** MIUI's dual-apps user 999 line. */
  xiaomiExtraUser?: boolean;
}

function userLine(p: SimPackage, sdk: number, userId = 0, installed = p.installed): string {
  const fields = [`ceDataInode=${installed ? 104857 + (p.uid % 1000) : 0}`];
  if (sdk >= 31) fields.push(`deDataInode=${installed ? 52428 + (p.uid % 1000) : 0}`);
  fields.push(`installed=${installed}`, 'hidden=false', 'suspended=false');
  if (sdk >= 29) fields.push('distractionFlags=0');
  fields.push(
    `stopped=${userId === 0 ? p.stopped : true}`,
    `notLaunched=${userId === 0 ? p.notLaunched : true}`,
    `enabled=${p.enabledState}`,
  );
  if (sdk >= 29) fields.push('instant=false', 'virtual=false');
  if (sdk >= 35) fields.push('quarantined=false');
  return `    User ${userId}: ${fields.join(' ')}`;
}

export function formatDumpsysPackage(p: SimPackage, opts: PackageDumpOptions): string {
  const out: string[] = [];
  const flags = ['HAS_CODE', 'ALLOW_CLEAR_USER_DATA', 'ALLOW_BACKUP'];
  if (p.system) flags.unshift('SYSTEM');
  if (p.debuggable) flags.push('DEBUGGABLE');
  out.push(
    'Activity Resolver Table:',
    '  Non-Data Actions:',
    '      android.intent.action.MAIN:',
    `        ${(p.uid * 7919).toString(16).slice(-7)} ${p.name}/.MainActivity filter ${(p.uid * 104729).toString(16).slice(-7)}`,
    '          Action: "android.intent.action.MAIN"',
    '          Category: "android.intent.category.LAUNCHER"',
    '',
  );
  if (p.components?.length) {
    out.push('Receiver Resolver Table:', '  Non-Data Actions:');
    for (const c of p.components.filter((x) => x.kind === 'receiver' || x.kind === 'service')) {
      for (const a of c.actions)
        out.push(
          `      ${a}:`,
          `        ${(p.uid * 31).toString(16).slice(-7)} ${p.name}/${c.className} filter ${(p.uid * 37).toString(16).slice(-7)}`,
          `          Action: "${a}"`,
        );
    }
    out.push('');
  }
  out.push(
    'Key Set Manager:',
    `  [${p.name}]`,
    `      Signing KeySets: ${p.uid % 97}`,
    '',
    'Packages:',
    `  Package [${p.name}] (${(p.uid * 2654435761).toString(16).slice(-7)}):`,
    `    appId=${p.uid}`,
    `    pkg=Package{${(p.uid * 40503).toString(16).slice(-7)} ${p.name}}`,
    `    codePath=${p.apkPath.replace(/\/[^/]+\.apk$/, '')}`,
    `    resourcePath=${p.apkPath.replace(/\/[^/]+\.apk$/, '')}`,
    `    legacyNativeLibraryDir=${p.apkPath.replace(/\/[^/]+\.apk$/, '')}/lib`,
    '    primaryCpuAbi=arm64-v8a',
    '    secondaryCpuAbi=null',
    `    versionCode=${p.versionCode} minSdk=${p.minSdk} targetSdk=${p.targetSdk}`,
    `    versionName=${p.versionName}`,
    '    splits=[base]',
    '    apkSigningVersion=3',
    `    flags=[ ${flags.join(' ')} ]`,
    `    privateFlags=[ PRIVATE_FLAG_ACTIVITIES_RESIZE_MODE_RESIZEABLE_VIA_SDK_VERSION ALLOW_AUDIO_PLAYBACK_CAPTURE PRIVATE_FLAG_ALLOW_NATIVE_HEAP_POINTER_TAGGING ]`,
    `    timeStamp=${p.lastUpdateTime}`,
    `    firstInstallTime=${p.firstInstallTime}`,
    `    lastUpdateTime=${p.lastUpdateTime}`,
    `    installerPackageName=${p.installer ?? 'null'}`,
    `    signatures=PackageSignatures{${(p.uid * 65537).toString(16).slice(-7)} version:3, signatures:[${(p.uid * 997).toString(16).slice(-8)}], past signatures:[]}`,
    '    installPermissionsFixed=true',
    `    pkgFlags=[ ${flags.join(' ')} ]`,
  );
  if (p.requestedPermissions.length)
    out.push('    requested permissions:', ...p.requestedPermissions.map((x) => `      ${x}`));
  if (p.installPermissions.length)
    out.push('    install permissions:', ...p.installPermissions.map((x) => `      ${x}: granted=true`));
  out.push(userLine(p, opts.sdk));
  out.push('      gids=[3003]');
  if (opts.sdk >= 29) out.push('      installReason=0');
  const runtime = Object.entries(p.runtimePermissions);
  if (runtime.length) {
    out.push('      runtime permissions:');
    for (const [name, st] of runtime)
      out.push(`        ${name}: granted=${st.granted}, flags=[ ${st.flags.join('|')} ]`);
  }
  if (opts.xiaomiExtraUser) out.push(userLine(p, opts.sdk, 999, false));
  out.push(
    '',
    'Queries:',
    '  system apps queryable: false',
    '',
    'Dexopt state:',
    `  [${p.name}]`,
    '    path: ' + p.apkPath,
    '      arm64: [status=speed-profile] [reason=install-dm]',
    '',
  );
  return out.join('\n') + '\n';
}

/** What `dumpsys package <pkg>` prints for a package that is not installed: no `Package [` block. */
export function formatDumpsysPackageNotFound(): string {
  return [
    'Activity Resolver Table:',
    '',
    'Key Set Manager:',
    '',
    'Packages:',
    '',
    'Queries:',
    '  system apps queryable: false',
    '',
    'Dexopt state:',
    '',
    'Compiler stats:',
    '',
  ].join('\n');
}

export interface PmListFlags {
  showPath: boolean;
  showUid: boolean;
  showVersionCode: boolean;
  onlyDisabled: boolean;
  onlyEnabled: boolean;
  onlySystem: boolean;
  onlyThirdParty: boolean;
  filter?: string;
}

export function formatPmListPackages(pkgs: SimPackage[], f: PmListFlags): string {
  const lines = pkgs
    .filter((p) => p.installed)
    .filter((p) => !f.onlyDisabled || p.enabledState >= 2)
    .filter((p) => !f.onlyEnabled || p.enabledState < 2)
    .filter((p) => !f.onlySystem || p.system)
    .filter((p) => !f.onlyThirdParty || !p.system)
    .filter((p) => !f.filter || p.name.includes(f.filter))
    .map(
      (p) =>
        `package:${f.showPath ? `${p.apkPath}=` : ''}${p.name}${f.showVersionCode ? ` versionCode:${p.versionCode}` : ''}${f.showUid ? ` uid:${p.uid}` : ''}`,
    );
  return lines.length ? lines.join('\n') + '\n' : '';
}
