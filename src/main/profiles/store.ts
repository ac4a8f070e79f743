// Where the fronts keep app profiles: one JSON file per profile in a private folder (mode 0700,
// files 0600). With a cipher (the desktop app's safeStorage), secret fields are stored encrypted;
// they never travel to the renderer in clear: getMasked() replaces each with null.
// What the UI sends is not trusted with the stored secrets:
// - a secret left null keeps the stored one only while the provider's address (baseUrl, authUrl,
//   tokenUrl) stays the same: a changed address needs the secret typed again, so the UI cannot
//   send a kept secret to a host of its choosing;
// - nothing is expanded from the environment (`${NAME}` stays text, and the UI is told so);
// - the core never reads a path the UI hands it: the FCM service-account key comes as its content
//   (`serviceAccount`, stored as a secret); `serviceAccountFile` is only kept as it was stored.
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

export interface SaveOptions {
  /** `ui`: the payload came from a renderer (the rules above); `local`: the tool itself (serve's virtual lab). */
  origin?: 'ui' | 'local';
}

export interface ProfileStore {
  list(): Promise<ProfileSummary[]>;
  load(id: string): Promise<AppProfile>;
  getMasked(id: string): Promise<Record<string, unknown> | null>;
  save(id: string, profile: Record<string, unknown>, options?: SaveOptions): Promise<ProfileSummary>;
  remove(id: string): Promise<void>;
}

/** Where a provider sends its secrets. */
const ENDPOINT_FIELDS = ['baseUrl', 'authUrl', 'tokenUrl'];
const ENV_REF = /^\$\{[A-Za-z_][A-Za-z0-9_]*\}$/;

const ID = /^[A-Za-z0-9._-]{1,64}$/;
const ENC = '$enc';

type Json = Record<string, unknown>;

function checkId(id: string): void {
  if (!ID.test(id) || id.startsWith('.'))
    throw new BadInputError(`"${id}" is not a profile name (letters, digits, . _ - up to 64 characters).`);
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
    /**
     * Where the system offers no real encryption (safeStorage's basic_text backend, no keyring):
     * whether the user agreed to store secrets anyway. Absent: files of mode 0600 are the store
     * (`serve`, the CLI).
     */
    private readonly mayStoreSecrets?: () => boolean,
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
    return mapSecrets(raw, (v) =>
      v && typeof v === 'object' && ENC in (v as Json) ? this.cipher!.decrypt(String((v as Json)[ENC])) : v,
    );
  }

  async list(): Promise<ProfileSummary[]> {
    const out: ProfileSummary[] = [];
    // Only app profiles: the FCM key files written beside them, and any other JSON, are not listed.
    for (const f of readdirSync(this.dir)
      .filter((n) => n.endsWith('.json') && !n.startsWith('.') && !n.endsWith('.fcm-service-account.json'))
      .sort()) {
      const id = f.slice(0, -5);
      try {
        const raw = this.readRaw(id)!;
        if (typeof raw.package !== 'string') continue;
        out.push(this.summary(id, raw));
      } catch {
        // An unreadable file is listed by the UI as nothing; `load` reports it.
      }
    }
    return out;
  }

  private summary(id: string, raw: Json): ProfileSummary {
    const providers = Object.keys((raw.providers as Json) ?? {}).filter(
      (k) => (raw.providers as Json)[k],
    ) as ProviderName[];
    const secrets: Record<string, 'set' | 'missing'> = {};
    for (const p of providers)
      for (const f of SECRET_FIELDS[p])
        secrets[`${p}.${f}`] = ((raw.providers as Json)[p] as Json)[f] ? 'set' : 'missing';
    return { id, package: String(raw.package ?? ''), providers, secrets };
  }

  async load(id: string): Promise<AppProfile> {
    const raw = this.readRaw(id);
    if (!raw)
      throw new BadInputError(
        `No app profile named "${id}".`,
        'Create it in the profile editor, or pass a file with --profile.',
      );
    // No environment: a stored profile says what it says.
    return parseProfile(this.decrypt(raw), `profile "${id}"`, null);
  }

  async getMasked(id: string): Promise<Json | null> {
    const raw = this.readRaw(id);
    return raw ? mapSecrets(raw, (v) => (v ? null : v)) : null;
  }

  async save(id: string, input: Json, options: SaveOptions = {}): Promise<ProfileSummary> {
    const existing = this.readRaw(id);
    const current = existing ? this.decrypt(existing) : null;
    const stored = (provider: string) =>
      ((current?.providers as Json | undefined)?.[provider] as Json | undefined) ?? undefined;
    const ui = options.origin === 'ui';
    if (ui) checkUiInput(input, stored);
    // A secret left null keeps the stored value (the renderer never holds it in clear), but only
    // while the provider's address is the one it was stored for.
    const merged = mapSecrets(input, (v, provider, field) => {
      if (v !== null && v !== undefined) return v;
      const kept = stored(provider)?.[field];
      if (kept === undefined || kept === null) return undefined;
      const moved = movedEndpoint(
        ((input.providers as Json | undefined)?.[provider] as Json | undefined) ?? {},
        stored(provider) ?? {},
      );
      if (moved)
        throw new BadInputError(
          `providers.${provider}.${field}: the address changed (${moved}), so the stored secret is not sent there; enter it again.`,
          'A stored secret only ever goes to the address it was saved with.',
        );
      return kept;
    });
    const profile = parseProfile(merged, `profile "${id}"`, null);
    if (this.mayStoreSecrets && !this.mayStoreSecrets()) {
      let has = false;
      mapSecrets(profile as unknown as Json, (v) => ((has ||= typeof v === 'string' && v.length > 0), v));
      if (has)
        throw new BadInputError(
          "This system offers no encrypted store for the profile's secrets (no keyring answers: Electron would fall back to its basic_text backend, which does not protect them), so they were not saved.",
          'Unlock or install a keyring (GNOME Keyring, KWallet) and restart the app, or turn on "Store secrets unencrypted" in Settings to keep them in a file only your account can read.',
        );
    }
    const toWrite = this.cipher
      ? mapSecrets(profile as unknown as Json, (v) =>
          typeof v === 'string' && v ? { [ENC]: this.cipher!.encrypt(v) } : v,
        )
      : (profile as unknown as Json);
    saveProfileFile(this.path(id), toWrite);
    return this.summary(id, profile as unknown as Json);
  }

  async remove(id: string): Promise<void> {
    rmSync(this.path(id), { force: true });
  }
}

