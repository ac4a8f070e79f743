import { defineConfig } from 'vitest/config';

// Stryker's run: only the fast, hermetic tests (unit tests and known-answer vectors). The
// integration suite starts real adb servers and virtual phones; under Stryker it would run once per
// mutant and add minutes without covering these pure modules any better.
export default defineConfig({
  test: {
    name: 'mutate',
    environment: 'node',
    include: ['test/unit/**/*.test.ts', 'test/vectors/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
