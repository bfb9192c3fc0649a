import { type Kysely, PostgresAdapter, sql } from 'kysely';

// Preparing a topic of the plan (seeds 000, 001, 002): the secretary's briefing, versioned outline and
// drafts, the approval history, who the text was sent to and opened it, comments anchored to passages with
// their dispositions, and attachments. Everything hangs off `plan_topic`: a topic of the plan is prepared.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Attachments are kept in the database, not on disk: they are written in the same transaction as their
  // row (a refused upload stores nothing) and travel with every backup.
  const bytes = db.getExecutor().adapter instanceof PostgresAdapter ? sql`bytea` : sql`blob`;

  // The due months of a topic's five steps ("1,1,2,2,3"), copied from plan_step when the plan is saved:
  // the committee overview works out overdue steps for thousands of topics without reading every step.
  await db.schema.alterTable('plan_topic').addColumn('due_months', 'text').execute();

  await db.schema
    .createTable('topic_preparation')
    .addColumn('topic_id', 'text', (c) => c.primaryKey().references('plan_topic.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('briefing_purpose', 'text')
    .addColumn('briefing_requirements', 'text')
    .addColumn('briefing_content', 'text')
    .addColumn('briefing_method', 'text')
    .addColumn('briefed_on', 'text')
    .addColumn('briefed_by', 'text')
    .addColumn('comment_due_on', 'text')
    .addColumn('outline_saved_at', 'text')
    .addColumn('draft1_approved_at', 'text')
    .addColumn('distributed_at', 'text')
    .addColumn('comments_closed_at', 'text')
    .addColumn('draft2_approved_at', 'text')
    .addColumn('presented_on', 'text')
    .addColumn('final_at', 'text')
    /** A resolution topic is issued as a numbered resolution ("NQ") when finalised. */
    .addColumn('final_number', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('topic_version')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('topic_id', 'text', (c) => c.notNull().references('plan_topic.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('round', 'text')
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('html', 'text', (c) => c.notNull())
    .addColumn('plain_text', 'text', (c) => c.notNull())
    .addColumn('author_person_id', 'text', (c) => c.references('person.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('topic_version_number_unique', ['topic_id', 'kind', 'number'])
    .execute();

  await db.schema
    .createTable('topic_event')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('topic_id', 'text', (c) => c.notNull().references('plan_topic.id'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text', (c) => c.notNull())
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('remark', 'text')
    .addColumn('version_id', 'text', (c) => c.references('topic_version.id'))
    .addColumn('self_approval', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('actor_user_id', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('topic_event_topic_idx')
    .on('topic_event')
    .columns(['topic_id', 'at'])
    .execute();

  await db.schema
    .createTable('topic_reader')
    .addColumn('topic_id', 'text', (c) => c.notNull().references('plan_topic.id'))
    .addColumn('round', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull().references('person.id'))
    .addColumn('version_id', 'text', (c) => c.notNull().references('topic_version.id'))
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addColumn('opened_at', 'text')
    .addPrimaryKeyConstraint('topic_reader_pk', ['topic_id', 'round', 'person_id'])
    .execute();
  // "Drafts waiting for me" reads one person's rows across topics.
  await db.schema.createIndex('topic_reader_person_idx').on('topic_reader').column('person_id').execute();

  await db.schema
    .createTable('topic_comment')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('topic_id', 'text', (c) => c.notNull().references('plan_topic.id'))
    .addColumn('version_id', 'text', (c) => c.notNull().references('topic_version.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('person.id'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('quote', 'text')
    .addColumn('prefix', 'text')
    .addColumn('suffix', 'text')
    .addColumn('disposition', 'text')
    .addColumn('explanation', 'text')
    .addColumn('disposed_by', 'text')
    .addColumn('disposed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('topic_comment_topic_idx')
    .on('topic_comment')
    .columns(['topic_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('topic_attachment')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('topic_id', 'text', (c) => c.notNull().references('plan_topic.id'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('content', bytes, (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.references('person.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('topic_attachment_topic_idx')
    .on('topic_attachment')
    .columns(['topic_id', 'created_at'])
    .execute();
}
