// The real adb server (Debian's adb) talking to virtual phones through `adb connect`; the adb CLI
// and adbkit both run commands on them; our tracker sees connects, disconnects and drops.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAdbServer, waitFor, type TestAdbServer } from '../helpers/adb-server';
import { VirtualDevice } from '../../src/sim/device';
import { findProfile } from '../../src/sim/profiles';
import { AdbServer } from '../../src/main/adb/server';
import { DeviceTracker, type TrackedDevice } from '../../src/main/adb/tracker';
import { shell, shellBatch, DeviceError } from '../../src/main/adb/shell';
import { AdbHub } from '../../src/main/adb/hub';
import { Adb } from '../../src/main/adb/kit';

const sdkLogs = {
  appStartLines: ({ token }: { token: string | null }) => [
    { tag: 'TestSdk', level: 'D' as const, message: `token=${token}` },
  ],
  token: (vendor: string) => `${vendor}-token`,
};

let adb: TestAdbServer;
const devices: VirtualDevice[] = [];

async function phone(profile: string, faults: string[] = []) {
  const d = await VirtualDevice.start({
    profile: findProfile(profile)!,
    faults: faults as never,
    sdkLogs,
    tokenDelayMs: 5,
  });
  devices.push(d);
  return d;
}

beforeAll(async () => {
  adb = await startAdbServer();
});

afterAll(async () => {
  await Promise.all(devices.map((d) => d.stop()));
  await adb?.kill();
});

describe('virtual phones on the real adb server', () => {
  it('are accepted by `adb connect` and listed with their model', async () => {
    const xiaomi = await phone('xiaomi-hyperos');
    const huawei = await phone('huawei-emui');
    for (const d of [xiaomi, huawei]) {
      const { stdout } = await adb.adb('connect', d.serial);
      expect(stdout).toMatch(/connected to/);
    }
    const { stdout } = await adb.adb('devices', '-l');
    expect(stdout).toContain(`${xiaomi.serial}`);
    expect(stdout).toMatch(new RegExp(`${huawei.serial}\\s+device .*model:ELE_AL00`));
  });

  it('run shell commands from the adb CLI with real exit codes (shell v2)', async () => {
    const d = devices[0];
    const model = await adb.adb('-s', d.serial, 'shell', 'getprop', 'ro.product.model');
    expect(model.stdout.trim()).toBe('23127PN0CC');
    await expect(adb.adb('-s', d.serial, 'shell', 'exit 3')).rejects.toMatchObject({ code: 3 });
    const missing = await adb.adb('-s', d.serial, 'shell', 'nosuchcommand; echo rc=$?');
    expect(missing.stdout).toContain('rc=127');
    expect(missing.stderr).toContain('/system/bin/sh: nosuchcommand: inaccessible or not found');
  });

  it('run shell commands through adbkit, with exit status and batching', async () => {
    const server = new AdbServer({ port: adb.port });
    const d = devices[1];
    const r = await shell(server.client, d.serial, ['getprop', 'ro.build.version.emui']);
    expect(r.output.trim()).toBe('EmotionUI_10.1.0');
    expect(r.exitCode).toBe(0);
    const [a, b, c] = await shellBatch(server.client, d.serial, [
      ['echo', "it's quoted; $HOME"],
      'pidof com.example.chat',
      ['getprop', 'ro.product.brand'],
    ]);
    expect(a.output).toBe("it's quoted; $HOME\n");
    expect(b.exitCode).toBe(1);
    expect(c.output.trim()).toBe('HUAWEI');
    // adbkit's own property reader agrees.
    const props = await server.client.getDevice(d.serial).getProperties();
    expect(props['ro.product.manufacturer']).toBe('HUAWEI');
  });

  it('streams logcat in binary through adbkit and in text through the CLI', async () => {
    const d = devices[0];
    await adb.adb(
      '-s',
      d.serial,
      'shell',
      'monkey',
      '-p',
      'com.example.chat',
      '-c',
      'android.intent.category.LAUNCHER',
      '1',
    );
    await waitFor(() => d.phone.log.snapshot().some((e) => e.tag === 'TestSdk'), 5000, 'token line');
    const text = await adb.adb('-s', d.serial, 'logcat', '-d', '-v', 'threadtime');
    expect(text.stdout).toMatch(/\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}\s+\d+\s+\d+ D TestSdk : token=xiaomi-token/);
    const client = Adb.createClient({ port: adb.port });
    const reader = await client.getDevice(d.serial).openLogcat();
    const entries: { tag: string }[] = [];
    reader.on('entry', (e: { tag: string }) => entries.push(e));
    await waitFor(() => entries.some((e) => e.tag === 'ActivityManager'), 5000, 'binary entries');
    reader.end();
  });

  it('pulls a file over the sync protocol, and says so for a missing one', async () => {
    const d = devices[0];
    const err = await adb.adb('-s', d.serial, 'pull', '/data/app/none.apk', `${adb.home}/x.apk`).catch((e) => e);
    expect(`${err.stdout}${err.stderr}`).toContain("remote object '/data/app/none.apk' does not exist");
  });

  it('times out a command that never answers, naming it', async () => {
    const server = new AdbServer({ port: adb.port });
    const err = await shell(server.client, devices[0].serial, 'sleep 30', { timeoutMs: 300 }).catch((e) => e);
    expect(err).toBeInstanceOf(DeviceError);
    expect(err.kind).toBe('timeout');
    expect(err.message).toContain('sleep 30');
  });
});

