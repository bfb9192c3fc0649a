import type { Kysely } from 'kysely';
import type { DB } from '../schema.ts';
import { rebuildSummaries } from '../summaries.ts';

/**
 * The committee overview at province scale (issue 20, db/summaries.ts): the cell's summary of the year also
 * carries what the overview showed from the plan row (the day it was adopted, when it was last sent up and
 * reviewed) and its steps not yet done in one short text (`steps_due`, the rows of `cell_step_due` of that cell
 * and year), so the overview reads one summary row per cell and joins neither `plan` nor `cell_step_due`.
 * Every summary is rebuilt with the new columns (0032 no longer fills them: it runs before they exist).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const column of ['plan_adopted_on', 'plan_submitted_at', 'plan_reviewed_at'])
    await db.schema.alterTable('cell_year_summary').addColumn(column, 'text').execute();
  await db.schema
    .alterTable('cell_year_summary')
    .addColumn('steps_due', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await rebuildSummaries(db as Kysely<DB>);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const column of ['steps_due', 'plan_reviewed_at', 'plan_submitted_at', 'plan_adopted_on'])
    await db.schema.alterTable('cell_year_summary').dropColumn(column).execute();
}
