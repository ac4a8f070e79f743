// The log patterns' mutation score without the whole unit suite: `npx stryker run
// stryker.log-patterns.config.mjs`, then `node scripts/mutation-score.mjs .cache/stryker/log-patterns.json`.
// Same mutants as the "log patterns and token shapes" group of stryker.config.mjs, killed by the
// log and token tests only (vitest.mutate-log-patterns.config.ts): the patterns are built when
// their module loads, so Stryker counts them as static mutants and runs every selected test for
// each; with the whole unit suite that is hours. A lower bound of the full run's score.
import base from './stryker.config.mjs';

export default {
  ...base,
  vitest: { configFile: 'vitest.mutate-log-patterns.config.ts' },
  mutate: [
    'src/main/logs/patterns.ts',
    'src/main/logs/token-shape.ts',
    'src/main/vendors/*/token.ts',
    'src/main/vendors/*/log-lines.ts',
  ],
  incrementalFile: '.cache/stryker/log-patterns-incremental.json',
  jsonReporter: { fileName: '.cache/stryker/log-patterns.json' },
  htmlReporter: { fileName: '.cache/stryker/log-patterns.html' },
  tempDirName: '.cache/stryker-tmp-log-patterns',
};
