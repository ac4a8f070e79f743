// The dumpsys/getprop parsers' mutation score without the whole unit suite: `npx stryker run
// stryker.parsers.config.mjs`, then `node scripts/mutation-score.mjs .cache/stryker/parsers.json`.
// Same mutants as the "dumpsys/getprop parsers" group of stryker.config.mjs, killed by the parser,
// device and real-output tests only (vitest.mutate-parsers.config.ts): module-level regexes are
// static mutants, which Stryker runs every selected test for. A lower bound of the full run's score.
import base from './stryker.config.mjs';

export default {
  ...base,
  vitest: { configFile: 'vitest.mutate-parsers.config.ts' },
  mutate: ['src/main/device/outputs/*.ts', 'src/main/device/props.ts'],
  incrementalFile: '.cache/stryker/parsers-incremental.json',
  jsonReporter: { fileName: '.cache/stryker/parsers.json' },
  htmlReporter: { fileName: '.cache/stryker/parsers.html' },
  tempDirName: '.cache/stryker-tmp-parsers',
};
