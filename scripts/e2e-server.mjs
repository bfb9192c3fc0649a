// Starts the app for Playwright on a fresh, empty data dir (the app migrates and loads demo data).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildServer, SERVER_OUT_DIR, serverBuildIsStale } from './build-server.mjs';

const bin = (name) => path.join('node_modules', '.bin', name);

if (!fs.existsSync('dist/web/index.html')) {
  const build = spawnSync(bin('vite'), ['build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// The browser tests run the production server as `npm start` does: compiled ahead (issue 20).
if (serverBuildIsStale()) await buildServer();

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chuyen-de-e2e-'));
// Without DATABASE_URL the app uses SQLite in DATA_DIR, so every e2e run starts from an empty database.
const { DATABASE_URL: _ignored, ...env } = process.env;
const app = spawn(process.execPath, [path.join(SERVER_OUT_DIR, 'main.js')], {
  stdio: 'inherit',
  // No scheduled jobs: a reminder sent by the clock in the middle of a spec would change the bell it counts
  // (the jobs have their own tests on a fake clock, tests/api/reminders.test.ts and jobs.test.ts).
  env: { ...env, DATA_DIR: dataDir, PORT: env.E2E_PORT ?? '3199', NODE_ENV: 'production', RUN_JOBS: 'false' },
});

const cleanUp = () => fs.rmSync(dataDir, { recursive: true, force: true });
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => app.kill(signal));
}
app.on('exit', (code, signal) => {
  cleanUp();
  process.exit(code ?? (signal ? 1 : 0));
});
