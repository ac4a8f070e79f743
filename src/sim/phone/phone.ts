// The virtual phone's model: packages, processes, notifications, power and settings, and the rules
// that matter for offline push (force-stop marks the app stopped; starting the app logs its push
// SDK's token lines; a push while the app is stopped shows or not depending on the channel;
// notifications off, a missing channel or Do Not Disturb suppress it).
import { randomBytes, createHash } from 'node:crypto';
import type { VendorChannel } from '../../shared/types';
import { PUSH_SERVICE_PACKAGES, isPushServicePackage } from './rom';
import { noiseLine } from './noise';
import { LogBuffer, type LogPriority } from './logbuffer';
import type { PhoneProfile, PackageSpec, ImSdk } from '../profiles';
import type {
  SimAppNotificationSettings,
  SimChannel,
  SimNotification,
  SimPackage,
  SimPowerState,
  SimProcess,
  SimSettings,
} from './state';
import { hasFault, type FaultName } from './faults';
import { PhoneClock } from './clock';
import { Doze } from './doze';

export const TEST_APP = 'com.example.chat';
export const TEST_APP_CHANNEL = 'push_messages';

export interface AppIntegration {
  package: string;
  channel: VendorChannel;
  imSdk: ImSdk;
  /** The IM user logged in on the app (the one pushes go to). */
  user: string;
}

/** What the phone tells the world when its app registers and reports a token. */
export interface PhoneHooks {
  onTokenRegistered?(phone: VirtualPhone, vendor: VendorChannel, token: string): void;
  onTokenReported?(
    phone: VirtualPhone,
    report: { imSdk: ImSdk; user: string; vendor: VendorChannel; token: string; package: string },
  ): void;
}

export interface AppStartLine {
  /** Logged by another process than the app (a push service, say); the app's own when absent. */
  pid?: number;
  tag: string;
  level: LogPriority;
  message: string;
}

/** Supplies the lines an app's push SDK logs at start (see src/sim/logs) and token values. */
export interface SdkLogSource {
  appStartLines(input: {
    channel: VendorChannel;
    imSdk: ImSdk;
    token: string | null;
    package: string;
    reportOk: boolean;
  }): AppStartLine[];
  token(vendor: VendorChannel, seed: string): string;
}

export interface PushDelivery {
  channel: VendorChannel;
  package: string;
  /** FCM message priority; normal (the default) waits while the phone is in deep Doze. */
  priority?: 'high' | 'normal';
  title: string;
  body: string;
  /** The notification channel id the sender asked for. */
  channelId?: string;
  ext?: Record<string, string>;
  /** Intent URI started when the notification is tapped; the launcher when absent. */
  clickIntent?: string;
  messageId: string;
}

export type DeliveryResult =
  | { shown: true; key: string; intercepted: boolean; channelId: string }
  | {
      shown: false;
      reason:
        | 'app-not-installed'
        | 'app-stopped'
        | 'deferred-doze'
        | 'background-restricted'
        | 'deferred-network'
        | 'vendor-service-missing'
        | 'notifications-blocked'
        | 'channel-missing'
        | 'channel-blocked';
    };

export interface PhoneOptions {
  profile: PhoneProfile;
  faults?: FaultName[];
  /** Seed for tokens and ids, so that a phone is the same each run. */
  seed?: string;
  hooks?: PhoneHooks;
  sdkLogs: SdkLogSource;
  /** Finds the test app's APK (built with aapt) for `pm path` and pulls. */
  apk?: () => Promise<Buffer>;
  /** ms between app start and its SDK's token lines. */
  tokenDelayMs?: number;
  /** The app's package (default the test app, com.example.chat); a snapshot's phone carries the customer's. */
  appPackage?: string;
  /** Phone time runs this many times faster than the host's (Doze windows, boot); default 1. */
  timeScale?: number;
  /** Phone ms a reboot takes until `sys.boot_completed=1` (default 20 s). */
  bootMs?: number;
}

/** Why a push waits on the phone: deep Doze (normal-priority FCM), or the app's network barred. */
type HoldReason = 'doze' | 'data-saver' | 'battery-saver' | 'light-doze' | 'booting';

/** The battery as `dumpsys battery` reports it; `set`/`unplug` override it until `reset`. */
export interface SimBattery {
  ac: boolean;
  usb: boolean;
  wireless: boolean;
  level: number;
  /** `dumpsys battery set|unplug` was used (updates stopped until `reset`). */
  overridden: boolean;
}

const SHELL_UID = 2000;
const SYSTEM_UID = 1000;

