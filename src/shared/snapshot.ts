// A phone in a file (`.pdsnap`): every answer the checklist's read-only questions got from one
// phone, as the phone gave it, so that the checklist can run again elsewhere (`diagnose
// --snapshot`) and a virtual phone can answer as that phone did (`sim --snapshot`).
//
// The file is gzip'd JSON. Shared by the core (capture, replay) and the virtual phone, which may
// import only src/shared; both read it through parseSnapshot, so a file the one accepts the other
// accepts too. The format is documented in docs/snapshot.md; bump SNAPSHOT_VERSION on any change a
// reader of the previous version would misread, and keep reading the old one.
import { z } from 'zod';
import { BadInputError } from './errors';

export const SNAPSHOT_FORMAT = 'push-doctor-snapshot';
export const SNAPSHOT_VERSION = 1;
/** Past this, a file is refused before it is unpacked (a real snapshot is a few hundred KB). */
export const SNAPSHOT_MAX_BYTES = 64 * 1024 * 1024;

const commandAnswer = z
  .object({
    /** The command line as the checklist asked it (the key answers are looked up by). */
    command: z.string().max(4096),
    output: z.string(),
    exitCode: z.number().int(),
    durationMs: z.number().nonnegative(),
    truncated: z.boolean(),
    /** Milliseconds from the start of the capture to the answer. */
    atMs: z.number().nonnegative(),
  })
  .strict();

const manifestFile = z
  .object({
    /** The APK's path on the phone (from `pm path`). */
    apkPath: z.string().max(4096),
    /** The APK's size in bytes; the APK itself is not kept. */
    apkSize: z.number().int().nonnegative().optional(),
    bytesRead: z.number().int().nonnegative().optional(),
    inPlace: z.boolean().optional(),
    /** The binary AndroidManifest.xml, base64 (absent when it could not be read). */
    manifestBase64: z
      .string()
      .max(16 * 1024 * 1024)
      .optional(),
    /** Why it could not be read from the phone, when it could not. */
    error: z.string().max(4096).optional(),
  })
  .strict();

const logWindow = z
  .object({
    /** The logcat command that was open around the restart. */
    command: z.string(),
    /** The raw `logcat -v threadtime` text from when the stream opened until the capture stopped. */
    text: z.string(),
    /** Lines that came before the restart (the replayed tail): findings count from the next line. */
    linesBeforeRestart: z.number().int().nonnegative(),
    /** The restart commands, as run. */
    restart: z.array(z.string()),
    timedOut: z.boolean(),
    /** The logcat stream ended by itself (phone unplugged) rather than being closed. */
    ended: z.boolean(),
    elapsedSec: z.number().nonnegative(),
    timeoutSec: z.number().positive(),
  })
  .strict();

export const snapshotSchema = z
  .object({
    format: z.literal(SNAPSHOT_FORMAT),
    version: z.literal(SNAPSHOT_VERSION),
    tool: z.object({ name: z.literal('push-doctor'), version: z.string() }).strict(),
    capturedAt: z.string().datetime(),
    /** What the capture was run with (never a secret: the profile's name only). */
    capture: z
      .object({
        serial: z.string().max(256),
        package: z.string().max(256),
        profileName: z.string().max(256).optional(),
        /** false: tokens and account ids in every answer are masked (kept shape, lost value). */
        tokensIncluded: z.boolean(),
        durationMs: z.number().nonnegative(),
      })
      .strict(),
    adb: z
      .object({
        /** The adb server's protocol version, and the phone's state in `adb devices`. */
        serverVersion: z.number().int(),
        state: z.string().max(64),
      })
      .strict(),
    commands: z.array(commandAnswer).max(10_000),
    manifest: manifestFile.optional(),
    logWindow: logWindow.optional(),
    /** Free text from the person who captured it. */
    note: z.string().max(10_000).optional(),
  })
  .strict();

export type PhoneSnapshot = z.infer<typeof snapshotSchema>;
export type SnapshotCommand = z.infer<typeof commandAnswer>;

/** A file that is not a readable snapshot; the message names what is wrong and what to do (exit 2). */
export class SnapshotFormatError extends BadInputError {
  constructor(message: string, hint: string) {
    super(message, hint);
    this.name = 'SnapshotFormatError';
  }
}

const GZIP_MAGIC = [0x1f, 0x8b];

