// `pm list packages --show-versioncode` output, apart from info.ts so that reading a saved list
// does not load the adb layer.
import type { PackageInfo } from './detect';

export function parsePackageList(text: string): PackageInfo[] {
  const out: PackageInfo[] = [];
  for (const line of text.split(/\r?\n/)) {
    const m = /^package:(?:.*=)?([A-Za-z0-9_.]+)(?:\s+versionCode:(\d+))?/.exec(line.trim());
    if (m) out.push({ name: m[1], versionCode: m[2] ? Number(m[2]) : undefined });
  }
  return out;
}
