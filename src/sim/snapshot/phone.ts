// A virtual phone that is the phone in a snapshot (`push-doctor sim --snapshot`): it answers every
// question the snapshot holds exactly as the phone did, says "not found" (as a phone without that
// command would) for read-only questions it does not hold, and acts like a virtual phone of that
// ROM for what changes the phone (restarting the app, pushes, taps). On an app start it logs the
// snapshot's own lines from after the restart, and registers the token they carry with the push
// stand-ins, so that test pushes reach it. Reads the snapshot through src/shared only.
import { answerFor, notCapturedAnswer, type PhoneSnapshot } from '../../shared/snapshot';
import type { VendorChannel } from '../../shared/types';
import type { PhoneProfile } from '../profiles';
import { profileFromDump } from '../profiles/from-props';
import type { AppStartLine, SdkLogSource, VirtualPhone } from '../phone/phone';
import type { LogPriority } from '../phone/logbuffer';
import { storedZip } from '../apks/zip';

export interface SnapshotPhone {
  profile: PhoneProfile;
  appPackage: string;
  /** The recorded answer for a command line, "not captured" for a question it does not hold, or undefined: let the phone act. */
  answer(argv: string[], phone: VirtualPhone): { output: string; exitCode: number } | undefined;
  sdkLogs: SdkLogSource;
  apk?: { path: string; bytes: Buffer };
}

// `12-01 10:00:00.123  1234  1240 D Tag: message` (logcat -v threadtime).
const THREADTIME = /^\d\d-\d\d \d\d:\d\d:\d\d\.\d+\s+(\d+)\s+\d+ ([VDIWEF]) (.*?)\s*: (.*)$/;
// Values after the words SDKs print before a token (what a person reading the log would take).
const TOKEN_AFTER =
  /(?:token|regId|registerID|registrationId|pushId|arg)['"]?\s*(?:[=:]|is\b\s*:?)\s*['"]?([A-Za-z0-9_:+/=.-]{20,})/gi;

/** Read-only questions: a snapshot that does not hold the answer says the phone could not answer. */
function isQuestion(argv: string[], phone: VirtualPhone): boolean {
  const [cmd, a1, a2] = argv;
  if (cmd === 'dumpsys') {
    if (a1 === 'activity' || a1 === 'window') return false;
    // After a test push the notification list is the phone's own news.
    if (a1 === 'notification') return phone.notifications.length === 0;
    return true;
  }
  if (cmd === 'settings') return a1 === 'get' || a1 === 'list';
  if (cmd === 'cmd') return a1 === 'appops' && a2 === 'get';
  if (cmd === 'am') return a1 === 'get-standby-bucket';
  if (cmd === 'pm') return a1 === 'list' || a1 === 'path' || a1 === 'dump';
  if (cmd === 'getprop') return argv.length === 1;
  return false;
}

/** Command lines as the checklist asked them, also by their first command (`A 2>/dev/null || B` answers `A`). */
function answerIndex(snap: PhoneSnapshot): Map<string, { output: string; exitCode: number }> {
  const index = new Map<string, { output: string; exitCode: number }>();
  for (const c of snap.commands) {
    const value = { output: c.output, exitCode: c.exitCode };
    index.set(c.command, value);
    const first = c.command.split(/\s+(?:\d?>|\|\||\||&&|;)/)[0].trim();
    if (first && !index.has(first)) index.set(first, value);
  }
  return index;
}

function tokenOf(lines: string[]): string {
  const counts = new Map<string, number>();
  for (const l of lines) for (const m of l.matchAll(TOKEN_AFTER)) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]?.[0] ?? '';
}

export function snapshotPhone(snap: PhoneSnapshot): SnapshotPhone {
  const getprop = answerFor(snap, 'getprop');
  const profile = profileFromDump(getprop?.output ?? '', 'snapshot');
  profile.title = `${profile.title.replace(/ from a property dump$/, '')} from a snapshot of ${snap.capturedAt}`;
  const pkg = snap.capture.package;
  // Its push service is installed (or not) as the snapshot's package list says.
  const index = answerIndex(snap);

  const window = snap.logWindow;
  const after = window ? window.text.split('\n').slice(window.linesBeforeRestart) : [];
  const appPid = after
    .map((l) => new RegExp(`Start proc (\\d+):${pkg.replace(/\./g, '\\.')}[/:]`).exec(l)?.[1])
    .find(Boolean);
  const startLines: AppStartLine[] = [];
  for (const l of after) {
    const m = THREADTIME.exec(l);
    if (!m || m[3] === 'ActivityManager') continue; // the phone logs its own force-stop and start lines
    startLines.push({
      ...(m[1] !== appPid ? { pid: Number(m[1]) } : {}),
      level: m[2] as LogPriority,
      tag: m[3],
      message: m[4],
    });
  }
  const token = tokenOf(after);

  let apk: SnapshotPhone['apk'];
  if (snap.manifest?.manifestBase64)
    apk = {
      path: snap.manifest.apkPath,
      bytes: storedZip([{ name: 'AndroidManifest.xml', data: Buffer.from(snap.manifest.manifestBase64, 'base64') }]),
    };

  return {
    profile,
    appPackage: pkg,
    apk,
    answer(argv, phone) {
      const line = argv.join(' ');
      const recorded = index.get(line);
      if (recorded && !(argv[0] === 'dumpsys' && argv[1] === 'notification' && phone.notifications.length))
        return recorded;
      if (isQuestion(argv, phone)) return notCapturedAnswer(line);
      return undefined;
    },
    sdkLogs: {
      appStartLines: () => startLines,
      token: (_vendor: VendorChannel) => token,
    },
  };
}
