// Argument checks that run before anything reaches adb or a phone's shell. Shared so the UI can
// refuse bad input as the user types, with the same rules the core enforces.

/** Android's rule for application ids: dot-separated segments, each a Java identifier of ASCII
 * letters, digits and `_`, starting with a letter. Single-segment names exist only for system
 * packages (`android`), so they are accepted too. */
const PACKAGE_RE = /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)*$/;
const MAX_PACKAGE_LENGTH = 255;

/** USB serials, `host:port`, `[v6]:port`, emulator and mDNS names. No shell metacharacters. */
const SERIAL_RE = /^[A-Za-z0-9._:\-[\]%]+$/;
const MAX_SERIAL_LENGTH = 128;

export type Check = { ok: true } | { ok: false; reason: string };

function describe(value: string): string {
  const shown = value.length > 40 ? value.slice(0, 40) + '…' : value;
  return JSON.stringify(shown);
}

export function checkPackageName(value: unknown): Check {
  if (typeof value !== 'string' || value.length === 0) return { ok: false, reason: 'the package name is empty' };
  if (value.length > MAX_PACKAGE_LENGTH)
    return { ok: false, reason: `the package name is ${value.length} characters long (at most ${MAX_PACKAGE_LENGTH})` };
  if (!PACKAGE_RE.test(value))
    return {
      ok: false,
      reason: `${describe(value)} is not an Android package name (dot-separated parts of letters, digits and _, each starting with a letter, e.g. com.example.chat)`,
    };
  return { ok: true };
}

export function checkSerial(value: unknown): Check {
  if (typeof value !== 'string' || value.length === 0) return { ok: false, reason: 'the serial is empty' };
  if (value.length > MAX_SERIAL_LENGTH)
    return { ok: false, reason: `the serial is ${value.length} characters long (at most ${MAX_SERIAL_LENGTH})` };
  if (!SERIAL_RE.test(value))
    return {
      ok: false,
      reason: `${describe(value)} is not an adb serial (letters, digits and . _ : - [ ] % only; see \`push-doctor devices\`)`,
    };
  return { ok: true };
}

export function isPackageName(value: unknown): value is string {
  return checkPackageName(value).ok;
}

export function isSerial(value: unknown): value is string {
  return checkSerial(value).ok;
}

/** `host:port` of an adb server; host may be a name, IPv4 or a bracketed IPv6 address. */
export function parseServerAddress(value: string, defaultPort = 5037): { host: string; port: number } | null {
  const m = /^(?:\[([0-9a-fA-F:.]+)\]|([A-Za-z0-9.-]+))(?::(\d{1,5}))?$/.exec(value.trim());
  if (!m) return null;
  const port = m[3] ? Number(m[3]) : defaultPort;
  if (!Number.isInteger(port) || port < 1 || port > 65535) return null;
  return { host: m[1] ?? m[2], port };
}
