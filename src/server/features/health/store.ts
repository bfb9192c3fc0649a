import { type Kysely, sql } from 'kysely';
import type { DB } from '#db/schema.ts';

/** One round trip to the database: it answers. */
export async function pingDatabase(db: Kysely<DB>): Promise<void> {
  await sql`select 1`.execute(db);
}
