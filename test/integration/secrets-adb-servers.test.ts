// issue 12 item 12: `setSettings` with `adbServers` only connects; a local adb server is started
// only on a port the user confirmed (settings `startAdbServers`), and the tool stops every adb
// server it started when the entry is removed and when it exits. Real adb, real ports.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import net from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startAdbServer, type TestAdbServer } from '../helpers/adb-server';
import { AdbHub } from '../../src/main/adb/hub';
import { PushDoctorService } from '../../src/main/service';
import { FileProfileStore } from '../../src/main/profiles/store';

let adb: TestAdbServer;
let dir: string;

beforeAll(async () => {
  adb = await startAdbServer();
  dir = mkdtempSync(join(tmpdir(), 'pd-adbset-'));
});
afterAll(async () => {
  await adb?.kill();
  rmSync(dir, { recursive: true, force: true });
});

/** Whether anything listens on a loopback port. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ host: '127.0.0.1', port }, () => {
      s.destroy();
      resolve(true);
    });
    s.on('error', () => resolve(false));
  });
}

function service() {
  // The test's own adb server is the front's base server (as the CLI's --adb would give it).
  const hub = new AdbHub({ servers: [`127.0.0.1:${adb.port}`], env: adb.env });
  return {
    hub,
    service: new PushDoctorService({ front: 'serve', hub, profiles: new FileProfileStore(join(dir, 'p')) }),
  };
}

describe('adb servers from the settings', () => {
  it('an unconfirmed entry is only connected to: no daemon is started on its port', async () => {
    const port = await freePort();
    const { hub, service: s } = service();
    try {
      await s.setSettings({ adbServers: [`127.0.0.1:${port}`] });
      const { errors } = await hub.listOnce();
      expect(errors.map((e) => e.server)).toContain(`127.0.0.1:${port}`);
      expect(errors.find((e) => e.server === `127.0.0.1:${port}`)?.error.message).toMatch(/No adb server answers/);
      expect(await listening(port)).toBe(false);
    } finally {
      s.stop();
    }
  }, 30_000);

  it('a confirmed entry is started, and stopped when the tool stops', async () => {
    const port = await freePort();
    const { hub, service: s } = service();
    let stopped = false;
    try {
      await s.setSettings({ adbServers: [`127.0.0.1:${port}`], startAdbServers: [`127.0.0.1:${port}`] });
      const { errors } = await hub.listOnce();
      expect(errors).toEqual([]);
      expect(await listening(port)).toBe(true);
      s.stop();
      stopped = true;
      expect(await listening(port)).toBe(false);
      // The base server was not started by the tool: it is left alone.
      expect(await listening(adb.port)).toBe(true);
    } finally {
      if (!stopped) s.stop();
    }
  }, 60_000);

  it('removing a confirmed entry stops the server the tool started for it', async () => {
    const port = await freePort();
    const { hub, service: s } = service();
    try {
      await s.setSettings({ adbServers: [`127.0.0.1:${port}`], startAdbServers: [`127.0.0.1:${port}`] });
      await hub.listOnce();
      expect(await listening(port)).toBe(true);
      await s.setSettings({ adbServers: [], startAdbServers: [] });
      expect(await listening(port)).toBe(false);
    } finally {
      s.stop();
    }
  }, 60_000);
});
