// Issue 17, "a phone in a file": every virtual-phone profile × every fault is captured over the
// real adb server, and the checklist on the snapshot must give, step for step, the statuses the
// phone gave during the capture (which ran the same steps live); the steps that need the live
// phone skip with that reason. The file holds no clear token by default.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { startAdbServer, type TestAdbServer } from '../helpers/adb-server';
import { startPhone } from '../../src/cli/lab';
import type { VirtualDevice } from '../../src/sim/device';
import { PROFILE_NAMES } from '../../src/sim/profiles';
import { FAULTS, type FaultName } from '../../src/sim/phone/faults';
import { AdbServer } from '../../src/main/adb/server';
import { CAPTURE_STEPS, snapshotRun, startCapture } from '../../src/main/snapshot/capture';
import { decodeSnapshot, encodeSnapshot } from '../../src/main/snapshot/file';
import { STEP_IDS, type StepId } from '../../src/shared/types';
import { shapeMask, type PhoneSnapshot } from '../../src/shared/snapshot';
import { startLab } from '../../src/cli/lab';
import { ChecklistRun } from '../../src/main/checklist/engine';
import { STEPS } from '../../src/main/checklist/steps';

let adb: TestAdbServer;
let server: AdbServer;

beforeAll(async () => {
  adb = await startAdbServer();
  server = new AdbServer({ port: adb.port, env: adb.env });
});

afterAll(async () => {
  await adb?.kill();
});

// Faults that only act on the push stand-ins change nothing a capture reads.
const PHONE_FAULTS = FAULTS.filter((f) => f.name !== 'standin-stall').map((f) => f.name);
const CASES: { profile: string; faults: FaultName[] }[] = PROFILE_NAMES.flatMap((profile) => [
  { profile, faults: [] },
  ...PHONE_FAULTS.map((f) => ({ profile, faults: [f] })),
]);

interface Outcome {
  name: string;
  live: Partial<Record<StepId, string>>;
  replay: Partial<Record<StepId, string>>;
  replaySummaries: Partial<Record<StepId, string | undefined>>;
  clearToken?: string;
  file: string;
  snapshot: PhoneSnapshot;
  brand?: string;
  rom?: string;
  channel?: string;
}

async function captureAndReplay(profile: string, faults: FaultName[]): Promise<Outcome> {
  const device: VirtualDevice = await startPhone({ profile, faults, tokenDelayMs: 20 });
  try {
    await adb.adb('connect', device.serial);
    const { done } = startCapture({
      serial: device.serial,
      server: server.address,
      package: 'com.example.chat',
      client: server.client,
      options: { tokenTimeoutSec: 2, commandTimeoutMs: 1500 },
    });
    const { snapshot, report, run } = await done;
    // Through the file format, as a support engineer would get it.
    const bytes = encodeSnapshot(snapshot);
    const again = decodeSnapshot(bytes);
    const replay = await snapshotRun(again).run();
    const statuses = (steps: typeof report.steps) => Object.fromEntries(steps.map((s) => [s.id, s.status]));
    return {
      name: `${profile}${faults.length ? ` + ${faults.join(',')}` : ''}`,
      live: statuses(report.steps),
      replay: statuses(replay.steps),
      replaySummaries: Object.fromEntries(replay.steps.map((s) => [s.id, s.summary?.key])),
      clearToken: run.state.token?.clear,
      file: gunzipSync(bytes).toString('utf8'),
      snapshot: again,
      brand: report.device.detection?.brand,
      rom: report.device.detection?.rom.name,
      channel: report.device.detection?.pushChannel,
    };
  } finally {
    await adb.adb('disconnect', device.serial).catch(() => undefined);
    await device.stop();
  }
}

let outcomes: Outcome[] = [];

