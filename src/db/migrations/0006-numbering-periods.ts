import { type Kysely, sql } from 'kysely';

// Document numbers run by calendar year or, where a unit chooses, through its party term (issue 6): the
// counter is keyed by a period ("2026", or "term:2025-10-15") instead of a year. Existing counters move over
// with their year as the period, so no number is ever given twice.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('org_unit').addColumn('numbering_term_from', 'text').execute();
  await db.schema
    .createTable('document_sequence')
    .addColumn('unit_id', 'text', (c) => c.notNull().references('org_unit.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('last_number', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('document_sequence_pk', ['unit_id', 'kind', 'period'])
    .execute();
  await sql`insert into document_sequence (unit_id, kind, period, last_number)
    select unit_id, kind, cast(year as text), last_number from document_counter`.execute(db);
  await db.schema.dropTable('document_counter').execute();
}
