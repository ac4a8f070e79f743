// Finds the `adb` binary: a configured path, then the copy bundled with the desktop app (a known
// version, tested with the app), then PATH, then the Android SDK's platform-tools (ANDROID_HOME /
// ANDROID_SDK_ROOT and the SDK's default install folders). The CLI has no bundled copy and starts
// at PATH.
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { homedir, platform } from 'node:os';
import { UserError } from '../errors';

const EXE = platform() === 'win32' ? 'adb.exe' : 'adb';

function executable(path: string): boolean {
  try {
    accessSync(path, platform() === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function adbCandidates(env: NodeJS.ProcessEnv = process.env, bundledDir?: string): string[] {
  const out: string[] = [];
  if (bundledDir) out.push(join(bundledDir, EXE));
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) out.push(join(dir, EXE));
  for (const sdk of [env.ANDROID_HOME, env.ANDROID_SDK_ROOT].filter(Boolean) as string[])
    out.push(join(sdk, 'platform-tools', EXE));
  const home = homedir();
  const defaults =
    platform() === 'darwin'
      ? [join(home, 'Library', 'Android', 'sdk')]
      : platform() === 'win32'
        ? [join(env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'), 'Android', 'Sdk')]
        : [join(home, 'Android', 'Sdk'), '/usr/lib/android-sdk'];
  for (const sdk of defaults) out.push(join(sdk, 'platform-tools', EXE));
  return out;
}

export function installHint(): string {
  switch (platform()) {
    case 'darwin':
      return "Install it with `brew install --cask android-platform-tools`, or point --adb-path at the SDK's platform-tools/adb.";
    case 'win32':
      return 'Install "SDK Platform-Tools" from developer.android.com/tools/releases/platform-tools (or `winget install Google.PlatformTools`), or point --adb-path at adb.exe.';
    default:
      return "Install it with `sudo apt-get install adb` (Debian/Ubuntu) or `sudo dnf install android-tools` (Fedora), or point --adb-path at the SDK's platform-tools/adb.";
  }
}

/** Returns the adb binary to use, or throws a UserError saying how to install it. */
export function findAdb(options: { configured?: string; env?: NodeJS.ProcessEnv; bundledDir?: string } = {}): string {
  if (options.configured) {
    if (existsSync(options.configured) && executable(options.configured)) return options.configured;
    throw new UserError(`adb was not found at ${options.configured} (from --adb-path or settings).`, installHint(), 2);
  }
  const found = adbCandidates(options.env, options.bundledDir).find((p) => existsSync(p) && executable(p));
  if (found) return found;
  throw new UserError('adb (Android Debug Bridge) is not installed or not on PATH.', installHint());
}
