// Everyday log noise of an Android phone (many tags and levels, framework chatter), for the log
// flood of `push-doctor sim --log-rate` and the generated logs of the benchmarks. Deterministic for
// a given sequence number so two runs produce the same text.
import type { LogPriority } from './logbuffer';

export interface NoiseLine {
  pid: number;
  tid: number;
  priority: LogPriority;
  tag: string;
  message: string;
}

const TEMPLATES: [LogPriority, string, (n: number) => string][] = [
  ['D', 'ActivityManager', (n) => `Start proc ${4000 + (n % 900)}:com.android.systemui/u0a${n % 200} for service`],
  ['I', 'ActivityTaskManager', (n) => `Displayed com.android.settings/.SubSettings: +${200 + (n % 700)}ms`],
  ['W', 'System.err', (n) => `java.net.SocketTimeoutException: timeout after ${n % 30000}ms`],
  ['D', 'ConnectivityService', (n) => `NetworkAgentInfo [WIFI () - ${100 + (n % 50)}] validation passed`],
  [
    'V',
    'WindowManager',
    (n) =>
      `Relayout Window{${((n * 2654435761) >>> 0).toString(16)} u0 StatusBar}: viewVisibility=0 req=1080x${84 + (n % 5)}`,
  ],
  ['I', 'chatty', (n) => `uid=1000(system) Binder:1234_${n % 16} identical ${1 + (n % 9)} lines`],
  [
    'D',
    'OpenGLRenderer',
    (n) => `Davey! duration=${700 + (n % 300)}ms; Flags=0, IntendedVsync=${n * 16666}, Vsync=${n * 16666 + 120}`,
  ],
  ['E', 'BatteryStatsService', () => 'no controller energy info supplied for wifi'],
  [
    'I',
    'PowerManagerService',
    (n) => `Waking up from Dozing (uid=1000, reason=WAKE_REASON_${n % 2 ? 'POWER_BUTTON' : 'GESTURE'})...`,
  ],
  [
    'D',
    'NetworkController.MobileSignalController(1)',
    (n) => `onSignalStrengthsChanged signalStrength=SignalStrength:{mCdma=Invalid,mLte=rssi=-${60 + (n % 40)}}`,
  ],
  ['W', 'ziparchive', () => "Unable to open '/data/app/~~x/base.dm': No such file or directory"],
  ['I', 'GnssLocationProvider', (n) => `WakeLock acquired by sendMessage(${n % 12}, 0, null)`],
  ['D', 'AudioService', (n) => `setStreamVolume(stream=${n % 6}, index=${n % 15}, calling=com.android.systemui)`],
  ['V', 'InputDispatcher', (n) => `Dropping event because there is no touched window. eventTime=${n}`],
  [
    'I',
    'Choreographer',
    (n) => `Skipped ${1 + (n % 60)} frames!  The application may be doing too much work on its main thread.`,
  ],
  ['D', 'NotificationService', (n) => `Posting notification for com.android.vending id=${n % 100} channel=updates`],
];

export function noiseLine(n: number): NoiseLine {
  const [priority, tag, text] = TEMPLATES[(n * 7 + (n >> 3)) % TEMPLATES.length];
  const pid = 900 + ((n * 31) % 2500);
  return { pid, tid: pid + (n % 7), priority, tag, message: text(n) };
}

const pad = (v: number, w = 2) => String(v).padStart(w, '0');

/** `logcat -v threadtime` text of an entry. */
export function threadtime(timeMs: number, line: NoiseLine): string {
  const d = new Date(timeMs);
  const stamp = `${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}`;
  return `${stamp} ${String(line.pid).padStart(5)} ${String(line.tid).padStart(5)} ${line.priority} ${line.tag}: ${line.message}`;
}
