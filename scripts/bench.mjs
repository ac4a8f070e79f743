// `npm run bench`: makes sure the CLI is built (the benchmarks drive it as child processes), bundles
// the benchmark runner with esbuild, and runs it. See bench/run.ts for what is measured.
import { bundleForNode } from './bundle-node.mjs';
import { spawnSync } from 'node:child_process';

const setup = spawnSync('bash', ['scripts/setup.sh'], { stdio: 'inherit' });
if (setup.status !== 0) process.exit(setup.status ?? 1);

await bundleForNode('bench/run.ts', 'out/bench/run.js');
const res = spawnSync(process.execPath, ['--enable-source-maps', 'out/bench/run.js'], {
  stdio: 'inherit',
  env: process.env,
});
process.exit(res.status ?? 1);
