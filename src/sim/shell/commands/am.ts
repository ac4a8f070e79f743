// `am` and `monkey` on the virtual phone: force-stop, start (explicit components, Settings
// actions, VIEW URIs and intent URIs resolved against what is installed), standby buckets, and the
// launcher start that `monkey -p PKG -c android.intent.category.LAUNCHER 1` does.
import type { CommandContext, CommandHandler } from '../run';
import type { VirtualPhone } from '../../phone/phone';
import { romActivity } from '../../phone/rom';
import { expandComponent } from '../../phone/intents';

export interface ShellIntent {
  action?: string;
  data?: string;
  type?: string;
  categories: string[];
  component?: string;
  package?: string;
  flags: number;
  extras: Record<string, string>;
}

export type Resolution =
  | { ok: true; component: string; package: string }
  | { ok: false; error: 'not-found' | 'not-exported' | 'unresolvable'; component?: string; ownerUid?: number };

/** Lets the phone's owner (the sim wiring) resolve intents against the app's real manifest. */
export type IntentResolver = (intent: ShellIntent) => Resolution | undefined;

const FLAG_NEW_TASK = 0x10000000;

export function parseIntentArgs(args: string[]): { intent: ShellIntent; wait: boolean; stop: boolean; error?: string } {
  const intent: ShellIntent = { categories: [], flags: 0, extras: {} };
  let wait = false;
  let stop = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const next = () => args[++i] ?? '';
    switch (a) {
      case '-a':
        intent.action = next();
        break;
      case '-d':
        intent.data = next();
        break;
      case '-t':
        intent.type = next();
        break;
      case '-c':
        intent.categories.push(next());
        break;
      case '-n':
        intent.component = next();
        break;
      case '-p':
        intent.package = next();
        break;
      case '-f':
        intent.flags |= Number(next());
        break;
      case '-W':
        wait = true;
        break;
      case '-S':
        stop = true;
        break;
      case '--user':
        next();
        break;
      case '--es':
      case '--esn':
      case '--ei':
      case '--el':
      case '--ez':
      case '--ef':
      case '--eu':
      case '--ecn': {
        const k = next();
        intent.extras[k] = a === '--esn' ? '' : next();
        break;
      }
      case '--activity-clear-top':
        intent.flags |= 0x04000000;
        break;
      case '--activity-single-top':
        intent.flags |= 0x20000000;
        break;
      case '--activity-new-task':
        intent.flags |= FLAG_NEW_TASK;
        break;
      default:
        if (a.startsWith('-')) {
          if (a.startsWith('--activity-') || a.startsWith('--receiver-')) break;
          return { intent, wait, stop, error: `Error: Unknown option: ${a}` };
        }
        // A bare argument is a URI (or an intent URI), as `am start <URI>` takes it.
        if (a.startsWith('intent:') || a.startsWith('#Intent')) {
          const parsed = parseIntentUriLoose(a);
          Object.assign(intent, {
            ...parsed,
            categories: [...intent.categories, ...parsed.categories],
            extras: { ...intent.extras, ...parsed.extras },
            flags: intent.flags | parsed.flags,
          });
        } else if (a.includes('/') && !a.includes(':')) intent.component = a;
        else intent.data = a;
    }
  }
  return { intent, wait, stop };
}

/** Enough of Intent.parseUri for `am start` on the phone; the core's checks use src/main/apk. */
export function parseIntentUriLoose(uri: string): ShellIntent {
  const intent: ShellIntent = { categories: [], flags: 0, extras: {} };
  const hash = uri.indexOf('#Intent;');
  const head = hash >= 0 ? uri.slice(0, hash) : uri;
  const tail = hash >= 0 ? uri.slice(hash + 8) : '';
  let scheme: string | undefined;
  for (const part of tail.split(';')) {
    if (!part || part === 'end') continue;
    const eq = part.indexOf('=');
    const k = eq >= 0 ? part.slice(0, eq) : part;
    const v = eq >= 0 ? decodeURIComponent(part.slice(eq + 1)) : '';
    if (k === 'scheme') scheme = v;
    else if (k === 'action') intent.action = v;
    else if (k === 'category') intent.categories.push(v);
    else if (k === 'component') intent.component = v;
    else if (k === 'package') intent.package = v;
    else if (k === 'launchFlags') intent.flags |= Number(v);
    else if (/^[SiBlfb]\./.test(k)) intent.extras[k.slice(2)] = v;
  }
  if (head.startsWith('intent://')) intent.data = `${scheme ?? 'http'}://${head.slice('intent://'.length)}`;
  else if (head.startsWith('intent:') && head.length > 'intent:'.length) intent.data = head.slice('intent:'.length);
  if (!intent.action && intent.data) intent.action = 'android.intent.action.VIEW';
  return intent;
}

