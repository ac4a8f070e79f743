// Parser for `dumpsys notification [--noredact]`: the active notification records and the
// per-package settings (app-level importance, channels). Formats follow AOSP's
// NotificationManagerService / NotificationRecord / PreferencesHelper dumps (device-facts.md §3.0);
// unknown sections are skipped.

export interface NotificationRecordInfo {
  pkg: string;
  opPkg?: string;
  user: number;
  id: number;
  tag: string | null;
  importance: number;
  key: string;
  channelId?: string;
  uid?: number;
  title?: string;
  text?: string;
  /** Extras besides title and text, as printed (`String (value)` unwrapped when not redacted). */
  extras: Record<string, string>;
  when?: number;
  createdAtMs?: number;
  /** Hidden by Do Not Disturb (`mIntercept=true`). */
  intercepted?: boolean;
}

export interface ChannelInfo {
  id: string;
  name: string;
  importance: number;
  bypassDnd?: boolean;
  lockscreenVisibility?: number;
}

export interface AppNotificationSettings {
  pkg: string;
  uid?: number;
  /** App-level importance name when printed (`NONE` = all blocked). */
  importance?: string;
  channels: ChannelInfo[];
}

export interface NotificationDump {
  records: NotificationRecordInfo[];
  apps: Record<string, AppNotificationSettings>;
}

const RECORD =
  /NotificationRecord\(0x[0-9a-f]+: pkg=(\S+) user=UserHandle\{(-?\d+)\} id=(-?\d+) tag=(.*?) (?:importance|score)=(-?\d+)(?: key=(\S+?))?: Notification\((.*)$/;
const APP = /^AppSettings: (\S+) \((\d+|UNKNOWN_UID)\)(.*)$/;
const CHANNEL = /NotificationChannel\{mId='([^']*)', mName=(.*?), (?:mDescription=.*?, )?mImportance=(-?\d+)(.*)\}?/;

function extraValue(raw: string): string {
  // `String (text)` in clear, `String [length=N]` when redacted; other types print as they are.
  const clear = /^\w+ \((.*)\)$/.exec(raw);
  if (clear) return clear[1];
  return raw;
}

export function parseDumpsysNotification(text: string): NotificationDump {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const records: NotificationRecordInfo[] = [];
  const apps: Record<string, AppNotificationSettings> = {};
  let current: NotificationRecordInfo | null = null;
  let inExtras = false;
  let app: AppSettings | null = null;
  type AppSettings = AppNotificationSettings;

  for (const raw of lines) {
    const t = raw.trim();
    if (!t) continue;
    let m = RECORD.exec(t);
    if (m) {
      const channel = /channel=(\S+)/.exec(m[7])?.[1];
      current = {
        pkg: m[1],
        user: Number(m[2]),
        id: Number(m[3]),
        tag: m[4] === 'null' ? null : m[4],
        importance: Number(m[5]),
        key: m[6] ?? `${m[2]}|${m[1]}|${m[3]}|${m[4]}`,
        channelId: channel && channel !== 'null' ? channel : undefined,
        extras: {},
      };
      records.push(current);
      inExtras = false;
      app = null;
      continue;
    }
    if ((m = APP.exec(t))) {
      current = null;
      const attrs = Object.fromEntries([...m[3].matchAll(/(\w+)=(\S+)/g)].map((x) => [x[1], x[2]]));
      app = {
        pkg: m[1],
        uid: m[2] === 'UNKNOWN_UID' ? undefined : Number(m[2]),
        importance: attrs.importance,
        channels: [],
      };
      apps[app.pkg] = app;
      continue;
    }
    if (app && (m = CHANNEL.exec(t)) && t.startsWith('NotificationChannel{')) {
      const rest = m[4];
      app.channels.push({
        id: m[1],
        name: m[2],
        importance: Number(m[3]),
        bypassDnd: /mBypassDnd=true/.test(rest) || undefined,
        lockscreenVisibility: /mLockscreenVisibility=(-?\d+)/.exec(rest)
          ? Number(/mLockscreenVisibility=(-?\d+)/.exec(rest)![1])
          : undefined,
      });
      continue;
    }
    if (
      app &&
      !/^(NotificationChannelGroup|NotificationChannel)/.test(t) &&
      !/^AppSettings/.test(t) &&
      /^[A-Z][\w ]*:/.test(t)
    )
      app = null;
    if (!current) continue;
    if (t === 'extras={') {
      inExtras = true;
      continue;
    }
    if (inExtras) {
      if (t === '}') {
        inExtras = false;
        continue;
      }
      const e = /^([\w.]+)=(.*)$/.exec(t);
      if (e) {
        const v = extraValue(e[2]);
        if (e[1] === 'android.title') current.title = v;
        else if (e[1] === 'android.text') current.text = v;
        else current.extras[e[1]] = v;
      }
      continue;
    }
    if ((m = /^opPkg=(\S+)/.exec(t))) current.opPkg = m[1];
    else if ((m = /^uid=(\d+)/.exec(t))) current.uid = Number(m[1]);
    else if ((m = /^when=(\d+)/.exec(t))) current.when = Number(m[1]);
    else if ((m = /^mCreationTimeMs=(\d+)/.exec(t))) current.createdAtMs = Number(m[1]);
    else if ((m = /^mIntercept=(true|false)/.exec(t))) current.intercepted = m[1] === 'true';
    else if ((m = /^effectiveNotificationChannel=NotificationChannel\{mId='([^']*)'/.exec(t)))
      current.channelId ??= m[1];
  }
  return { records, apps };
}

export const IMPORTANCE_NAMES: Record<number, string> = {
  [-1000]: 'UNSPECIFIED',
  0: 'NONE',
  1: 'MIN',
  2: 'LOW',
  3: 'DEFAULT',
  4: 'HIGH',
  5: 'MAX',
};
