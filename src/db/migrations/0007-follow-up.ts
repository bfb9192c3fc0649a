import type { Kysely } from 'kysely';

// Following up a meeting's assignments and reviewing a resolution (issue 6: sơ kết, tổng kết). A check of an
// assignment is a dated report, appended and never rewritten; a review is planned, written, then issued
// with its own BC number. Reports the cell issues to the committee above (on a meeting, a period, a review)
// are kept as issued: their number and the document frozen as it was signed. The secretary's evaluation of a
// meeting (seed 001) goes up with the meeting's report.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('task_report')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('task_id', 'text', (c) => c.notNull().references('meeting_task.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('reported_on', 'text', (c) => c.notNull())
    .addColumn('reported_by', 'text', (c) => c.references('person.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('task_report_task_idx')
    .on('task_report')
    .columns(['task_id', 'reported_on'])
    .execute();

  await db.schema
    .createTable('resolution_review')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('topic_id', 'text', (c) => c.notNull().references('plan_topic.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('results', 'text')
    .addColumn('shortcomings', 'text')
    .addColumn('lessons', 'text')
    .addColumn('next_steps', 'text')
    .addColumn('number', 'integer')
    .addColumn('issued_at', 'text')
    .addColumn('issued_on', 'text')
    .addColumn('issued_by', 'text', (c) => c.references('person.id'))
    .addColumn('created_by', 'text', (c) => c.references('person.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('resolution_review_topic_idx')
    .on('resolution_review')
    .columns(['topic_id', 'due_on'])
    .execute();

  await db.schema
    .createTable('issued_document')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('org_unit.id'))
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('document_json', 'text', (c) => c.notNull())
    .addColumn('issued_on', 'text', (c) => c.notNull())
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .addColumn('issued_by', 'text', (c) => c.references('person.id'))
    .addUniqueConstraint('issued_document_subject_uq', ['unit_id', 'subject'])
    .execute();
  await db.schema
    .createIndex('issued_document_unit_date_idx')
    .on('issued_document')
    .columns(['unit_id', 'issued_on'])
    .execute();

  await db.schema
    .createTable('meeting_evaluation')
    .addColumn('meeting_id', 'text', (c) => c.primaryKey().references('meeting.id'))
    .addColumn('preparer', 'text')
    .addColumn('result', 'text')
    .addColumn('lessons', 'text')
    .addColumn('evaluated_by', 'text', (c) => c.references('person.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
