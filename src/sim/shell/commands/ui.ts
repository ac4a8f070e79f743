// What the click-through check needs from the phone's UI: pulling the notification shade down
// (`cmd statusbar`), `uiautomator dump` of the shade, `input tap` on a notification (HyperOS
// refuses injected input from the shell, as real ones do), and `cat` of the dumped file.
import type { CommandHandler } from '../run';
import type { VirtualPhone } from '../../phone/phone';
import { parseIntentUriLoose, type IntentResolver } from './am';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const bounds = (b: [number, number, number, number]) => `[${b[0]},${b[1]}][${b[2]},${b[3]}]`;

export function uiDumpXml(phone: VirtualPhone): string {
  const nodes: string[] = [];
  const node = (attrs: Record<string, string>, children = '') =>
    `<node index="0" ${Object.entries(attrs)
      .map(([k, v]) => `${k}="${esc(v)}"`)
      .join(
        ' ',
      )} checkable="false" checked="false" clickable="${attrs.clickable ?? 'false'}" enabled="true" focusable="false" focused="false" scrollable="false" long-clickable="false" password="false" selected="false">${children}</node>`;
  if (phone.shadeOpen) {
    for (const { record, bounds: b } of phone.shadeRows()) {
      const label = phone.packages.get(record.pkg) ? 'Chat' : record.pkg;
      nodes.push(
        node(
          {
            text: '',
            'resource-id': 'com.android.systemui:id/expandableNotificationRow',
            class: 'android.widget.FrameLayout',
            package: 'com.android.systemui',
            'content-desc': `${label} notification: ${record.title}`,
            clickable: 'true',
            bounds: bounds(b),
          },
          node({
            text: record.title,
            'resource-id': 'android:id/title',
            class: 'android.widget.TextView',
            package: 'com.android.systemui',
            'content-desc': '',
            bounds: bounds([b[0] + 48, b[1] + 40, b[2] - 48, b[1] + 100]),
          }) +
            node({
              text: record.text,
              'resource-id': 'android:id/text',
              class: 'android.widget.TextView',
              package: 'com.android.systemui',
              'content-desc': '',
              bounds: bounds([b[0] + 48, b[1] + 110, b[2] - 48, b[1] + 170]),
            }),
        ),
      );
    }
  } else {
    const [pkg] = phone.resumedActivity.split('/');
    nodes.push(
      node({
        text: '',
        'resource-id': '',
        class: 'android.widget.FrameLayout',
        package: pkg,
        'content-desc': '',
        bounds: '[0,0][1080,2400]',
      }),
    );
  }
  return `<?xml version='1.0' encoding='UTF-8' standalone='yes' ?><hierarchy rotation="0">${node({ text: '', 'resource-id': '', class: 'android.widget.FrameLayout', package: phone.shadeOpen ? 'com.android.systemui' : phone.resumedActivity.split('/')[0], 'content-desc': '', bounds: '[0,0][1080,2400]' }, nodes.join(''))}</hierarchy>`;
}

export function statusbar(phone: VirtualPhone): CommandHandler {
  return async (ctx) => {
    const verb = ctx.argv[1];
    if (verb === 'expand-notifications') phone.shadeOpen = true;
    else if (verb === 'collapse') phone.shadeOpen = false;
    else {
      await ctx.stderr.write(`Unknown command: ${verb}\n`);
      return 255;
    }
    return 0;
  };
}

export function uiautomator(phone: VirtualPhone): CommandHandler {
  return async (ctx) => {
    if (ctx.argv[1] !== 'dump') {
      await ctx.stderr.write(
        'Usage: uiautomator <subcommand> [options]\n\nAvailable subcommands:\n\nhelp: displays help message\n\ndump: creates an XML dump of current UI hierarchy\n',
      );
      return 1;
    }
    const target = ctx.argv.slice(2).find((a) => !a.startsWith('-')) ?? '/sdcard/window_dump.xml';
    const xml = uiDumpXml(phone);
    if (target === '/dev/tty' || target === '/dev/stdout') {
      await ctx.stdout.write(xml + '\nUI hierchary dumped to: /dev/tty\n');
      return 0;
    }
    phone.userFiles.set(target, Buffer.from(xml));
    await ctx.stdout.write(`UI hierchary dumped to: ${target}\n`);
    return 0;
  };
}

