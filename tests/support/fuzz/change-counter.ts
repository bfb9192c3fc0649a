import { sql } from 'kysely';
import { BACKUP_TABLES } from '../../../src/db/backup.ts';
import type { Database } from '../../../src/db/connection.ts';

/**
 * Counts every committed row change of the kept tables (those a backup holds: sessions and login failures
 * change legitimately on a refused request). Triggers bump one counter in the writing transaction, so a write
 * that rolls back leaves the counter as it was: "a refused request changed nothing" is `count()` unchanged.
 */
export async function installChangeCounter(database: Database): Promise<() => Promise<number>> {
  const { db } = database;
  await sql`CREATE TABLE fuzz_changes (n BIGINT NOT NULL)`.execute(db);
  await sql`INSERT INTO fuzz_changes (n) VALUES (0)`.execute(db);
  if (database.engine === 'postgres') {
    await sql`CREATE FUNCTION fuzz_bump() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN UPDATE fuzz_changes SET n = n + 1; RETURN NULL; END $$`.execute(db);
    for (const table of BACKUP_TABLES) {
      await sql`CREATE TRIGGER ${sql.id(`fuzz_${table}`)} AFTER INSERT OR UPDATE OR DELETE ON ${sql.table(table)}
        FOR EACH ROW EXECUTE FUNCTION fuzz_bump()`.execute(db);
    }
  } else {
    for (const table of BACKUP_TABLES) {
      for (const event of ['INSERT', 'UPDATE', 'DELETE']) {
        await sql`CREATE TRIGGER ${sql.id(`fuzz_${table}_${event}`)} AFTER ${sql.raw(event)} ON ${sql.table(table)}
          BEGIN UPDATE fuzz_changes SET n = n + 1; END`.execute(db);
      }
    }
  }
  return async () => {
    const { rows } = await sql<{ n: number | string }>`SELECT n FROM fuzz_changes`.execute(db);
    return Number(rows[0]?.n);
  };
}
