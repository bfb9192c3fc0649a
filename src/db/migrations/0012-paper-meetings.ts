import { type Kysely, PostgresAdapter, sql } from 'kysely';

// Meetings held on paper before the cell used the app, entered afterwards with their signed minutes (a scan
// or photo): the meeting row carries how many members were present; the minutes file is kept in the
// database like the topics' attachments (written in the same transaction, travels with every backup).
// Who was a member of a cell on a given day (the meeting's roll, statistics by membership period) is read
// by unit and date. And a finished topic sent to each party group of a large cell (seed 000: "đông đảng
// viên có thể gửi cho tổ đảng"): one row per group, to its leader, on a day.
export async function up(db: Kysely<unknown>): Promise<void> {
  const bytes = db.getExecutor().adapter instanceof PostgresAdapter ? sql`bytea` : sql`blob`;

  await db.schema.alterTable('meeting').addColumn('paper_present', 'integer').execute();

  await db.schema
    .createTable('meeting_paper_minutes')
    .addColumn('meeting_id', 'text', (c) => c.primaryKey().references('meeting.id'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('content', bytes, (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.references('person.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('topic_group_sending')
    .addColumn('topic_id', 'text', (c) => c.notNull().references('plan_topic.id'))
    .addColumn('group_id', 'text', (c) => c.notNull().references('org_unit.id'))
    .addColumn('leader_id', 'text', (c) => c.references('person.id'))
    .addColumn('sent_on', 'text', (c) => c.notNull())
    .addColumn('sent_by', 'text', (c) => c.references('person.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('topic_group_sending_pk', ['topic_id', 'group_id'])
    .execute();

  await db.schema
    .createIndex('membership_period_unit_idx')
    .on('membership_period')
    .columns(['unit_id', 'started_on'])
    .execute();
}
