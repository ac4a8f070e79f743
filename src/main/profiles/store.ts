// Where the fronts keep app profiles: one JSON file per profile in a private folder (mode 0700,
// files 0600). With a cipher (the desktop app's safeStorage), secret fields are stored encrypted;
// they never travel to the renderer in clear: getMasked() replaces each with null.
import { mkdirSync, readdirSync, readFileSync, rmSync, chmodSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ProfileSummary } from '../../shared/contract';
import { SECRET_FIELDS, type AppProfile } from '../../shared/profile';
import type { ProviderName } from '../../shared/types';
import { BadInputError } from '../errors';
import { parseProfile, saveProfileFile } from '../push/profile-file';

export interface SecretCipher {
  encrypt(plain: string): string;
  decrypt(encoded: string): string;
}

export interface ProfileStore {
  list(): Promise<ProfileSummary[]>;
  load(id: string): Promise<AppProfile>;
  getMasked(id: string): Promise<Record<string, unknown> | null>;
  save(id: string, profile: Record<string, unknown>): Promise<ProfileSummary>;
  remove(id: string): Promise<void>;
}

const ID = /^[A-Za-z0-9._-]{1,64}$/;
const ENC = '$enc';

type Json = Record<string, unknown>;

function checkId(id: string): void {
  if (!ID.test(id) || id.startsWith('.')) throw new BadInputError(`"${id}" is not a profile name (letters, digits, . _ - up to 64 characters).`);
}

function mapSecrets(profile: Json, fn: (value: unknown, provider: ProviderName, field: string) => unknown): Json {
  const providers = { ...((profile.providers as Json) ?? {}) };
  for (const [provider, fields] of Object.entries(SECRET_FIELDS) as [ProviderName, string[]][]) {
    const cfg = providers[provider] as Json | undefined;
    if (!cfg) continue;
    const copy = { ...cfg };
    for (const f of fields) if (f in copy) copy[f] = fn(copy[f], provider, f);
    providers[provider] = copy;
  }
  return { ...profile, providers };
}

export class FileProfileStore implements ProfileStore {
  constructor(
    private readonly dir: string,
    private readonly cipher?: SecretCipher,
  ) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    try {
      chmodSync(dir, 0o700);
    } catch {
      // not ours to change (e.g. Windows)
    }
  }

  private path(id: string): string {
    checkId(id);
    return join(this.dir, `${id}.json`);
  }

  private readRaw(id: string): Json | null {
    const p = this.path(id);
    if (!existsSync(p)) return null;
    return JSON.parse(readFileSync(p, 'utf8')) as Json;
  }

  private decrypt(raw: Json): Json {
    return mapSecrets(raw, (v) => (v && typeof v === 'object' && ENC in (v as Json) ? this.cipher!.decrypt(String((v as Json)[ENC])) : v));
  }

  async list(): Promise<ProfileSummary[]> {
    const out: ProfileSummary[] = [];
    for (const f of readdirSync(this.dir).filter((n) => n.endsWith('.json') && !n.startsWith('.')).sort()) {
      const id = f.slice(0, -5);
      try {
        out.push(this.summary(id, this.readRaw(id)!));
      } catch {
        // An unreadable file is listed by the UI as nothing; `load` reports it.
      }
    }
    return out;
  }

  private summary(id: string, raw: Json): ProfileSummary {
    const providers = Object.keys((raw.providers as Json) ?? {}).filter((k) => (raw.providers as Json)[k]) as ProviderName[];
    const secrets: Record<string, 'set' | 'missing'> = {};
    for (const p of providers) for (const f of SECRET_FIELDS[p]) secrets[`${p}.${f}`] = ((raw.providers as Json)[p] as Json)[f] ? 'set' : 'missing';
    return { id, package: String(raw.package ?? ''), providers, secrets };
  }

  async load(id: string): Promise<AppProfile> {
    const raw = this.readRaw(id);
    if (!raw) throw new BadInputError(`No app profile named "${id}".`, 'Create it in the profile editor, or pass a file with --profile.');
    return parseProfile(this.decrypt(raw), `profile "${id}"`);
  }

  async getMasked(id: string): Promise<Json | null> {
    const raw = this.readRaw(id);
    return raw ? mapSecrets(raw, (v) => (v ? null : v)) : null;
  }

  async save(id: string, input: Json): Promise<ProfileSummary> {
    const existing = this.readRaw(id);
    const current = existing ? this.decrypt(existing) : null;
    // A secret left null keeps the stored value: the renderer never holds it in clear.
    const merged = mapSecrets(input, (v, provider, field) => (v === null || v === undefined ? (((current?.providers as Json)?.[provider] as Json | undefined)?.[field] ?? v) : v));
    const profile = parseProfile(merged, `profile "${id}"`);
    const stored = this.cipher ? mapSecrets(profile as unknown as Json, (v) => (typeof v === 'string' && v ? { [ENC]: this.cipher!.encrypt(v) } : v)) : (profile as unknown as Json);
    saveProfileFile(this.path(id), stored);
    return this.summary(id, profile as unknown as Json);
  }

  async remove(id: string): Promise<void> {
    rmSync(this.path(id), { force: true });
  }
}

/** The default folder: ~/.config/push-doctor/profiles (XDG), or the desktop app's user data. */
export function defaultProfileDir(base?: string): string {
  const root = base ?? process.env.PUSH_DOCTOR_HOME ?? join(process.env.XDG_CONFIG_HOME ?? join(process.env.HOME ?? '.', '.config'), 'push-doctor');
  return join(root, 'profiles');
}

