import type { Kysely } from 'kysely';

// The year's plan (issue: committee guidance, topic registration, the cell's annual plan). Lists of short
// texts (documents, legal bases, topic groups) are JSON text: read and written whole, never queried inside.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('guidance')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('committee_id', 'text', (c) => c.notNull().references('org_unit.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('reference_number', 'text', (c) => c.notNull())
    .addColumn('issued_on', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('theme', 'text')
    .addColumn('documents_json', 'text', (c) => c.notNull())
    .addColumn('topic_groups_json', 'text', (c) => c.notNull())
    .addColumn('plan_deadline', 'text', (c) => c.notNull())
    .addColumn('content', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('guidance_committee_year_idx')
    .on('guidance')
    .columns(['committee_id', 'year'])
    .execute();

  await db.schema
    .createTable('topic_registration')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('cell_id', 'text', (c) => c.notNull().references('org_unit.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull().references('person.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('topic_group', 'text')
    .addColumn('criterion', 'text')
    .addColumn('reason', 'text')
    .addColumn('preferred_quarter', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('topic_registration_cell_year_idx')
    .on('topic_registration')
    .columns(['cell_id', 'year'])
    .execute();

  await db.schema
    .createTable('plan')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('cell_id', 'text', (c) => c.notNull().references('org_unit.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('legal_bases_json', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text')
    .addColumn('requirements', 'text')
    .addColumn('organisation', 'text')
    .addColumn('adopted_on', 'text')
    .addColumn('submitted_at', 'text')
    .addColumn('reviewed_at', 'text')
    .addColumn('review_remark', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('plan_cell_year_unique', ['cell_id', 'year'])
    .execute();
  // The committee overview reads plans of many cells for one year.
  await db.schema.createIndex('plan_year_cell_idx').on('plan').columns(['year', 'cell_id']).execute();

  await db.schema
    .createTable('plan_topic')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plan.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('topic_group', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('work_content', 'text')
    .addColumn('quarter', 'integer', (c) => c.notNull())
    .addColumn('registration_id', 'text', (c) => c.references('topic_registration.id'))
    .addColumn('model_id', 'text')
    .execute();
  await db.schema
    .createIndex('plan_topic_plan_idx')
    .on('plan_topic')
    .columns(['plan_id', 'position'])
    .execute();

  await db.schema
    .createTable('plan_topic_preparer')
    .addColumn('topic_id', 'text', (c) => c.notNull().references('plan_topic.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('person.id'))
    .addPrimaryKeyConstraint('plan_topic_preparer_pk', ['topic_id', 'person_id'])
    .execute();
  await db.schema
    .createIndex('plan_topic_preparer_person_idx')
    .on('plan_topic_preparer')
    .column('person_id')
    .execute();

  await db.schema
    .createTable('plan_step')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('topic_id', 'text', (c) => c.notNull().references('plan_topic.id'))
    .addColumn('step', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('due_month', 'integer', (c) => c.notNull())
    .addColumn('responsible_id', 'text', (c) => c.references('person.id'))
    .addColumn('note', 'text')
    .execute();
  await db.schema
    .createIndex('plan_step_topic_idx')
    .on('plan_step')
    .columns(['topic_id', 'position'])
    .execute();
  await db.schema.createIndex('plan_step_responsible_idx').on('plan_step').column('responsible_id').execute();

  await db.schema
    .createTable('plan_event')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plan.id'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text', (c) => c.notNull())
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('remark', 'text')
    .addColumn('actor_user_id', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('plan_event_plan_idx').on('plan_event').columns(['plan_id', 'at']).execute();

  await db.schema
    .createTable('topic_model')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('committee_id', 'text', (c) => c.notNull().references('org_unit.id'))
    .addColumn('source_topic_id', 'text', (c) => c.references('plan_topic.id'))
    .addColumn('source_cell_name', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('topic_group', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('work_content', 'text')
    .addColumn('published_by', 'text')
    .addColumn('published_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('topic_model_committee_idx')
    .on('topic_model')
    .columns(['committee_id', 'published_at'])
    .execute();
}
