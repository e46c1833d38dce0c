import { defineConfig } from 'vitest/config';

/**
 * Browser journeys: the real server in-process and Debian's Chromium driven by playwright-core.
 * Two files at a time, each in a fork of its own with its own server, database and browser: the
 * journeys mostly wait on the page, so two keep both cores busy.
 */
export default defineConfig({
  test: {
    name: 'browser',
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['./tests/browser/global-setup.ts'],
    pool: 'forks',
    fileParallelism: true,
    maxWorkers: 2,
    // Generous: two files at a time share two cores with their servers and browsers.
    testTimeout: 180_000,
    hookTimeout: 240_000,
    teardownTimeout: 60_000,
  },
});
