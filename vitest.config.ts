import { defineConfig } from 'vitest/config';

const setupFiles = ['tests/support/fail-on-console-error.ts'];
const apiFiles = ['tests/api/**/*.test.ts'];
// An API test may build a PDF (fonts load on first use) or start the app in a child process: on a busy
// two-core machine that passed vitest's 5 s default. Speed is measured by `npm run bench`, not here.
const API_TEST_TIMEOUT = 20_000;

export default defineConfig({
  test: {
    // Each api test file gets its own database, so files can run side by side (2 cores here).
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'src/**/*.test.ts',
            'web/src/**/*.test.ts',
            'tests/support/*.test.ts',
            'tests/visual/*.test.ts',
            'bench/*.test.ts',
          ],
          environment: 'node',
          setupFiles,
        },
      },
      {
        test: {
          name: 'api-sqlite',
          include: apiFiles,
          testTimeout: API_TEST_TIMEOUT,
          environment: 'node',
          env: { TEST_DB: 'sqlite' },
          globalSetup: ['tests/support/global-setup-sqlite.ts'],
          setupFiles,
        },
      },
      {
        test: {
          name: 'api-postgres',
          include: apiFiles,
          testTimeout: API_TEST_TIMEOUT,
          environment: 'node',
          env: { TEST_DB: 'postgres' },
          globalSetup: ['tests/support/global-setup-postgres.ts'],
          setupFiles,
        },
      },
    ],
  },
});
