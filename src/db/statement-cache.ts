import type SQLite from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/**
 * better-sqlite3 behind Kysely's SQLite dialect, with its prepared statements kept by SQL text (*practice*,
 * issue 20: Kysely prepares every statement again on every call, which cost more than running it). The cache
 * is a bounded LRU: a Map in use order, the least recently used statement dropped past `capacity` (queries
 * whose text varies, such as `in (?, ?, …)` lists, come and go). A statement still being iterated (a stream
 * not yet finished) is busy: that call gets a statement of its own. SQLite prepares a cached statement again
 * by itself when the schema changes (a migration), so the cache needs no clearing.
 */
export function cachingStatements(sqlite: SQLite.Database, capacity = 500): SqliteDatabase & StatementStats {
  const statements = new Map<string, SQLite.Statement>();
  const stats = { hits: 0, misses: 0 };
  return {
    close: () => {
      statements.clear();
      sqlite.close();
    },
    prepare(sql: string): SqliteStatement {
      const cached = statements.get(sql);
      if (cached && !cached.busy) {
        stats.hits++;
        // Most recently used goes last: the first key is always the one to drop.
        statements.delete(sql);
        statements.set(sql, cached);
        return cached;
      }
      stats.misses++;
      const statement = sqlite.prepare(sql);
      if (cached) return statement;
      statements.set(sql, statement);
      if (statements.size > capacity) {
        const oldest = statements.keys().next().value;
        if (oldest !== undefined) statements.delete(oldest);
      }
      return statement;
    },
    statementStats: () => ({ ...stats, size: statements.size }),
  };
}

export interface StatementStats {
  statementStats(): { hits: number; misses: number; size: number };
}
