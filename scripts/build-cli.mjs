// Bundles the CLI (and the core it uses) for Node: an ESM entry and one chunk per command, loaded
// when that command runs. Stale chunks of an earlier build are removed first.
import { rmSync } from 'node:fs';
import { bundleForNode } from './bundle-node.mjs';

rmSync('out/cli/chunks', { recursive: true, force: true });
await bundleForNode('src/cli/index.ts', 'out/cli/index.js', { split: true });