function timeString(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

export class VirtualPhone {
  readonly profile: PhoneProfile;
  readonly props: Record<string, string>;
  readonly packages = new Map<string, SimPackage>();
  readonly processes = new Map<number, SimProcess>();
  readonly notifications: SimNotification[] = [];
  readonly notificationSettings = new Map<string, SimAppNotificationSettings>();
  readonly power: SimPowerState;
  readonly settings: SimSettings;
  readonly log = new LogBuffer();
  readonly faults: Set<FaultName>;
  readonly app: AppIntegration;
  readonly clock: PhoneClock;
  readonly doze: Doze;
  /** Phone epoch ms of the last boot. */
  bootedAt: number;
  /** Not booted yet (after `reboot`, until `sys.boot_completed`): the adb transport is down. */
  booting = false;
  /** Apps allowed background data under Data Saver (`cmd netpolicy add restrict-background-whitelist UID`). */
  readonly restrictBackgroundWhitelist = new Set<number>();
  /** The battery the phone reports (a network phone on a desk: on battery by default). */
  readonly battery: SimBattery = { ac: false, usb: false, wireless: false, level: 80, overridden: false };
  /** Called when the phone reboots (the adb transport drops) and when it is booted again. */
  onReboot?: (phase: 'down' | 'up') => void;
  /** Files a pull can read, by absolute path. */
  readonly files = new Map<string, () => Promise<Buffer>>();
  /** Files written on the phone (`uiautomator dump`, `> /sdcard/x`, pushes). */
  readonly userFiles = new Map<string, Buffer>();
  /** The notification shade is pulled down (`cmd statusbar expand-notifications`). */
  shadeOpen = false;
  /** Activity stack top (`pkg/cls`), for `dumpsys activity`. */
  resumedActivity = 'com.android.launcher3/.uioverrides.QuickstepLauncher';
  token: string | null = null;
  /** The last intent each activity received (for `dumpsys activity` and click-through checks). */
  readonly activityIntents = new Map<string, { data?: string; extras: Record<string, string>; at: number }>();
  private nextPid = 1200;
  private nextUid = 10150;
  private nextNotificationId = 1000;
  private readonly seed: string;
  private readonly hooks: PhoneHooks;
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(private readonly options: PhoneOptions) {
    this.profile = options.profile;
    // The virtual phone says what it is, so that tools (Push Doctor's phone list among them) can
    // mark it; no real phone sets this property.
    this.props = { ...options.profile.props, 'ro.pushdoctor.virtual': '1' };
    this.clock = new PhoneClock(options.timeScale ?? 1);
    this.bootedAt = this.clock.now();
    // A scaled clock is told to tools that time pushes on this phone (watch --time-scale).
    if (this.clock.scale !== 1) this.props['ro.pushdoctor.clock'] = this.clock.describe();
    this.props['sys.boot_completed'] = '1';
    this.props['dev.bootcomplete'] = '1';
    this.doze = new Doze(this.clock, {
      onChange: (deep, light, reason) =>
        this.logAs(
          this.systemServerPid(),
          'I',
          'DeviceIdleController',
          `Moved to state deep=${deep} light=${light} (${reason})`,
        ),
      onRelease: () => this.releaseHeld(),
    });
    this.faults = new Set(options.faults ?? []);
    this.seed = options.seed ?? randomBytes(8).toString('hex');
    this.hooks = options.hooks ?? {};
    this.props['ro.serialno'] = this.props['ro.boot.serialno'] = createHash('sha1')
      .update(this.seed)
      .digest('hex')
      .slice(0, 12);
    this.app = {
      package: options.appPackage ?? TEST_APP,
      channel: options.profile.appChannel,
      imSdk: options.profile.imSdk,
      user: 'alice',
    };
    // boot_count: Settings.Global.BOOT_COUNT (API 24+), counted by the system at every boot.
    this.settings = {
      global: { zen_mode: '0', adb_enabled: '1', device_provisioned: '1', boot_count: '3' },
      secure: {},
      system: {},
    };
    this.power = { deviceIdleWhitelist: [], standbyBuckets: {}, appOps: {} };
    // `forcedIdle` is the Doze model's forced state: set it and the phone is forced into idle,
    // clear it and the phone is let go (as `dumpsys deviceidle force-idle` / `unforce`).
    const doze = this.doze;
    Object.defineProperty(this.power, 'forcedIdle', {
      enumerable: true,
      get: () => doze.forced,
      set: (v: 'deep' | 'light' | undefined) => (v ? doze.forceIdle(v) : doze.unforce()),
    });
    this.installSystem();
    this.installApp();
    this.applyFaults();
    // A phone boots with a few processes running.
    for (const name of ['system_server', 'com.android.systemui', 'com.android.phone']) this.spawn(name, SYSTEM_UID);
    if (this.profile.pushService && this.packages.get(this.profile.pushService.name)?.installed)
      this.spawn(this.profile.pushService.name, this.packages.get(this.profile.pushService.name)!.uid);
  }

  get sdk(): number {
    return Number(this.props['ro.build.version.sdk'] ?? 30);
  }

  get serialSeed(): string {
    return this.seed;
  }

  private install(spec: PackageSpec & { system?: boolean }, extra: Partial<SimPackage> = {}): SimPackage {
    const uid = spec.uid ?? (spec.system ? this.nextUid++ : this.nextUid++);
    const installDate = timeString(new Date(this.bootedAt - 86_400_000 * 30));
    const pkg: SimPackage = {
      name: spec.name,
      versionCode: spec.versionCode,
      versionName: spec.versionName,
      minSdk: 24,
      targetSdk: Math.min(this.sdk, 34),
      uid,
      system: spec.system ?? false,
      enabledState: 0,
      installed: true,
      stopped: false,
      notLaunched: false,
      debuggable: false,
      apkPath: spec.system
        ? `/system/priv-app/${spec.name.split('.').pop()}/${spec.name.split('.').pop()}.apk`
        : `/data/app/${spec.name}-1/base.apk`,
      installer: spec.system ? undefined : 'com.android.vending',
      firstInstallTime: installDate,
      lastUpdateTime: installDate,
      requestedPermissions: ['android.permission.INTERNET'],
      installPermissions: ['android.permission.INTERNET'],
      runtimePermissions: {},
      ...extra,
    };
    this.packages.set(pkg.name, pkg);
    return pkg;
  }

  private installSystem(): void {
    const sys = (name: string, versionCode: number, versionName: string, uid?: number) =>
      this.install({ name, versionCode, versionName, system: true, uid });
    sys('android', this.sdk, this.props['ro.build.version.release'] ?? '', SYSTEM_UID);
    sys('com.android.systemui', this.sdk, this.props['ro.build.version.release'] ?? '');
    sys('com.android.settings', this.sdk, this.props['ro.build.version.release'] ?? '', SYSTEM_UID);
    sys('com.android.shell', this.sdk, this.props['ro.build.version.release'] ?? '', SHELL_UID);
    sys('com.android.phone', this.sdk, this.props['ro.build.version.release'] ?? '', 1001);
    sys('com.android.providers.downloads', this.sdk, this.props['ro.build.version.release'] ?? '');
    sys('com.android.launcher3', this.sdk, this.props['ro.build.version.release'] ?? '');
    for (const spec of [this.profile.pushService, ...this.profile.packages]) {
      if (spec && !this.packages.has(spec.name)) this.install({ ...spec, system: true });
    }
    this.power.deviceIdleWhitelist.push(
      {
        type: 'system-excidle',
        pkg: 'com.android.providers.downloads',
        uid: this.packages.get('com.android.providers.downloads')!.uid,
      },
      { type: 'system-excidle', pkg: 'com.android.shell', uid: SHELL_UID },
      { type: 'system', pkg: 'android', uid: SYSTEM_UID },
    );
    for (const spec of [this.profile.pushService, ...this.profile.packages]) {
      if (!spec) continue;
      const isPushService = isPushServicePackage(spec.name);
      if (isPushService) {
        this.power.deviceIdleWhitelist.push({ type: 'system', pkg: spec.name, uid: this.packages.get(spec.name)!.uid });
        this.power.standbyBuckets[spec.name] = 5;
      }
    }
  }

  private installApp(): void {
    const sdk = this.sdk;
    const runtime: SimPackage['runtimePermissions'] = {};
    if (sdk >= 33) runtime['android.permission.POST_NOTIFICATIONS'] = { granted: true, flags: ['USER_SET'] };
    const pkg = this.install(
      { name: this.app.package, versionCode: 42, versionName: '4.2.0' },
      {
        apkPath: `/data/app/~~${createHash('md5').update(this.seed).digest('base64url').slice(0, 22)}==/${this.app.package}-${createHash(
          'md5',
        )
          .update(this.seed + 'b')
          .digest('base64url')
          .slice(0, 22)}==/base.apk`,
        targetSdk: 34,
        minSdk: 24,
        requestedPermissions: [
          'android.permission.INTERNET',
          'android.permission.ACCESS_NETWORK_STATE',
          'android.permission.POST_NOTIFICATIONS',
          'android.permission.WAKE_LOCK',
        ],
        installPermissions: [
          'android.permission.INTERNET',
          'android.permission.ACCESS_NETWORK_STATE',
          'android.permission.WAKE_LOCK',
        ],
        runtimePermissions: runtime,
        installer: 'com.android.shell',
      },
    );
    if (this.options.apk) this.files.set(pkg.apkPath, this.options.apk);
    this.power.standbyBuckets[this.app.package] = 10;
    const channels: SimChannel[] = [
      { id: TEST_APP_CHANNEL, name: 'Messages', importance: 4, description: 'Chat messages' },
      { id: 'default', name: 'General', importance: 3 },
    ];
    this.notificationSettings.set(this.app.package, { channels });
  }

  private applyFaults(): void {
    const app = this.packages.get(this.app.package)!;
    if (hasFault(this, 'app-not-installed')) {
      this.packages.delete(this.app.package);
      this.files.delete(app.apkPath);
      this.notificationSettings.delete(this.app.package);
      delete this.power.standbyBuckets[this.app.package];
    }
    if (hasFault(this, 'push-service-missing') && this.profile.pushService) {
      this.packages.delete(this.profile.pushService.name);
      this.power.deviceIdleWhitelist = this.power.deviceIdleWhitelist.filter(
        (e) => e.pkg !== this.profile.pushService!.name,
      );
    }
    if (hasFault(this, 'notifications-off') && this.packages.has(this.app.package)) {
      this.notificationSettings.get(this.app.package)!.importance = 'NONE';
      if (this.sdk >= 33) {
        app.runtimePermissions['android.permission.POST_NOTIFICATIONS'] = { granted: false, flags: ['USER_SET'] };
        this.power.appOps[this.app.package] = {
          ...(this.power.appOps[this.app.package] ?? {}),
          POST_NOTIFICATION: 'ignore',
        };
      }
    }
    if (hasFault(this, 'missing-channel') && this.packages.has(this.app.package)) {
      const s = this.notificationSettings.get(this.app.package)!;
      s.channels = s.channels.filter((c) => c.id !== TEST_APP_CHANNEL);
    }
    if (hasFault(this, 'dnd-on')) this.settings.global.zen_mode = '2';
    if (hasFault(this, 'logcat-stall')) this.log.stalled = true;
    if (hasFault(this, 'battery-restricted') && this.packages.has(this.app.package)) {
      this.power.standbyBuckets[this.app.package] = 45;
      this.power.appOps[this.app.package] = {
        ...(this.power.appOps[this.app.package] ?? {}),
        RUN_ANY_IN_BACKGROUND: 'ignore',
      };
    }
  }

  // ---- processes -------------------------------------------------------------------------------

  private spawn(name: string, uid: number): SimProcess {
    const proc: SimProcess = { pid: this.nextPid++, uid, name, startedAt: this.clock.now() - this.bootedAt };
    this.nextPid += Math.floor(Math.random() * 7);
    this.processes.set(proc.pid, proc);
    return proc;
  }

  pidsOf(name: string): number[] {
    return [...this.processes.values()].filter((p) => p.name === name).map((p) => p.pid);
  }

  isRunning(pkg: string): boolean {
    return this.pidsOf(pkg).length > 0;
  }

  /** Writes a log entry as the given process. */
  logAs(pid: number, priority: LogPriority, tag: string, message: string): void {
    const now = this.clock.now();
    const uid = this.processes.get(pid)?.uid ?? SYSTEM_UID;
    for (const line of message.split('\n')) {
      this.log.append({
        timeMs: now,
        nsec: (now % 1000) * 1e6 + Math.floor(Math.random() * 1e6),
        pid,
        tid: pid,
        uid,
        priority,
        tag,
        message: line,
        lid: 0,
      });
    }
  }

  private systemServerPid(): number {
    return this.pidsOf('system_server')[0] ?? 1000;
  }

  /** Starts a package's process (launcher, `am start`, `monkey`, a push waking it). */
  startApp(pkgName: string, reason: string, component?: string): { pid: number; started: boolean } {
    const pkg = this.packages.get(pkgName);
    if (!pkg || !pkg.installed) throw new Error(`package ${pkgName} is not installed`);
    const running = this.pidsOf(pkgName)[0];
    pkg.stopped = false;
    pkg.notLaunched = false;
    if (component) this.resumedActivity = component;
    if (running) {
      // In the foreground the app fetches what it could not in the background.
      if (component) this.releaseHeld();
      return { pid: running, started: false };
    }
    const proc = this.spawn(pkgName, pkg.uid);
    this.logAs(
      this.systemServerPid(),
      'I',
      'ActivityManager',
      `Start proc ${proc.pid}:${pkgName}/u0a${pkg.uid - 10000} for ${reason} {${component ?? pkgName}}`,
    );
    this.power.standbyBuckets[pkgName] = hasFault(this, 'battery-restricted') && pkgName === this.app.package ? 45 : 10;
    if (pkgName === this.app.package) this.bootApp(proc.pid);
    if (component) this.releaseHeld();
    return { pid: proc.pid, started: true };
  }

  private bootApp(pid: number): void {
    const noToken = hasFault(this, 'no-token');
    const vendorInstalled = this.vendorServiceInstalled(this.app.channel);
    const registered = !noToken && vendorInstalled;
    const token = registered ? this.options.sdkLogs.token(this.app.channel, `${this.seed}:${this.app.channel}`) : null;
    const lines = this.options.sdkLogs.appStartLines({
      channel: this.app.channel,
      imSdk: this.app.imSdk,
      token,
      package: this.app.package,
      reportOk: true,
    });
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (!this.processes.has(pid)) return;
      for (const l of lines) this.logAs(l.pid ?? pid, l.level, l.tag, l.message);
      if (token) {
        this.token = token;
        this.hooks.onTokenRegistered?.(this, this.app.channel, token);
        this.hooks.onTokenReported?.(this, {
          imSdk: this.app.imSdk,
          user: this.app.user,
          vendor: this.app.channel,
          token,
          package: this.app.package,
        });
      }
    }, this.options.tokenDelayMs ?? 40);
    this.timers.add(timer);
  }

  vendorServiceInstalled(channel: VendorChannel): boolean {
    return PUSH_SERVICE_PACKAGES[channel].some((p) => this.packages.get(p)?.installed);
  }

  forceStop(pkgName: string, callerPid = 0): void {
    const pkg = this.packages.get(pkgName);
    if (!pkg) return;
    this.logAs(
      this.systemServerPid(),
      'I',
      'ActivityManager',
      `Force stopping ${pkgName} appid=${pkg.uid} user=0: from pid ${callerPid}`,
    );
    for (const proc of [...this.processes.values()]) {
      if (proc.name === pkgName || proc.name.startsWith(`${pkgName}:`)) {
        this.processes.delete(proc.pid);
        this.logAs(
          this.systemServerPid(),
          'I',
          'ActivityManager',
          `Killing ${proc.pid}:${proc.name}/u0a${pkg.uid - 10000} (adj 0): stop ${pkgName} due to from pid ${callerPid}`,
        );
      }
    }
    pkg.stopped = true;
    if (this.resumedActivity.startsWith(`${pkgName}/`))
      this.resumedActivity = 'com.android.launcher3/.uioverrides.QuickstepLauncher';
  }

  /** The system reclaiming a background app (or the user swiping it away): no stopped state. */
  killBackground(pkgName: string): void {
    const pkg = this.packages.get(pkgName);
    for (const proc of [...this.processes.values()]) {
      if (proc.name === pkgName || proc.name.startsWith(`${pkgName}:`)) {
        this.processes.delete(proc.pid);
        this.logAs(
          this.systemServerPid(),
          'I',
          'ActivityManager',
          `Killing ${proc.pid}:${proc.name}/u0a${(pkg?.uid ?? 10000) - 10000} (adj 900): kill background`,
        );
      }
    }
  }

  // ---- notifications ---------------------------------------------------------------------------

  private appNotificationsBlocked(pkg: SimPackage): boolean {
    const settings = this.notificationSettings.get(pkg.name);
    if (settings?.importance === 'NONE') return true;
    if (this.sdk >= 33 && pkg.targetSdk >= 33) {
      const perm = pkg.runtimePermissions['android.permission.POST_NOTIFICATIONS'];
      if (perm && !perm.granted) return true;
    }
    return false;
  }

  /** Pushes the phone holds, and why (see `holdReason`); handed over again when the reason ends. */
  private readonly held: { msg: PushDelivery; reason: HoldReason }[] = [];
  /** When each high-priority FCM message reached each app (for the standby buckets' daily caps). */
  private readonly highPriorityAt = new Map<string, number[]>();

  /**
   * App Standby Buckets cap high-priority FCM on Android 12L and lower (API ≤ 32): frequent 10 a
   * day, rare 5, restricted 5 (the restricted bucket exists from Android 12, API 31); further
   * high-priority messages are treated as normal priority, which waits while the phone is in
   * Doze. From Android 13 no bucket caps FCM. Sources: developer.android.com/topic/performance/power/power-details
   * (the FCM column of the App Standby Buckets rows, and its footnote §),
   * developer.android.com/topic/performance/appstandby, and firebase.google.com/docs/cloud-messaging/android/message-priority
   * (normal priority is delivered at once unless the device is in Doze). Only a bucket set over adb
   * (`am set-standby-bucket`) counts here: the model does not age apps into buckets by itself.
   */
  private highPriorityCapped(pkgName: string): boolean {
    // Power restrictions do not apply while the phone charges (power-details: "These restrictions
    // do not apply while the device is charging").
    if (this.sdk > 32 || this.charging) return false;
    const bucket = this.power.standbyBuckets[pkgName];
    const cap = bucket === 30 ? 10 : bucket === 40 || (bucket === 45 && this.sdk >= 31) ? 5 : undefined;
    if (cap === undefined) return false;
    const dayAgo = this.clock.now() - 24 * 3600_000;
    return (this.highPriorityAt.get(pkgName) ?? []).filter((t) => t > dayAgo).length >= cap;
  }

  private countHighPriority(pkgName: string): void {
    const list = this.highPriorityAt.get(pkgName) ?? [];
    list.push(this.clock.now());
    this.highPriorityAt.set(pkgName, list.slice(-50));
  }

  /** `deviceidle unforce`: the phone is let go (ACTIVE with the screen on or charging), held pushes retried. */
  leaveIdle(): DeliveryResult[] {
    this.doze.unforce();
    return this.releaseHeld();
  }

  /**
   * Hands every held push over again (a Doze maintenance window opened, the phone woke, Data Saver
   * or battery saver ended, the app came to the foreground); those still barred are held again.
   */
  releaseHeld(): DeliveryResult[] {
    if (this.booting) return [];
    return this.held.splice(0).map(({ msg }) => this.deliverPush(msg));
  }

  /** Pushes held on the phone now, with the reason (for tests and `dumpsys`). */
  heldPushes(): { messageId: string; reason: HoldReason }[] {
    return this.held.map(({ msg, reason }) => ({ messageId: msg.messageId, reason }));
  }

  get charging(): boolean {
    return this.battery.ac || this.battery.usb || this.battery.wireless;
  }

  /** Battery saver in force: `low_power` on and not charging (it does not apply while charging). */
  get batterySaver(): boolean {
    return this.settings.global['low_power'] === '1' && !this.charging;
  }

  get screenOn(): boolean {
    return this.doze.screenOn;
  }

  /** The screen on (KEYCODE_WAKEUP) or off (KEYCODE_SLEEP): Doze starts only with it off. */
  setScreen(on: boolean): void {
    if (this.doze.screenOn !== on)
      this.logAs(
        this.systemServerPid(),
        'I',
        'PowerManagerService',
        on
          ? 'Waking up from Asleep (uid=2000, reason=WAKE_REASON_WAKE_KEY)...'
          : 'Going to sleep due to power_button (uid 2000)...',
      );
    this.doze.setScreen(on);
    this.releaseHeld();
  }

  /** `dumpsys battery set ac|usb|wireless`, `unplug`, `reset`: a charger ends Doze and battery saver. */
  setBattery(change: Partial<SimBattery>): void {
    Object.assign(this.battery, change);
    this.doze.setCharging(this.charging);
    this.releaseHeld();
  }

  private appInForeground(pkgName: string): boolean {
    return this.doze.screenOn && this.resumedActivity.startsWith(`${pkgName}/`);
  }

  /** Background use restricted by the user (Settings → Battery → Restricted): `RUN_ANY_IN_BACKGROUND ignore`. */
  backgroundRestricted(pkgName: string): boolean {
    const mode = this.power.appOps[pkgName]?.['RUN_ANY_IN_BACKGROUND'];
    return this.sdk >= 28 && (mode === 'ignore' || mode === 'deny');
  }

  /**
   * Why the app cannot reach the network from the background now, if it cannot. Sources:
   * Data Saver — developer.android.com/training/basics/network-ops/data-saver ("the system blocks
   * background data usage", apps on the user's allow list excepted; the virtual phone's network is
   * metered); battery saver — developer.android.com/about/versions/pie/power (from Android 9 battery
   * saver restricts all apps in the background, network access included) and power-details (not
   * while charging); Doze — power-details (network "Deferred to window"; a high-priority FCM message
   * puts the app on the temporary allow list, so only normal priority waits).
   */
  private networkBarred(pkg: SimPackage, priority: 'high' | 'normal'): HoldReason | undefined {
    if (this.appInForeground(pkg.name)) return undefined;
    if (this.power.restrictBackground && !this.restrictBackgroundWhitelist.has(pkg.uid)) return 'data-saver';
    if (priority === 'high') return undefined;
    if (this.batterySaver && this.sdk >= 28) return 'battery-saver';
    if (this.doze.networkDeferred) return this.doze.deepIdle ? 'doze' : 'light-doze';
    return undefined;
  }

  private hold(msg: PushDelivery, reason: HoldReason): DeliveryResult {
    this.held.push({ msg, reason });
    return { shown: false, reason: reason === 'doze' ? 'deferred-doze' : 'deferred-network' };
  }

  /** A push reaching the phone through its channel; see the file comment for the rules. */
  deliverPush(msg: PushDelivery): DeliveryResult {
    const pkg = this.packages.get(msg.package);
    if (!pkg || !pkg.installed) return { shown: false, reason: 'app-not-installed' };
    // A phone that is off gets its pushes once it is booted (the services queue them meanwhile).
    if (this.booting) return this.hold(msg, 'booting');
    let poster: string;
    if (msg.channel === 'fcm') {
      if (!this.vendorServiceInstalled('fcm')) return { shown: false, reason: 'vendor-service-missing' };
      if (pkg.stopped) {
        // Android does not deliver broadcasts to a force-stopped app; GMS logs the cancel.
        const gmsPid = this.pidsOf('com.google.android.gms')[0] ?? this.systemServerPid();
        this.logAs(
          gmsPid,
          'W',
          'GCM',
          `broadcast intent callback: result=CANCELLED forIntent { act=com.google.android.c2dm.intent.RECEIVE flg=0x10000000 pkg=${pkg.name} (has extras) }`,
        );
        return { shown: false, reason: 'app-stopped' };
      }
      if (this.backgroundRestricted(pkg.name) && !this.appInForeground(pkg.name)) {
        // firebase.google.com/docs/cloud-messaging/android/receive ("Background Restricted Apps (Android P
        // or newer)"): FCM may not deliver to an app the user put in background restriction; once
        // the restriction is lifted, new messages are delivered as before (these are not).
        const gmsPid = this.pidsOf('com.google.android.gms')[0] ?? this.systemServerPid();
        this.logAs(gmsPid, 'W', 'GCM', `Message dropped, app is background restricted: ${pkg.name}`);
        return { shown: false, reason: 'background-restricted' };
      }
      let priority: 'high' | 'normal' = msg.priority === 'high' ? 'high' : 'normal';
      if (priority === 'high' && this.highPriorityCapped(pkg.name)) {
        // Over the bucket's daily cap a high-priority message is handled as normal priority.
        priority = 'normal';
        const gmsPid = this.pidsOf('com.google.android.gms')[0] ?? this.systemServerPid();
        this.logAs(gmsPid, 'I', 'GCM', `High priority quota exhausted for ${pkg.name}: delivered as normal priority`);
      }
      if (priority !== 'high' && this.doze.deepIdle) {
        // Normal-priority FCM waits for the next Doze maintenance window; high priority wakes the app now.
        return this.hold({ ...msg, priority }, 'doze');
      }
      // A data message (no notification payload): the app builds the notification itself after
      // fetching the content, so it waits while the app's background network is barred.
      if (!msg.title && !msg.body) {
        const barred = this.networkBarred(pkg, priority);
        if (barred) return this.hold({ ...msg, priority }, barred);
      }
      if (priority === 'high') this.countHighPriority(pkg.name);
      // The FCM SDK in the app's process posts the notification.
      const { pid } = this.startApp(pkg.name, 'broadcast');
      this.logAs(pid, 'D', 'FirebaseMessaging', `Received message ${msg.messageId}`);
      poster = pkg.name;
    } else {
      const service = PUSH_SERVICE_PACKAGES[msg.channel].find((p) => this.packages.get(p)?.installed);
      if (!service) return { shown: false, reason: 'vendor-service-missing' };
      poster = service;
    }
    if (this.appNotificationsBlocked(pkg)) return { shown: false, reason: 'notifications-blocked' };

    const settings = this.notificationSettings.get(pkg.name) ?? { channels: [] };
    let channelId = msg.channelId ?? 'default';
    let channel = settings.channels.find((c) => c.id === channelId);
    if (msg.channel === 'xiaomi') {
      // The MiPush service creates its own channel for the app (`mipush|<pkg>|<id>`).
      const id = `mipush|${pkg.name}|${msg.channelId ?? 'pushService'}`;
      channel = settings.channels.find((c) => c.id === id);
      if (!channel) {
        channel = { id, name: msg.channelId ? 'Chat messages' : 'Push', importance: 3 };
        settings.channels.push(channel);
        this.notificationSettings.set(pkg.name, settings);
      }
      channelId = id;
    } else if (!channel) {
      if (msg.channel === 'oppo' && this.sdk >= 26) {
        this.logAs(
          this.systemServerPid(),
          'E',
          'NotificationService',
          `No Channel found for pkg=${pkg.name}, channelId=${channelId}, id=${this.nextNotificationId}, tag=null, opPkg=${poster}, callingUid=${this.packages.get(poster)?.uid ?? 0}, userId=0, incomingUserId=0, notificationUid=${pkg.uid}`,
        );
        return { shown: false, reason: 'channel-missing' };
      }
      // Other SDKs fall back to a default channel they create themselves.
      const fallbackId = msg.channel === 'fcm' ? 'fcm_fallback_notification_channel' : `${msg.channel}_default`;
      channel = settings.channels.find((c) => c.id === fallbackId);
      if (!channel) {
        channel = { id: fallbackId, name: 'Miscellaneous', importance: 3 };
        settings.channels.push(channel);
        this.notificationSettings.set(pkg.name, settings);
      }
      channelId = fallbackId;
    }
    if (channel.importance === 0) return { shown: false, reason: 'channel-blocked' };

    const id = this.nextNotificationId++;
    const tag = msg.channel === 'xiaomi' ? `mipush_${pkg.name}` : null;
    const now = this.clock.now();
    const record: SimNotification = {
      key: `0|${pkg.name}|${id}|${tag}|${pkg.uid}`,
      pkg: pkg.name,
      opPkg: poster,
      id,
      tag,
      uid: pkg.uid,
      channelId,
      title: msg.title,
      text: msg.body,
      extras: { ...(msg.ext ?? {}), 'pd.messageId': msg.messageId },
      when: now,
      postedAt: now,
      importance: channel.importance,
      flags: 0x10,
      contentIntent: msg.clickIntent,
      intercepted: this.settings.global.zen_mode !== '0' && !channel.bypassDnd,
    };
    this.notifications.push(record);
    const intercepted = record.intercepted === true;
    return { shown: true, key: record.key, intercepted, channelId };
  }

  deliverIntentExtras(component: string, intent: { data?: string; extras: Record<string, string> }): void {
    this.activityIntents.set(component, { data: intent.data, extras: { ...intent.extras }, at: Date.now() });
    const [pkg] = component.split('/');
    if (pkg === this.app.package) {
      const pid = this.pidsOf(pkg)[0];
      if (pid)
        this.logAs(
          pid,
          'I',
          component.split('.').pop()!,
          `onNewIntent data=${intent.data ?? 'null'} extras=${JSON.stringify(intent.extras)}`,
        );
    }
  }

  /** Notification rows as the shade lays them out (newest first), for `uiautomator dump` and taps. */
  shadeRows(): { record: SimNotification; bounds: [number, number, number, number] }[] {
    return [...this.notifications].reverse().map((record, i) => ({
      record,
      bounds: [0, 320 + i * 220, 1080, 320 + (i + 1) * 220 - 8] as [number, number, number, number],
    }));
  }

  private rebootTimer: { cancel(): void } | undefined;

  /**
   * `adb reboot`, `svc power reboot`, `reboot`: the adb transport drops at once; after `downMs` of
   * phone time adbd is back with `sys.boot_completed` 0, and `bootMs` later it is 1. What a boot
   * does: every process dies (the app is not started again; the system and push services are),
   * the log buffer and the notification shade start empty, Doze starts ACTIVE with no forced
   * state (DeviceIdleController keeps `force-idle` in memory only), the screen is on. What a boot
   * keeps: packages and their stopped state (package-restrictions.xml: an app that ran is not
   * stopped after a reboot, a force-stopped one stays stopped), settings, app ops, Data Saver,
   * standby buckets (app_idle_stats.xml), the app's token.
   */
  reboot(reason = '', bootMs = this.options.bootMs): void {
    if (this.booting) return;
    this.booting = true;
    this.onReboot?.('down');
    this.props['sys.boot_completed'] = '0';
    this.props['dev.bootcomplete'] = '0';
    this.settings.global['boot_count'] = String((Number(this.settings.global['boot_count']) || 0) + 1);
    // Phone time, but never under a second or two of host time: the host's adb has to see the
    // transport go and come back, as it would from a real phone.
    const totalMs = Math.max(bootMs ?? 20_000, this.clock.scale * 2_500);
    const downMs = Math.max(Math.min(totalMs / 2, 8_000), this.clock.scale * 1_500);
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    this.processes.clear();
    this.notifications.splice(0);
    this.shadeOpen = false;
    this.resumedActivity = 'com.android.launcher3/.uioverrides.QuickstepLauncher';
    this.doze.reset();
    this.doze.screenOn = true;
    this.doze.charging = this.charging;
    this.rebootTimer = this.clock.after(downMs, () => {
      this.bootedAt = this.clock.now();
      this.log.clear();
      for (const name of ['system_server', 'com.android.systemui', 'com.android.phone']) this.spawn(name, SYSTEM_UID);
      const service = this.profile.pushService && this.packages.get(this.profile.pushService.name);
      if (service?.installed) this.spawn(service.name, service.uid);
      this.logAs(
        this.systemServerPid(),
        'I',
        'SystemServer',
        `Entered the Android system server! (reboot reason: ${reason || 'none'})`,
      );
      this.onReboot?.('up');
      this.rebootTimer = this.clock.after(totalMs - downMs, () => {
        this.rebootTimer = undefined;
        this.props['sys.boot_completed'] = '1';
        this.props['dev.bootcomplete'] = '1';
        this.booting = false;
        this.logAs(this.systemServerPid(), 'I', 'ActivityManager', 'Boot completed');
        this.releaseHeld();
      });
    });
  }

  /** Ends timers so that a stopped simulator lets the process exit. */
  dispose(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    this.rebootTimer?.cancel();
    this.doze.dispose();
    this.clock.dispose();
    this.stopLogFlood();
  }

  private flood: NodeJS.Timeout | undefined;

  /**
   * Writes `linesPerSecond` lines of everyday noise into the log (load for the logcat viewer and
   * its benchmark); 0 stops. Lines are written every 10 ms so the stream stays smooth.
   */
  startLogFlood(linesPerSecond: number): void {
    this.stopLogFlood();
    if (linesPerSecond <= 0) return;
    let n = 0;
    const started = Date.now();
    this.flood = setInterval(() => {
      const due = Math.floor(((Date.now() - started) / 1000) * linesPerSecond);
      for (; n < due; n++) {
        const l = noiseLine(n);
        const now = Date.now();
        this.log.append({
          timeMs: now,
          nsec: (now % 1000) * 1e6,
          pid: l.pid,
          tid: l.tid,
          uid: SYSTEM_UID,
          priority: l.priority,
          tag: l.tag,
          message: l.message,
          lid: 0,
        });
      }
    }, 10);
    this.flood.unref?.();
  }

  stopLogFlood(): void {
    clearInterval(this.flood);
    this.flood = undefined;
  }

  uidOf(pkg: string): number | undefined {
    return this.packages.get(pkg)?.uid;
  }
}