export function cat(phone: VirtualPhone): CommandHandler {
  return async (ctx) => {
    const files = ctx.argv.slice(1);
    if (!files.length && ctx.stdin) {
      for await (const chunk of ctx.stdin) await ctx.stdout.write(chunk);
      return 0;
    }
    let status = 0;
    for (const f of files) {
      const data = phone.userFiles.get(f) ?? (phone.files.has(f) ? await phone.files.get(f)!() : undefined);
      if (!data) {
        await ctx.stderr.write(`cat: ${f}: No such file or directory\n`);
        status = 1;
      } else await ctx.stdout.write(data);
    }
    return status;
  };
}

/** Starts what a notification's tap starts: its content intent, or the app's launcher. */
function openNotification(phone: VirtualPhone, key: string, resolve?: IntentResolver): void {
  const i = phone.notifications.findIndex((n) => n.key === key);
  if (i < 0) return;
  const record = phone.notifications[i];
  phone.notifications.splice(i, 1); // auto-cancel
  phone.shadeOpen = false;
  const extras = Object.fromEntries(Object.entries(record.extras).filter(([k]) => !k.startsWith('pd.')));
  let component = `${record.pkg}/${record.pkg}.MainActivity`;
  let data: string | undefined;
  if (record.contentIntent) {
    const intent = /^[\w.]+\/[\w.$]+$/.test(record.contentIntent)
      ? { categories: [], flags: 0, extras: {}, component: record.contentIntent }
      : parseIntentUriLoose(record.contentIntent);
    const res = resolve?.(intent);
    if (res?.ok) {
      component = res.component;
      data = intent.data;
    } else {
      // The vendor service cannot start a target that does not resolve; it falls back to the launcher.
      phone.logAs(
        phone.pidsOf('system_server')[0] ?? 1000,
        'W',
        'ActivityTaskManager',
        `Unable to start notification target ${record.contentIntent}: ${res ? res.error : 'unresolvable'}`,
      );
    }
  }
  phone.startApp(record.pkg, 'activity', component);
  phone.deliverIntentExtras(component, { data, extras });
}

export function input(phone: VirtualPhone, resolve?: IntentResolver): CommandHandler {
  return async (ctx) => {
    // HyperOS refuses injected input from the shell (device-facts.md §6, HyperOS 3 capture).
    if (phone.profile.name === 'xiaomi-hyperos') {
      await ctx.stderr.write(
        'java.lang.SecurityException: Injecting input events requires the caller (or the source of the instrumentation, if any) to have the INJECT_EVENTS permission.\n\tat com.android.server.input.InputManagerService.injectInputEventToTarget(InputManagerService.java:1021)\n',
      );
      return 255;
    }
    const [, verb, ...args] = ctx.argv;
    if (verb === 'keyevent') {
      if (['3', 'KEYCODE_HOME'].includes(args[0])) {
        phone.shadeOpen = false;
        phone.resumedActivity = 'com.android.launcher3/.uioverrides.QuickstepLauncher';
      }
      if (['4', 'KEYCODE_BACK'].includes(args[0])) phone.shadeOpen = false;
      // Power keys (KeyEvent: POWER 26 toggles, SLEEP 223, WAKEUP 224): the screen, and with it Doze.
      if (['223', 'KEYCODE_SLEEP'].includes(args[0])) phone.setScreen(false);
      if (['224', 'KEYCODE_WAKEUP'].includes(args[0])) phone.setScreen(true);
      if (['26', 'KEYCODE_POWER'].includes(args[0])) phone.setScreen(!phone.screenOn);
      return 0;
    }
    if (verb === 'tap') {
      const x = Number(args[0]);
      const y = Number(args[1]);
      if (!Number.isFinite(x) || !Number.isFinite(y)) {
        await ctx.stderr.write('Error: Invalid arguments for command: tap\n');
        return 1;
      }
      if (phone.shadeOpen) {
        const row = phone.shadeRows().find(({ bounds: b }) => x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3]);
        if (row) openNotification(phone, row.record.key, resolve);
      }
      return 0;
    }
    await ctx.stderr.write(`Error: Unknown command: ${verb}\n`);
    return 1;
  };
}
