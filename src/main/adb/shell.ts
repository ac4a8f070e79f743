// Shell calls with a timeout and a real exit status. adbkit speaks the legacy `shell:` service,
// which has no exit code, so each command is followed by an echo of `$?` behind a marker that
// nothing else prints; several questions can share one call the same way (one round trip).
import { randomBytes } from 'node:crypto';
import type { Duplex } from 'node:stream';
import type { Client } from './kit';
import { UserError } from '../errors';
import { checkSerial } from '../../shared/validate';
import { isRefused } from './server';

export interface ShellOptions {
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Output beyond this is dropped and the result marked truncated (default 32 MiB). */
  maxBytes?: number;
}

export interface ShellResult {
  command: string;
  output: string;
  exitCode: number;
  durationMs: number;
  truncated: boolean;
}

export type DeviceErrorKind =
  'not-found' | 'offline' | 'unauthorized' | 'gone' | 'server-gone' | 'timeout' | 'aborted' | 'failed';

/** A phone-side failure, named so the checklist can say what happened to which step. */
export class DeviceError extends UserError {
  constructor(
    readonly kind: DeviceErrorKind,
    readonly serial: string,
    message: string,
    hint?: string,
  ) {
    super(message, hint);
    this.name = 'DeviceError';
  }
}

const SAFE_WORD = /^[A-Za-z0-9_.,:/=@%+-]+$/;

/** Quotes one argument for the phone's shell. */
export function quoteArg(arg: string): string {
  if (arg.length && SAFE_WORD.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

export function commandLine(command: string | string[]): string {
  return Array.isArray(command) ? command.map(quoteArg).join(' ') : command;
}

export function deviceError(err: unknown, serial: string): DeviceError {
  if (err instanceof DeviceError) return err;
  const msg = String((err as Error)?.message ?? err);
  if (isRefused(err))
    return new DeviceError(
      'server-gone',
      serial,
      `The adb server stopped answering while Push Doctor was talking to ${serial} (it was killed or restarted).`,
      'Run again: Push Doctor starts a local adb server by itself (or start it with `adb start-server`), then reconnects network phones (`adb connect`) and replug USB ones if they do not come back.',
    );
  if (/unauthorized/i.test(msg))
    return new DeviceError(
      'unauthorized',
      serial,
      `The phone ${serial} has not authorized this computer.`,
      'Unlock it and accept the "Allow USB debugging?" prompt.',
    );
  if (/not found/i.test(msg))
    return new DeviceError(
      'not-found',
      serial,
      `No phone ${serial} is attached to this adb server.`,
      'Check the cable (or `adb connect` for a network phone) and `push-doctor devices`.',
    );
  if (/offline/i.test(msg))
    return new DeviceError(
      'offline',
      serial,
      `The phone ${serial} is offline.`,
      'Replug it, or run `adb reconnect offline`.',
    );
  if (/premature|closed|ECONNRESET|EPIPE/i.test(msg) || (err as Error)?.name === 'PrematureEOFError')
    return new DeviceError(
      'gone',
      serial,
      `The connection to ${serial} dropped in the middle of a command (unplugged, or the adb server stopped).`,
      'Reconnect the phone and run again.',
    );
  return new DeviceError('failed', serial, `adb failed on ${serial}: ${msg}`);
}

async function readWithLimits(
  socket: Duplex,
  serial: string,
  opts: ShellOptions,
  command: string,
): Promise<{ data: Buffer; truncated: boolean }> {
  const max = opts.maxBytes ?? 32 * 1024 * 1024;
  const timeoutMs = opts.timeoutMs ?? 15_000;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let truncated = false;
    let done = false;
    const finish = (err?: Error) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      socket.removeAllListeners('data');
      if (err) {
        socket.destroy();
        reject(err);
      } else resolve({ data: Buffer.concat(chunks), truncated });
    };
    const onAbort = () =>
      finish(new DeviceError('aborted', serial, `Stopped while waiting for \`${shorten(command)}\`.`));
    const timer = setTimeout(
      () =>
        finish(
          new DeviceError(
            'timeout',
            serial,
            `The phone ${serial} did not finish \`${shorten(command)}\` within ${Math.round(timeoutMs / 1000)} s.`,
            'The phone may be busy or hung; unlock it, check `adb devices`, and run again.',
          ),
        ),
      timeoutMs,
    );
    if (opts.signal?.aborted) return onAbort();
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    socket.on('data', (chunk: Buffer) => {
      if (truncated) return;
      size += chunk.length;
      if (size > max) {
        truncated = true;
        chunks.push(chunk.subarray(0, chunk.length - (size - max)));
        socket.destroy();
        finish();
        return;
      }
      chunks.push(chunk);
    });
    socket.once('end', () => finish());
    socket.once('close', () => finish());
    socket.once('error', (err) => finish(deviceError(err, serial)));
  });
}

