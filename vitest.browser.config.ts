import { defineConfig } from 'vitest/config';

/**
 * Browser journeys: the real server in-process and Debian's Chromium driven by playwright-core.
 * One file at a time in one fork: each file starts its own server and browser.
 */
export default defineConfig({
  test: {
    name: 'browser',
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['./tests/browser/global-setup.ts'],
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
    // Generous: CI runs these beside the PostgreSQL integration tests on two cores.
    testTimeout: 180_000,
    hookTimeout: 240_000,
    teardownTimeout: 60_000,
  },
});
