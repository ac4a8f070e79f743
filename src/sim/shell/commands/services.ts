// `pm`, `dumpsys` and `cmd` on the virtual phone: the system services the checklist asks about.
import type { CommandContext, CommandHandler } from '../run';
import type { VirtualPhone } from '../../phone/phone';
import { hasFault } from '../../phone/faults';
import { formatDumpsysPackage, formatDumpsysPackageNotFound, formatPmListPackages } from '../dumps/package';
import { formatDumpsysNotification } from '../dumps/notification';

function listPackages(phone: VirtualPhone, args: string[]): string {
  const flags = {
    showPath: args.includes('-f'),
    showUid: args.includes('-U'),
    showVersionCode: args.includes('--show-versioncode'),
    onlyDisabled: args.includes('-d'),
    onlyEnabled: args.includes('-e'),
    onlySystem: args.includes('-s'),
    onlyThirdParty: args.includes('-3'),
    filter: args.find((a) => !a.startsWith('-') && a !== 'list' && a !== 'packages'),
  };
  return formatPmListPackages([...phone.packages.values()], flags);
}

export function pm(phone: VirtualPhone): CommandHandler {
  return async (ctx) => {
    const [, verb, ...rest] = ctx.argv;
    switch (verb) {
      case 'list':
        if (rest[0] !== 'packages') break;
        await ctx.stdout.write(listPackages(phone, rest));
        return 0;
      case 'path': {
        const p = phone.packages.get(rest.find((a) => !a.startsWith('-')) ?? '');
        if (!p?.installed) return 1;
        await ctx.stdout.write(`package:${p.apkPath}\n`);
        return 0;
      }
      case 'dump':
        return dumpsys(phone)({ ...ctx, argv: ['dumpsys', 'package', ...rest] });
      case 'enable':
      case 'disable-user':
      case 'clear':
      case 'grant':
      case 'revoke':
        await ctx.stderr.write(`Security exception: Shell cannot change component state for ${rest.at(-1)}\n`);
        return 255;
    }
    await ctx.stderr.write(verb ? `Unknown command: ${verb}\n` : 'usage: pm [list|path|dump] ...\n');
    return verb ? 255 : 1;
  };
}

async function hang(ctx: CommandContext): Promise<number> {
  // The `shell-hang` fault: the service never answers until the client gives up.
  await new Promise<void>((resolve) => ctx.signal.addEventListener('abort', () => resolve(), { once: true }));
  return 0;
}

export function dumpsys(phone: VirtualPhone): CommandHandler {
  return async (ctx) => {
    const [, service, ...args] = ctx.argv;
    if (hasFault(phone, 'shell-hang') && service !== undefined && service !== '-l') return hang(ctx);
    switch (service) {
      case 'package': {
        const pkgName = args.find((a) => !a.startsWith('-'));
        const p = pkgName ? phone.packages.get(pkgName) : undefined;
        await ctx.stdout.write(
          p?.installed
            ? formatDumpsysPackage(p, { sdk: phone.sdk, xiaomiExtraUser: phone.profile.family === 'xiaomi' })
            : formatDumpsysPackageNotFound(),
        );
        return 0;
      }
      case 'notification': {
        if (hasFault(phone, 'shell-garbage')) {
          await ctx.stdout.write('\u0000\u0007NotificationRe\u00ffcord(0x<<garbled>> pkg=\n]]]\u0001\n');
          return 0;
        }
        await ctx.stdout.write(
          formatDumpsysNotification(phone.notifications, phone.notificationSettings, {
            sdk: phone.sdk,
            redact: !args.includes('--noredact'),
            uidOf: (pkg) => phone.uidOf(pkg),
          }),
        );
        return 0;
      }
      case 'deviceidle':
        if (args[0] === 'whitelist') {
          await ctx.stdout.write(deviceIdleWhitelist(phone, args.slice(1)));
          return 0;
        }
        {
          // Replies as DeviceIdleController.onShellCommand prints them (AOSP, services/core/.../DeviceIdleController.java).
          const forced = phone.power.forcedIdle;
          const deep = forced === 'deep' ? 'IDLE' : 'ACTIVE';
          const light = forced ? 'IDLE' : 'ACTIVE';
          if (args[0] === 'force-idle') {
            phone.power.forcedIdle = args[1] === 'light' ? 'light' : 'deep';
            await ctx.stdout.write(`Now forced in to ${phone.power.forcedIdle} idle mode\n`);
            return 0;
          }
          if (args[0] === 'unforce') {
            phone.leaveIdle();
            await ctx.stdout.write('Light state: ACTIVE, deep state: ACTIVE\n');
            return 0;
          }
          if (args[0] === 'get') {
            const v =
              args[1] === 'deep'
                ? deep
                : args[1] === 'light'
                  ? light
                  : args[1] === 'force'
                    ? String(forced !== undefined)
                    : undefined;
            if (v === undefined) {
              await ctx.stdout.write(`Unknown get option: ${args[1] ?? ''}\n`);
              return 0;
            }
            await ctx.stdout.write(`${v}\n`);
            return 0;
          }
          await ctx.stdout.write(
            `  mDeepEnabled=true\n  mLightEnabled=true\n  mState=${deep} mLightState=${light}\n  mForceIdle=${forced !== undefined}\n`,
          );
        }
        return 0;
      case 'activity':
        await ctx.stdout.write(activityDump(phone, args));
        return 0;
      case '-l':
        await ctx.stdout.write(
          'Currently running services:\n  activity\n  appops\n  deviceidle\n  notification\n  package\n  usagestats\n',
        );
        return 0;
      case undefined:
        await ctx.stdout.write('Currently running services:\n  activity\n  package\n');
        return 0;
      default:
        await ctx.stderr.write(`Can't find service: ${service}\n`);
        return 0;
    }
  };
}

