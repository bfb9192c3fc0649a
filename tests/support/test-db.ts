import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, openPostgres, openSqlite } from '../../src/db/connection.ts';

/**
 * A fresh, migrated, empty database for one test file, on the engine named by TEST_DB
 * (set by the api-sqlite / api-postgres vitest projects). The caller closes it in afterAll.
 */
export async function createTestDatabase(): Promise<Database> {
  const engine = process.env.TEST_DB;
  const name = `test_${randomBytes(6).toString('hex')}`;
  if (engine === 'sqlite') {
    const file = path.join(inject('sqliteWorkDir'), `${name}.sqlite`);
    await fs.copyFile(inject('sqliteTemplateFile'), file);
    return openSqlite(file);
  }
  if (engine === 'postgres') {
    const adminUrl = inject('postgresAdminUrl');
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject('postgresTemplateDb')}`);
    } finally {
      await admin.end();
    }
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return openPostgres(url.toString());
  }
  throw new Error(
    `TEST_DB must be "sqlite" or "postgres" (got ${JSON.stringify(engine)}): run through an api project`,
  );
}
