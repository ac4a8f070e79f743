// The virtual phone on a scaled clock, driven over the real adb server (issue 18, item 4): Doze
// stepped as AOSP steps it (maintenance windows after 1 h, then 2 h later…; not while charging or
// with the screen on unless forced), the screen and the battery as `dumpsys power|display|battery`
// print them, Data Saver / battery saver / background restriction acting on delivery, and a reboot
// (`adb reboot`, `svc power reboot`): the transport drops, the phone comes back booting, then booted.
// Times are asserted on the phone's clock (deterministic), never on the host's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAdbServer, waitFor, type TestAdbServer } from '../helpers/adb-server';
import { startLab, type Lab } from '../../src/cli/lab';
import { AdbServer } from '../../src/main/adb/server';
import type { PushDelivery, VirtualPhone } from '../../src/sim/phone/phone';
import { DOZE_TIMING } from '../../src/sim/phone/doze';

const SCALE = 3600; // an hour of phone time a second
const MIN = 60_000;
let adb: TestAdbServer;
let server: AdbServer;
let lab: Lab;

beforeAll(async () => {
  adb = await startAdbServer();
  server = new AdbServer({ port: adb.port });
  // pixel: FCM on Android 15; xiaomi-hyperos: MiPush on its own ROM.
  lab = await startLab({ adbServer: server, profiles: ['pixel', 'xiaomi-miui'], timeScale: SCALE });
}, 120_000);

afterAll(async () => {
  await lab?.stop();
  await adb?.kill();
});

const pixel = () => lab.devices[0];
const sh = async (serial: string, ...args: string[]) => (await adb.adb('-s', serial, 'shell', ...args)).stdout;
let n = 0;
function push(phone: VirtualPhone, over: Partial<PushDelivery> = {}): PushDelivery {
  n++;
  return {
    channel: 'fcm',
    package: phone.app.package,
    title: `t${n}`,
    body: `b${n}`,
    messageId: `m${n}`,
    priority: 'normal',
    ...over,
  };
}
const shownAt = (phone: VirtualPhone, id: string) =>
  phone.notifications.find((r) => r.extras['pd.messageId'] === id)?.postedAt;

/** Puts the phone back: screen on, charger state reset, nothing forced, no saver. */
async function awake(serial: string) {
  await sh(serial, 'dumpsys', 'deviceidle', 'unforce');
  await sh(serial, 'input', 'keyevent', 'KEYCODE_WAKEUP');
  await sh(serial, 'dumpsys', 'battery', 'reset');
  await sh(serial, 'settings', 'put', 'global', 'low_power', '0');
  await sh(serial, 'cmd', 'netpolicy', 'set', 'restrict-background', 'false');
}

