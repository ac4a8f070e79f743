// One esbuild setup for what runs on Node (the CLI, the benchmarks): a single ESM file, packages
// left external so that npm resolves them as usual.
import { build } from 'esbuild';

export function bundleForNode(entry, outfile) {
  return build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    sourcemap: true,
    loader: { '.json': 'json' },
    logLevel: 'warning',
  });
}
