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
        await ctx.stdout.write(deviceIdle(phone, args));
        return 0;
      case 'activity':
        await ctx.stdout.write(activityDump(phone, args));
        return 0;
      case 'power':
        await ctx.stdout.write(powerDump(phone));
        return 0;
      case 'display':
        await ctx.stdout.write(displayDump(phone));
        return 0;
      case 'battery':
        return battery(phone, args, ctx);
      case '-l':
        await ctx.stdout.write(
          'Currently running services:\n  activity\n  appops\n  battery\n  deviceidle\n  display\n  notification\n  package\n  power\n  usagestats\n',
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

/** Replies as DeviceIdleController.onShellCommand prints them (AOSP, DeviceIdleController.java). */
function deviceIdle(phone: VirtualPhone, args: string[]): string {
  const doze = phone.doze;
  switch (args[0]) {
    case 'force-idle': {
      const mode = args[1] === 'light' ? 'light' : 'deep';
      doze.forceIdle(mode);
      return `Now forced in to ${mode} idle mode\n`;
    }
    case 'unforce':
      phone.leaveIdle();
      return `Light state: ${doze.light}, deep state: ${doze.deep}\n`;
    case 'get': {
      const v: Record<string, string> = {
        deep: doze.deep,
        light: doze.light,
        force: String(doze.forced !== undefined),
        screen: String(doze.screenOn),
        charging: String(phone.charging),
        network: 'true',
      };
      return args[1] !== undefined && args[1] in v ? `${v[args[1]]}\n` : `Unknown get option: ${args[1] ?? ''}\n`;
    }
    default:
      return [
        '  Settings:',
        '    light_idle_to=+5m0s0ms',
        '    light_max_idle_to=+15m0s0ms',
        '    inactive_to=+30m0s0ms',
        '    idle_after_inactive_to=+30m0s0ms',
        '    idle_pending_to=+5m0s0ms',
        '    max_idle_pending_to=+10m0s0ms',
        '    idle_to=+1h0m0s0ms',
        '    max_idle_to=+6h0m0s0ms',
        '    idle_factor=2.0',
        '  mDeepEnabled=true',
        '  mLightEnabled=true',
        `  mForceIdle=${doze.forced !== undefined}`,
        `  mScreenOn=${doze.screenOn}`,
        `  mCharging=${phone.charging}`,
        `  mState=${doze.deep} mLightState=${doze.light}`,
        '',
      ].join('\n');
  }
}

/**
 * `dumpsys power`: the lines of PowerManagerService.dumpInternal that tools read (wakefulness,
 * power source, idle modes, battery saver), in its layout (seen on Android 11–14 dumps).
 */
function powerDump(phone: VirtualPhone): string {
  const plug = phone.battery.ac ? 1 : phone.battery.usb ? 2 : phone.battery.wireless ? 4 : 0;
  return [
    'POWER MANAGER (dumpsys power)',
    '',
    'Power Manager State:',
    '  mDirty=0x0',
    `  mWakefulness=${phone.screenOn ? 'Awake' : 'Asleep'}`,
    '  mWakefulnessChanging=false',
    `  mIsPowered=${phone.charging}`,
    `  mPlugType=${plug}`,
    `  mBatteryLevel=${phone.battery.level}`,
    '  mDockState=0',
    '  mStayOn=false',
    '  mProximityPositive=false',
    `  mBootCompleted=${!phone.booting}`,
    `  mSystemReady=${!phone.booting}`,
    `  mDeviceIdleMode=${phone.doze.deepIdle}`,
    `  mLightDeviceIdleMode=${phone.doze.light === 'IDLE'}`,
    '  mHalAutoSuspendModeEnabled=false',
    `  mHalInteractiveModeEnabled=${phone.screenOn}`,
    '  mWakeLockSummary=0x0',
    '',
    'Battery saving stats:',
    `  Battery Saver is currently: ${phone.batterySaver ? 'ON' : 'OFF'}`,
    '',
    `Display Power: state=${phone.screenOn ? 'ON' : 'OFF'}`,
    '',
  ].join('\n');
}

/** `dumpsys display`: the global display state and the power state's screen state. */
function displayDump(phone: VirtualPhone): string {
  const state = phone.screenOn ? 'ON' : 'OFF';
  return [
    'DISPLAY MANAGER (dumpsys display)',
    '  mOnlyCore=false',
    '  mSafeMode=false',
    '  mPendingTraversal=false',
    `  mGlobalDisplayState=${state}`,
    '',
    'Display Power Controller Locked State:',
    '  mDisplayReadyLocked=true',
    `  mPendingRequestLocked=policy=${phone.screenOn ? 'BRIGHT' : 'OFF'}`,
    '',
    'Display Power State:',
    `  mScreenState=${state}`,
    `  mScreenBrightness=${phone.screenOn ? '0.39763778' : '0.0'}`,
    '',
  ].join('\n');
}

/**
 * `dumpsys battery` and its shell: `set ac|usb|wireless 0|1`, `set level N`, `unplug`, `reset`
 * (BatteryService.onShellCommand; the layout of its dump is Android 10+).
 */
async function battery(phone: VirtualPhone, args: string[], ctx: CommandContext): Promise<number> {
  const [verb, key, value] = args;
  if (verb === 'unplug') {
    phone.setBattery({ ac: false, usb: false, wireless: false, overridden: true });
    return 0;
  }
  if (verb === 'reset') {
    phone.setBattery({ ac: false, usb: false, wireless: false, level: 80, overridden: false });
    return 0;
  }
  if (verb === 'set') {
    if ((key === 'ac' || key === 'usb' || key === 'wireless') && /^\d+$/.test(value ?? '')) {
      phone.setBattery({ [key]: Number(value) !== 0, overridden: true });
      return 0;
    }
    if (key === 'level' && /^\d+$/.test(value ?? '') && Number(value) <= 100) {
      phone.setBattery({ level: Number(value), overridden: true });
      return 0;
    }
    await ctx.stderr.write(`Unknown set option: ${key ?? ''}\n`);
    return 255;
  }
  if (verb !== undefined && verb !== '-a') {
    await ctx.stderr.write(`Unknown command: ${verb}\n`);
    return 255;
  }
  const b = phone.battery;
  await ctx.stdout.write(
    [
      'Current Battery Service state:',
      ...(b.overridden ? ["  (UPDATES STOPPED -- use 'reset' to restart)"] : []),
      `  AC powered: ${b.ac}`,
      `  USB powered: ${b.usb}`,
      `  Wireless powered: ${b.wireless}`,
      '  Max charging current: 500000',
      '  Max charging voltage: 5000000',
      '  Charge counter: 3012000',
      `  status: ${phone.charging ? (b.level >= 100 ? 5 : 2) : 3}`,
      '  health: 2',
      '  present: true',
      `  level: ${b.level}`,
      '  scale: 100',
      '  voltage: 4012',
      '  temperature: 262',
      '  technology: Li-ion',
      '',
    ].join('\n'),
  );
  return 0;
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
          phone.releaseHeld();
          return 0;
        }
        // `add|remove restrict-background-whitelist UID`: the user's "Unrestricted data" list.
        if (
          (rest[0] === 'add' || rest[0] === 'remove') &&
          rest[1] === 'restrict-background-whitelist' &&
          /^\d+$/.test(rest[2] ?? '')
        ) {
          if (rest[0] === 'add') phone.restrictBackgroundWhitelist.add(Number(rest[2]));
          else phone.restrictBackgroundWhitelist.delete(Number(rest[2]));
          phone.releaseHeld();
          return 0;
        }
        if (rest[0] === 'list' && rest[1] === 'restrict-background-whitelist') {
          const uids = [...phone.restrictBackgroundWhitelist];
          await ctx.stdout.write(uids.length ? `Restrict background whitelisted UIDs: ${uids.join(' ')}\n` : '');
          return 0;
        }
        await ctx.stderr.write(`Error: unsupported netpolicy command: ${rest.join(' ')}\n`);
        return 255;
      case 'power':
        // PowerManagerShellCommand (AOSP): `set-mode 0|1` turns battery saver off/on, the same state as global low_power.
        if (rest[0] === 'set-mode' && (rest[1] === '0' || rest[1] === '1')) {
          phone.settings.global['low_power'] = rest[1];
          phone.releaseHeld();
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
