// App profiles on disk (JSON, mode 0600). Values `${NAME}` come from the environment so that
// secrets can stay out of the file — only in profile files the user runs from the CLI, never in
// profiles saved from the UI (src/main/profiles/store.ts passes no environment). Every secret read
// is registered with the redactor.
import { readFileSync, renameSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { platform } from 'node:os';
import { appProfileSchema, describeIssues, SECRET_FIELDS, type AppProfile } from '../../shared/profile';
import type { ProviderName } from '../../shared/types';
import { BadInputError } from '../errors';
import { registerSecret } from '../secrets';
import { tokenPatternIssues, USER_PATTERN_HINT } from '../logs/user-patterns';

const ENV_REF = /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}$/;

/** Replaces `${NAME}` values with the environment's, naming the field of a missing one. */
export function substituteEnv(value: unknown, env: NodeJS.ProcessEnv = process.env, path: string[] = []): unknown {
  if (typeof value === 'string') {
    const m = ENV_REF.exec(value);
    if (!m) return value;
    const v = env[m[1]];
    if (v === undefined || v === '')
      throw new BadInputError(
        `${path.join('.')}: the environment variable ${m[1]} is not set.`,
        `Set it (export ${m[1]}=…) or write the value into the profile.`,
      );
    return v;
  }
  if (Array.isArray(value)) return value.map((v, i) => substituteEnv(v, env, [...path, String(i)]));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substituteEnv(v, env, [...path, k])]));
  return value;
}

export function registerProfileSecrets(profile: AppProfile): void {
  for (const [provider, config] of Object.entries(profile.providers) as [
    ProviderName,
    Record<string, unknown> | undefined,
  ][]) {
    for (const field of SECRET_FIELDS[provider]) registerSecret(config?.[field] as string | undefined);
  }
}

/** Parses and validates a profile object; problems are listed by path. `env: null` expands nothing. */
export function parseProfile(
  raw: unknown,
  source = 'the profile',
  env: NodeJS.ProcessEnv | null = process.env,
): AppProfile {
  const result = appProfileSchema.safeParse(env ? substituteEnv(raw, env) : raw);
  if (!result.success) {
    const issues = describeIssues(result.error);
    throw new BadInputError(
      `${source} is not a valid app profile: ${issues.join('; ')}.`,
      'See the README section "App profiles" for the fields each provider needs.',
    );
  }
  // Token patterns run on RE2 (src/main/logs/user-patterns.ts): checked here, where every profile
  // (CLI file, UI store) is loaded, so a bad one is refused up front with its path.
  const patternIssues = tokenPatternIssues(result.data.tokenPatterns);
  if (patternIssues.length)
    throw new BadInputError(`${source} is not a valid app profile: ${patternIssues.join('; ')}.`, USER_PATTERN_HINT);
  registerProfileSecrets(result.data);
  return result.data;
}

/** Reads a profile file, refusing one that other users may read (it holds secrets). */
export function loadProfile(path: string, env: NodeJS.ProcessEnv = process.env): AppProfile {
  let text: string;
  try {
    const st = statSync(path);
    if (platform() !== 'win32' && (st.mode & 0o077) !== 0)
      throw new BadInputError(
        `${path} can be read by other users of this machine (mode ${(st.mode & 0o777).toString(8)}), and it may hold push secrets.`,
        `Restrict it: chmod 600 ${path}`,
      );
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if (err instanceof BadInputError) throw err;
    throw new BadInputError(
      `Cannot read the profile ${path}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}.`,
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    // V8's message quotes the text around the error; the file may hold secrets, so only the place.
    throw new BadInputError(`${path} is not valid JSON${jsonErrorPlace(err, text)}.`);
  }
  const profile = parseProfile(raw, path, env);
  // A service-account path is relative to the profile file.
  const fcm = profile.providers.fcm;
  if (fcm?.serviceAccountFile && !isAbsolute(fcm.serviceAccountFile))
    fcm.serviceAccountFile = resolve(dirname(path), fcm.serviceAccountFile);
  return profile;
}

/** Where JSON.parse failed (line and column), without any of the text. */
export function jsonErrorPlace(err: unknown, text: string): string {
  const m = /position (\d+)/.exec(String((err as Error)?.message ?? ''));
  if (!m) return '';
  const before = text.slice(0, Number(m[1]));
  const line = before.split('\n').length;
  return ` (line ${line}, column ${before.length - before.lastIndexOf('\n')})`;
}

/** Writes a profile with mode 0600, atomically (a crash never leaves half a file). */
export function saveProfileFile(path: string, profile: AppProfile | Record<string, unknown>): void {
  const tmp = join(dirname(path), `.${randomBytes(6).toString('hex')}.tmp`);
  writeFileSync(tmp, JSON.stringify(profile, null, 2) + '\n', { mode: 0o600 });
  chmodSync(tmp, 0o600);
  renameSync(tmp, path);
}
