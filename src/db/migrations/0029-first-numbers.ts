import type { Kysely } from 'kysely';

/**
 * The first number of a series (issue 17, item 7): a unit that starts mid-year with paper documents sets where
 * the app's numbers begin. `first_number` is the number set (null: from 01); `last_number` is then one below it
 * until a document is issued, so `last_number >= coalesce(first_number, 1)` tells that a number was issued.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('document_sequence').addColumn('first_number', 'integer').execute();
}
