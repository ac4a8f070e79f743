// Parsers for package-manager answers: `dumpsys package <pkg>` and `pm path <pkg>`. Real outputs
// differ by Android version (extra fields on the `User N:` line, MIUI's `User 999:` second space,
// flag list spacing), so fields are read by name, not by position.

export interface PermissionState {
  granted: boolean;
  flags: string[];
}

export interface PackageUser {
  userId: number;
  installed: boolean;
  hidden: boolean;
  suspended: boolean;
  stopped: boolean;
  notLaunched: boolean;
  /**
   * 0 default, 1 enabled, 2 disabled, 3 disabled by user, 4 disabled until used. Only 2-4 mean
   * disabled: `lastDisabledCaller:` is printed for any package whose state someone ever set (a store
   * re-enabling it leaves it there), so it says nothing by itself.
   */
  enabled: number;
  lastDisabledCaller?: string;
  runtimePermissions: Record<string, PermissionState>;
}

export interface DumpsysPackage {
  found: boolean;
  versionCode?: number;
  versionName?: string;
  minSdk?: number;
  targetSdk?: number;
  codePath?: string;
  installer?: string;
  firstInstallTime?: string;
  lastUpdateTime?: string;
  pkgFlags: string[];
  debuggable: boolean;
  requestedPermissions: string[];
  installPermissions: Record<string, boolean>;
  users: PackageUser[];
}

const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));

/**
 * Parses the `Package [<pkg>]` block of `dumpsys package <pkg>`. An updated system app prints two
 * blocks, the installed update under `Packages:` first and the factory copy under `Hidden system
 * packages:` after it; the first is the one that runs, so the first block is read.
 */
export function parseDumpsysPackage(text: string, pkg: string): DumpsysPackage {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const result: DumpsysPackage = {
    found: false,
    pkgFlags: [],
    debuggable: false,
    requestedPermissions: [],
    installPermissions: {},
    users: [],
  };
  const start = lines.findIndex((l) => l.trim().startsWith(`Package [${pkg}]`));
  if (start < 0) return result;
  result.found = true;
  // The block ends at the next line indented as little as its header (or less).
  const indent = lines[start].search(/\S/);
  let section: 'requested' | 'install' | 'runtime' | null = null;
  let sectionIndent = 0;
  let user: PackageUser | null = null;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i];
    if (!line.trim()) continue;
    const depth = line.search(/\S/);
    if (depth <= indent) break;
    // A permission list ends at the first line indented no deeper than its heading.
    if (section && depth <= sectionIndent) section = null;
    const t = line.trim();
    let m: RegExpExecArray | null;
    if (section) {
      if ((m = /^([\w.]+): granted=(true|false)(?:, flags=\[\s*([^\]]*)\])?/.exec(t))) {
        if (section === 'install') result.installPermissions[m[1]] = m[2] === 'true';
        else if (section === 'runtime' && user)
          user.runtimePermissions[m[1]] = {
            granted: m[2] === 'true',
            flags: (m[3] ?? '').split(/[|\s]+/).filter(Boolean),
          };
      } else if (section === 'requested' && (m = /^([\w.]+)/.exec(t))) result.requestedPermissions.push(m[1]);
      continue;
    }
    if (user && (m = /^lastDisabledCaller: (\S+)/.exec(t))) {
      user.lastDisabledCaller = m[1];
      continue;
    }
    if ((m = /^versionCode=(\d+)(?:\s+minSdk=(\d+))?(?:\s+targetSdk=(\d+))?/.exec(t))) {
      result.versionCode = num(m[1]);
      result.minSdk = num(m[2]);
      result.targetSdk = num(m[3]);
    } else if ((m = /^versionName=(.*)$/.exec(t))) result.versionName = m[1];
    else if ((m = /^codePath=(.*)$/.exec(t))) result.codePath = m[1];
    else if ((m = /^installerPackageName=(.*)$/.exec(t))) result.installer = m[1] === 'null' ? undefined : m[1];
    else if ((m = /^firstInstallTime=(.*)$/.exec(t))) result.firstInstallTime ??= m[1];
    else if ((m = /^lastUpdateTime=(.*)$/.exec(t))) result.lastUpdateTime = m[1];
    else if ((m = /^(pkgFlags|flags)=\[(.*)\]/.exec(t))) {
      const flags = m[2].trim().split(/\s+/).filter(Boolean);
      if (m[1] === 'pkgFlags') result.pkgFlags = flags;
      if (flags.includes('DEBUGGABLE')) result.debuggable = true;
    } else if ((m = /^(requested|install|runtime) permissions:/.exec(t))) {
      section = m[1] as 'requested' | 'install' | 'runtime';
      sectionIndent = depth;
    } else if ((m = /^User (\d+):(.*)$/.exec(t))) {
      const f = Object.fromEntries([...m[2].matchAll(/(\w+)=(\S+)/g)].map((x) => [x[1], x[2]]));
      user = {
        userId: Number(m[1]),
        installed: f.installed === 'true',
        hidden: f.hidden === 'true',
        suspended: f.suspended === 'true',
        stopped: f.stopped === 'true',
        notLaunched: f.notLaunched === 'true',
        enabled: Number(f.enabled ?? 0),
        runtimePermissions: {},
      };
      result.users.push(user);
    }
  }
  return result;
}

/** `pm path <pkg>`: one `package:/path/base.apk` line per APK (split APKs give several). */
export function parsePmPath(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => /^package:(.+)$/.exec(l.trim())?.[1])
    .filter((p): p is string => !!p);
}

/** Whether the app may post notifications, as far as the package dump tells (user 0 by default). */
export type NotificationGrant = 'granted' | 'denied' | 'not-needed' | 'unknown';

/**
 * Android 13+ (API 33) gates notifications on the runtime permission POST_NOTIFICATIONS. An app
 * that requests it but has no runtime grant recorded for the user has not been allowed: its
 * notifications are off (the permission is granted only through the runtime grant; the dump lists
 * it under `runtime permissions:` once the user or the system decided).
 */
export function notificationGrant(pkg: DumpsysPackage, sdk: number, userId = 0): NotificationGrant {
  if (sdk < 33) return 'not-needed';
  const name = 'android.permission.POST_NOTIFICATIONS';
  const perm = pkg.users.find((u) => u.userId === userId)?.runtimePermissions[name];
  if (perm) return perm.granted ? 'granted' : 'denied';
  if (pkg.requestedPermissions.includes(name)) return 'denied';
  return 'unknown';
}
