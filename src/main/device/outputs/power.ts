// Parsers for the power-related answers: `dumpsys deviceidle whitelist`, `am get-standby-bucket`,
// `cmd appops get <pkg>` and `settings get global zen_mode` (device-facts.md §3.1-3.3, §3.7).

export interface IdleWhitelistEntry {
  type: 'system-excidle' | 'system' | 'user' | string;
  pkg: string;
  uid: number;
}

export function parseDeviceIdleWhitelist(text: string): IdleWhitelistEntry[] {
  const out: IdleWhitelistEntry[] = [];
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*([\w-]+),([\w.]+),(\d+)\s*$/.exec(line);
    if (m) out.push({ type: m[1], pkg: m[2], uid: Number(m[3]) });
  }
  return out;
}

export const STANDBY_BUCKETS: Record<number, string> = {
  5: 'exempted',
  10: 'active',
  20: 'working set',
  30: 'frequent',
  40: 'rare',
  45: 'restricted',
  50: 'never',
};

/** `am get-standby-bucket PKG` prints a bare number (or `pkg: N` lines without a package). */
export function parseStandbyBucket(text: string, pkg?: string): number | null {
  const t = text.trim();
  if (/^\d+$/.test(t)) return Number(t);
  if (pkg) {
    for (const line of t.split(/\r?\n/)) {
      const m = /^([\w.]+):\s*(\d+)$/.exec(line.trim());
      if (m && m[1] === pkg) return Number(m[2]);
    }
  }
  return null;
}

export interface AppOpEntry {
  op: string;
  mode: string;
  uidMode: boolean;
}

/** `cmd appops get PKG`: `OP: mode[; time=…]` lines, `Uid mode: OP: mode`, or `No operations.`. */
export function parseAppOps(text: string): AppOpEntry[] {
  const out: AppOpEntry[] = [];
  for (const line of text.split(/\r?\n/)) {
    const m =
      /^\s*(Uid mode: )?([A-Z_]+(?:\(\d+\))?|MIUIOP\(\d+\)): (allow|ignore|deny|default|foreground|errored)\b/.exec(
        line,
      );
    if (m) out.push({ op: m[2], mode: m[3], uidMode: !!m[1] });
  }
  return out;
}

export function appOpMode(entries: AppOpEntry[], op: string): string | undefined {
  // A package-level entry overrides the uid-level one.
  return entries.find((e) => e.op === op && !e.uidMode)?.mode ?? entries.find((e) => e.op === op)?.mode;
}

export const ZEN_MODES: Record<number, string> = {
  0: 'off',
  1: 'priority only',
  2: 'total silence',
  3: 'alarms only',
  4: 'MIUI silent',
};

/** `settings get global zen_mode`: a number, or `null` when unset (= off). */
export function parseZenMode(text: string): number | null {
  const t = text.trim();
  if (t === 'null' || t === '') return 0;
  return /^\d+$/.test(t) ? Number(t) : null;
}
