// The reproduce core without a phone: the state file (atomic, validated), parsing --conditions,
// cell statuses and the explanation each missing cell gets from the vendor facts.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StateFile, defaultStateDir, stateFilePath } from '../../../src/main/reproduce/state';
import {
  CONDITION_IDS,
  CONDITIONS,
  KNOBS,
  bootCount,
  knobsOf,
  parseConditions,
  sameValue,
} from '../../../src/main/reproduce/conditions';
import { rebootsPhone } from '../../../src/shared/conditions';
import { cellStatus, defaultRoutes, explain, type MessageOutcome } from '../../../src/main/reproduce/run';
import { createI18n, translate } from '../../../src/shared/i18n';
import type { AppProfile } from '../../../src/shared/profile';
import { reproduce } from '../../../src/shared/i18n/reproduce';

const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'pd-state-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const state = (serial = '127.0.0.1:5555') => ({
  version: 1 as const,
  serial,
  package: 'com.example.chat',
  startedAt: '2026-01-01T00:00:00.000Z',
  pid: 42,
  original: { idle: 'deep=ACTIVE light=ACTIVE', bucket: '10' },
});

describe('state file', () => {
  it('is written whole (temp file, then rename), read back, updated and deleted', () => {
    const dir = join(tmp(), 'nested');
    const f = new StateFile(dir, '127.0.0.1:5555');
    expect(f.read()).toBeNull();
    f.write(state());
    expect(f.path).toBe(join(dir, 'reproduce-127.0.0.1_5555.json'));
    expect(readdirSync(dir)).toEqual(['reproduce-127.0.0.1_5555.json']);
    expect(f.read()).toEqual(state());
    f.update({ current: 'doze' });
    expect(f.read()?.current).toBe('doze');
    expect(readdirSync(dir)).toEqual(['reproduce-127.0.0.1_5555.json']);
    f.delete();
    expect(f.read()).toBeNull();
  });

  it('a file that is not a state file is named, not trusted', () => {
    const dir = tmp();
    const f = new StateFile(dir, 'abc');
    writeFileSync(f.path, '{"version":1,"serial":"abc"}');
    expect(() => f.read()).toThrow(/reproduce-abc.json is not a state file/);
    writeFileSync(f.path, 'garbage');
    expect(() => f.read()).toThrow(/is not JSON/);
  });

  it('serials become file-safe names; the default folder is the user state dir', () => {
    expect(stateFilePath('/s', 'emulator-5554')).toBe('/s/reproduce-emulator-5554.json');
    expect(stateFilePath('/s', '../../etc/x')).toBe('/s/reproduce-.._.._etc_x.json');
    expect(defaultStateDir({ XDG_STATE_HOME: '/x' }, 'linux')).toBe('/x/push-doctor');
    expect(defaultStateDir({}, 'linux')).toMatch(/\.local\/state\/push-doctor$/);
    // Private: only the user reads the originals of their phone.
    const f = new StateFile(tmp(), 's');
    f.write(state('s'));
    expect(JSON.parse(readFileSync(f.path, 'utf8')).serial).toBe('s');
    expect(statSync(f.path).mode & 0o777).toBe(0o600);
  });
});

