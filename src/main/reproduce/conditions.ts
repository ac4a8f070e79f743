// The conditions `reproduce` puts a phone in, and the phone settings ("knobs") they change. Each
// knob says how to read its value (the evidence), and how to put a recorded value back; each
// condition says which knobs it changes, the commands that set it, and the values that prove it
// is set. Undoing a condition is putting its knobs back to the values recorded before the run.
// Commands are argv arrays: the shell layer quotes them; nothing here reaches a shell unchecked.

import { CONDITION_IDS, DEFAULT_CONDITIONS, type ConditionId } from '../../shared/conditions';

export { CONDITION_IDS, DEFAULT_CONDITIONS, type ConditionId };

export const KNOB_IDS = [
  'app',
  'idle',
  'screen',
  'bucket',
  'bgAppop',
  'lowPower',
  'restrictBackground',
  'boot',
] as const;
export type KnobId = (typeof KNOB_IDS)[number];

export type Cmd = string[];

/** What a command printed and how it ended (a subset of the shell layer's result). */
export interface CmdResult {
  output: string;
  exitCode: number;
}

export interface Knob {
  id: KnobId;
  /** Commands whose output the value is read from. */
  read(pkg: string): Cmd[];
  /** The value, normalised so that two reads of an unchanged phone compare equal. */
  parse(results: CmdResult[]): string;
  /** Commands that put `value` back; empty when there is nothing to do (or nothing safe to do). */
  write(pkg: string, value: string): Cmd[];
  /** Whether `now` counts as the `original` value (default: equal). */
  same?(original: string, now: string): boolean;
}

/** Whether a knob's value read now counts as the recorded one. */
export const sameValue = (id: KnobId, original: string, now: string | undefined): boolean =>
  now !== undefined && (KNOBS[id].same ? KNOBS[id].same(original, now) : original === now);

const launch = (pkg: string): Cmd[] => [
  ['monkey', '-p', pkg, '-c', 'android.intent.category.LAUNCHER', '1'],
  ['am', 'start', '-a', 'android.intent.action.MAIN', '-c', 'android.intent.category.HOME'],
];

/** `unknown`: the phone did not answer in a form we read; such a knob is never written. */
export const UNKNOWN = 'unknown';

