import type { Kysely } from 'kysely';
import { rebuildCommitteeRollups } from '../committee-rollups.ts';
import type { DB } from '../schema.ts';

// Listed here, not imported: a migration stays as it ran.
const YEAR_COUNTS = [
  'draft',
  'adopted',
  'submitted',
  'returned',
  'acknowledged',
  'plan_sent',
  'plan_sent_late',
  'plan_sent_held',
  'plan_sent_late_held',
  'reports',
  'held_q1',
  'held_q2',
  'held_q3',
  'held_q4',
  'q1_issued',
  'q1_late',
  'q2_issued',
  'q2_late',
  'q3_issued',
  'q3_late',
  'q4_issued',
  'q4_late',
  'annual_issued',
  'annual_late',
];
const MONTH_COUNTS = [
  'regular',
  'cells_held',
  'study_minutes',
  'study_meetings',
  'cells_short',
  'present',
  'expected',
];

/**
 * The committee roll-ups (issue 20, db/committee-rollups.ts): per committee the sums over the cells right under
 * it, so a dashboard higher up reads one set of rows per committee of its subtree, not per cell. Every key starts
 * with `committee_id`, reached from the dashboard's committee through `org_closure` (ancestor first). Filled from
 * the cell summaries and the raw tables.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const committee = 'committee_id';
  await db.schema
    .createTable('committee_cell_day')
    .addColumn(committee, 'text', (c) => c.notNull().references('org_unit.id').onDelete('cascade'))
    .addColumn('created_on', 'text', (c) => c.notNull())
    .addColumn('cells', 'integer', (c) => c.notNull())
    .addColumn('last_reminder_id', 'text')
    .addColumn('last_reminder_at', 'text')
    .addPrimaryKeyConstraint('committee_cell_day_pk', [committee, 'created_on'])
    .execute();
  let year = db.schema
    .createTable('committee_year_rollup')
    .addColumn(committee, 'text', (c) => c.notNull().references('org_unit.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('created_after', 'integer', (c) => c.notNull());
  for (const column of YEAR_COUNTS) year = year.addColumn(column, 'integer', (c) => c.notNull());
  await year
    .addPrimaryKeyConstraint('committee_year_rollup_pk', [committee, 'year', 'created_after'])
    .execute();
  let month = db.schema
    .createTable('committee_month_rollup')
    .addColumn(committee, 'text', (c) => c.notNull().references('org_unit.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('month', 'integer', (c) => c.notNull());
  for (const column of MONTH_COUNTS) month = month.addColumn(column, 'integer', (c) => c.notNull());
  await month.addPrimaryKeyConstraint('committee_month_rollup_pk', [committee, 'year', 'month']).execute();
  await db.schema
    .createTable('committee_due')
    .addColumn(committee, 'text', (c) => c.notNull().references('org_unit.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('open_until', 'text', (c) => c.notNull())
    .addColumn('created_after', 'integer', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('committee_due_pk', [
      committee,
      'year',
      'kind',
      'due_on',
      'open_until',
      'created_after',
    ])
    .execute();
  await db.schema
    .createTable('committee_quality')
    .addColumn(committee, 'text', (c) => c.notNull().references('org_unit.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('quarter', 'integer', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('cells', 'integer', (c) => c.notNull())
    .addColumn('confirmed', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('committee_quality_pk', [committee, 'year', 'quarter', 'level'])
    .execute();
  // The dashboards walk down to the committees below a unit by parent, passing over the cells.
  await db.schema
    .createIndex('org_unit_parent_kind_idx')
    .on('org_unit')
    .columns(['parent_id', 'kind'])
    .execute();
  await rebuildCommitteeRollups(db as Kysely<DB>);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('org_unit_parent_kind_idx').execute();
  for (const table of [
    'committee_quality',
    'committee_due',
    'committee_month_rollup',
    'committee_year_rollup',
    'committee_cell_day',
  ])
    await db.schema.dropTable(table).execute();
}
