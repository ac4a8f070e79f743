import { defineConfig } from 'vitest/config';

// Stryker on the log patterns and token shapes alone (stryker.log-patterns.config.mjs): only the
// tests written for them. A lower bound: other unit tests can only kill more.
export default defineConfig({
  test: {
    name: 'mutate-log-patterns',
    environment: 'node',
    include: [
      'test/unit/mutation/log-patterns.test.ts',
      'test/unit/mutation/token-shape.test.ts',
      'test/unit/logs/patterns.test.ts',
      'test/unit/logs/sdk-lines.test.ts',
      'test/unit/logs/required-literal.test.ts',
      'test/unit/mutation/log-lines.test.ts',
    ],
    testTimeout: 30_000,
    pool: 'forks',
  },
});