export const KNOBS: Record<KnobId, Knob> = {
  app: {
    id: 'app',
    read: (pkg) => [
      ['pidof', pkg],
      ['dumpsys', 'package', pkg],
    ],
    parse: ([pidof, dump]) => {
      const stopped = /\bstopped=(true|false)/.exec(dump.output)?.[1];
      if (!stopped) return UNKNOWN;
      const running = pidof.exitCode === 0 && /\d/.test(pidof.output);
      return `running=${running} stopped=${stopped}`;
    },
    write: (pkg, value) => {
      if (value === UNKNOWN) return [];
      if (value.includes('stopped=true')) return [['am', 'force-stop', pkg]];
      // Starting the app from its launcher clears the stopped state; then it goes to the background.
      if (value.includes('running=true')) return launch(pkg);
      return [...launch(pkg), ['am', 'kill', pkg]];
    },
  },
  idle: {
    id: 'idle',
    read: () => [
      ['dumpsys', 'deviceidle', 'get', 'deep'],
      ['dumpsys', 'deviceidle', 'get', 'light'],
      ['dumpsys', 'deviceidle', 'get', 'force'],
    ],
    parse: ([deep, light, force]) => {
      const d = deep.output.trim();
      const l = light.output.trim();
      const f = force.output.trim();
      if (!/^[A-Z_]+$/.test(d) || !/^[A-Z_]+$/.test(l) || !/^(true|false)$/.test(f)) return UNKNOWN;
      return `deep=${d} light=${l} forced=${f}`;
    },
    // `unforce` hands the idle state back to the phone's own state machine: the only safe undo
    // (a real phone left alone moves between ACTIVE, INACTIVE, IDLE… by itself). An idle state that
    // was already forced before the run is forced again.
    write: (_pkg, value) =>
      value.endsWith('forced=true')
        ? [['dumpsys', 'deviceidle', 'force-idle', ...(value.startsWith('deep=IDLE') ? [] : ['light'])]]
        : [['dumpsys', 'deviceidle', 'unforce']],
    same: (original, now) => (original.endsWith('forced=false') ? now.endsWith('forced=false') : original === now),
  },
  screen: {
    id: 'screen',
    read: () => [['dumpsys', 'power']],
    parse: ([power]) => /mWakefulness=(\w+)/.exec(power.output)?.[1] ?? UNKNOWN,
    write: (_pkg, value) =>
      value === 'Awake'
        ? [['input', 'keyevent', 'KEYCODE_WAKEUP']]
        : value === UNKNOWN
          ? []
          : [['input', 'keyevent', 'KEYCODE_SLEEP']],
  },
  bucket: {
    id: 'bucket',
    read: (pkg) => [['am', 'get-standby-bucket', pkg]],
    parse: ([r]) => (/^\d+$/.test(r.output.trim()) ? r.output.trim() : UNKNOWN),
    // 5 (exempted) and 50 (never) cannot be set from the shell: the phone decides them again by itself.
    write: (pkg, value) => (/^(10|20|30|40|45)$/.test(value) ? [['am', 'set-standby-bucket', pkg, value]] : []),
  },
  bgAppop: {
    id: 'bgAppop',
    read: (pkg) => [['cmd', 'appops', 'get', pkg, 'RUN_ANY_IN_BACKGROUND']],
    parse: ([r]) => {
      if (r.exitCode !== 0) return UNKNOWN;
      return /RUN_ANY_IN_BACKGROUND: (\w+)/.exec(r.output)?.[1] ?? 'default';
    },
    write: (pkg, value) => (value === UNKNOWN ? [] : [['cmd', 'appops', 'set', pkg, 'RUN_ANY_IN_BACKGROUND', value]]),
  },
  lowPower: {
    id: 'lowPower',
    read: () => [['settings', 'get', 'global', 'low_power']],
    parse: ([r]) => (r.exitCode === 0 ? r.output.trim() || 'null' : UNKNOWN),
    write: (_pkg, value) =>
      value === UNKNOWN
        ? []
        : value === 'null'
          ? [['settings', 'delete', 'global', 'low_power']]
          : [['settings', 'put', 'global', 'low_power', value]],
  },
  // The phone's boot: Settings.Global.BOOT_COUNT (API 24+) counts boots, and sys.boot_completed
  // says the boot has finished. A reboot cannot be undone, so this knob is only ever read.
  boot: {
    id: 'boot',
    read: () => [
      ['settings', 'get', 'global', 'boot_count'],
      ['getprop', 'sys.boot_completed'],
    ],
    parse: ([count, completed]) => {
      const n = count.output.trim();
      return `boots=${/^\d+$/.test(n) ? n : 'null'} completed=${completed.output.trim() === '1' ? 1 : 0}`;
    },
    write: () => [],
    same: () => true,
  },
  restrictBackground: {
    id: 'restrictBackground',
    read: () => [['cmd', 'netpolicy', 'get', 'restrict-background']],
    parse: ([r]) => /Restrict background status: (enabled|disabled)/.exec(r.output)?.[1] ?? UNKNOWN,
    write: (_pkg, value) =>
      value === UNKNOWN
        ? []
        : [['cmd', 'netpolicy', 'set', 'restrict-background', value === 'enabled' ? 'true' : 'false']],
  },
};

export interface Condition {
  id: ConditionId;
  /** The knobs it changes (their values are recorded before the run and put back after). */
  knobs: KnobId[];
  /** Commands that set it, given the values recorded before the run. */
  set(pkg: string, original: Partial<Record<KnobId, string>>): Cmd[];
  /**
   * The value each knob must read once the condition is set (the evidence that it is), given the
   * value recorded before the run.
   */
  expect: Partial<Record<KnobId, (value: string, original: string | undefined) => boolean>>;
  /** Lowest Android API level the condition exists on. */
  minSdk?: number;
  /** The phone is rebooted (after the app is started and sent home, before the other parts are set). */
  reboots?: true;
}

/** The boot count in a `boot` knob value, if the phone keeps one. */
export const bootCount = (value: string | undefined): number | undefined => {
  const m = /boots=(\d+)/.exec(value ?? '');
  return m ? Number(m[1]) : undefined;
};

const bucketCondition = (id: ConditionId, name: string, value: string, minSdk: number): Condition => ({
  id,
  knobs: ['bucket'],
  set: (pkg) => [['am', 'set-standby-bucket', pkg, name]],
  expect: { bucket: (v) => v === value },
  minSdk,
});

