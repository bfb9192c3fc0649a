import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { DB } from './schema.ts';

export type Engine = 'sqlite' | 'postgres';
export interface Database {
  db: Kysely<DB>;
  engine: Engine;
  /** Where the SQLite file lives (for backup); undefined on PostgreSQL. */
  sqliteFile?: string;
  close(): Promise<void>;
}

/** A start-up problem the operator must fix: printed as one line, never as a stack trace. */
export class ConfigError extends Error {}

export function openDatabase(options: { databaseUrl?: string; dataDir: string }): Database {
  const url = options.databaseUrl?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new ConfigError(`DATABASE_URL must start with postgres:// (got "${url.slice(0, 20)}…")`);
    }
    try {
      new URL(url);
    } catch {
      throw new ConfigError('DATABASE_URL is not a valid URL');
    }
    return openPostgres(url);
  }
  return openSqlite(path.join(options.dataDir, 'chuyen-de.sqlite'));
}

export function openPostgres(connectionString: string): Database {
  const pool = new pg.Pool({ connectionString, max: 10 });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return { db, engine: 'postgres', close: () => db.destroy() };
}

export function openSqlite(file: string): Database {
  if (file !== ':memory:') {
    const dir = path.dirname(file);
    try {
      fs.mkdirSync(dir, { recursive: true });
      fs.accessSync(dir, fs.constants.W_OK);
    } catch {
      throw new ConfigError(`data folder ${dir} is not writable`);
    }
  }
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, engine: 'sqlite', sqliteFile: file, close: () => db.destroy() };
}
