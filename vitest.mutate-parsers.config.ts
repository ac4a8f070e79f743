import { defineConfig } from 'vitest/config';

// Stryker on the dumpsys/getprop parsers alone (stryker.parsers.config.mjs): the tests written for
// them and the real-output tables. A lower bound: other unit tests can only kill more.
export default defineConfig({
  test: {
    name: 'mutate-parsers',
    environment: 'node',
    include: ['test/unit/mutation/parsers.test.ts', 'test/unit/device/*.test.ts', 'test/unit/world/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
  },
});
