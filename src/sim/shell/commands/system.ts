// Property, process and settings commands of the virtual phone.
import type { CommandHandler } from '../run';
import type { VirtualPhone } from '../../phone/phone';
import { formatGetpropDump } from '../../profiles/props-dump';

export function getprop(phone: VirtualPhone): CommandHandler {
  return async (ctx) => {
    const key = ctx.argv[1];
    if (!key) {
      await ctx.stdout.write(formatGetpropDump(phone.props));
      return 0;
    }
    await ctx.stdout.write(`${phone.props[key] ?? ctx.argv[2] ?? ''}\n`);
    return 0;
  };
}

export function setprop(phone: VirtualPhone): CommandHandler {
  return async (ctx) => {
    const [, key, value] = ctx.argv;
    if (!key || value === undefined) {
      await ctx.stderr.write('usage: setprop NAME VALUE\n');
      return 1;
    }
    // The shell user may only set debug and persist-free properties.
    if (key.startsWith('ro.') || !/^(debug\.|log\.tag|persist\.log\.tag)/.test(key)) {
      await ctx.stderr.write(`Failed to set property '${key}' to '${value}'.\nSee dmesg for error reason.\n`);
      return 1;
    }
    phone.props[key] = value;
    return 0;
  };
}

export function pidof(phone: VirtualPhone): CommandHandler {
  return async (ctx) => {
    const pids = ctx.argv.slice(1).flatMap((name) => phone.pidsOf(name));
    if (!pids.length) return 1;
    await ctx.stdout.write(pids.join(' ') + '\n');
    return 0;
  };
}

export function ps(phone: VirtualPhone): CommandHandler {
  return async (ctx) => {
    const rows = [...phone.processes.values()].sort((a, b) => a.pid - b.pid);
    const oIndex = ctx.argv.indexOf('-o');
    const user = (uid: number) =>
      uid === 1000 ? 'system' : uid === 2000 ? 'shell' : uid >= 10000 ? `u0_a${uid - 10000}` : `u0_${uid}`;
    if (oIndex > 0) {
      const cols = (ctx.argv[oIndex + 1] ?? 'PID,NAME').split(',').map((c) => c.toUpperCase());
      const lines = [cols.map((c) => (c === 'PID' ? c.padStart(5) : c)).join(' ')];
      for (const p of rows) {
        lines.push(
          cols
            .map((c) =>
              c === 'PID'
                ? String(p.pid).padStart(5)
                : c === 'NAME' || c === 'ARGS' || c === 'CMD'
                  ? p.name
                  : c === 'USER'
                    ? user(p.uid)
                    : c === 'UID'
                      ? String(p.uid)
                      : '?',
            )
            .join(' '),
        );
      }
      await ctx.stdout.write(lines.join('\n') + '\n');
      return 0;
    }
    const lines = ['USER            PID   PPID        VSZ    RSS WCHAN            ADDR S NAME                       '];
    lines.push('root              1      0   10915748  12336 0                   0 S init');
    for (const p of rows) {
      lines.push(
        `${user(p.uid).padEnd(12)} ${String(p.pid).padStart(6)} ${'683'.padStart(6)} ${'14982352'.padStart(10)} ${'118244'.padStart(6)} 0                   0 S ${p.name}`,
      );
    }
    await ctx.stdout.write(lines.join('\n') + '\n');
    return 0;
  };
}

export function settings(phone: VirtualPhone): CommandHandler {
  return async (ctx) => {
    const [, verb, ns, key, value] = ctx.argv;
    const table = ns === 'global' || ns === 'secure' || ns === 'system' ? phone.settings[ns] : undefined;
    if (!verb || !table) {
      await ctx.stderr.write(
        'usage:  settings [--user <USER_ID> | current] get namespace key\n        settings [--user <USER_ID> | current] put namespace key value\n',
      );
      return 1;
    }
    switch (verb) {
      case 'get':
        await ctx.stdout.write(`${key !== undefined && key in table ? table[key] : 'null'}\n`);
        return 0;
      case 'put':
        if (key === undefined || value === undefined) return 1;
        table[key] = value;
        // Battery saver turned off lets the app's held work run.
        phone.releaseHeld();
        return 0;
      case 'delete':
        if (key !== undefined) delete table[key];
        phone.releaseHeld();
        await ctx.stdout.write('Deleted 1 rows\n');
        return 0;
      case 'list':
        await ctx.stdout.write(
          Object.entries(table)
            .map(([k, v]) => `${k}=${v}`)
            .join('\n') + '\n',
        );
        return 0;
      default:
        await ctx.stderr.write(`Invalid command: ${verb}\n`);
        return 1;
    }
  };
}

/** `reboot [reason]` (toybox; the shell user may run it through adbd's reboot service). */
export function reboot(phone: VirtualPhone): CommandHandler {
  return async (ctx) => {
    const reason = ctx.argv.slice(1).find((a) => !a.startsWith('-')) ?? '';
    setTimeout(() => phone.reboot(reason), 20);
    return 0;
  };
}

/** `svc power reboot [reason]`, `svc power shutdown`, `svc power stayon …` (the ones a tool uses). */
export function svc(phone: VirtualPhone): CommandHandler {
  return async (ctx) => {
    const [, service, verb, arg] = ctx.argv;
    if (service === 'power' && verb === 'reboot') {
      setTimeout(() => phone.reboot(arg ?? ''), 20);
      return 0;
    }
    if (service === 'power' && verb === 'stayon' && ['true', 'false', 'usb', 'ac', 'wireless'].includes(arg ?? ''))
      return 0;
    await ctx.stderr.write(
      'Available commands:\n    help     Show information about the subcommands\n    power    Control the power manager\n',
    );
    return 1;
  };
}
