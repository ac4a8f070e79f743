// `reproduce` on virtual phones attached to the real adb server, pushes through the stand-ins over
// real HTTP: the conditions × providers matrix for FCM vs a vendor channel under force-stop, normal
// vs high priority under Doze, the restricted standby bucket on Android 12 and 15; and the phone's
// settings read back equal to the start after every run.
import { mkdtempSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAdbServer, type TestAdbServer } from '../helpers/adb-server';
import { startLab, type Lab } from '../../src/cli/lab';
import { AdbServer } from '../../src/main/adb/server';
import {
  ReproduceRun,
  readKnobs,
  recoverIfNeeded,
  type ReproduceResult,
  type RouteId,
} from '../../src/main/reproduce/run';
import { KNOB_IDS, parseConditions } from '../../src/main/reproduce/conditions';
import { stateFilePath } from '../../src/main/reproduce/state';
import { findProfile, type PhoneProfile } from '../../src/sim/profiles';

let adb: TestAdbServer;
let server: AdbServer;
const labs: Lab[] = [];
const dirs: string[] = [];

beforeAll(async () => {
  adb = await startAdbServer();
  server = new AdbServer({ port: adb.port });
});

afterAll(async () => {
  for (const l of labs) await l.stop();
  await adb?.kill();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function lab(profile: string | PhoneProfile): Promise<Lab> {
  const l = await startLab({ adbServer: server, profiles: [profile], standins: true, deliveryDelayMs: 30 });
  labs.push(l);
  return l;
}

/** An Android 12 (API 31) FCM phone: the Pixel profile with its version lowered. */
function android12(): PhoneProfile {
  const p = findProfile('pixel')!;
  return {
    ...p,
    name: 'pixel-android12',
    title: 'Google Pixel 6, Android 12',
    props: { ...p.props, 'ro.build.version.release': '12', 'ro.build.version.sdk': '31' },
  };
}

async function reproduce(
  l: Lab,
  conditions: string,
  routes: RouteId[] | undefined,
  pushes = 2,
): Promise<{
  result: ReproduceResult;
  before: Record<string, string | undefined>;
  after: Record<string, string | undefined>;
  stateDir: string;
}> {
  const d = l.devices[0];
  const stateDir = mkdtempSync(join(tmpdir(), 'pd-repro-'));
  dirs.push(stateDir);
  const o = { client: server.client, serial: d.serial };
  const before = await readKnobs(o, 'com.example.chat', [...KNOB_IDS]);
  const run = new ReproduceRun({
    ...o,
    package: 'com.example.chat',
    profile: l.appProfile!,
    conditions: parseConditions(conditions),
    routes,
    pushes,
    deliveryTimeoutSec: 2,
    heldWaitSec: 3,
    pushSpacingSec: 0.05,
    stateDir,
  });
  const result = await run.run();
  const after = await readKnobs(o, 'com.example.chat', [...KNOB_IDS]);
  return { result, before, after, stateDir };
}

const cell = (r: ReproduceResult, condition: string, route: RouteId) =>
  r.cells.find((c) => c.condition === condition && c.route === route)!;

describe('reproduce: the matrix on virtual phones', () => {
  it('force-stopped: FCM misses (with the reason), the vendor channel on its own ROM delivers', async () => {
    const fcm = await lab('samsung-oneui');
    const a = await reproduce(fcm, 'background,force-stopped', ['fcm']);
    expect(a.result.channel).toBe('fcm');
    expect(cell(a.result, 'background', 'fcm').status).toBe('arrived');
    const stopped = cell(a.result, 'force-stopped', 'fcm');
    expect(stopped.status).toBe('missing');
    expect(stopped.explanation.map((t) => t.key)).toEqual(['reproduce.why.fcmStopped']);
    expect(a.result.conditions.find((c) => c.id === 'force-stopped')!.setEvidence.app).toBe(
      'running=false stopped=true',
    );

    const mi = await lab('xiaomi-hyperos');
    const b = await reproduce(mi, 'force-stopped', ['xiaomi', 'tencent-im']);
    expect(b.result.channel).toBe('xiaomi');
    for (const route of ['xiaomi', 'tencent-im'] as const) {
      const c = cell(b.result, 'force-stopped', route);
      expect(c.status, route).toBe('arrived');
      expect(c.messages).toHaveLength(2);
      expect(c.maxLatencyMs).toBeGreaterThanOrEqual(0);
    }
    // The phone is left as it was found.
    for (const r of [a, b]) {
      expect(r.after).toEqual(r.before);
      expect(r.result.restore.differ).toEqual([]);
      expect(existsSync(stateFilePath(r.stateDir, r.result.serial))).toBe(false);
    }
  });

  it('doze: FCM high priority arrives, normal priority is held until Doze ends (late)', async () => {
    const l = await lab('pixel');
    const { result, before, after } = await reproduce(l, 'doze', ['fcm', 'fcm-normal']);
    expect(result.conditions[0].set).toBe(true);
    expect(result.conditions[0].setEvidence.idle).toMatch(/^deep=IDLE/);
    expect(cell(result, 'doze', 'fcm').status).toBe('arrived');
    const normal = cell(result, 'doze', 'fcm-normal');
    expect(normal.status).toBe('late');
    expect(normal.messages.every((m) => m.afterUndo)).toBe(true);
    expect(normal.explanation.map((t) => t.key)).toEqual(['reproduce.why.dozeNormal']);
    expect(result.conditions[0].undone).toBe(true);
    expect(after).toEqual(before);
  });

  it('standby-restricted on Android 12: high-priority FCM capped at 5 a day, the rest held in Doze; Android 15 not', async () => {
    const l12 = await lab(android12());
    const a = await reproduce(l12, 'standby-restricted+doze', ['fcm'], 6);
    expect(a.result.sdk).toBe(31);
    expect(a.result.conditions[0].setEvidence).toMatchObject({ bucket: '45' });
    const c12 = cell(a.result, 'standby-restricted+doze', 'fcm');
    expect(c12.messages.map((m) => m.status)).toEqual(['arrived', 'arrived', 'arrived', 'arrived', 'arrived', 'late']);
    expect(c12.status).toBe('late');
    expect(c12.explanation.map((t) => t.key)).toContain('reproduce.why.bucketCap');
    expect(a.after).toEqual(a.before);

    const l15 = await lab('pixel');
    const b = await reproduce(l15, 'standby-restricted+doze', ['fcm'], 6);
    expect(b.result.sdk).toBe(35);
    expect(cell(b.result, 'standby-restricted+doze', 'fcm').status).toBe('arrived');
    expect(b.after).toEqual(b.before);
  });

  it('every other condition is set, checked and undone; the settings read back equal', async () => {
    const l = await lab('samsung-oneui');
    const { result, before, after } = await reproduce(
      l,
      'swiped,light-doze,standby-rare,background-restricted,battery-saver,data-saver',
      ['fcm'],
      1,
    );
    for (const c of result.conditions) {
      expect(c.set, c.id).toBe(true);
      expect(c.undone, c.id).toBe(true);
    }
    expect(Object.fromEntries(result.conditions.map((c) => [c.id, c.setEvidence]))).toMatchObject({
      swiped: { app: 'running=false stopped=false' },
      'light-doze': { idle: 'deep=ACTIVE light=IDLE forced=true' },
      'standby-rare': { bucket: '40' },
      'background-restricted': { bgAppop: 'ignore' },
      'battery-saver': { lowPower: '1' },
      'data-saver': { restrictBackground: 'enabled' },
    });
    expect(after).toEqual(before);
  });

  it('a phone lost in the middle keeps its state file; once it is back, the next start restores it', async () => {
    const l = await lab('pixel');
    const d = l.devices[0];
    const stateDir = mkdtempSync(join(tmpdir(), 'pd-repro-'));
    dirs.push(stateDir);
    const o = { client: server.client, serial: d.serial };
    const before = await readKnobs(o, 'com.example.chat', [...KNOB_IDS]);
    const run = new ReproduceRun({
      ...o,
      package: 'com.example.chat',
      profile: l.appProfile!,
      conditions: parseConditions('battery-saver+doze'),
      routes: ['fcm-normal'],
      pushes: 2,
      deliveryTimeoutSec: 10,
      pushSpacingSec: 0.05,
      stateDir,
      onEvent: (e) => {
        // The cable is pulled while the pushes are out.
        if (e.type === 'pushing') void server.client.disconnect(d.host, d.port);
      },
    });
    await expect(run.run()).rejects.toThrow(/Could not put .* back as it was.*kept in .*reproduce-/);
    expect(d.phone.power.forcedIdle).toBe('deep');
    expect(d.phone.settings.global['low_power']).toBe('1');
    expect(existsSync(stateFilePath(stateDir, d.serial))).toBe(true);
    await server.client.connect(d.host, d.port);
    const r = await recoverIfNeeded({ ...o, stateDir });
    expect(r?.result.differ).toEqual([]);
    expect(await readKnobs(o, 'com.example.chat', [...KNOB_IDS])).toEqual(before);
    expect(existsSync(stateFilePath(stateDir, d.serial))).toBe(false);
  });

  it('no token, or no provider: the run stops with the reason, and the phone is still put back', async () => {
    const l = await startLab({
      adbServer: server,
      profiles: ['pixel'],
      faults: ['no-token'],
      standins: true,
      deliveryDelayMs: 30,
    });
    labs.push(l);
    const d = l.devices[0];
    const stateDir = mkdtempSync(join(tmpdir(), 'pd-repro-'));
    dirs.push(stateDir);
    const o = { client: server.client, serial: d.serial };
    const before = await readKnobs(o, 'com.example.chat', [...KNOB_IDS]);
    const base = {
      ...o,
      package: 'com.example.chat',
      conditions: parseConditions('doze'),
      stateDir,
      tokenTimeoutSec: 2,
    };
    await expect(new ReproduceRun({ ...base, profile: l.appProfile!, routes: ['fcm'] }).run()).rejects.toThrow(
      /logged no push token within 2 s, so fcm cannot be pushed to/,
    );
    const noProviders = { ...l.appProfile!, providers: { xiaomi: l.appProfile!.providers.xiaomi } };
    await expect(new ReproduceRun({ ...base, profile: noProviders }).run()).rejects.toThrow(
      /No provider to push through/,
    );
    expect(await readKnobs(o, 'com.example.chat', [...KNOB_IDS])).toEqual(before);
    expect(existsSync(stateFilePath(stateDir, d.serial))).toBe(false);
  });
});
