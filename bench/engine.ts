// A fresh database for one benchmark run: a new SQLite file in a temporary folder, or with `--pg` a new database
// on BENCH_DATABASE_URL's PostgreSQL server, else on a throwaway embedded PostgreSQL (the one the API tests use,
// tests/support/throwaway-postgres.ts). It gives the environment the real server needs to open the same data.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type Database, openPostgres, openSqlite } from '../src/db/connection.ts';
import { freePort } from '../tests/support/free-port.ts';
import { startThrowawayPostgres } from '../tests/support/throwaway-postgres.ts';

export interface Fresh {
  database: Database;
  engine: 'sqlite' | 'postgres';
  /** DATA_DIR or DATABASE_URL for the server. */
  serverEnv: Record<string, string>;
  dispose(): Promise<void>;
}

export async function freshDatabase(usePostgres: boolean): Promise<Fresh> {
  if (!usePostgres) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chuyen-de-bench-'));
    const database = openSqlite(path.join(dir, 'chuyen-de.sqlite'));
    return {
      database,
      engine: 'sqlite',
      serverEnv: { DATA_DIR: dir },
      dispose: async () => {
        await database.close().catch(() => undefined);
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  let base = process.env.BENCH_DATABASE_URL?.replace(/\/[^/]*$/, '');
  let stopServer = async () => {};
  if (!base) {
    const server = await startThrowawayPostgres({
      port: await freePort(),
      user: 'postgres',
      password: 'bench',
    });
    base = server.baseUrl;
    stopServer = server.stop;
  }
  const name = `chuyen_de_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: `${base}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = `${base}/${name}`;
  const database = openPostgres(url);
  return {
    database,
    engine: 'postgres',
    serverEnv: { DATABASE_URL: url },
    dispose: async () => {
      await database.close().catch(() => undefined);
      const cleanup = new pg.Client({ connectionString: `${base}/postgres` });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
      await cleanup.end();
      await stopServer();
    },
  };
}
