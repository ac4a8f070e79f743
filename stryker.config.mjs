// Mutation testing of the modules whose correctness *is* the product (issue 13, item 5).
// `npm run mutate` runs it and prints the score per module (scripts/mutation-score.mjs);
// `npm run mutate -- --mutate src/main/logs/token-shape.ts` narrows one run to one file.
// Incremental: results are kept in .cache/stryker/ and only mutants whose code or covering tests
// changed run again, so a second run on 2 cores takes seconds, not minutes.
import { readFileSync } from 'node:fs';

/**
 * `file:first-last` covering one exported function, found in the source so that the range follows
 * edits. The sender classes around the signing functions (request bodies, error mapping) are
 * checked by the contract tests against the stand-ins; mutating them costs a few seconds of HTTP
 * per mutant, so only the signatures themselves are mutated.
 */
function functionRange(file, name) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const start = lines.findIndex((l) => l.startsWith(`export function ${name}(`));
  if (start < 0) throw new Error(`stryker.config.mjs: ${name} not found in ${file}; update the mutate list.`);
  const end = lines.findIndex((l, i) => i > start && l === '}');
  return `${file}:${start + 1}-${end + 1}`;
}

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  coverageAnalysis: 'perTest',
  mutate: [
    // signing
    functionRange('src/main/vendors/oppo/sender.ts', 'oppoSign'),
    functionRange('src/main/vendors/vivo/sender.ts', 'vivoSign'),
    functionRange('src/main/vendors/meizu/sender.ts', 'meizuSign'),
    'src/main/push/usersig.ts',
    // manifest rules (the common ones, and each vendor's)
    'src/main/apk/rules.ts',
    'src/main/apk/rule-kit.ts',
    'src/main/vendors/*/manifest.ts',
    // intent resolution
    'src/main/apk/click-through.ts',
    'src/main/apk/intent-uri.ts',
    // log patterns and token shapes
    'src/main/logs/patterns.ts',
    'src/main/vendors/*/log-lines.ts',
    'src/main/logs/token-shape.ts',
    'src/main/vendors/*/token.ts',
    // detection (Android's part, and each vendor's brand and ROM rules)
    'src/main/device/detect.ts',
    'src/main/vendors/*/detect.ts',
    'src/main/vendors/detect-kit.ts',
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
