// A hostile APK through the real fronts (issue 12, item 3): `manifest --apk` exits 2 with the
// reason, and in `diagnose` the app.manifest step fails naming it while the run goes on. The
// phone is a virtual one behind a real adb server, its app's APK swapped for a hostile one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../helpers/cli';
import { connectedPhone } from '../../helpers/phones';
import { startAdbServer, type TestAdbServer } from '../../helpers/adb-server';
import type { VirtualDevice } from '../../../src/sim/device';
import { AdbServer } from '../../../src/main/adb/server';
import { ChecklistRun } from '../../../src/main/checklist/engine';
import { STEPS } from '../../../src/main/checklist/steps';
import { manifestCache } from '../../../src/main/apk/manifest-cache';
import { apkOf, axml, MINIMAL_STRINGS, pool, startElement, endElement } from './hostile-apks';

/** The 363-byte shape: a chunk of size 0 after the string pool (the old reader spun forever). */
const zeroSize = () =>
  apkOf(axml([pool(MINIMAL_STRINGS), Buffer.from([0, 0, 8, 0, 0, 0, 0, 0]), startElement(0), endElement(0)]), 8);

describe('manifest --apk', () => {
  it('exits 2 naming the file and what is wrong, no stack trace', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'pd-hostile-cli-')), 'zero.apk');
    writeFileSync(file, zeroSize());
    const r = await runCli(['manifest', '--apk', file], { timeoutMs: 30_000 });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `The AndroidManifest.xml in ${file} is damaged or hostile: chunk 0x0 is 0 bytes, smaller than its 8-byte header`,
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('diagnose with a hostile APK on the phone', () => {
  let adb: TestAdbServer;
  let server: AdbServer;
  const devices: VirtualDevice[] = [];

  beforeAll(async () => {
    adb = await startAdbServer();
    server = new AdbServer({ port: adb.port });
  });
  afterAll(async () => {
    await Promise.all(devices.map((d) => d.stop()));
    await adb?.kill();
  });

  it.each([true, false])(
    'app.manifest fails naming the manifest problem; the other steps run (read in place: %s)',
    async (inPlace) => {
      const d = await connectedPhone(adb, devices, 'xiaomi-hyperos');
      const apk = zeroSize();
      const path = d.phone.packages.get(d.phone.app.package)!.apkPath;
      d.phone.files.set(path, async () => apk);
      manifestCache.clear();
      const run = new ChecklistRun(
        {
          serial: d.serial,
          server: server.address,
          package: 'com.example.chat',
          client: server.client,
          only: ['app.manifest', 'app.notifications'],
          options: { readApkInPlace: inPlace },
        },
        STEPS,
      );
      const report = await run.run();
      const step = (id: string) => report.steps.find((s) => s.id === id)!;
      expect(step('app.manifest').status).toBe('fail');
      expect(JSON.stringify(step('app.manifest').summary)).toContain(`is damaged or hostile: chunk 0x0 is 0 bytes`);
      expect(JSON.stringify(step('app.manifest').summary)).toContain(path);
      expect(step('app.notifications').status).toBe('pass');
      expect(step('app.installed').status).toBe('pass');
    },
  );
});
