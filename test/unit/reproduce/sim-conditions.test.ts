// The virtual phone's handling of the commands `reproduce` uses to set conditions (issue 18):
// `dumpsys deviceidle force-idle [light]` / `unforce` / `get`, and `am set-standby-bucket`.
import { describe, expect, it } from 'vitest';
import { am } from '../../../src/sim/shell/commands/am';
import { dumpsys } from '../../../src/sim/shell/commands/services';
import type { CommandHandler } from '../../../src/sim/shell/run';
import type { VirtualPhone } from '../../../src/sim/phone/phone';
import { PhoneClock } from '../../../src/sim/phone/clock';
import { Doze } from '../../../src/sim/phone/doze';

function fakePhone(): VirtualPhone {
  // The screen on, as a phone in hand: `unforce` makes it ACTIVE again.
  const doze = new Doze(new PhoneClock());
  return {
    power: { deviceIdleWhitelist: [], standbyBuckets: {}, appOps: {} },
    packages: new Map([['com.example.app', { system: false }]]),
    faults: new Set(),
    resumedActivity: '',
    doze,
    charging: false,
    leaveIdle() {
      doze.unforce();
      return [];
    },
    releaseHeld: () => [],
  } as unknown as VirtualPhone;
}

async function run(handler: CommandHandler, argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await handler({
    argv,
    stdout: { write: async (d) => void (out += String(d)) },
    stderr: { write: async (d) => void (err += String(d)) },
    stdin: null,
    env: new Map(),
    signal: new AbortController().signal,
  });
  return { code, out, err };
}

describe('virtual phone: deviceidle force-idle', () => {
  it('enters deep idle, reads back IDLE, and unforce returns to ACTIVE', async () => {
    const phone = fakePhone();
    const d = dumpsys(phone);
    expect((await run(d, ['dumpsys', 'deviceidle', 'get', 'deep'])).out).toBe('ACTIVE\n');
    expect((await run(d, ['dumpsys', 'deviceidle', 'force-idle'])).out).toBe('Now forced in to deep idle mode\n');
    expect((await run(d, ['dumpsys', 'deviceidle', 'get', 'deep'])).out).toBe('IDLE\n');
    expect((await run(d, ['dumpsys', 'deviceidle'])).out).toContain('mState=IDLE');
    expect((await run(d, ['dumpsys', 'deviceidle', 'unforce'])).out).toBe('Light state: ACTIVE, deep state: ACTIVE\n');
    expect((await run(d, ['dumpsys', 'deviceidle', 'get', 'deep'])).out).toBe('ACTIVE\n');
  });

  it('light idle leaves deep ACTIVE', async () => {
    const phone = fakePhone();
    const d = dumpsys(phone);
    expect((await run(d, ['dumpsys', 'deviceidle', 'force-idle', 'light'])).out).toBe(
      'Now forced in to light idle mode\n',
    );
    expect((await run(d, ['dumpsys', 'deviceidle', 'get', 'light'])).out).toBe('IDLE\n');
    expect((await run(d, ['dumpsys', 'deviceidle', 'get', 'deep'])).out).toBe('ACTIVE\n');
  });
});

describe('virtual phone: am set-standby-bucket', () => {
  it('sets named and numeric buckets that get-standby-bucket reads back', async () => {
    const phone = fakePhone();
    const a = am(phone);
    expect((await run(a, ['am', 'get-standby-bucket', 'com.example.app'])).out).toBe('40\n');
    expect((await run(a, ['am', 'set-standby-bucket', 'com.example.app', 'restricted'])).code).toBe(0);
    expect((await run(a, ['am', 'get-standby-bucket', 'com.example.app'])).out).toBe('45\n');
    expect((await run(a, ['am', 'set-standby-bucket', '--user', '0', 'com.example.app', '10'])).code).toBe(0);
    expect((await run(a, ['am', 'get-standby-bucket', 'com.example.app'])).out).toBe('10\n');
  });

  it('rejects an unknown bucket name without changing the bucket', async () => {
    const phone = fakePhone();
    const a = am(phone);
    const r = await run(a, ['am', 'set-standby-bucket', 'com.example.app', 'sometimes']);
    expect(r.code).toBe(255);
    expect(r.err).toContain('usage');
    expect(phone.power.standbyBuckets['com.example.app']).toBeUndefined();
  });
});

describe('virtual phone: data saver and battery saver through cmd', () => {
  it('cmd netpolicy restrict-background and cmd power set-mode read back', async () => {
    const { cmd } = await import('../../../src/sim/shell/commands/services');
    const phone = fakePhone();
    (phone as unknown as { settings: unknown }).settings = { global: {}, secure: {}, system: {} };
    const c = cmd(phone, () => new Map());
    expect((await run(c, ['cmd', 'netpolicy', 'get', 'restrict-background'])).out).toBe(
      'Restrict background status: disabled\n',
    );
    expect((await run(c, ['cmd', 'netpolicy', 'set', 'restrict-background', 'true'])).code).toBe(0);
    expect((await run(c, ['cmd', 'netpolicy', 'get', 'restrict-background'])).out).toBe(
      'Restrict background status: enabled\n',
    );
    expect((await run(c, ['cmd', 'power', 'set-mode', '1'])).code).toBe(0);
    expect(phone.settings.global['low_power']).toBe('1');
    expect((await run(c, ['cmd', 'power', 'set-mode', '2'])).code).toBe(255);
    expect(phone.settings.global['low_power']).toBe('1');
  });
});

describe('virtual phone: FCM priority under Doze', () => {
  it('holds normal-priority FCM in deep Doze until idle ends, delivers high priority at once', async () => {
    const { VirtualPhone } = await import('../../../src/sim/phone/phone');
    const { PROFILES } = await import('../../../src/sim/profiles');
    const { sdkLogSource } = await import('../../../src/sim/phone/sdk-logs');
    const { TEST_PACKAGE } = await import('../../../src/sim/apks/manifests');
    const profile = PROFILES.find((p) => p.name === 'samsung-oneui')!;
    const phone = new VirtualPhone({ profile, sdkLogs: sdkLogSource, seed: 'doze' });
    try {
      const push = (priority: 'high' | 'normal', id: string) =>
        phone.deliverPush({ channel: 'fcm', package: TEST_PACKAGE, priority, title: 't', body: 'b', messageId: id });
      const d = dumpsys(phone);
      await run(d, ['dumpsys', 'deviceidle', 'force-idle']);
      expect(push('normal', 'n1')).toEqual({ shown: false, reason: 'deferred-doze' });
      expect(push('high', 'h1').shown).toBe(true);
      await run(d, ['dumpsys', 'deviceidle', 'unforce']);
      expect(phone.notifications.length).toBe(2);
      // Light Doze does not hold FCM here: only deep idle defers normal priority in this model.
      await run(d, ['dumpsys', 'deviceidle', 'force-idle', 'light']);
      expect(push('normal', 'n2').shown).toBe(true);
    } finally {
      phone.dispose();
    }
  });
});