describe('snapshots: capture → diagnose --snapshot gives the live statuses', () => {
  beforeAll(async () => {
    const queue = [...CASES];
    const worker = async () => {
      for (let c = queue.shift(); c; c = queue.shift()) outcomes.push(await captureAndReplay(c.profile, c.faults));
    };
    await Promise.all(Array.from({ length: 6 }, worker));
    outcomes = outcomes.sort((a, b) => a.name.localeCompare(b.name));
  }, 600_000);

  it(`covers every profile × fault (${CASES.length} phones)`, () => {
    expect(outcomes).toHaveLength(CASES.length);
    // The sweep means something only if faults really change the statuses somewhere.
    expect(outcomes.filter((o) => Object.values(o.live).includes('fail')).length).toBeGreaterThan(PROFILE_NAMES.length);
  });

  it('every step that does not need the live phone ends as it did on the phone', () => {
    const differences = outcomes.flatMap((o) =>
      CAPTURE_STEPS.filter((id) => o.live[id] !== o.replay[id]).map(
        (id) => `${o.name}: ${id} live=${o.live[id]} snapshot=${o.replay[id]}`,
      ),
    );
    expect(differences).toEqual([]);
  });

  it('the steps that need the live phone skip, saying so', () => {
    const live = STEP_IDS.filter((id) => !CAPTURE_STEPS.includes(id));
    expect(live.sort()).toEqual(['app.clickThrough', 'push.delivery', 'push.vendorPolicy']);
    for (const o of outcomes)
      for (const id of live)
        if (o.replay[id] !== undefined) {
          expect(o.replay[id], `${o.name} ${id}`).toBe('skip');
          expect(o.replaySummaries[id], `${o.name} ${id}`).toMatch(/^engine\.(needsLivePhone|blocked|skipped)$/);
        }
  });

  it('holds no clear token, but the masked one keeps its shape', () => {
    const withToken = outcomes.filter((o) => o.clearToken);
    expect(withToken.length).toBeGreaterThan(PROFILE_NAMES.length);
    for (const o of withToken) {
      expect(o.file.includes(o.clearToken!), o.name).toBe(false);
      // Same length and ends: the token step judged its shape as on the phone (statuses above).
      expect(o.file.includes(shapeMask(o.clearToken!)), o.name).toBe(true);
      expect(shapeMask(o.clearToken!)).toHaveLength(o.clearToken!.length);
    }
  });
});

describe('sim --snapshot: a virtual phone that is the captured phone', () => {
  // Every profile as captured without a fault, and every fault on one profile.
  const pick = () => outcomes.filter((o) => !o.name.includes(' + ') || o.name.startsWith('xiaomi-hyperos + '));

  it('detects as the same brand, ROM and channel, and diagnoses to the same statuses', async () => {
    const chosen = pick().filter((o) => o.live['adb.connection'] === 'pass');
    expect(chosen.length).toBeGreaterThan(PROFILE_NAMES.length);
    const differences: string[] = [];
    const queue = [...chosen];
    const one = async (o: Outcome) => {
      const lab = await startLab({ adbServer: server, profiles: [], snapshots: [o.snapshot] });
      try {
        const d = lab.devices[0];
        const run = new ChecklistRun(
          {
            serial: d.serial,
            server: server.address,
            package: o.snapshot.capture.package,
            client: server.client,
            only: CAPTURE_STEPS,
            options: { tokenTimeoutSec: 2, commandTimeoutMs: 1500 },
          },
          STEPS,
        );
        const report = await run.run();
        const det = report.device.detection;
        if (det?.brand !== o.brand || det?.rom.name !== o.rom || det?.pushChannel !== o.channel)
          differences.push(`${o.name}: detected ${det?.brand}/${det?.rom.name}/${det?.pushChannel}`);
        for (const s of report.steps)
          if (CAPTURE_STEPS.includes(s.id) && s.status !== o.live[s.id])
            differences.push(`${o.name}: ${s.id} phone=${o.live[s.id]} sim=${s.status} (${s.summary?.key})`);
      } finally {
        await lab.stop();
      }
    };
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let o = queue.shift(); o; o = queue.shift()) await one(o);
      }),
    );
    expect(differences.sort()).toEqual([]);
  }, 300_000);
});
