import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openPostgres } from '../../src/db/connection.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { freePort } from './free-port.ts';
import { startThrowawayPostgres } from './throwaway-postgres.ts';

const USER = 'postgres';
const PASSWORD = 'test';
const TEMPLATE_DB = 'chuyen_de_template';

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
  const server = await startThrowawayPostgres({ port: await freePort(), user: USER, password: PASSWORD });
  const ready = performance.now();
  try {
    await createTemplate(server.baseUrl);
  } catch (error) {
    await server.stop().catch(() => undefined);
    throw error;
  }

  if (process.env.TEST_TIMINGS) {
    const done = performance.now();
    console.log(
      `[postgres] initdb+start ${Math.round(ready - started)} ms, template migrated ${Math.round(done - ready)} ms`,
    );
  }
  project.provide('postgresAdminUrl', `${server.baseUrl}/postgres`);
  project.provide('postgresTemplateDb', TEMPLATE_DB);
  return server.stop;
}
