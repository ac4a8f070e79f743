// Bundles the CLI (and the core it uses) into one ESM file for Node; packages stay external
// so `npm install` resolves them as usual.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/index.ts'],
  outfile: 'out/cli/index.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  sourcemap: true,
  loader: { '.json': 'json' },
  logLevel: 'warning',
});