describe('virtual phone: screen, battery and Doze on a scaled clock', () => {
  it('the screen and the charger as dumpsys power, display and battery print them', async () => {
    const s = pixel().serial;
    expect(await sh(s, 'dumpsys', 'power')).toMatch(/^\s+mWakefulness=Awake$/m);
    expect(await sh(s, 'dumpsys', 'display')).toMatch(/mGlobalDisplayState=ON/);
    await sh(s, 'input', 'keyevent', 'KEYCODE_SLEEP');
    const power = await sh(s, 'dumpsys', 'power');
    expect(power).toMatch(/^\s+mWakefulness=Asleep$/m);
    expect(power).toMatch(/Display Power: state=OFF/);
    expect(await sh(s, 'dumpsys', 'display')).toMatch(/mScreenState=OFF/);
    await sh(s, 'dumpsys', 'battery', 'set', 'ac', '1');
    const battery = await sh(s, 'dumpsys', 'battery');
    expect(battery).toContain("(UPDATES STOPPED -- use 'reset' to restart)");
    expect(battery).toMatch(/AC powered: true/);
    expect(await sh(s, 'dumpsys', 'power')).toMatch(/mIsPowered=true\s+mPlugType=1/);
    expect((await sh(s, 'dumpsys', 'deviceidle', 'get', 'charging')).trim()).toBe('true');
    await sh(s, 'dumpsys', 'battery', 'unplug');
    expect(await sh(s, 'dumpsys', 'battery')).toMatch(/AC powered: false\s+USB powered: false/);
    await awake(s);
    expect(await sh(s, 'dumpsys', 'battery')).not.toContain('UPDATES STOPPED');
  });

  it('Doze does not start while charging or with the screen on; unplugged and dark, it does (inactive → idle)', async () => {
    const s = pixel().serial;
    const phone = pixel().phone;
    await sh(s, 'dumpsys', 'battery', 'set', 'usb', '1');
    await sh(s, 'input', 'keyevent', 'KEYCODE_SLEEP');
    const from = phone.clock.now();
    // Two hours of phone time on the charger: still ACTIVE.
    await waitFor(() => phone.clock.now() - from > 2 * 60 * MIN, 10_000, 'two phone hours');
    expect((await sh(s, 'dumpsys', 'deviceidle', 'get', 'deep')).trim()).toBe('ACTIVE');
    await sh(s, 'dumpsys', 'battery', 'unplug');
    expect((await sh(s, 'dumpsys', 'deviceidle', 'get', 'deep')).trim()).toBe('INACTIVE');
    await waitFor(async () => (await sh(s, 'dumpsys', 'deviceidle', 'get', 'deep')).trim() === 'IDLE', 10_000, 'IDLE');
    const idle = phone.log
      .snapshot()
      .find((e) => e.tag === 'DeviceIdleController' && e.message.startsWith('Moved to state deep=IDLE light=OVERRIDE'));
    const inactive = phone.log
      .snapshot()
      .filter(
        (e) => e.tag === 'DeviceIdleController' && e.message.startsWith('Moved to state deep=INACTIVE light=INACTIVE'),
      )
      .at(-1);
    // AOSP: 30 min INACTIVE, then 30 min more (IDLE_PENDING) before IDLE.
    expect(idle!.timeMs - inactive!.timeMs).toBeGreaterThanOrEqual(
      DOZE_TIMING.inactiveMs + DOZE_TIMING.idleAfterInactiveMs - MIN,
    );
    expect(idle!.timeMs - inactive!.timeMs).toBeLessThan(
      DOZE_TIMING.inactiveMs + DOZE_TIMING.idleAfterInactiveMs + 5 * MIN,
    );
    expect((await sh(s, 'dumpsys', 'deviceidle', 'get', 'light')).trim()).toBe('OVERRIDE');
    // The screen turned on ends it.
    await sh(s, 'input', 'keyevent', 'KEYCODE_WAKEUP');
    expect((await sh(s, 'dumpsys', 'deviceidle', 'get', 'deep')).trim()).toBe('ACTIVE');
    await awake(s);
  });

  it('deep Doze holds normal-priority FCM until the maintenance window (1 h, then 2 h later), high priority at once', async () => {
    const s = pixel().serial;
    const phone = pixel().phone;
    await sh(s, 'am', 'start', '-a', 'android.intent.action.MAIN', '-c', 'android.intent.category.HOME');
    await sh(s, 'dumpsys', 'battery', 'unplug');
    await sh(s, 'input', 'keyevent', 'KEYCODE_SLEEP');
    expect(await sh(s, 'dumpsys', 'deviceidle', 'force-idle')).toBe('Now forced in to deep idle mode\n');
    // When Doze began, on the phone's clock (its own log line; the host's adb is too slow a witness).
    const idleAt = phone.log
      .snapshot()
      .filter((e) => e.tag === 'DeviceIdleController' && e.message.endsWith('(force-idle)'))
      .at(-1)!.timeMs;
    const normal = push(phone);
    const high = push(phone, { priority: 'high' });
    expect(phone.deliverPush(normal)).toEqual({ shown: false, reason: 'deferred-doze' });
    expect(phone.deliverPush(high)).toMatchObject({ shown: true });
    expect((await sh(s, 'dumpsys', 'deviceidle', 'get', 'deep')).trim()).toBe('IDLE');
    // The first window opens an hour (phone time) after Doze began; the held push shows then.
    await waitFor(() => shownAt(phone, normal.messageId), 10_000, 'the held push');
    const first = shownAt(phone, normal.messageId)! - idleAt;
    // Host timers fire a few milliseconds early or late; at this scale that is up to a minute of
    // phone time, which still tells "at the window" from "at once".
    expect(first).toBeGreaterThanOrEqual(DOZE_TIMING.idleMs - MIN);
    expect(first).toBeLessThan(DOZE_TIMING.idleMs + 2 * MIN);
    // Seen from adb: the window, as dumpsys prints it.
    const notif = await sh(s, 'dumpsys', 'notification', '--noredact');
    expect(notif).toContain(`mCreationTimeMs=${shownAt(phone, normal.messageId)}`);
    // A push sent after the window waits for the next one: 5 min of window, then 2 h idle.
    await waitFor(
      () => phone.doze.deep === 'IDLE' && phone.clock.now() - idleAt > DOZE_TIMING.idleMs + 6 * MIN,
      10_000,
      'idle again',
    );
    const later = push(phone);
    expect(phone.deliverPush(later)).toEqual({ shown: false, reason: 'deferred-doze' });
    await waitFor(() => shownAt(phone, later.messageId), 10_000, 'the second window');
    const second = shownAt(phone, later.messageId)! - idleAt;
    const expected = DOZE_TIMING.idleMs + DOZE_TIMING.maintenanceMs + DOZE_TIMING.idleMs * DOZE_TIMING.idleFactor;
    expect(second).toBeGreaterThanOrEqual(expected - MIN);
    expect(second).toBeLessThan(expected + 2 * MIN);
    // Forced idle: the screen on does not end it; unforce with the screen on does.
    await sh(s, 'input', 'keyevent', 'KEYCODE_WAKEUP');
    expect((await sh(s, 'dumpsys', 'deviceidle', 'get', 'force')).trim()).toBe('true');
    expect(await sh(s, 'dumpsys', 'deviceidle', 'unforce')).toBe('Light state: ACTIVE, deep state: ACTIVE\n');
    await awake(s);
  });

  it('Data Saver and battery saver hold a data message the app must fetch; notification messages show; background restriction drops FCM', async () => {
    const s = pixel().serial;
    const phone = pixel().phone;
    await sh(s, 'am', 'start', '-a', 'android.intent.action.MAIN', '-c', 'android.intent.category.HOME');
    // Data Saver: the app's background data is blocked, a notification message still shows.
    await sh(s, 'cmd', 'netpolicy', 'set', 'restrict-background', 'true');
    const data = push(phone, { title: '', body: '', priority: 'high', ext: { room: '42' } });
    const shown = push(phone, { priority: 'high' });
    expect(phone.deliverPush(data)).toEqual({ shown: false, reason: 'deferred-network' });
    expect(phone.heldPushes()).toContainEqual({ messageId: data.messageId, reason: 'data-saver' });
    expect(phone.deliverPush(shown)).toMatchObject({ shown: true });
    // The user allows the app unrestricted data: it fetches, the notification shows.
    const uid = phone.uidOf(phone.app.package)!;
    await sh(s, 'cmd', 'netpolicy', 'add', 'restrict-background-whitelist', String(uid));
    expect(shownAt(phone, data.messageId)).toBeDefined();
    await sh(s, 'cmd', 'netpolicy', 'remove', 'restrict-background-whitelist', String(uid));
    await sh(s, 'cmd', 'netpolicy', 'set', 'restrict-background', 'false');

    // Battery saver on battery power: a normal-priority data message waits until it is off.
    await sh(s, 'dumpsys', 'battery', 'unplug');
    await sh(s, 'settings', 'put', 'global', 'low_power', '1');
    expect(await sh(s, 'dumpsys', 'power')).toContain('Battery Saver is currently: ON');
    const saver = push(phone, { title: '', body: '' });
    expect(phone.deliverPush(saver)).toEqual({ shown: false, reason: 'deferred-network' });
    expect(phone.heldPushes()).toContainEqual({ messageId: saver.messageId, reason: 'battery-saver' });
    // High priority puts the app on the temporary allow list: it fetches at once.
    expect(phone.deliverPush(push(phone, { title: '', body: '', priority: 'high' }))).toMatchObject({ shown: true });
    await sh(s, 'settings', 'put', 'global', 'low_power', '0');
    expect(shownAt(phone, saver.messageId)).toBeDefined();
    // On the charger battery saver does not apply.
    await sh(s, 'dumpsys', 'battery', 'set', 'ac', '1');
    await sh(s, 'settings', 'put', 'global', 'low_power', '1');
    expect(phone.deliverPush(push(phone, { title: '', body: '' }))).toMatchObject({ shown: true });
    await awake(s);

    // Background restriction: FCM does not deliver (Firebase, "Background Restricted Apps"), not even later.
    await sh(s, 'cmd', 'appops', 'set', phone.app.package, 'RUN_ANY_IN_BACKGROUND', 'ignore');
    const restricted = push(phone, { priority: 'high' });
    expect(phone.deliverPush(restricted)).toEqual({ shown: false, reason: 'background-restricted' });
    expect(await sh(s, 'logcat', '-d', '-s', 'GCM')).toContain(
      `Message dropped, app is background restricted: ${phone.app.package}`,
    );
    await sh(s, 'cmd', 'appops', 'set', phone.app.package, 'RUN_ANY_IN_BACKGROUND', 'allow');
    expect(shownAt(phone, restricted.messageId)).toBeUndefined();
    expect(phone.heldPushes()).toEqual([]);

    // A vendor system channel is not the app's background work: it shows under all of them.
    const mi = lab.devices[1];
    await sh(mi.serial, 'cmd', 'appops', 'set', mi.phone.app.package, 'RUN_ANY_IN_BACKGROUND', 'ignore');
    await sh(mi.serial, 'cmd', 'netpolicy', 'set', 'restrict-background', 'true');
    expect(mi.phone.deliverPush(push(mi.phone, { channel: 'xiaomi' }))).toMatchObject({ shown: true });
    await sh(mi.serial, 'cmd', 'appops', 'set', mi.phone.app.package, 'RUN_ANY_IN_BACKGROUND', 'allow');
    await sh(mi.serial, 'cmd', 'netpolicy', 'set', 'restrict-background', 'false');
  });
});