function deviceIdleWhitelist(phone: VirtualPhone, args: string[]): string {
  const change = args.find((a) => /^[+-]/.test(a));
  if (change) {
    const pkg = change.slice(1);
    const p = phone.packages.get(pkg);
    if (!p) return `Unknown package: ${pkg}\n`;
    if (change.startsWith('+')) {
      if (!phone.power.deviceIdleWhitelist.some((e) => e.pkg === pkg && e.type === 'user'))
        phone.power.deviceIdleWhitelist.push({ type: 'user', pkg, uid: p.uid });
      return `Added: ${pkg}\n`;
    }
    phone.power.deviceIdleWhitelist = phone.power.deviceIdleWhitelist.filter(
      (e) => !(e.pkg === pkg && e.type === 'user'),
    );
    return `Removed: ${pkg}\n`;
  }
  const order = ['system-excidle', 'system', 'user'];
  return [...phone.power.deviceIdleWhitelist]
    .sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type))
    .map((e) => `${e.type},${e.pkg},${e.uid}\n`)
    .join('');
}

function activityDump(phone: VirtualPhone, args: string[]): string {
  const top = phone.resumedActivity;
  const [pkg, cls] = top.split('/');
  const short = cls.startsWith('.') ? cls : cls.startsWith(pkg + '.') ? cls.slice(pkg.length) : cls;
  const intent =
    phone.activityIntents.get(`${pkg}/${cls.startsWith('.') ? pkg + cls : cls}`) ?? phone.activityIntents.get(top);
  const lines = [
    'ACTIVITY MANAGER ACTIVITIES (dumpsys activity activities)',
    'Display #0 (activities from top to bottom):',
    '  * Task{5a1c3e0 #42 type=standard A=10150:' + pkg + ' U=0 visible=true mode=fullscreen translucent=false sz=1}',
    `    * ActivityRecord{8e2f4a1 u0 ${pkg}/${short} t42}`,
    `      intent={act=android.intent.action.MAIN cat=[android.intent.category.LAUNCHER] flg=0x10000000 cmp=${pkg}/${short}${intent && Object.keys(intent.extras).length ? ' (has extras)' : ''}}`,
  ];
  if (intent) {
    if (intent.data) lines.push(`      dataString=${intent.data}`);
    if (Object.keys(intent.extras).length)
      lines.push(
        `      extras=Bundle[{${Object.entries(intent.extras)
          .map(([k, v]) => `${k}=${v}`)
          .join(', ')}}]`,
      );
  }
  lines.push(
    '',
    `  ResumedActivity: ActivityRecord{8e2f4a1 u0 ${pkg}/${short} t42}`,
    `  mResumedActivity: ActivityRecord{8e2f4a1 u0 ${pkg}/${short} t42}`,
    `  topResumedActivity=ActivityRecord{8e2f4a1 u0 ${pkg}/${short} t42}`,
    '',
  );
  void args;
  return lines.join('\n') + '\n';
}

