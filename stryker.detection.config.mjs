// Detection's mutation score in minutes instead of hours: `npx stryker run stryker.detection.config.mjs`,
// then `node scripts/mutation-score.mjs .cache/stryker/detection.json`. Same mutants as the
// "detection" group of stryker.config.mjs, killed by the detection tests only (see
// vitest.mutate-detection.config.ts): a lower bound of the full run's score. Its own cache files,
// so the full run's incremental results stay.
import base from './stryker.config.mjs';

export default {
  ...base,
  vitest: { configFile: 'vitest.mutate-detection.config.ts' },
  mutate: ['src/main/device/detect.ts', 'src/main/vendors/*/detect.ts', 'src/main/vendors/detect-kit.ts'],
  incrementalFile: '.cache/stryker/detection-incremental.json',
  jsonReporter: { fileName: '.cache/stryker/detection.json' },
  htmlReporter: { fileName: '.cache/stryker/detection.html' },
  tempDirName: '.cache/stryker-tmp-detection',
};
