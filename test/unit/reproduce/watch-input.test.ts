// What the UI may ask of a watch: the schema the IPC and WebSocket bridges check before the core
// sees the request, and the shared summary the UI, the CLI and the report all print.
import { describe, expect, it } from 'vitest';
import { methodSchemas } from '../../../src/shared/schemas';
import { summarize, type WatchLine } from '../../../src/shared/watch';

const ok = { serial: 'emulator-5554', package: 'com.example.chat', profileId: 'lab', everyMs: 10_000, forMs: 60_000 };
const check = (v: unknown) => methodSchemas.startWatch.safeParse(v);

describe('startWatch input', () => {
  it('takes an interval of a second to a day, a length at least one interval, a condition and a provider', () => {
    expect(check(ok).success).toBe(true);
    expect(check({ ...ok, condition: 'standby-restricted+doze', route: 'fcm-normal', allowReboot: true }).success).toBe(
      true,
    );
  });
  it.each([
    ['an interval under a second', { ...ok, everyMs: 999 }],
    ['a length shorter than the interval', { ...ok, forMs: 5_000 }],
    ['a fractional interval', { ...ok, everyMs: 1_000.5 }],
    ['more than a week', { ...ok, forMs: 8 * 86_400_000 }],
    ['a condition with shell characters', { ...ok, condition: 'doze;reboot' }],
    ['a provider with a path', { ...ok, route: '../fcm' }],
    ['a hostile package name', { ...ok, package: 'com.x;rm -rf /' }],
    ['an unknown field', { ...ok, out: '/etc/passwd' }],
  ])('refuses %s', (_what, input) => {
    expect(check(input).success).toBe(false);
  });
});

describe('watch summary', () => {
  const push = (seq: number, status: 'arrived' | 'missing' | 'refused', latencyMs?: number): WatchLine => ({
    type: 'push',
    seq,
    sentAt: new Date(seq * 1000).toISOString(),
    route: 'fcm',
    status,
    latencyMs,
    phone: {},
  });
  it('loss counts only pushes the provider accepted; percentiles are nearest-rank over arrived ones', () => {
    const lines = [
      push(1, 'arrived', 100),
      push(2, 'arrived', 300),
      push(3, 'missing'),
      push(4, 'refused'),
      push(5, 'arrived', 200),
      { type: 'phone-gone', seq: 6, at: 'x', error: 'gone' } as WatchLine,
    ];
    expect(summarize(lines)).toEqual({
      pushes: 5,
      arrived: 3,
      missing: 1,
      refused: 1,
      late: 0,
      lossPct: 25,
      p50: 200,
      p95: 300,
      max: 300,
      phoneGone: 1,
    });
    expect(summarize([])).toMatchObject({ pushes: 0, lossPct: 0, p50: undefined });
  });
});
