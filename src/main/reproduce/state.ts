// The state file of a `reproduce` run: the phone's original values, written before anything on
// the phone changes, so that a run that dies (Ctrl-C, a crash, a kill, a lost phone) can be undone
// at the next start. Written atomically (a temporary file in the same folder, then rename), so a
// kill in the middle of a write leaves the old file or the new one, never half of one.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, openSync, fsyncSync, closeSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { KNOB_IDS, type KnobId } from './conditions';

export const STATE_VERSION = 1;

const stateSchema = z.object({
  version: z.literal(STATE_VERSION),
  serial: z.string().min(1),
  package: z.string().min(1),
  startedAt: z.string(),
  pid: z.number().int(),
  /** The phone's values before the run, per knob. */
  original: z.partialRecord(z.enum(KNOB_IDS), z.string()),
  /** The condition being set, pushed or undone when the file was last written. */
  current: z.string().optional(),
});
export type ReproduceState = z.infer<typeof stateSchema>;

/** The OS's per-user state folder: $XDG_STATE_HOME, else ~/.local/state (Linux), Library/Application Support (macOS), %LOCALAPPDATA% (Windows). */
export function defaultStateDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.XDG_STATE_HOME) return join(env.XDG_STATE_HOME, 'push-doctor');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'push-doctor');
  if (platform === 'win32' && env.LOCALAPPDATA) return join(env.LOCALAPPDATA, 'push-doctor');
  return join(homedir(), '.local', 'state', 'push-doctor');
}

/** `reproduce-<serial>.json`, the serial made file-safe (`127.0.0.1:5555` → `127.0.0.1_5555`). */
export function stateFilePath(dir: string, serial: string): string {
  return join(dir, `reproduce-${fileSafe(serial)}.json`);
}

/** A serial as part of a file name (`127.0.0.1:5555` → `127.0.0.1_5555`, `../x` → `.._x`). */
export const fileSafe = (serial: string): string => serial.replace(/[^A-Za-z0-9._-]+/g, '_');

export class StateFile {
  readonly path: string;

  constructor(
    readonly dir: string,
    readonly serial: string,
  ) {
    this.path = stateFilePath(dir, serial);
  }

  /** The recorded state, or null when there is none. A file that does not parse is an error that names it. */
  read(): ReproduceState | null {
    let text: string;
    try {
      text = readFileSync(this.path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new Error(`${this.path} is not JSON; it is not a state file of push-doctor reproduce`);
    }
    const r = stateSchema.safeParse(json);
    if (!r.success)
      throw new Error(`${this.path} is not a state file of push-doctor reproduce (${r.error.issues[0]?.message})`);
    return r.data;
  }

  /** Writes the whole state: temporary file, fsync, rename over the old one. */
  write(state: ReproduceState): void {
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const tmp = `${this.path}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(state, null, 2) + '\n', { mode: 0o600 });
    const fd = openSync(tmp, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, this.path);
  }

  update(patch: Partial<ReproduceState>): void {
    const s = this.read();
    if (s) this.write({ ...s, ...patch });
  }

  delete(): void {
    rmSync(this.path, { force: true });
  }
}

export function knobValues(state: ReproduceState): Partial<Record<KnobId, string>> {
  return state.original;
}
