// Two real adb servers on their own ports, each with its own virtual phones: both sets are listed
// (by the hub, the CLI and the service behind the UI) and diagnosed; one server is killed while the
// other's phones keep working; servers are added and removed from the settings at run time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAdbServer, waitFor, type TestAdbServer } from '../helpers/adb-server';
import { runCli } from '../helpers/cli';
import type { VirtualDevice } from '../../src/sim/device';
import { startPhone } from '../../src/cli/lab';
import { AdbHub } from '../../src/main/adb/hub';
import { ChecklistRun } from '../../src/main/checklist/engine';
import { STEPS } from '../../src/main/checklist/steps';
import { PushDoctorService } from '../../src/main/service';
import { FileProfileStore } from '../../src/main/profiles/store';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StepId } from '../../src/shared/types';

let a: TestAdbServer;
let b: TestAdbServer;
const phonesA: VirtualDevice[] = [];
const phonesB: VirtualDevice[] = [];
const addr = (s: TestAdbServer) => `127.0.0.1:${s.port}`;
const QUICK: StepId[] = [
  'adb.connection',
  'device.channel',
  'device.pushService',
  'app.installed',
  'app.notifications',
  'device.power',
];

async function diagnose(hub: AdbHub, serial: string) {
  const { server } = await hub.locate(serial);
  const run = new ChecklistRun(
    { serial, server: server.address, package: 'com.example.chat', client: server.client, only: QUICK },
    STEPS,
  );
  return run.run();
}

beforeAll(async () => {
  [a, b] = await Promise.all([startAdbServer(), startAdbServer()]);
  for (const [server, list, profiles] of [
    [a, phonesA, ['xiaomi-miui', 'huawei-emui']],
    [b, phonesB, ['oppo-coloros', 'vivo-originos']],
  ] as const) {
    for (const profile of profiles) {
      const d = await startPhone({ profile });
      list.push(d);
      await server.adb('connect', d.serial);
    }
  }
});

afterAll(async () => {
  await Promise.all([...phonesA, ...phonesB].map((d) => d.stop()));
  await Promise.all([a?.kill(), b?.kill()]);
});

describe('two adb servers', () => {
  it('the CLI lists the phones of both, each with its server', async () => {
    const res = await runCli(['--adb', addr(a), '--adb', addr(b), 'devices', '--json']);
    expect(res.code, res.stderr).toBe(0);
    const list = JSON.parse(res.stdout) as { serial: string; server: string; state: string; pushChannel?: string }[];
    for (const d of phonesA)
      expect(list.find((x) => x.serial === d.serial)).toMatchObject({ server: addr(a), state: 'device' });
    for (const d of phonesB)
      expect(list.find((x) => x.serial === d.serial)).toMatchObject({ server: addr(b), state: 'device' });
    expect(list.find((x) => x.serial === phonesB[0].serial)?.pushChannel).toBe('oppo');
  });

  it('tracks and diagnoses both sets; when one server dies the other keeps working', async () => {
    // Servers on other machines are never started by Push Doctor; autoStart off models that here.
    const hub = new AdbHub({ servers: [addr(a), addr(b)], autoStart: false });
    const statuses: { server: string; status: string; message?: string }[] = [];
    hub.on('server', (s) => statuses.push(s));
    hub.start();
    try {
      await waitFor(
        () => hub.devices().filter((d) => d.state === 'device').length === 4,
        15_000,
        'four phones on two servers',
      );
      const reports = await Promise.all([...phonesA, ...phonesB].map((d) => diagnose(hub, d.serial)));
      // Vendor ROMs hide their autostart switch from the shell: device.power is a check by hand there.
      for (const r of reports)
        expect(r.steps.map((s) => s.status)).toEqual(QUICK.map((id) => (id === 'device.power' ? 'manual' : 'pass')));

      await b.adb('kill-server');
      await waitFor(
        () => statuses.some((s) => s.server === addr(b) && s.status === 'down'),
        10_000,
        'server B reported down',
      );
      const down = statuses.find((s) => s.server === addr(b) && s.status === 'down')!;
      expect(down.message).toContain(addr(b));
      await waitFor(
        () => !hub.devices().some((d) => d.server === addr(b) && d.state === 'device'),
        10_000,
        "B's phones gone",
      );
      // A's phones are still listed and still answer.
      expect(
        hub
          .devices()
          .filter((d) => d.server === addr(a))
          .map((d) => d.serial)
          .sort(),
      ).toEqual(phonesA.map((d) => d.serial).sort());
      for (const d of phonesA)
        expect(
          (await diagnose(hub, d.serial)).steps.every(
            (s) => s.status === (s.id === 'device.power' ? 'manual' : 'pass'),
          ),
        ).toBe(true);
      // B's phone is named as missing, not a crash.
      await expect(hub.locate(phonesB[0].serial)).rejects.toThrow(/No phone with serial .* any of the adb servers/);
      // The CLI says which server is down and still lists the other's phones.
      const res = await runCli(['--adb', addr(a), '--adb', addr(b), 'devices', '--json']);
      const list = JSON.parse(res.stdout) as { serial: string }[];
      expect(list.map((x) => x.serial).sort()).toEqual(phonesA.map((d) => d.serial).sort());
    } finally {
      hub.stop();
      // Bring B back for the next test.
      await b.adb('start-server');
      for (const d of phonesB) await b.adb('connect', d.serial);
    }
  });

  it('servers added and removed in the settings come and go at run time', async () => {
    const hub = new AdbHub({ servers: [addr(a)] });
    const dir = mkdtempSync(join(tmpdir(), 'pd-profiles-'));
    const service = new PushDoctorService({ front: 'serve', hub, profiles: new FileProfileStore(dir) });
    service.start();
    try {
      const serials = async () =>
        (await service.listDevices())
          .filter((d) => d.state === 'device')
          .map((d) => d.serial)
          .sort();
      await waitFor(async () => (await serials()).length === 2, 15_000, "A's phones");
      await service.setSettings({ adbServers: [addr(b)] });
      await waitFor(async () => (await serials()).length === 4, 15_000, "B's phones added");
      const summaries = await service.listDevices();
      expect(summaries.find((d) => d.serial === phonesB[1].serial)?.server).toBe(addr(b));
      await expect(service.setSettings({ adbServers: ['not an address'] })).rejects.toThrow(
        /not an adb server address/,
      );
      expect((await service.getSettings()).adbServers).toEqual([addr(b)]);
      await service.setSettings({ adbServers: [] });
      await waitFor(async () => (await serials()).length === 2, 15_000, "B's phones removed");
      expect(await serials()).toEqual(phonesA.map((d) => d.serial).sort());
    } finally {
      service.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
