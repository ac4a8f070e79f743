// What every command shares: the adb servers to use (global options), output helpers, and reading
// input files with messages that name the file.
import { readFileSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { defaultServerPort } from '../main/adb/port';
import { usageError } from './errors';
import { checkPackageName, checkSerial } from '../shared/validate';
import { createI18n, pickLanguage, translate, type Language } from '../shared/i18n';
import type { Text } from '../shared/types';

export interface GlobalOptions {
  adb?: string[];
  adbHost?: string;
  adbPort?: string;
  adbPath?: string;
  lang?: string;
}

export function addGlobalOptions(program: Command): void {
  program
    .option(
      '--adb <host:port>',
      'an adb server to use (repeatable; default the local one)',
      (v: string, prev: string[] = []) => [...prev, v],
    )
    .option('--adb-host <host>', 'host of the adb server (default 127.0.0.1)')
    .option('--adb-port <port>', 'port of the adb server (default $ANDROID_ADB_SERVER_PORT or 5037)')
    .option('--adb-path <path>', 'the adb binary to use (default: the bundled one, then PATH, then the Android SDK)')
    .option('--lang <lang>', 'language of texts: en or zh-CN (default: from the system locale)');
}

export function globals(cmd: Command): GlobalOptions {
  return cmd.optsWithGlobals() as GlobalOptions;
}

/** The adb server list from --adb, or --adb-host/--adb-port, or the defaults. */
export function serverList(opts: GlobalOptions): string[] {
  if (opts.adb?.length) return opts.adb;
  if (opts.adbPort !== undefined && !/^\d{1,5}$/.test(opts.adbPort))
    throw usageError(`--adb-port must be a port number, not "${opts.adbPort}".`);
  const host = opts.adbHost ?? '127.0.0.1';
  const port = opts.adbPort ? Number(opts.adbPort) : defaultServerPort();
  if (port < 1 || port > 65535) throw usageError(`--adb-port ${port} is out of range (1-65535).`);
  return [`${host.includes(':') ? `[${host}]` : host}:${port}`];
}

export function language(opts: GlobalOptions): Language {
  if (opts.lang && opts.lang !== 'en' && opts.lang !== 'zh-CN')
    throw usageError(`--lang must be en or zh-CN, not "${opts.lang}".`);
  return (
    (opts.lang as Language | undefined) ??
    pickLanguage(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG)
  );
}

export function translator(opts: GlobalOptions): (text: Text | undefined) => string {
  const i18n = createI18n(language(opts));
  return (text) => translate(i18n, text);
}

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

/** Reads a text input file; a missing, unreadable or binary file is bad input (exit 2). */
export function readTextFile(path: string, what: string, maxBytes = 64 * 1024 * 1024): string {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw usageError(`${what} ${path} is a directory, not a file.`);
    size = st.size;
  } catch (err) {
    if ((err as { exitCode?: number }).exitCode) throw err;
    throw usageError(
      `Cannot read ${what} ${path}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}.`,
    );
  }
  if (size > maxBytes)
    throw usageError(
      `${what} ${path} is ${Math.round(size / 1e6)} MB; expected at most ${Math.round(maxBytes / 1e6)} MB.`,
    );
  const buf = readFileSync(path);
  if (buf.includes(0)) throw usageError(`${what} ${path} is a binary file, not text.`);
  return buf.toString('utf8');
}

/** A table with aligned columns for terminal output. */
export function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ')).join('\n') + '\n';
}

/**
 * A secret given on the command line shows in `ps` and in the shell history: it may also come
 * from a file (`--x-file`, first line) or an environment variable. Exactly one source is used.
 */
export function secretInput(
  opts: { value?: string; file?: string; flag: string; env: string },
  environment: NodeJS.ProcessEnv = process.env,
): string | undefined {
  if (opts.value !== undefined && opts.file !== undefined)
    throw usageError(`Give ${opts.flag} or ${opts.flag}-file, not both.`);
  if (opts.file !== undefined) {
    const text = readTextFile(opts.file, `${opts.flag}-file`, 64 * 1024);
    const value = text.split(/\r?\n/)[0].trim();
    if (!value) throw usageError(`${opts.flag}-file ${opts.file} is empty.`, `Write the value on its first line.`);
    return value;
  }
  if (opts.value !== undefined) return opts.value;
  const fromEnv = environment[opts.env];
  return fromEnv ? fromEnv.trim() : undefined;
}

/** Checks `--serial` before anything reaches adb; absent is fine (the command picks the phone). */
export function checkSerialOption(value: string | undefined, name = '--serial'): void {
  if (value === undefined) return;
  const c = checkSerial(value);
  if (!c.ok) throw usageError(`${name}: ${c.reason}.`);
}

/** Checks `--package`; absent is fine (a virtual phone's app, or the profile's). */
export function checkPackageOption(value: string | undefined): void {
  if (value === undefined) return;
  const c = checkPackageName(value);
  if (!c.ok) throw usageError(`--package: ${c.reason}.`);
}

/** A whole-number option from 1 to `max`, or undefined when not given. */
export function positiveInt(value: string | undefined, name: string, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw usageError(`${name} must be a whole number from 1 to ${max}, not "${value}".`);
  return n;
}
