// Bundles the CLI (and the core it uses) into one ESM file for Node.
import { bundleForNode } from './bundle-node.mjs';

await bundleForNode('src/cli/index.ts', 'out/cli/index.js');