export const CONDITIONS: Record<ConditionId, Condition> = {
  background: {
    id: 'background',
    knobs: ['app'],
    set: (pkg) => launch(pkg),
    expect: { app: (v) => v === 'running=true stopped=false' },
  },
  swiped: {
    id: 'swiped',
    knobs: ['app'],
    // What a swipe from recents does to the process: killed, not stopped (`am kill` kills a background app only).
    set: (pkg) => [...launch(pkg), ['am', 'kill', pkg]],
    expect: { app: (v) => v === 'running=false stopped=false' },
  },
  'force-stopped': {
    id: 'force-stopped',
    knobs: ['app'],
    set: (pkg) => [['am', 'force-stop', pkg]],
    expect: { app: (v) => v === 'running=false stopped=true' },
  },
  doze: {
    id: 'doze',
    knobs: ['screen', 'idle'],
    // Screen off first where the phone says it is on (Doze needs it on a real phone), then forced deep idle.
    set: (_pkg, original) => [
      ...(original.screen === 'Awake' ? [['input', 'keyevent', 'KEYCODE_SLEEP']] : []),
      ['dumpsys', 'deviceidle', 'force-idle'],
    ],
    expect: { idle: (v) => v.startsWith('deep=IDLE') },
    minSdk: 23,
  },
  'light-doze': {
    id: 'light-doze',
    knobs: ['idle'],
    set: () => [['dumpsys', 'deviceidle', 'force-idle', 'light']],
    expect: { idle: (v) => /light=IDLE\b/.test(v) },
    minSdk: 24,
  },
  'standby-rare': bucketCondition('standby-rare', 'rare', '40', 28),
  'standby-restricted': bucketCondition('standby-restricted', 'restricted', '45', 31),
  'background-restricted': {
    id: 'background-restricted',
    knobs: ['bgAppop'],
    set: (pkg) => [['cmd', 'appops', 'set', pkg, 'RUN_ANY_IN_BACKGROUND', 'ignore']],
    expect: { bgAppop: (v) => v === 'ignore' },
    minSdk: 26,
  },
  'battery-saver': {
    id: 'battery-saver',
    knobs: ['lowPower'],
    set: () => [['settings', 'put', 'global', 'low_power', '1']],
    expect: { lowPower: (v) => v === '1' },
    minSdk: 21,
  },
  'data-saver': {
    id: 'data-saver',
    knobs: ['restrictBackground'],
    set: () => [['cmd', 'netpolicy', 'set', 'restrict-background', 'true']],
    expect: { restrictBackground: (v) => v === 'enabled' },
    minSdk: 24,
  },
  'after-reboot': {
    id: 'after-reboot',
    knobs: ['app', 'boot'],
    // Rebooted, booted, and the app not opened since. Whether its process runs depends on its boot
    // receiver and on the ROM's autostart rules, so only "not stopped" is required of it: a reboot
    // does not put an app that has run into the stopped state.
    set: () => [],
    reboots: true,
    expect: {
      boot: (v, original) => {
        if (!v.endsWith('completed=1')) return false;
        const before = bootCount(original);
        const now = bootCount(v);
        // A phone without a boot count (before API 24) gives no proof beyond having come back.
        return before === undefined || now === undefined || now > before;
      },
      app: (v) => v.endsWith('stopped=false'),
    },
    minSdk: 24,
  },
};

/** A condition to reproduce: one from the table, or several at once written `a+b` (e.g. `standby-restricted+doze`). */
export interface ConditionSpec {
  id: string;
  parts: Condition[];
}

/** Parses `--conditions` (comma-separated; `+` joins conditions set together). Throws with the unknown name. */
export function parseConditions(list: string | undefined): ConditionSpec[] {
  const items = (list ?? DEFAULT_CONDITIONS.join(','))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (!items.length) throw new Error('no condition given');
  return items.map((item) => {
    const names = item.split('+').map((s) => s.trim());
    const parts = names.map((n) => {
      const c = CONDITIONS[n as ConditionId];
      if (!c || !(CONDITION_IDS as readonly string[]).includes(n)) throw new Error(`unknown condition "${n}"`);
      return c;
    });
    if (new Set(names).size !== names.length) throw new Error(`"${item}" names a condition twice`);
    const appParts = parts.filter((p) => p.knobs.includes('app'));
    if (appParts.length > 1)
      throw new Error(`"${item}": ${appParts.map((p) => p.id).join(' and ')} exclude each other`);
    const idleParts = parts.filter((p) => p.knobs.includes('idle'));
    if (idleParts.length > 1)
      throw new Error(`"${item}": ${idleParts.map((p) => p.id).join(' and ')} exclude each other`);
    return { id: names.join('+'), parts };
  });
}

/** Every knob a list of conditions touches, plus the app's own state (the run restarts the app). */
export function knobsOf(specs: ConditionSpec[]): KnobId[] {
  const set = new Set<KnobId>(['app']);
  for (const s of specs) for (const p of s.parts) for (const k of p.knobs) set.add(k);
  return KNOB_IDS.filter((k) => set.has(k));
}