/** The first endpoint field that differs between what the UI sent and what is stored, or null. */
function movedEndpoint(input: Json, stored: Json): string | null {
  for (const f of ENDPOINT_FIELDS) if ((input[f] ?? null) !== (stored[f] ?? null)) return f;
  return null;
}

/** What a renderer may not do: expand the environment, name a file for the core to read. */
function checkUiInput(input: Json, stored: (provider: string) => Json | undefined): void {
  const walk = (v: unknown, path: string[]): void => {
    if (typeof v === 'string' && ENV_REF.test(v))
      throw new BadInputError(
        `${path.join('.')}: ${v} is only read from the environment in profile files run from the command line; type the value itself here.`,
      );
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, String(i)]));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk(input, []);
  const fcm = (input.providers as Json | undefined)?.fcm as Json | undefined;
  if (fcm && fcm.serviceAccountFile !== undefined && fcm.serviceAccountFile !== null) {
    const before = stored('fcm');
    if (fcm.serviceAccountFile !== before?.serviceAccountFile)
      throw new BadInputError(
        'providers.fcm.serviceAccountFile: the app does not read files named in the profile editor.',
        'Paste the service account key (the JSON downloaded from the Firebase console) into providers.fcm.serviceAccount instead.',
      );
    const moved = movedEndpoint(fcm, before ?? {});
    if (moved)
      throw new BadInputError(
        `providers.fcm.serviceAccount: the address changed (${moved}); paste the service account key again.`,
        'A stored key only ever goes to the address it was saved with.',
      );
  }
}

/** The default folder: ~/.config/push-doctor/profiles (XDG), or the desktop app's user data. */
export function defaultProfileDir(base?: string): string {
  const root =
    base ??
    process.env.PUSH_DOCTOR_HOME ??
    join(process.env.XDG_CONFIG_HOME ?? join(process.env.HOME ?? '.', '.config'), 'push-doctor');
  return join(root, 'profiles');
}
