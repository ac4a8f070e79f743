// The command table of the virtual phone's shell.
import type { CommandHandler } from '../run';
import type { VirtualPhone } from '../../phone/phone';
import { echo, grep, wc, tr, sleep, idCmd, whoami, date } from './text';
import { head, tail, stat } from './files';
import { getprop, setprop, pidof, ps, settings, reboot, svc } from './system';
import { logcatCommand } from './logcat';
import { am, monkey, type IntentResolver } from './am';
import { pm, dumpsys, appops, cmd } from './services';
import { statusbar, uiautomator, input, cat } from './ui';
import { screencap } from './screen';

export interface CommandOptions {
  resolveIntent?: IntentResolver;
}

export function createCommands(phone: VirtualPhone, options: CommandOptions = {}): Map<string, CommandHandler> {
  const table = new Map<string, CommandHandler>([
    ['echo', echo],
    ['grep', grep],
    ['head', head(phone)],
    ['tail', tail(phone)],
    ['stat', stat(phone)],
    ['wc', wc],
    ['tr', tr],
    ['sleep', sleep],
    ['id', idCmd],
    ['whoami', whoami],
    ['date', date],
    ['getprop', getprop(phone)],
    ['setprop', setprop(phone)],
    ['pidof', pidof(phone)],
    ['ps', ps(phone)],
    ['settings', settings(phone)],
    ['logcat', logcatCommand(phone)],
    ['am', am(phone, options.resolveIntent)],
    ['monkey', monkey(phone)],
    ['pm', pm(phone)],
    ['dumpsys', dumpsys(phone)],
    ['appops', appops(phone)],
    ['statusbar', statusbar(phone)],
    ['uiautomator', uiautomator(phone)],
    ['input', input(phone, options.resolveIntent)],
    ['cat', cat(phone)],
    ['screencap', screencap(phone)],
    ['reboot', reboot(phone)],
    ['svc', svc(phone)],
  ]);
  table.set(
    'cmd',
    cmd(phone, () => table),
  );
  return table;
}
