// CPU profile of many diagnoses at once against an external `push-doctor sim --count N` process:
// node --cpu-prof out/bench/profile-cpu.js, then open the .cpuprofile in Chrome DevTools.
import { scratchAdb, startCli } from './lib';
import { AdbServer } from '../src/main/adb/server';
import { ChecklistRun } from '../src/main/checklist/engine';
import { STEPS } from '../src/main/checklist/steps';
import type { StepId } from '../src/shared/types';

const AUTOMATED: StepId[] = [
  'adb.connection',
  'device.channel',
  'device.pushService',
  'app.installed',
  'app.manifest',
  'app.notifications',
  'device.power',
];
const n = Number(process.env.PHONES ?? 32);
const adb = await scratchAdb();
const sim = startCli(
  ['sim', '--connect', '--adb-port', String(adb.port), '--profile', 'oppo-coloros', '--count', String(n)],
  adb.env,
);
await sim.firstLine;
let serials: string[] = [];
while (serials.length < n) {
  await new Promise((r) => setTimeout(r, 100));
  serials = sim
    .stdout()
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l).serial);
}
const server = new AdbServer({ port: adb.port, env: adb.env });
const one = (serial: string) =>
  new ChecklistRun(
    { serial, server: server.address, package: 'com.example.chat', client: server.client, only: AUTOMATED },
    STEPS,
  ).run();
for (let i = 0; i < 10; i++) {
  const t = performance.now();
  await Promise.all(serials.map(one));
  console.log(`round ${i}: ${Math.round(performance.now() - t)} ms`);
}
await sim.stop();
await adb.kill();
