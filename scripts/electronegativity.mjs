// Runs Electronegativity (Doyensec's Electron security linter) over the Electron parts of the
// source, offline (its online "available security fixes" check is excluded), and fails on any
// finding of high or medium severity. Low/informational findings are listed for review.
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';

const require = createRequire(import.meta.url);
const run = require('@doyensec/electronegativity');

// Its locale loader fetches translations online with a 1 s timeout; skip the wait on a closed network.
process.env.LANG = 'en-US';

// One scan over src/: the global checks (CSP, navigation limits, permission handler) look for their
// fixes across all files, so main, preload and renderer must be scanned together.
const inputs = ['src'].filter((p) => existsSync(p));
let blocking = 0;
let reviewed = 0;
for (const input of inputs) {
  const result = await run({
    input,
    isRelative: true,
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
    electronVersionOverride: require('electron/package.json').version,
  });
  for (const e of result.errors.filter((x) => !x.tolerable)) console.log(`  parse error in ${e.file}: ${e.message}`);
  for (const issue of result.issues) {
    const sev = issue.severity.name ?? String(issue.severity.value);
    const high = issue.severity.value >= 2; // 0 informational, 1 low, 2 medium, 3 high
    const line = `${high ? 'BLOCKING' : 'review  '} ${sev.padEnd(13)} ${issue.id.padEnd(32)} ${input}/${issue.file}:${issue.location.line}`;
    console.log(line);
    if (high) blocking++;
    else reviewed++;
  }
}
console.log(
  `electronegativity: ${blocking} high/medium finding(s), ${reviewed} low/informational, in ${inputs.join(', ')}`,
);
process.exit(blocking ? 1 : 0);
