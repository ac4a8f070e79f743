// Prints the Stryker mutation score per module (the groups of stryker.config.mjs) and per file,
// from the JSON report of the last `stryker run`. Score = (killed + timed out) / (all valid
// mutants), as Stryker counts it: survivors and mutants no test covers count against it.
// Usage: node scripts/mutation-score.mjs [report.json]   (exit 0; the goal is ≥ 80 % per module)
import { readFileSync, existsSync } from 'node:fs';

const MODULES = [
  ['signing', /src\/main\/(vendors\/(oppo|vivo|meizu)\/sender|push\/usersig)\.ts$/],
  ['manifest rules', /src\/main\/(apk\/(rules|rule-kit)|vendors\/[^/]+\/manifest)\.ts$/],
  ['intent resolution', /src\/main\/apk\/(click-through|intent-uri)\.ts$/],
  ['log patterns and token shapes', /src\/main\/(logs\/(patterns|token-shape)|vendors\/[^/]+\/(token|log-lines))\.ts$/],
  ['detection', /src\/main\/(device\/detect|vendors\/([^/]+\/detect|detect-kit))\.ts$/],
  ['dumpsys/getprop parsers', /src\/main\/device\/(outputs\/[^/]+|props)\.ts$/],
];
const GOAL = 80;

const file = process.argv[2] ?? '.cache/stryker/mutation.json';
if (!existsSync(file)) {
  console.error(`No mutation report at ${file}: run \`npm run mutate\` (or \`npx stryker run\`) first.`);
  process.exit(1);
}
const report = JSON.parse(readFileSync(file, 'utf8'));

function tally(mutants) {
  const t = { killed: 0, survived: 0, noCoverage: 0, timeout: 0, errors: 0 };
  for (const m of mutants) {
    if (m.status === 'Killed') t.killed++;
    else if (m.status === 'Timeout') t.timeout++;
    else if (m.status === 'Survived') t.survived++;
    else if (m.status === 'NoCoverage') t.noCoverage++;
    else t.errors++;
  }
  const valid = t.killed + t.timeout + t.survived + t.noCoverage;
  return { ...t, valid, score: valid ? ((t.killed + t.timeout) / valid) * 100 : NaN };
}

const rows = [];
const byModule = new Map(MODULES.map(([name]) => [name, []]));
for (const [path, f] of Object.entries(report.files)) {
  const mod = MODULES.find(([, re]) => re.test(path))?.[0] ?? 'other';
  if (!byModule.has(mod)) byModule.set(mod, []);
  byModule.get(mod).push(...f.mutants);
  rows.push({ mod, path, ...tally(f.mutants) });
}

const pct = (n) => (Number.isNaN(n) ? '   -  ' : `${n.toFixed(1).padStart(5)} %`);
const line = (label, t) =>
  `${label.padEnd(44)} ${pct(t.score)}  killed ${String(t.killed + t.timeout).padStart(4)} / ${String(t.valid).padStart(4)}  survived ${String(t.survived).padStart(4)}  no coverage ${String(t.noCoverage).padStart(4)}`;

console.log('\nMutation score per module (goal ≥ 80 %)\n');
let below = 0;
for (const [name, mutants] of byModule) {
  if (!mutants.length) continue;
  const t = tally(mutants);
  if (t.score < GOAL) below++;
  console.log(line(`${t.score >= GOAL ? '✓' : '✗'} ${name}`, t));
  for (const r of rows.filter((x) => x.mod === name).sort((a, b) => a.path.localeCompare(b.path)))
    console.log(line(`    ${r.path.replace(/^src\/main\//, '')}`, r));
}
const all = tally(Object.values(report.files).flatMap((f) => f.mutants));
console.log(
  `\n${line('all modules', all)}\n${below ? `${below} module(s) below ${GOAL} %.` : `Every module at ${GOAL} % or more.`}\n`,
);