describe('conditions', () => {
  it('parses lists and + combinations, refuses unknown and contradictory ones', () => {
    // By default every condition that does not reboot the phone; after-reboot only when named.
    expect(parseConditions(undefined).map((c) => c.id)).toEqual(CONDITION_IDS.filter((c) => c !== 'after-reboot'));
    expect(parseConditions('after-reboot').map((c) => c.id)).toEqual(['after-reboot']);
    expect(rebootsPhone(['doze', 'standby-restricted+after-reboot'])).toBe(true);
    expect(rebootsPhone(['doze', 'standby-restricted+doze'])).toBe(false);
    expect(() => parseConditions('after-reboot+force-stopped')).toThrow(/exclude each other/);
    const specs = parseConditions('doze, standby-restricted+doze');
    expect(specs.map((c) => c.id)).toEqual(['doze', 'standby-restricted+doze']);
    expect(knobsOf(specs)).toEqual(['app', 'idle', 'screen', 'bucket']);
    expect(() => parseConditions('dozy')).toThrow('unknown condition "dozy"');
    expect(() => parseConditions('doze+light-doze')).toThrow(/exclude each other/);
    expect(() => parseConditions('swiped+force-stopped')).toThrow(/exclude each other/);
    expect(() => parseConditions('doze+doze')).toThrow(/twice/);
  });

  it('knobs read what the phone prints and write back exactly the recorded value', () => {
    const ok = (output: string, exitCode = 0) => ({ output, exitCode });
    expect(KNOBS.app.parse([ok('', 1), ok('  Package [x]\n    stopped=true notLaunched=false')])).toBe(
      'running=false stopped=true',
    );
    expect(KNOBS.app.parse([ok('1234\n'), ok('no such package')])).toBe('unknown');
    expect(KNOBS.app.write('p', 'unknown')).toEqual([]);
    expect(KNOBS.bgAppop.parse([ok('No operations.\nDefault mode: allow\n')])).toBe('default');
    expect(KNOBS.bgAppop.parse([ok('RUN_ANY_IN_BACKGROUND: ignore; time=+1s ago\n')])).toBe('ignore');
    expect(KNOBS.lowPower.write('p', 'null')).toEqual([['settings', 'delete', 'global', 'low_power']]);
    expect(KNOBS.bucket.write('p', '5')).toEqual([]);
    expect(KNOBS.bucket.write('p', '30')).toEqual([['am', 'set-standby-bucket', 'p', '30']]);
    expect(KNOBS.screen.parse([ok("Can't find service: power\n")])).toBe('unknown');
    expect(KNOBS.screen.write('p', 'unknown')).toEqual([]);
    // Idle: a phone left alone moves between idle states by itself; only "not forced" must come back.
    expect(KNOBS.idle.parse([ok('IDLE\n'), ok('IDLE\n'), ok('true\n')])).toBe('deep=IDLE light=IDLE forced=true');
    expect(KNOBS.idle.parse([ok('Unknown get option: force\n'), ok('ACTIVE\n'), ok('false\n')])).toBe('unknown');
    expect(sameValue('idle', 'deep=ACTIVE light=ACTIVE forced=false', 'deep=INACTIVE light=ACTIVE forced=false')).toBe(
      true,
    );
    expect(sameValue('idle', 'deep=ACTIVE light=ACTIVE forced=false', 'deep=IDLE light=IDLE forced=true')).toBe(false);
    expect(KNOBS.idle.write('p', 'deep=ACTIVE light=ACTIVE forced=false')).toEqual([
      ['dumpsys', 'deviceidle', 'unforce'],
    ]);
    expect(KNOBS.idle.write('p', 'deep=ACTIVE light=IDLE forced=true')).toEqual([
      ['dumpsys', 'deviceidle', 'force-idle', 'light'],
    ]);
    expect(sameValue('bucket', '10', '10')).toBe(true);
    expect(sameValue('bucket', '10', undefined)).toBe(false);
  });

  it('after-reboot: the boot count and sys.boot_completed are its evidence; a reboot is never written back', () => {
    const ok = (output: string, exitCode = 0) => ({ output, exitCode });
    expect(KNOBS.boot.parse([ok('7\n'), ok('1\n')])).toBe('boots=7 completed=1');
    // Before API 24 there is no boot count: `settings get` prints "null".
    expect(KNOBS.boot.parse([ok('null\n'), ok('\n')])).toBe('boots=null completed=0');
    expect(KNOBS.boot.write('p', 'boots=7 completed=1')).toEqual([]);
    expect(sameValue('boot', 'boots=7 completed=1', 'boots=8 completed=1')).toBe(true);
    const booted = CONDITIONS['after-reboot'].expect.boot!;
    expect(booted('boots=8 completed=1', 'boots=7 completed=1')).toBe(true);
    expect(booted('boots=7 completed=1', 'boots=7 completed=1')).toBe(false);
    expect(booted('boots=8 completed=0', 'boots=7 completed=1')).toBe(false);
    expect(booted('boots=null completed=1', 'boots=null completed=1')).toBe(true);
    const app = CONDITIONS['after-reboot'].expect.app!;
    // Started again by its own boot receiver, or not running: either way not stopped.
    expect(app('running=true stopped=false', undefined)).toBe(true);
    expect(app('running=false stopped=false', undefined)).toBe(true);
    expect(app('running=false stopped=true', undefined)).toBe(false);
    expect(bootCount('boots=12 completed=1')).toBe(12);
    expect(bootCount('boots=null completed=1')).toBeUndefined();
  });
});

