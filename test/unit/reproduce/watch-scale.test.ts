// The watch's pure parts for scaled virtual phones: the clock property a virtual phone publishes
// (`ro.pushdoctor.clock`, written by src/sim/phone/clock.ts), and the summary counting pushes the
// phone held (written `missing`, then an `arrival` line) as late arrivals, not as loss.
import { describe, expect, it } from 'vitest';
import { parseClockProperty, summarize, watchClock, type WatchLine } from '../../../src/main/reproduce/watch';
import { PhoneClock } from '../../../src/sim/phone/clock';

describe('ro.pushdoctor.clock', () => {
  it.each([
    ['1764374400000:1764374400000:600\n', { wallOrigin: 1764374400000, phoneOrigin: 1764374400000, scale: 600 }],
    ['1:2:1.5', { wallOrigin: 1, phoneOrigin: 2, scale: 1.5 }],
    ['', undefined],
    ['\n', undefined], // a real phone: getprop prints an empty line
    ['1:2:0', undefined],
    ['1:2', undefined],
    ['a:b:c', undefined],
  ])('%j', (text, want) => expect(parseClockProperty(text)).toEqual(want));

  it('reads back what the virtual phone writes, and maps host time to its phone time', () => {
    const phone = new PhoneClock(3600, 1_000, 5_000);
    const c = watchClock(parseClockProperty(phone.describe()));
    expect(c.scale).toBe(3600);
    expect(c.phoneTimed).toBe(true);
    expect(c.phoneAt(1_000)).toBe(5_000);
    expect(c.phoneAt(2_000)).toBe(phone.phoneAt(2_000));
    expect(watchClock().phoneAt(1234)).toBe(1234);
  });
});

describe('summarize with late arrivals', () => {
  const push = (seq: number, status: 'arrived' | 'missing' | 'refused', latencyMs?: number): WatchLine => ({
    type: 'push',
    seq,
    sentAt: new Date(seq * 600_000).toISOString(),
    route: 'fcm-normal',
    status,
    latencyMs,
    phone: {},
  });
  it('a held push that showed later is arrived (late) with its wait as latency; one never seen is lost', () => {
    const lines: WatchLine[] = [
      push(1, 'arrived', 1_000),
      push(2, 'missing'),
      push(3, 'missing'),
      push(4, 'refused'),
      { type: 'arrival', seq: 2, at: new Date(3_600_000).toISOString(), latencyMs: 2_400_000 },
    ];
    expect(summarize(lines)).toEqual({
      pushes: 4,
      arrived: 2,
      late: 1,
      missing: 1,
      refused: 1,
      lossPct: 33.3,
      p50: 1_000,
      p95: 2_400_000,
      max: 2_400_000,
      phoneGone: 0,
    });
  });
});
