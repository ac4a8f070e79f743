// The virtual phone's state. Shell formatters (src/sim/shell/format/*) print it in the real output
// formats of Android's commands; the phone model (./phone.ts) changes it as a phone would.

export interface SimPermissionState {
  granted: boolean;
  flags: string[];
}

export interface SimPackage {
  name: string;
  versionCode: number;
  versionName: string;
  minSdk: number;
  targetSdk: number;
  uid: number;
  /** Preinstalled on the system image (push services, GMS). */
  system: boolean;
  /** `enabled=` on the `User 0:` line: 0 default, 1 enabled, 2 disabled, 3 disabled-user. */
  enabledState: 0 | 1 | 2 | 3;
  installed: boolean;
  /** Force-stopped (or never launched): broadcasts are not delivered to it. */
  stopped: boolean;
  notLaunched: boolean;
  debuggable: boolean;
  /** Where `pm path` says the APK is, e.g. `/data/app/~~Xy==/com.example.chat-Ab==/base.apk`. */
  apkPath: string;
  installer?: string;
  /** `yyyy-MM-dd HH:mm:ss` as dumpsys prints it. */
  firstInstallTime: string;
  lastUpdateTime: string;
  requestedPermissions: string[];
  /** Normal/signature permissions granted at install time. */
  installPermissions: string[];
  /** Dangerous permissions (POST_NOTIFICATIONS on Android 13+). */
  runtimePermissions: Record<string, SimPermissionState>;
  /** Components with the intent actions they answer, for `dumpsys package` resolver tables. */
  components?: SimComponent[];
}

export interface SimComponent {
  kind: 'activity' | 'service' | 'receiver' | 'provider';
  /** Fully qualified class name. */
  className: string;
  exported: boolean;
  actions: string[];
}

export interface SimChannel {
  id: string;
  name: string;
  /** 0 NONE (blocked) … 5 MAX; -1000 unspecified. */
  importance: number;
  description?: string;
  group?: string;
  bypassDnd?: boolean;
  /** -1000 unspecified, 0 private, 1 public, -1 secret. */
  lockscreenVisibility?: number;
  showBadge?: boolean;
}

export interface SimAppNotificationSettings {
  /** App-level importance; `NONE` means every notification of the app is blocked. */
  importance?: 'NONE' | 'MIN' | 'LOW' | 'DEFAULT' | 'HIGH' | 'MAX';
  showBadge?: boolean;
  channels: SimChannel[];
}

export interface SimNotification {
  /** `<user>|<pkg>|<id>|<tag>|<uid>` */
  key: string;
  pkg: string;
  /** The package that posted it (a vendor push service posts on the app's behalf). */
  opPkg: string;
  id: number;
  tag: string | null;
  uid: number;
  channelId: string;
  title: string;
  text: string;
  /** Extras besides title and text (custom content of a push). */
  extras: Record<string, string>;
  /** Epoch ms. */
  when: number;
  postedAt: number;
  /** Channel importance at post time. */
  importance: number;
  flags: number;
  /** The intent a tap starts, as an intent URI, if any. */
  contentIntent?: string;
  /** Posted while Do Not Disturb hid it (no sound, no peek). */
  intercepted?: boolean;
}

export interface SimDeviceIdleEntry {
  type: 'system-excidle' | 'system' | 'user';
  pkg: string;
  uid: number;
}

export interface SimProcess {
  pid: number;
  uid: number;
  name: string;
  /** ms since the phone booted. */
  startedAt: number;
}

export type AppOpMode = 'allow' | 'ignore' | 'deny' | 'default' | 'foreground';

export interface SimPowerState {
  deviceIdleWhitelist: SimDeviceIdleEntry[];
  /** App standby bucket per package: 5 exempted, 10 active, 20 working set, 30 frequent, 40 rare, 45 restricted. */
  standbyBuckets: Record<string, number>;
  /** `cmd appops` modes set per package (ops not listed are at their defaults). */
  appOps: Record<string, Record<string, AppOpMode>>;
  /**
   * Set by `dumpsys deviceidle force-idle [light]`, cleared by `unforce` (absent: not forced). On a
   * VirtualPhone this is the Doze model's forced state (src/sim/phone/doze.ts): writing it forces or
   * lets go of the phone, whose deep and light states are stepped on its clock.
   */
  forcedIdle?: 'deep' | 'light';
  /** Data Saver, set by `cmd netpolicy set restrict-background true|false` (absent: off). */
  restrictBackground?: boolean;
}

export interface SimSettings {
  global: Record<string, string>;
  secure: Record<string, string>;
  system: Record<string, string>;
}