describe('device tracking', () => {
  it('sees connect, a dropped socket, and disconnect', async () => {
    const server = new AdbServer({ port: adb.port });
    const tracker = new DeviceTracker(server);
    const history: TrackedDevice[][] = [];
    tracker.on('change', (list) => history.push(list));
    tracker.start();
    const d = await phone('oppo-coloros');
    const stateOf = () => tracker.devices().find((x) => x.serial === d.serial)?.state;
    try {
      await adb.adb('connect', d.serial);
      await waitFor(() => stateOf() === 'device', 10_000, 'device state');
      d.dropConnections();
      await waitFor(
        () => history.some((l) => l.find((x) => x.serial === d.serial)?.state === 'offline'),
        10_000,
        'offline after drop',
      );
      await waitFor(() => stateOf() === 'device', 15_000, 'back online after the server reconnects');
      await adb.adb('disconnect', d.serial);
      await waitFor(() => stateOf() === undefined, 10_000, 'removal');
    } finally {
      tracker.stop();
    }
  });

  it('reports an unauthorized phone, and a phone that accepts the prompt later', async () => {
    const d = await phone('vivo-originos', ['unauthorized']);
    const hub = new AdbHub({ servers: [`127.0.0.1:${adb.port}`] });
    hub.start();
    try {
      await adb.adb('connect', d.serial).catch(() => undefined);
      await waitFor(
        () => hub.devices().find((x) => x.serial === d.serial)?.state === 'unauthorized',
        10_000,
        'unauthorized',
      ).catch((e) => {
        throw new Error(`${e.message}; hub sees ${JSON.stringify(hub.devices())}`);
      });
      d.authorize();
      await waitFor(() => hub.devices().find((x) => x.serial === d.serial)?.state === 'device', 10_000, 'authorized');
    } finally {
      hub.stop();
    }
  });

  it('re-arms when the adb server is killed, restarts it and gets network phones back', async () => {
    const d = await phone('pixel');
    const hub = new AdbHub({ servers: [`127.0.0.1:${adb.port}`], env: adb.env });
    const statuses: string[] = [];
    hub.on('server', (s) => statuses.push(s.status + ':' + (s.message ?? '')));
    hub.start();
    try {
      await hub.connect(d.serial);
      await waitFor(() => hub.devices().find((x) => x.serial === d.serial)?.state === 'device', 10_000, 'device');
      await adb.adb('kill-server');
      await waitFor(() => statuses.some((s) => s.startsWith('down')), 10_000, 'server down');
      await waitFor(
        () => hub.devices().find((x) => x.serial === d.serial)?.state === 'device',
        20_000,
        'phone back after restart',
      );
      expect(statuses.at(-1), statuses.join(' | ')).toMatch(/^up/);
    } finally {
      hub.stop();
    }
  });
});
