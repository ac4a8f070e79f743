// Prints where the automated steps of one diagnosis spend their time (for work on the diagnosis benchmark).
import { scratchAdb } from './lib';
import { startPhone } from '../src/cli/lab';
import { AdbServer } from '../src/main/adb/server';
import { ChecklistRun } from '../src/main/checklist/engine';
import { STEPS } from '../src/main/checklist/steps';
import type { StepId, StepResult } from '../src/shared/types';

const AUTOMATED: StepId[] = [
  'adb.connection',
  'device.channel',
  'device.pushService',
  'app.installed',
  'app.manifest',
  'app.notifications',
  'device.power',
];
const adb = await scratchAdb();
const d = await startPhone({ profile: 'xiaomi-hyperos' });
await adb.adb('connect', d.serial);
const server = new AdbServer({ port: adb.port, env: adb.env });
const t0 = performance.now();
d.onCommand = (argv) =>
  process.stdout.write(`${Math.round(performance.now() - t0)} ms  $ ${argv.join(' ').slice(0, 100)}\n`);
for (let i = 0; i < 3; i++) {
  const r = new ChecklistRun(
    { serial: d.serial, server: server.address, package: 'com.example.chat', client: server.client, only: AUTOMATED },
    STEPS,
  );
  const start = performance.now();
  r.on('step', (s: StepResult) =>
    process.stdout.write(`${Math.round(performance.now() - t0)} ms  ${s.id} ${s.status}\n`),
  );
  await r.run();
  process.stdout.write(`run ${i}: ${Math.round(performance.now() - start)} ms\n\n`);
}
{
  const { pullFile } = await import('../src/main/adb/pull');
  const { readManifest } = await import('../src/main/apk/manifest');
  const path = d.phone.packages.get('com.example.chat')!.apkPath;
  for (let i = 0; i < 3; i++) {
    let t = performance.now();
    const apk = await pullFile(server.client, d.serial, path);
    const pullMs = performance.now() - t;
    t = performance.now();
    await readManifest(apk, 'x');
    process.stdout.write(
      `pull ${apk.length} B: ${Math.round(pullMs)} ms; parse: ${Math.round(performance.now() - t)} ms\n`,
    );
  }
}
await d.stop();
await adb.kill();
