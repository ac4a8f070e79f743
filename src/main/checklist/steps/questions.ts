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
 * Everything the automated steps ask about an app, grouped so that the quick questions the first
 * steps need are not held up behind a large `dumpsys notification`.
 */
export function prefetchFor(pkg: string): Cmd[][] {
  return [
    [QUESTIONS.getprop, QUESTIONS.packages, QUESTIONS.disabledPackages],
    [QUESTIONS.dumpsysPackage(pkg), QUESTIONS.pmPath(pkg), QUESTIONS.appOps(pkg), QUESTIONS.standbyBucket(pkg), QUESTIONS.deviceIdle, QUESTIONS.zenMode],
    [QUESTIONS.notifications],
  ];
}