describe('matrix cells and their explanations', () => {
  const m = (...s: MessageOutcome['status'][]) => s.map((status, i) => ({ index: i + 1, status }));
  it('cell status from its messages', () => {
    expect(cellStatus(m('arrived', 'arrived'))).toBe('arrived');
    expect(cellStatus(m('arrived', 'late'))).toBe('late');
    expect(cellStatus(m('arrived', 'missing'))).toBe('partial');
    expect(cellStatus(m('missing', 'missing'))).toBe('missing');
    expect(cellStatus(m('refused', 'missing'))).toBe('missing');
    expect(cellStatus([])).toBe('not-run');
  });

  it('explains from vendor facts, per channel, priority and Android version', () => {
    const keys = (...a: Parameters<typeof explain>) => explain(...a).map((t) => t.key);
    expect(keys('force-stopped', 'fcm', 'fcm', 35, 'missing')).toEqual(['reproduce.why.fcmStopped']);
    expect(keys('force-stopped', 'tencent-im', 'fcm', 35, 'missing')).toEqual(['reproduce.why.fcmStopped']);
    expect(keys('force-stopped', 'xiaomi', 'xiaomi', 35, 'missing')).toEqual(['reproduce.why.vendorStopped']);
    expect(keys('doze', 'fcm-normal', 'fcm', 35, 'late')).toEqual(['reproduce.why.dozeNormal']);
    expect(keys('doze', 'fcm', 'fcm', 35, 'late')).toEqual(['reproduce.why.dozeHigh']);
    expect(keys('standby-restricted+doze', 'fcm', 'fcm', 31, 'late')).toEqual([
      'reproduce.why.bucketCap',
      'reproduce.why.dozeHigh',
    ]);
    expect(keys('standby-restricted', 'fcm', 'fcm', 34, 'missing')).toEqual(['reproduce.why.bucketNoCap']);
    expect(keys('doze', 'fcm', 'fcm', 35, 'arrived')).toEqual([]);
    // Every explanation has its text in both languages.
    for (const lng of ['en', 'zh-CN'] as const) {
      const i18n = createI18n(lng);
      for (const t of [
        ...explain('force-stopped+doze', 'fcm-normal', 'fcm', 31, 'missing'),
        ...explain('swiped+standby-rare', 'xiaomi', 'xiaomi', 35, 'refused'),
        ...explain('light-doze+battery-saver+data-saver+background-restricted', 'fcm', 'fcm', 35, 'missing'),
        ...explain('background', 'easemob', 'fcm', 35, 'missing'),
        ...explain('doze', 'tencent-im', 'fcm', 35, 'late'),
        ...explain('doze', 'oppo', 'oppo', 35, 'late'),
        ...explain('standby-rare', 'oppo', 'oppo', 35, 'late'),
      ])
        expect(translate(i18n, t), `${lng} ${t.key}`).not.toBe(t.key);
    }
  });

  it('default provider columns: the channel (FCM at both priorities) and the IM service reported to', () => {
    const profile = { providers: { fcm: {}, 'tencent-im': {}, xiaomi: {} } } as unknown as AppProfile;
    expect(defaultRoutes(profile, 'fcm', 'tencent-im')).toEqual(['fcm', 'fcm-normal', 'tencent-im']);
    expect(defaultRoutes(profile, 'xiaomi')).toEqual(['xiaomi']);
    expect(defaultRoutes(profile, 'oppo', 'easemob')).toEqual([]);
  });
});

describe('texts', () => {
  it('the reproduce domain has the same keys in English and Chinese, and is registered', () => {
    const keys = (o: Record<string, unknown>, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        v && typeof v === 'object' ? keys(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`],
      );
    expect(keys(reproduce['zh-CN']).sort()).toEqual(keys(reproduce.en).sort());
    for (const id of CONDITION_IDS)
      expect(translate(createI18n('zh-CN'), { key: `reproduce.condition.${id}` })).not.toBe(
        `reproduce.condition.${id}`,
      );
  });
});
