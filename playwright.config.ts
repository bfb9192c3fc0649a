import { defineConfig } from '@playwright/test';
import { resolveChromium } from './tests/support/chromium.ts';

// E2E_PORT lets two checkouts run their browser tests side by side.
const E2E_PORT = Number(process.env.E2E_PORT ?? 3199);
// Read by scripts/test-all.mjs (same path there); kept out of test-results/, which Playwright empties on start.
const E2E_JSON_REPORT = '.tmp/reports/e2e.json';

// The config is an ES module, so it may await: unpacking @sparticuz/chromium takes a few seconds once.
const chromium = await resolveChromium();

export default defineConfig({
  testDir: 'tests/e2e',
  // A whole user path per test (sign-ins, a plan's cycle): past 30 s on a busy two-core machine.
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: [['list'], ['json', { outputFile: E2E_JSON_REPORT }]],
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: chromium.executablePath, args: chromium.args },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: 'node scripts/e2e-server.mjs',
    url: `http://127.0.0.1:${E2E_PORT}/api/health`,
    reuseExistingServer: false,
    // Covers a vite build when dist/web is missing.
    timeout: 180_000,
    stdout: 'pipe',
    stderr: 'pipe',
    // SIGTERM lets e2e-server.mjs stop the app and delete its temp data dir.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
  },
});
