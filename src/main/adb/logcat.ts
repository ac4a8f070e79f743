// Live logcat over adb that keeps Debug and Verbose lines (adbkit's openLogcat asks for `*:I` only,
// and its reader's end() leaves the socket streaming). The caller gets the raw text stream of
// `logcat -v threadtime` and closes it for real with close().
import type { Duplex } from 'node:stream';
import type { Client } from './kit';
import { commandLine, shellStream } from './shell';

export interface LogcatOptions {
  /** Start from the newest N lines instead of the whole buffer (`-T N`). */
  tail?: number;
  /** Clear the buffer first (`logcat -c`). */
  clear?: boolean;
  /** Extra filter specs such as `*:V` (default: everything). */
  filters?: string[];
}

export interface LogcatStream {
  stream: Duplex;
  close(): void;
}

export function logcatCommand(opts: LogcatOptions = {}): string[] {
  const args = ['logcat', '-v', 'threadtime'];
  if (opts.tail !== undefined) args.push('-T', String(Math.max(1, opts.tail)));
  args.push(...(opts.filters?.length ? opts.filters : ['*:V']));
  return args;
}

export async function openLogcat(client: Client, serial: string, opts: LogcatOptions = {}): Promise<LogcatStream> {
  const command = logcatCommand(opts);
  const line = opts.clear ? `logcat -c && ${commandLine(command)}` : command;
  const stream = await shellStream(client, serial, line);
  return {
    stream,
    close: () => {
      stream.removeAllListeners('data');
      stream.destroy();
    },
  };
}