export function describeIntent(i: ShellIntent, withFlags = false): string {
  const parts: string[] = [];
  if (i.action) parts.push(`act=${i.action}`);
  if (i.categories.length) parts.push(`cat=[${i.categories.join(',')}]`);
  if (i.data) parts.push(`dat=${i.data.replace(/^(\w+:\/\/[^/]*)\/.+$/, '$1/...')}`);
  if (i.type) parts.push(`typ=${i.type}`);
  if (withFlags || i.flags & ~FLAG_NEW_TASK)
    parts.push(`flg=0x${(i.flags | (withFlags ? FLAG_NEW_TASK : 0)).toString(16)}`);
  if (i.package) parts.push(`pkg=${i.package}`);
  if (i.component) parts.push(`cmp=${i.component}`);
  if (Object.keys(i.extras).length) parts.push('(has extras)');
  return `Intent { ${parts.join(' ')} }`;
}

function shortComponent(component: string): string {
  const [pkg, cls] = component.split('/');
  return cls.startsWith(pkg + '.') ? `${pkg}/${cls.slice(pkg.length)}` : component;
}

/** Resolves what the phone itself knows: Settings actions and the settings screens of its ROM. */
function resolveSystem(phone: VirtualPhone, intent: ShellIntent): Resolution | undefined {
  if (intent.component) {
    const { pkg, cls } = expandComponent(intent.component);
    const full = `${pkg}/${cls}`;
    if (!phone.packages.has(pkg)) return { ok: false, error: 'not-found', component: full };
    const screen = romActivity(phone.profile.family, phone.sdk, full);
    if (screen) {
      if (!screen.exported)
        return { ok: false, error: 'not-exported', component: full, ownerUid: phone.uidOf(pkg) ?? 1000 };
      return { ok: true, component: full, package: pkg };
    }
    // Another activity of a system package this ROM ships: the phone has no such class.
    if (pkg !== phone.app.package && phone.packages.get(pkg)?.system)
      return { ok: false, error: 'not-found', component: full };
    return undefined;
  }
  if (intent.categories.includes('android.intent.category.HOME')) {
    return {
      ok: true,
      component: 'com.android.launcher3/.uioverrides.QuickstepLauncher',
      package: 'com.android.launcher3',
    };
  }
  if (intent.action?.startsWith('android.settings.')) {
    return { ok: true, component: 'com.android.settings/.SubSettings', package: 'com.android.settings' };
  }
  return undefined;
}

async function startActivity(
  phone: VirtualPhone,
  ctx: CommandContext,
  args: string[],
  resolver?: IntentResolver,
): Promise<number> {
  const { intent, wait, stop, error } = parseIntentArgs(args);
  if (error) {
    await ctx.stderr.write(`${error}\n`);
    return 1;
  }
  await ctx.stdout.write(`Starting: ${describeIntent(intent)}\n`);
  const res = resolveSystem(phone, intent) ??
    resolver?.(intent) ?? { ok: false as const, error: 'unresolvable' as const };
  if (!res.ok) {
    if (res.error === 'not-found') {
      await ctx.stderr.write(`Error type 3\nError: Activity class {${res.component}} does not exist.\n`);
      return 1;
    }
    if (res.error === 'not-exported') {
      await ctx.stderr.write(
        `java.lang.SecurityException: Permission Denial: starting ${describeIntent({ ...intent, component: res.component }, true)} from null (pid=${4000 + (Date.now() % 1000)}, uid=2000) not exported from uid ${res.ownerUid ?? 1000}\n` +
          '\tat com.android.server.wm.ActivityTaskSupervisor.checkStartAnyActivityPermission(ActivityTaskSupervisor.java:1142)\n' +
          '\tat com.android.server.wm.ActivityStarter.executeRequest(ActivityStarter.java:1123)\n' +
          '\tat com.android.server.wm.ActivityStarter.execute(ActivityStarter.java:721)\n',
      );
      return 255;
    }
    await ctx.stderr.write(`Error: Activity not started, unable to resolve ${describeIntent(intent, true)}\n`);
    return 1;
  }
  if (stop) phone.forceStop(res.package);
  const cold = !phone.isRunning(res.package);
  if (phone.packages.get(res.package)?.system) phone.resumedActivity = res.component;
  else phone.startApp(res.package, 'top-activity', res.component);
  phone.deliverIntentExtras(res.component, intent);
  if (wait) {
    const total = cold ? 280 + Math.floor(Math.random() * 120) : 60 + Math.floor(Math.random() * 40);
    await ctx.stdout.write(
      `Status: ok\nLaunchState: ${cold ? 'COLD' : 'WARM'}\nActivity: ${shortComponent(res.component)}\nTotalTime: ${total}\nWaitTime: ${total + 6}\nComplete\n`,
    );
  }
  return 0;
}