export function appops(phone: VirtualPhone): CommandHandler {
  return async (ctx) => {
    const [, verb, pkg, op, mode] = ctx.argv;
    if ((verb !== 'get' && verb !== 'set') || !pkg) {
      await ctx.stderr.write('usage: appops get <package> [<op>]\n       appops set <package> <op> <mode>\n');
      return 1;
    }
    if (!phone.packages.has(pkg)) {
      await ctx.stderr.write(`Error: Unable to find package: ${pkg}\n`);
      return 255;
    }
    if (verb === 'set') {
      // AppOpsService shell: `set <package> <op> <mode>`; `default` drops the package's own mode.
      const modes = ['allow', 'ignore', 'deny', 'default', 'foreground'];
      if (!op || !mode || !modes.includes(mode)) {
        await ctx.stderr.write(`Error: Mode ${mode ?? ''} is not valid\n`);
        return 255;
      }
      const ops = (phone.power.appOps[pkg] ??= {});
      if (mode === 'default') delete ops[op];
      else ops[op] = mode as (typeof ops)[string];
      return 0;
    }
    const ops = phone.power.appOps[pkg] ?? {};
    const entries = Object.entries(ops).filter(([name]) => !op || name === op);
    if (!entries.length) {
      await ctx.stdout.write(op ? `No operations.\nDefault mode: allow\n` : 'No operations.\n');
      return 0;
    }
    await ctx.stdout.write(entries.map(([name, mode]) => `${name}: ${mode}; time=+3d2h14m5s312ms ago\n`).join(''));
    return 0;
  };
}

export function cmd(phone: VirtualPhone, table: () => Map<string, CommandHandler>): CommandHandler {
  return async (ctx) => {
    const [, service, ...rest] = ctx.argv;
    const forward = (name: string, argv: string[]) => table().get(name)!({ ...ctx, argv: [name, ...argv] });
    switch (service) {
      case 'package':
        return forward('pm', rest);
      case 'activity':
        return forward('am', rest);
      case 'appops':
        return forward('appops', rest);
      case 'statusbar':
        return forward('statusbar', rest);
      case 'deviceidle':
        return forward('dumpsys', ['deviceidle', ...rest]);
      case 'netpolicy':
        // NetworkPolicyManagerShellCommand (AOSP): `get` prints "Restrict background status: enabled|disabled".
        if (rest[0] === 'get' && rest[1] === 'restrict-background') {
          await ctx.stdout.write(
            `Restrict background status: ${phone.power.restrictBackground ? 'enabled' : 'disabled'}\n`,
          );
          return 0;
        }
        if (rest[0] === 'set' && rest[1] === 'restrict-background' && (rest[2] === 'true' || rest[2] === 'false')) {
          phone.power.restrictBackground = rest[2] === 'true';
          return 0;
        }
        await ctx.stderr.write(`Error: unsupported netpolicy command: ${rest.join(' ')}\n`);
        return 255;
      case 'power':
        // PowerManagerShellCommand (AOSP): `set-mode 0|1` turns battery saver off/on, the same state as global low_power.
        if (rest[0] === 'set-mode' && (rest[1] === '0' || rest[1] === '1')) {
          phone.settings.global['low_power'] = rest[1];
          return 0;
        }
        await ctx.stderr.write(`Error: unsupported power command: ${rest.join(' ')}\n`);
        return 255;
      case 'notification':
        if (rest[0] === 'list') {
          await ctx.stdout.write(phone.notifications.map((n) => `${n.key}\n`).join(''));
          return 0;
        }
        break;
      case undefined:
        await ctx.stderr.write('cmd: No service specified; use -l to list all running services.\n');
        return 20;
    }
    await ctx.stderr.write(`cmd: Can't find service: ${service}\n`);
    return 20;
  };
}
