import { type Kysely, sql } from 'kysely';
import type { DB } from '#db/schema.ts';

/**
 * The database answers and takes writes: one write transaction that changes nothing. A database that
 * only reads (a read-only file, a full disk, a standby server) fails here as it would fail every save.
 */
export async function checkDatabaseWritable(db: Kysely<DB>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('org_unit').set({ name: sql`name` }).where(sql<boolean>`1 = 0`).execute();
  });
}
