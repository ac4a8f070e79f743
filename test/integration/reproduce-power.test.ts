// `reproduce` under the power and data conditions on virtual phones (issue 18): the matrix follows
// what the virtual phone does as Android and Firebase document it — background restriction: FCM
// does not deliver (not even once lifted), a vendor system channel does; battery saver and Data
// Saver: notification messages (what the test pushes are) still show. Real adb, real HTTP.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAdbServer, type TestAdbServer } from '../helpers/adb-server';
import { startLab, type Lab } from '../../src/cli/lab';
import { AdbServer } from '../../src/main/adb/server';
import { ReproduceRun, readKnobs, type ReproduceResult, type RouteId } from '../../src/main/reproduce/run';
import { KNOB_IDS, parseConditions } from '../../src/main/reproduce/conditions';

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

async function reproduce(profile: string, conditions: string, routes: RouteId[]) {
  const l = await startLab({ adbServer: server, profiles: [profile], standins: true, deliveryDelayMs: 30 });
  labs.push(l);
  const d = l.devices[0];
  const stateDir = mkdtempSync(join(tmpdir(), 'pd-repro-power-'));
  dirs.push(stateDir);
  const o = { client: server.client, serial: d.serial };
  const before = await readKnobs(o, 'com.example.chat', [...KNOB_IDS]);
  const result = await new ReproduceRun({
    ...o,
    package: 'com.example.chat',
    profile: l.appProfile!,
    conditions: parseConditions(conditions),
    routes,
    pushes: 2,
    deliveryTimeoutSec: 2,
    heldWaitSec: 2,
    pushSpacingSec: 0.05,
    stateDir,
  }).run();
  const after = await readKnobs(o, 'com.example.chat', [...KNOB_IDS]);
  return { result, before, after };
}

const cell = (r: ReproduceResult, condition: string, route: RouteId) =>
  r.cells.find((c) => c.condition === condition && c.route === route)!;

describe('reproduce: background restriction, battery saver, Data Saver', () => {
  it('FCM: missing under background restriction (with the reason), arrived under battery saver and Data Saver', async () => {
    const { result, before, after } = await reproduce('pixel', 'background-restricted,battery-saver,data-saver', [
      'fcm',
      'fcm-normal',
    ]);
    for (const route of ['fcm', 'fcm-normal'] as const) {
      const c = cell(result, 'background-restricted', route);
      expect(c.status, route).toBe('missing');
      // Not delivered once the restriction is lifted either: missing, not late.
      expect(c.messages.every((m) => !m.afterUndo)).toBe(true);
      expect(c.explanation.map((e) => e.key)).toEqual(['reproduce.why.bgRestricted']);
      expect(cell(result, 'battery-saver', route).status, route).toBe('arrived');
      expect(cell(result, 'data-saver', route).status, route).toBe('arrived');
    }
    expect(after).toEqual(before);
  }, 90_000);

  it('a vendor system channel on its own ROM: arrived under background restriction', async () => {
    const { result, before, after } = await reproduce('xiaomi-miui', 'background-restricted', ['xiaomi']);
    expect(cell(result, 'background-restricted', 'xiaomi').status).toBe('arrived');
    expect(after).toEqual(before);
  }, 90_000);
});
