import fs from 'node:fs';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { ConfigError, checkFreeSpace, lockDataFolder, openDatabase, redactPassword } from '#db/connection.ts';
import { migrateToLatest } from '#db/migrate.ts';
import { createApp } from '#server/app.ts';
import { endAllStreams } from '#server/auth/session-streams.ts';
import { startLiveBridge } from '#server/live/bridge.ts';
import { configureMail } from '#server/notifications/mail-settings.ts';
import { readSettings } from './config.ts';
import { standardJobs } from './jobs/jobs.ts';
import { createRunner } from './jobs/runner.ts';
import { isDatabaseEmpty, seedDemo } from './seed/demo.ts';

async function main() {
  const settings = readSettings();
  let unlock = () => {};
  if (!settings.databaseUrl) {
    try {
      fs.mkdirSync(settings.dataDir, { recursive: true });
      fs.accessSync(settings.dataDir, fs.constants.W_OK);
    } catch {
      throw new ConfigError(`data folder ${settings.dataDir} is not writable`);
    }
    unlock = lockDataFolder(settings.dataDir);
    process.on('exit', () => unlock());
    checkFreeSpace(settings.dataDir, Number(process.env.MIN_FREE_DISK_MB ?? 20));
  }
  const database = openDatabase({ databaseUrl: settings.databaseUrl, dataDir: settings.dataDir });
  try {
    await migrateToLatest(database.db);
  } catch (err) {
    const code = (err as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_FULL'))
      throw new ConfigError(`the disk of the ${database.engine} database is full: free some space`);
    if (code.startsWith('SQLITE_READONLY'))
      throw new ConfigError('the sqlite database is read-only: make the file and its folder writable');
    throw new ConfigError(`cannot prepare the ${database.engine} database: ${(err as Error).message}`);
  }
  if (settings.seedDemo && (await isDatabaseEmpty(database.db))) {
    await seedDemo(database.db);
    console.log('Loaded demo data (logins in README.md)');
  }
  // Several instances on one PostgreSQL: live events (a meeting changed, new notifications) cross between them.
  const stopBridge = settings.databaseUrl ? await startLiveBridge(settings.databaseUrl) : async () => {};
  configureMail({ smtpUrl: settings.smtpUrl, from: settings.mailFrom, appUrl: settings.appUrl });
  const jobs = settings.runJobs ? createRunner({ db: database.db, jobs: standardJobs() }) : null;
  jobs?.start();
  const app = createApp(database, {
    secureCookies: settings.secureCookies,
    sessionDays: settings.sessionDays,
    webDir: settings.webDir,
  });
  const server = serve({ fetch: app.fetch, port: settings.port, hostname: settings.host }, (info) => {
    console.log(`Chuyên Đề listening on http://localhost:${info.port} (${database.engine})`);
  });
  // Plain HTTP/1.1 (no `createServer` option): the node:http server, with its connection controls.
  const http = server as Server;
  http.on('error', (err: NodeJS.ErrnoException) => {
    const why =
      err.code === 'EADDRINUSE'
        ? `port ${settings.port} is already in use (another server?): set PORT to a free port`
        : err.code === 'EACCES'
          ? `port ${settings.port} needs more privileges: set PORT above 1024`
          : err.message;
    console.error(`Chuyên Đề cannot start: ${why}`);
    process.exit(1);
  });
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    // New connections are refused; requests in flight finish; open event streams end (they would keep
    // the server open forever); idle keep-alive connections close. Whatever is left after a few seconds
    // is cut, so that a supervisor's SIGTERM always ends the process.
    const hardStop = setTimeout(() => {
      console.warn('Chuyên Đề: connections still open after 5 s, closing them');
      http.closeAllConnections();
    }, 5_000);
    hardStop.unref();
    server.close(() => {
      clearTimeout(hardStop);
      void (jobs?.stop() ?? Promise.resolve())
        .then(() => stopBridge())
        .then(() => database.close())
        .finally(() => process.exit(0));
    });
    endAllStreams();
    // A connection becomes idle once its last response (a stream just ended, a request in flight) is sent.
    setInterval(() => http.closeIdleConnections(), 50).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  // Operator mistakes get one clear line; anything else is a bug and keeps its stack. Neither ever shows
  // the password of DATABASE_URL.
  if (err instanceof ConfigError) console.error(`Chuyên Đề cannot start: ${redactPassword(err.message)}`);
  else console.error(redactPassword((err as Error)?.stack ?? String(err)));
  process.exit(1);
});
