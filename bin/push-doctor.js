#!/usr/bin/env node
// Thin launcher: the CLI is bundled to out/cli by `npm run build`.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'out', 'cli', 'index.js');
if (!existsSync(entry)) {
  process.stderr.write(
    'push-doctor is not built yet. Run `npm run setup` (or `npm run build`) in ' + root + ' first.\n',
  );
  process.exit(2);
}
const { main } = await import(pathToFileURL(entry).href);
const code = await main(process.argv);
// The command is done: exit even if a socket it gave up on (a hung adb server, a provider that
// never answered) still holds the event loop, once what was written has been flushed.
process.exitCode = code;
process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
