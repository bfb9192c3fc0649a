import type { Kysely } from 'kysely';
import { createVersionTriggers, dropVersionTriggers, type VersionSource } from '../plan-page-version.ts';

/**
 * What a commune's or a cell's plan overview shows beyond the plan page's keys (migration 0039), raising the same
 * key, the cell's id (issue 20, "Per-request cost"; the overview kept as its answer, plans/overview-cache.ts): the
 * cell's summary of each year (`cell_year_summary`, rewritten by db/summaries.ts after a write to its plans,
 * meetings, reports…) and the reminders its committee sent it. Raised in the writing transaction, as 0039's are;
 * a load under PostgreSQL's replica role (bench/national.ts) fires none of them.
 */
const SOURCES: Record<string, VersionSource> = {
  cell_year_summary: { table: 'cell_year_summary', keys: (r) => `SELECT ${r}.cell_id AS k` },
  committee_reminder: { table: 'committee_reminder', keys: (r) => `SELECT ${r}.cell_id AS k` },
};

export async function up(db: Kysely<unknown>): Promise<void> {
  await createVersionTriggers(db, SOURCES);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await dropVersionTriggers(db, SOURCES);
}
