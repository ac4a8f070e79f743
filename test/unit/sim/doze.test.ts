// The virtual phone's Doze, stepped on its clock with the host's time faked: the deep Doze
// schedule AOSP's DeviceIdleController keeps (windows after 1 h, then 2 h, 4 h, 6 h at most; 5 min,
// then 10 min long), light Doze's, and what ends or prevents Doze (screen, charger, force-idle).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PhoneClock } from '../../../src/sim/phone/clock';
import { Doze, DOZE_TIMING, type DeepState, type LightState } from '../../../src/sim/phone/doze';

const MIN = 60_000;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.setSystemTime(new Date('2026-01-01T00:00:00Z'));
});
afterEach(() => vi.useRealTimers());

function phone(scale = 1) {
  const clock = new PhoneClock(scale);
  const t0 = clock.now();
  const log: { at: number; deep: DeepState; light: LightState; reason: string }[] = [];
  const released: { at: number; kind: string }[] = [];
  const doze = new Doze(clock, {
    onChange: (deep, light, reason) => log.push({ at: (clock.now() - t0) / MIN, deep, light, reason }),
    onRelease: (kind) => released.push({ at: (clock.now() - t0) / MIN, kind }),
  });
  return { clock, doze, log, released };
}

describe('Doze on the phone clock', () => {
  it('forced deep idle: maintenance windows after 60, 185, 435, 805, 1175 min; 5 then 10 min long', () => {
    const { doze, log, released } = phone();
    doze.setScreen(false);
    doze.forceIdle('deep');
    expect([doze.deep, doze.light]).toEqual(['IDLE', 'OVERRIDE']);
    vi.advanceTimersByTime(24 * 60 * MIN);
    expect(released.map((r) => r.at)).toEqual([60, 185, 435, 805, 1175]);
    const windows = log.filter((l) => l.deep === 'IDLE_MAINTENANCE').map((l) => l.at);
    const backToIdle = log.filter((l) => l.deep === 'IDLE' && l.reason === 'step').map((l) => l.at);
    expect(backToIdle.slice(0, 3).map((t, i) => t - windows[i])).toEqual([5, 10, 10]);
    expect(DOZE_TIMING.maxIdleMs).toBe(360 * MIN);
  });

  it('the same schedule at 3600× takes a second per phone hour of host time', () => {
    const { doze, released } = phone(3600);
    doze.setScreen(false);
    doze.forceIdle('deep');
    vi.advanceTimersByTime(999);
    expect(released).toEqual([]);
    vi.advanceTimersByTime(2);
    expect(released).toEqual([{ at: 60, kind: 'deep-window' }]);
  });

  it('not while charging or with the screen on; unplugged and dark: INACTIVE, then IDLE an hour later', () => {
    const { doze, log } = phone();
    doze.setCharging(true);
    doze.setScreen(false);
    vi.advanceTimersByTime(5 * 60 * MIN);
    expect(doze.deep).toBe('ACTIVE');
    doze.setCharging(false);
    expect([doze.deep, doze.light]).toEqual(['INACTIVE', 'INACTIVE']);
    vi.advanceTimersByTime(3 * MIN);
    expect(doze.light).toBe('IDLE');
    vi.advanceTimersByTime(57 * MIN - 1);
    expect(doze.deep).toBe('IDLE_PENDING');
    vi.advanceTimersByTime(1);
    expect([doze.deep, doze.light]).toEqual(['IDLE', 'OVERRIDE']);
    doze.setScreen(true);
    expect([doze.deep, doze.light]).toEqual(['ACTIVE', 'ACTIVE']);
    expect(log.at(-1)!.reason).toBe('screen');
  });

  it('light Doze: windows after 5, 10, 15, 15 min, a minute each', () => {
    const { doze, released } = phone();
    doze.forceIdle('light');
    expect([doze.deep, doze.light]).toEqual(['ACTIVE', 'IDLE']);
    vi.advanceTimersByTime(60 * MIN);
    expect(released.map((r) => r.at)).toEqual([5, 16, 32, 48]);
  });

  it('force-idle holds against the screen and the charger; unforce lets go, ACTIVE only if either is on', () => {
    const { doze, released } = phone();
    doze.forceIdle('deep');
    doze.setScreen(true);
    doze.setCharging(true);
    expect(doze.deep).toBe('IDLE');
    doze.unforce();
    expect(doze.deep).toBe('ACTIVE');
    expect(released.at(-1)!.kind).toBe('active');
    // Dark and unplugged: unforce leaves the phone where it is, idle.
    doze.setCharging(false);
    doze.setScreen(false);
    doze.forceIdle('deep');
    doze.unforce();
    expect(doze.deep).toBe('IDLE');
    doze.reset();
    expect([doze.deep, doze.light, doze.forced]).toEqual(['ACTIVE', 'ACTIVE', undefined]);
  });
});
