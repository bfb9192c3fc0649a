import type { Kysely } from 'kysely';

// Document numbers ("Số 03-KH/CB"): one counter per unit, document kind and year, bumped atomically.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('document_counter')
    .addColumn('unit_id', 'text', (c) => c.notNull().references('org_unit.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last_number', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('document_counter_pk', ['unit_id', 'kind', 'year'])
    .execute();
  await db.schema.alterTable('plan').addColumn('number', 'integer').execute();
}
