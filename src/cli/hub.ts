// The adb servers a command talks to, from the global options. Apart from context.ts so that only
// the commands that need a phone load the adb client.
import { AdbHub } from '../main/adb/hub';
import { serverList, type GlobalOptions } from './context';

export function hubFrom(opts: GlobalOptions): AdbHub {
  return new AdbHub({ servers: serverList(opts), adbPath: opts.adbPath });
}
