// Mutation testing of the modules whose correctness *is* the product (issue 13, item 5).
// `npm run mutate` runs it and prints the score per module (scripts/mutation-score.mjs);
// `npm run mutate -- --mutate src/main/logs/token-shape.ts` narrows one run to one file.
// Incremental: results are kept in .cache/stryker/ and only mutants whose code or covering tests
// changed run again, so a second run on 2 cores takes seconds, not minutes.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  coverageAnalysis: 'perTest',
  mutate: [
    // signing
    'src/main/push/providers/oppo.ts',
    'src/main/push/providers/vivo.ts',
    'src/main/push/providers/meizu.ts',
    'src/main/push/usersig.ts',
    // manifest rules
    'src/main/apk/rules.ts',
    // intent resolution
    'src/main/apk/click-through.ts',
    'src/main/apk/intent-uri.ts',
    // log patterns and token shapes
    'src/main/logs/patterns.ts',
    'src/main/logs/token-shape.ts',
    // detection
    'src/main/device/detect.ts',
    // dumpsys / getprop parsers
    'src/main/device/outputs/*.ts',
    'src/main/device/props.ts',
  ],
  ignorePatterns: ['out', 'dist', 'bench/.work', 'test-results', 'playwright-report', 'docs', 'test/e2e'],
  incremental: true,
  incrementalFile: '.cache/stryker/incremental.json',
  tempDirName: '.cache/stryker-tmp',
  reporters: ['clear-text', 'json', 'html', 'progress'],
  jsonReporter: { fileName: '.cache/stryker/mutation.json' },
  htmlReporter: { fileName: '.cache/stryker/mutation.html' },
  clearTextReporter: { allowColor: false, logTests: false },
  // 2 cores shared with other work: one test process by default; raise with --concurrency.
  concurrency: 1,
  timeoutMS: 10_000,
  thresholds: { high: 90, low: 80, break: null },
  cleanTempDir: 'always',
};
