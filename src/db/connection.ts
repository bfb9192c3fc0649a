import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type Pg from 'pg';
import type { DB } from './schema.ts';
import { cachingStatements } from './statement-cache.ts';

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

/**
 * pg (≈14 MiB resident) is loaded only when the database is PostgreSQL, not by a server on SQLite (issue 20,
 * "Bytes and start-up"). A CommonJS package, required synchronously: opening the database stays a plain call.
 */
let pgModule: typeof Pg | undefined;
export const loadPg = (): typeof Pg => (pgModule ??= createRequire(import.meta.url)('pg') as typeof Pg);

export function openPostgres(connectionString: string): Database {
  const pg = loadPg();
  const pool = new pg.Pool({ connectionString, max: 10 });
  // An idle pooled connection the server closes (a restart, an administrator) is reported here; without a
  // listener the pool's `error` event would end the process. The pool drops that client and opens a new
  // one on the next query, so the app recovers by itself once the database is back.
  pool.on('error', (err) => {
    console.warn(`PostgreSQL closed an idle connection: ${redactPassword(err.message)}`);
  });
  // A connection checked out of the pool (held between the statements of a transaction) has no pool listener:
  // the server closing it emits `error` on the client itself. The statement waiting on it fails (503 while the
  // database is away) and the pool discards the broken client when it is released (found by `npm run crash`).
  pool.on('connect', (client) => {
    client.on('error', (err) => {
      console.warn(`PostgreSQL closed a connection in use: ${redactPassword(err.message)}`);
    });
  });
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
  if (file !== ':memory:' && fs.existsSync(file) && (fs.statSync(file).mode & 0o222) === 0)
    throw new ConfigError(`database file ${file} is read-only: make it writable by the server`);
  let sqlite: SQLite.Database;
  try {
    sqlite = new SQLite(file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('synchronous = NORMAL');
  } catch (err) {
    const code = (err as { code?: string }).code ?? '';
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT')
      throw new ConfigError(
        `database file ${file} is not a readable database (corrupt?): restore it from a backup`,
      );
    if (code.startsWith('SQLITE_READONLY'))
      throw new ConfigError(`database file ${file} is read-only: make it writable by the server`);
    throw new ConfigError(`database file ${file} cannot be opened: ${(err as Error).message}`);
  }
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: cachingStatements(sqlite) }) });
  return { db, engine: 'sqlite', sqliteFile: file, close: () => db.destroy() };
}

/**
 * Whether an error means the database cannot be reached right now (server down, restarting, refusing
 * connections, a connection cut): the request may succeed later, so it is a 503, not a bug.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string') {
    // PostgreSQL: 08 connection exceptions, 57P01-57P05 shutdown / cannot connect now / crash,
    // 53300 too many connections, 55000 with "not currently accepting connections".
    if (/^08/.test(code) || /^57P0[1-5]$/.test(code) || code === '53300') return true;
    if (code === '55000' && /accepting connections/.test(err.message)) return true;
    if (['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EPIPE'].includes(code))
      return true;
    // SQLite: the file went read-only, the disk is full, or the file cannot be opened.
    if (
      ['SQLITE_READONLY', 'SQLITE_FULL', 'SQLITE_CANTOPEN', 'SQLITE_IOERR', 'SQLITE_BUSY'].some((c) =>
        code.startsWith(c),
      )
    )
      return true;
  }
  return /Connection terminated|connection timeout|Client has encountered a connection error/i.test(
    err.message,
  );
}

/** A text with the password of any postgres:// URL in it replaced: errors never echo a secret. */
export function redactPassword(text: string): string {
  return text.replace(/(postgres(?:ql)?:\/\/[^:/@\s]*:)[^@\s]*@/gi, '$1***@');
}

/** How much free space the data folder needs at start, in MB (MIN_FREE_DISK_MB; a full disk fails every save). */
export function checkFreeSpace(dir: string, minMb: number): void {
  const stats = fs.statfsSync(dir);
  const freeMb = Math.floor((Number(stats.bavail) * Number(stats.bsize)) / 1_048_576);
  if (freeMb < minMb)
    throw new ConfigError(
      `the disk of data folder ${dir} is full (${freeMb} MB free, at least ${minMb} MB needed)`,
    );
}

/**
 * One server per SQLite data folder: a second one would fail with "database is locked" and miss the first's
 * live events. The lock file holds the owner's pid; a lock left by a process that no longer runs is taken
 * over. Several instances need PostgreSQL (README). Returns the release function.
 */
export function lockDataFolder(dir: string): () => void {
  const lockFile = path.join(dir, 'chuyen-de.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(lockFile, { force: true });
    } catch (err) {
      if ((err as { code?: string }).code !== 'EEXIST') throw err;
      const pid = Number(fs.readFileSync(lockFile, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && processRuns(pid))
        throw new ConfigError(
          `another Chuyên Đề server (pid ${pid}) already uses data folder ${dir}; several servers need PostgreSQL (DATABASE_URL)`,
        );
      fs.rmSync(lockFile, { force: true });
    }
  }
  throw new ConfigError(`cannot lock data folder ${dir}`);
}

function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as { code?: string }).code === 'EPERM';
  }
}
