import { defineConfig } from 'vitest/config';

// Stryker on detection alone (stryker.detection.config.mjs): only the tests written for it. The
// full unit suite builds virtual phones in beforeAll hooks, which call detect() outside any test,
// so Stryker counts every detect() mutant as static and runs all ~900 unit tests for each (about
// 7 s a mutant, 1.5 h on one core). The score from this narrower set is a lower bound: other unit
// tests can only kill more.
export default defineConfig({
  test: {
    name: 'mutate-detection',
    environment: 'node',
    include: ['test/unit/mutation/detect.test.ts', 'test/unit/device/*.test.ts', 'test/unit/vendors/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
  },
});