function shorten(command: string): string {
  return command.length > 80 ? command.slice(0, 77) + '…' : command;
}

function normalizeNewlines(text: string): string {
  // Old shells over a pty turn \n into \r\n.
  return text.includes('\r\n') ? text.replace(/\r\n/g, '\n') : text;
}

async function open(client: Client, serial: string, line: string): Promise<Duplex> {
  const check = checkSerial(serial);
  if (!check.ok) throw new UserError(`Bad serial: ${check.reason}.`, undefined, 2);
  try {
    return (await client.getDevice(serial).shell(line)) as unknown as Duplex;
  } catch (err) {
    throw deviceError(err, serial);
  }
}

/** Runs several commands in one shell call; each gets its own output and exit status. */
export async function shellBatch(
  client: Client,
  serial: string,
  commands: (string | string[])[],
  opts: ShellOptions = {},
): Promise<ShellResult[]> {
  const nonce = randomBytes(6).toString('hex');
  const lines = commands.map(commandLine);
  const marker = (i: number) => `__PD_${nonce}_${i}__`;
  const script = lines.map((l, i) => `${l}\necho "${marker(i)}:$?"`).join('\n');
  const started = Date.now();
  const socket = await open(client, serial, script);
  const { data, truncated } = await readWithLimits(socket, serial, opts, lines.join('; '));
  const text = normalizeNewlines(data.toString('utf8'));
  const durationMs = Date.now() - started;
  const results: ShellResult[] = [];
  let cursor = 0;
  for (let i = 0; i < lines.length; i++) {
    const tag = `${marker(i)}:`;
    const at = text.indexOf(tag, cursor);
    let end = at + tag.length;
    while (at >= 0 && end < text.length && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++;
    if (at < 0 || end === at + tag.length) {
      // The phone stopped answering in the middle (dropped, or output truncated).
      if (truncated) {
        results.push({ command: lines[i], output: text.slice(cursor), exitCode: -1, durationMs, truncated: true });
        for (let j = i + 1; j < lines.length; j++)
          results.push({ command: lines[j], output: '', exitCode: -1, durationMs, truncated: true });
        return results;
      }
      throw new DeviceError(
        'gone',
        serial,
        `The phone ${serial} stopped answering during \`${shorten(lines[i])}\`.`,
        'Reconnect the phone and run again.',
      );
    }
    results.push({
      command: lines[i],
      output: text.slice(cursor, at),
      exitCode: Number(text.slice(at + tag.length, end)),
      durationMs,
      truncated: false,
    });
    cursor = text.charCodeAt(end) === 10 ? end + 1 : end;
  }
  return results;
}

export async function shell(
  client: Client,
  serial: string,
  command: string | string[],
  opts: ShellOptions = {},
): Promise<ShellResult> {
  const [result] = await shellBatch(client, serial, [command], opts);
  return result;
}

/**
 * A command's raw output bytes (no exit status: the caller checks what it got). The legacy shell
 * service runs a command without a pty, so bytes pass unchanged; a phone that still adds \r
 * shows up as the wrong length.
 */
export async function shellBytes(
  client: Client,
  serial: string,
  command: string,
  opts: ShellOptions = {},
): Promise<Buffer> {
  const socket = await open(client, serial, command);
  const { data, truncated } = await readWithLimits(socket, serial, opts, command);
  if (truncated)
    throw new DeviceError(
      'failed',
      serial,
      `\`${shorten(command)}\` answered more than ${opts.maxBytes ?? 32 * 1024 * 1024} bytes.`,
    );
  return data;
}

/** A long-running shell command's raw stream (logcat): the caller ends it with `destroy()`. */
export async function shellStream(client: Client, serial: string, command: string | string[]): Promise<Duplex> {
  return open(client, serial, commandLine(command));
}