/** The JSON text of a snapshot from the file's bytes (unpacked with the caller's gunzip). */
export function snapshotJson(bytes: Uint8Array, gunzip: (b: Uint8Array, maxBytes: number) => Uint8Array): string {
  const label = 'This file';
  if (bytes.length < 20)
    throw new SnapshotFormatError(
      `${label} is not a Push Doctor snapshot: it holds only ${bytes.length} bytes.`,
      'Ask for the .pdsnap file again; `push-doctor capture` writes it.',
    );
  if (bytes[0] !== GZIP_MAGIC[0] || bytes[1] !== GZIP_MAGIC[1]) {
    const head = new TextDecoder().decode(bytes.subarray(0, 64)).trimStart();
    throw new SnapshotFormatError(
      head.startsWith('{')
        ? `${label} is plain JSON, not a Push Doctor snapshot (snapshots are gzip'd).`
        : head.startsWith('PK')
          ? `${label} is a zip archive (an APK or a bug report?), not a Push Doctor snapshot.`
          : `${label} is not a Push Doctor snapshot (it is not gzip data).`,
      'A snapshot is the .pdsnap file `push-doctor capture` writes.',
    );
  }
  let raw: Uint8Array;
  try {
    raw = gunzip(bytes, SNAPSHOT_MAX_BYTES);
  } catch (err) {
    const m = (err as Error).message;
    throw new SnapshotFormatError(
      /unexpected end|truncated/i.test(m)
        ? `${label} is cut short: the snapshot ends before its data does.`
        : /size|buffer|memory|larger/i.test(m)
          ? `${label} unpacks to more than ${SNAPSHOT_MAX_BYTES / 1024 / 1024} MiB; no snapshot is that large.`
          : `${label} is damaged: ${m}.`,
      'Copy the file again (a download or a chat app may have cut it), or capture the phone again.',
    );
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(raw);
}

/** Parses and validates a snapshot's JSON; anything else gets a message naming the first problem. */
export function parseSnapshot(json: string): PhoneSnapshot {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (err) {
    throw new SnapshotFormatError(
      `The snapshot is damaged: its JSON does not parse (${(err as Error).message}).`,
      'Copy the file again, or capture the phone again.',
    );
  }
  const obj = (data ?? {}) as Record<string, unknown>;
  if (typeof data !== 'object' || obj.format !== SNAPSHOT_FORMAT)
    throw new SnapshotFormatError(
      'This gzip file is not a Push Doctor snapshot (it has no "format": "push-doctor-snapshot").',
      'A snapshot is the .pdsnap file `push-doctor capture` writes.',
    );
  if (typeof obj.version === 'number' && obj.version > SNAPSHOT_VERSION)
    throw new SnapshotFormatError(
      `This snapshot was written in format ${obj.version} by a newer Push Doctor (${String((obj.tool as { version?: string })?.version ?? '?')}); this one reads format ${SNAPSHOT_VERSION}.`,
      'Update Push Doctor to read it.',
    );
  const parsed = snapshotSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SnapshotFormatError(
      `The snapshot is damaged or was edited: at ${issue.path.join('.') || '(top)'}: ${issue.message}.`,
      'Capture the phone again; do not edit the file by hand.',
    );
  }
  return parsed.data;
}

/** The answer a snapshot holds for a command line, if any. */
export function answerFor(snap: PhoneSnapshot, command: string): SnapshotCommand | undefined {
  // The last answer wins: a question asked again (fresh) reflects the later state.
  for (let i = snap.commands.length - 1; i >= 0; i--) if (snap.commands[i].command === command) return snap.commands[i];
  return undefined;
}

/**
 * The answer a phone gives for a command it does not have. A snapshot answers what it holds; for
 * anything else it says what Android's shell says for a missing binary, so that callers take the
 * same path they would on a phone without that command.
 */
export function notCapturedAnswer(command: string): { output: string; exitCode: number } {
  const name = command.trim().split(/\s+/)[0] || command;
  return {
    output: `/system/bin/sh: ${name}: inaccessible or not found (this answer is not in the snapshot)\n`,
    exitCode: 127,
  };
}

/**
 * Masks a token or an account id so that it keeps its shape (length, character classes, the
 * separators and the first 6 and last 4 characters, and the `:APA91b` of FCM tokens) but not its
 * value: the checklist judges a masked token's shape as it judged the clear one, while the value
 * cannot be recovered. The same input always gives the same mask, so a token and its report stay
 * equal after masking.
 */
export function shapeMask(value: string): string {
  if (value.length <= 10) return value.replace(/[A-Z]/g, 'X').replace(/[a-z]/g, 'a').replace(/[0-9]/g, '0');
  const keep = new Set<number>();
  for (let i = 0; i < 6; i++) keep.add(i);
  for (let i = value.length - 4; i < value.length; i++) keep.add(i);
  for (let i = value.indexOf(':'); i >= 0; i = value.indexOf(':', i + 1))
    for (let j = i; j <= i + 6 && j < value.length; j++) keep.add(j);
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    out += keep.has(i) ? c : /[A-Z]/.test(c) ? 'X' : /[a-z]/.test(c) ? 'a' : /[0-9]/.test(c) ? '0' : c;
  }
  return out;
}
