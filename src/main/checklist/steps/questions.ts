// The shell questions steps share. They are asked together at the start of a run (a few batches in
// parallel, each one round trip; see prefetchFor) and each step reads its answer from the cache.
type Cmd = string | string[];

export const QUESTIONS = {
  getprop: ['getprop'] as Cmd,
  packages: 'pm list packages --show-versioncode 2>/dev/null || pm list packages' as Cmd,
  disabledPackages: ['pm', 'list', 'packages', '-d'] as Cmd,
  notifications: ['dumpsys', 'notification', '--noredact'] as Cmd,
  deviceIdle: ['dumpsys', 'deviceidle', 'whitelist'] as Cmd,
  zenMode: ['settings', 'get', 'global', 'zen_mode'] as Cmd,
  dumpsysPackage: (pkg: string): Cmd => ['dumpsys', 'package', pkg],
  pmPath: (pkg: string): Cmd => ['pm', 'path', pkg],
  appOps: (pkg: string): Cmd => ['cmd', 'appops', 'get', pkg],
  standbyBucket: (pkg: string): Cmd => ['am', 'get-standby-bucket', pkg],
  pidof: (pkg: string): Cmd => ['pidof', pkg],
};

/**
 * Everything the automated steps ask about an app, as groups asked in parallel (one shell session
 * each). A phone runs the commands of one session one after another, and almost every one of these
 * (pm, dumpsys, cmd, am, settings) waits on system_server for tens of ms, so separate sessions
 * overlap that wait; only getprop, which answers at once, shares a session. `npm run bench`
 * measures both shapes (phones answering at once, and taking 50 ms a command).
 */
export function prefetchFor(pkg: string): Cmd[][] {
  return [
    [QUESTIONS.getprop, QUESTIONS.disabledPackages],
    [QUESTIONS.packages],
    [QUESTIONS.dumpsysPackage(pkg)],
    [QUESTIONS.pmPath(pkg)],
    [QUESTIONS.appOps(pkg)],
    [QUESTIONS.standbyBucket(pkg)],
    [QUESTIONS.deviceIdle],
    [QUESTIONS.zenMode],
    [QUESTIONS.notifications],
  ];
}