describe('virtual phone: reboot', () => {
  it('adb reboot drops the transport; the phone comes back booting, then booted: app not running nor stopped, Doze unforced, logcat new', async () => {
    const d = pixel();
    const s = d.serial;
    const pkg = d.phone.app.package;
    await sh(s, 'monkey', '-p', pkg, '-c', 'android.intent.category.LAUNCHER', '1');
    await sh(s, 'am', 'start', '-a', 'android.intent.action.MAIN', '-c', 'android.intent.category.HOME');
    expect((await sh(s, 'pidof', pkg)).trim()).toMatch(/^\d+$/);
    await sh(s, 'input', 'keyevent', 'KEYCODE_SLEEP');
    await sh(s, 'dumpsys', 'deviceidle', 'force-idle');
    d.phone.logAs(1000, 'I', 'BeforeReboot', 'marker line');
    await adb.adb('-s', s, 'reboot');
    // The transport is gone at once, as a real phone's.
    expect((await adb.adb('devices')).stdout).not.toMatch(new RegExp(`${s.replace(/\./g, '\\.')}\\s+device`));
    await adb.adb('-s', s, 'wait-for-device');
    // adbd is up before the boot completes.
    const booting = (await sh(s, 'getprop', 'sys.boot_completed')).trim();
    await waitFor(async () => (await sh(s, 'getprop', 'sys.boot_completed')).trim() === '1', 15_000, 'boot completed');
    expect(booting === '0' || booting === '1').toBe(true);
    expect(d.phone.log.snapshot().some((e) => e.tag === 'ActivityManager' && e.message === 'Boot completed')).toBe(
      true,
    );
    // No app process; the app is not stopped (it ran before the reboot); Doze starts over, unforced.
    await expect(adb.adb('-s', s, 'shell', 'pidof', pkg)).rejects.toThrow();
    expect(await sh(s, 'dumpsys', 'package', pkg)).toMatch(/User 0:.*stopped=false/);
    expect((await sh(s, 'dumpsys', 'deviceidle', 'get', 'force')).trim()).toBe('false');
    expect((await sh(s, 'dumpsys', 'deviceidle', 'get', 'deep')).trim()).toBe('ACTIVE');
    expect(await sh(s, 'dumpsys', 'power')).toMatch(/mWakefulness=Awake/);
    const log = await sh(s, 'logcat', '-d');
    expect(log).not.toContain('marker line');
    expect(log).toContain('Entered the Android system server!');
  }, 60_000);

  it('svc power reboot; a force-stopped app stays stopped across the reboot, and a push sent while it boots shows once booted', async () => {
    const d = pixel();
    const s = d.serial;
    const pkg = d.phone.app.package;
    await sh(s, 'am', 'force-stop', pkg);
    await sh(s, 'svc', 'power', 'reboot', 'test');
    await waitFor(() => d.phone.booting, 5_000, 'going down');
    // A vendor channel would queue it; here FCM to a stopped app is dropped after the boot.
    const held = push(d.phone, { channel: 'fcm', priority: 'high' });
    expect(d.phone.deliverPush(held)).toEqual({ shown: false, reason: 'deferred-network' });
    await adb.adb('-s', s, 'wait-for-device');
    await waitFor(async () => (await sh(s, 'getprop', 'sys.boot_completed')).trim() === '1', 15_000, 'boot completed');
    expect(await sh(s, 'dumpsys', 'package', pkg)).toMatch(/User 0:.*stopped=true/);
    expect(shownAt(d.phone, held.messageId)).toBeUndefined();
    expect(await sh(s, 'logcat', '-d', '-s', 'GCM')).toContain('result=CANCELLED');
    // The app opened again: a push while it boots is delivered once booted.
    await sh(s, 'monkey', '-p', pkg, '-c', 'android.intent.category.LAUNCHER', '1');
    await sh(s, 'reboot');
    await waitFor(() => d.phone.booting, 5_000, 'going down');
    const later = push(d.phone, { priority: 'high' });
    d.phone.deliverPush(later);
    await adb.adb('-s', s, 'wait-for-device');
    await waitFor(() => shownAt(d.phone, later.messageId), 15_000, 'the push after the boot');
    expect(shownAt(d.phone, later.messageId)!).toBeGreaterThanOrEqual(d.phone.bootedAt);
  }, 60_000);
});
