import type { Kysely } from 'kysely';

/**
 * The committee figures from maintained summaries (issue 20, db/summaries.ts): per cell and year the plan, its
 * topics and reports (`cell_year_summary`), and the steps not yet done by their due day (`cell_step_due`), read
 * over the unit tree through `org_closure` (its primary key starts with `ancestor_id`). Filled from the
 * existing rows by migration 0035.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('cell_year_summary')
    .addColumn('cell_id', 'text', (c) => c.notNull().references('org_unit.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('plan_id', 'text')
    .addColumn('plan_status', 'text')
    .addColumn('first_submitted_on', 'text')
    .addColumn('topics', 'integer', (c) => c.notNull())
    .addColumn('topics_final', 'integer', (c) => c.notNull())
    .addColumn('reports', 'integer', (c) => c.notNull())
    .addColumn('reports_last_on', 'text')
    .addPrimaryKeyConstraint('cell_year_summary_pk', ['cell_id', 'year'])
    .execute();
  await db.schema
    .createTable('cell_step_due')
    .addColumn('cell_id', 'text', (c) => c.notNull().references('org_unit.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('open_until', 'text', (c) => c.notNull())
    .addColumn('steps', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('cell_step_due_pk', ['cell_id', 'year', 'due_on', 'open_until'])
    .execute();
  // Filled by 0035's rebuild: the summary rows carry columns added there (rebuildSummaries writes them all).
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('cell_step_due').execute();
  await db.schema.dropTable('cell_year_summary').execute();
}