export function am(phone: VirtualPhone, resolver?: IntentResolver): CommandHandler {
  return async (ctx) => {
    const [, verb, ...rest] = ctx.argv;
    switch (verb) {
      case 'force-stop':
        if (rest.filter((a) => !a.startsWith('--user') && !/^\d+$/.test(a)).length === 0) {
          await ctx.stderr.write('Error: no package specified\n');
          return 1;
        }
        for (const pkg of rest.filter((a) => !a.startsWith('-') && !/^\d+$/.test(a))) phone.forceStop(pkg, 4000);
        return 0;
      case 'kill':
        // Kills what is safe to kill: a package in the background, not the one on screen.
        for (const pkg of rest.filter((a) => !a.startsWith('-'))) {
          if (phone.resumedActivity.startsWith(`${pkg}/`)) continue;
          phone.killBackground(pkg);
        }
        return 0;
      case 'start':
      case 'start-activity':
        return startActivity(phone, ctx, rest, resolver);
      case 'set-standby-bucket': {
        // Named buckets as ActivityManagerShellCommand.bucketNameToBucketValue reads them; numbers pass as they are.
        const userAt = rest.indexOf('--user');
        const [pkg, bucket] = rest.filter((_, i) => userAt < 0 || (i !== userAt && i !== userAt + 1));
        const named: Record<string, number> = {
          active: 10,
          working_set: 20,
          working: 20,
          frequent: 30,
          rare: 40,
          restricted: 45,
        };
        const value =
          bucket === undefined ? undefined : /^\d+$/.test(bucket) ? Number(bucket) : named[bucket.toLowerCase()];
        if (!pkg || value === undefined) {
          await ctx.stderr.write(
            'Error: usage: am set-standby-bucket [--user <USER_ID>] <PACKAGE> active|working_set|frequent|rare|restricted\n',
          );
          return 255;
        }
        phone.power.standbyBuckets[pkg] = value;
        return 0;
      }
      case 'get-standby-bucket': {
        const pkg = rest.find((a) => !a.startsWith('-'));
        const bucketOf = (p: string) => phone.power.standbyBuckets[p] ?? (phone.packages.get(p)?.system ? 5 : 40);
        if (pkg) {
          if (!phone.packages.has(pkg)) {
            await ctx.stdout.write('50\n');
            return 0;
          }
          const whitelisted = phone.power.deviceIdleWhitelist.some((e) => e.pkg === pkg && e.type !== 'system-excidle');
          await ctx.stdout.write(`${whitelisted ? 5 : bucketOf(pkg)}\n`);
          return 0;
        }
        const lines = [...phone.packages.keys()].map((p) => `${p}: ${bucketOf(p)}`);
        await ctx.stdout.write(lines.join('\n') + '\n');
        return 0;
      }
      case 'get-inactive': {
        const pkg = rest[0];
        await ctx.stdout.write(`Idle=${phone.isRunning(pkg ?? '') ? 'false' : 'true'}\n`);
        return 0;
      }
      case 'broadcast': {
        const { intent } = parseIntentArgs(rest);
        await ctx.stdout.write(`Broadcasting: ${describeIntent(intent)}\nBroadcast completed: result=0\n`);
        return 0;
      }
      default:
        await ctx.stderr.write(
          verb
            ? `Error: Unknown command: ${verb}\n`
            : 'Activity manager (activity) commands:\n  help\n      Print this help text.\n',
        );
        return verb ? 255 : 0;
    }
  };
}

export function monkey(phone: VirtualPhone): CommandHandler {
  return async (ctx) => {
    const args = ctx.argv.slice(1);
    const pkgs: string[] = [];
    for (let i = 0; i < args.length; i++) if (args[i] === '-p') pkgs.push(args[++i] ?? '');
    const echoArgs = args.map((a) => `  bash arg: ${a}`).join('\n');
    await ctx.stdout.write(`${echoArgs}\nargs: [${args.join(', ')}]\n`);
    const pkg = pkgs.find((p) => phone.packages.get(p)?.installed);
    if (!pkg) {
      await ctx.stdout.write('** No activities found to run, monkey aborted.\n');
      return 251;
    }
    const launcher = `${pkg}/.MainActivity`;
    phone.startApp(pkg, 'top-activity', launcher);
    await ctx.stdout.write(
      `Events injected: 1\n## Network stats: elapsed time=${20 + Math.floor(Math.random() * 20)}ms (0ms mobile, 0ms wifi, 27ms not connected)\n`,
    );
    return 0;
  };
}
