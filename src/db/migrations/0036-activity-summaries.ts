import type { Kysely } from 'kysely';
import { rebuildActivitySummaries } from '../activity-summaries.ts';
import type { DB } from '../schema.ts';

/**
 * The oversight dashboard's meetings, attendance and assignments from maintained summaries (issue 20,
 * db/activity-summaries.ts): per cell, year and month the ended meetings, study minutes and attendance
 * (`cell_month_activity`), and per cell the open assignments by their due day (`cell_task_due`), read over the
 * unit tree through `org_closure` (its primary key starts with `ancestor_id`) and then by these primary keys,
 * which start with `cell_id`. Filled from the existing rows.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('cell_month_activity')
    .addColumn('cell_id', 'text', (c) => c.notNull().references('org_unit.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('month', 'integer', (c) => c.notNull())
    .addColumn('thematic', 'integer', (c) => c.notNull())
    .addColumn('regular', 'integer', (c) => c.notNull())
    .addColumn('study_minutes', 'integer', (c) => c.notNull())
    .addColumn('study_meetings', 'integer', (c) => c.notNull())
    .addColumn('study_short', 'integer', (c) => c.notNull())
    .addColumn('present', 'integer', (c) => c.notNull())
    .addColumn('expected', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('cell_month_activity_pk', ['cell_id', 'year', 'month'])
    .execute();
  await db.schema
    .createTable('cell_task_due')
    .addColumn('cell_id', 'text', (c) => c.notNull().references('org_unit.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('tasks', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('cell_task_due_pk', ['cell_id', 'year', 'due_on'])
    .execute();
  await rebuildActivitySummaries(db as Kysely<DB>);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('cell_task_due').execute();
  await db.schema.dropTable('cell_month_activity').execute();
}
