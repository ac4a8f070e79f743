// One esbuild setup for what runs on Node (the CLI, the benchmarks): a single ESM file, packages
// left external so that npm resolves them as usual.
import { build } from 'esbuild';

export function bundleForNode(entry, outfile, { split = false } = {}) {
  // split: one chunk per dynamically imported module (the CLI loads each command on demand), the
  // entry keeping the name given.
  const out = split
    ? {
        outdir: outfile.replace(/\/[^/]+$/, ''),
        entryNames: outfile.replace(/^.*\//, '').replace(/\.js$/, ''),
        splitting: true,
        chunkNames: 'chunks/[name]-[hash]',
      }
    : { outfile };
  return build({
    entryPoints: [entry],
    ...out,
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
