import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Both cores: each worker runs its files on a database of its own (vitest's default leaves one idle).
    maxWorkers: 2,
    isolate: false,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'tests/*.test.ts'],
          exclude: ['src/**/*.int.test.ts'],
          setupFiles: ['./tests/setup/error-catalogues.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['src/**/*.int.test.ts'],
          globalSetup: ['./src/db/testing/global-setup.ts'],
          setupFiles: ['./tests/setup/error-catalogues.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
