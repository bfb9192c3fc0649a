import type { Kysely } from 'kysely';

/**
 * Commendations (issue 16; seed 000: "kịp thời biểu dương, khen thưởng những nhân tố tích cực"). Portable types
 * only (decision 002). `commendation`: a committee's praise or reward of a unit, a person or a topic of its
 * subtree; `unit_id` is the subject's unit when recorded (the unit itself, the person's cell, the topic's cell),
 * by which the cell's page and the committee's subtree list it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('commendation')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('committee_id', 'text', (c) => c.notNull().references('org_unit.id'))
    .addColumn('subject_kind', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('org_unit.id'))
    .addColumn('person_id', 'text', (c) => c.references('person.id'))
    .addColumn('topic_id', 'text', (c) => c.references('plan_topic.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('form', 'text', (c) => c.notNull())
    .addColumn('form_other', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('decision_number', 'text', (c) => c.notNull())
    .addColumn('decision_date', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('person.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('commendation_unit_idx')
    .on('commendation')
    .columns(['unit_id', 'year'])
    .execute();
  await db.schema
    .createIndex('commendation_committee_idx')
    .on('commendation')
    .columns(['committee_id', 'year'])
    .execute();
  await db.schema.createIndex('commendation_person_idx').on('commendation').column('person_id').execute();
}
