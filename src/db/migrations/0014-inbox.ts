import type { Kysely } from 'kysely';

// The home's to-do list (issue 14). Portable types only (decision 002).
export async function up(db: Kysely<unknown>): Promise<void> {
  // An officer's read mark on a cell's issued report: "reports received and not yet read" is the reports of the
  // subtree with no mark of this officer. Written when the officer opens or downloads the report.
  await db.schema
    .createTable('report_read')
    .addColumn('document_id', 'text', (c) => c.notNull().references('issued_document.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('person.id'))
    .addColumn('read_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('report_read_pk', ['document_id', 'person_id'])
    .execute();
  // Minutes waiting for a signature: the meetings a person chairs or takes the minutes of.
  await db.schema.createIndex('meeting_chair_idx').on('meeting').columns(['chair_id', 'status']).execute();
  await db.schema
    .createIndex('meeting_minute_taker_idx')
    .on('meeting')
    .columns(['minute_taker_id', 'status'])
    .execute();
  // Plans waiting for a committee's review, drafts waiting for approval: by status.
  await db.schema
    .createIndex('topic_preparation_status_idx')
    .on('topic_preparation')
    .column('status')
    .execute();
}
