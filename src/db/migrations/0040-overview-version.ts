import type { Kysely } from 'kysely';
import {
  createVersionTriggers,
  dropVersionTriggers,
  UNDER_PREFIX,
  type VersionSource,
} from '../plan-page-version.ts';

/**
 * What a commune's or a cell's plan overview shows beyond the plan page's keys (migration 0039) (issue 20,
 * "Per-request cost"; the overview kept as its answer, plans/overview-cache.ts): the cell's summary of each year
 * (`cell_year_summary`, rewritten by db/summaries.ts after a write to its plans, meetings, reports…) and the
 * reminders its committee sent it raise the cell's own key (its overview) and its parent's `under:` key (the
 * parent's overview, one row for all its cells); a unit created, renamed, moved or deleted raises the `under:` key
 * of its parent before and after. Raised in the writing transaction, as 0039's are; a load under PostgreSQL's
 * replica role (bench/national.ts) fires none of them.
 */
const cellAndParent = (r: 'NEW' | 'OLD') =>
  `SELECT ${r}.cell_id AS k UNION SELECT '${UNDER_PREFIX}' || u.parent_id AS k FROM org_unit u WHERE u.id = ${r}.cell_id`;

const SOURCES: Record<string, VersionSource> = {
  cell_year_summary: { table: 'cell_year_summary', keys: cellAndParent },
  committee_reminder: { table: 'committee_reminder', keys: cellAndParent },
  org_unit_under: { table: 'org_unit', keys: (r) => `SELECT '${UNDER_PREFIX}' || ${r}.parent_id AS k` },
};

export async function up(db: Kysely<unknown>): Promise<void> {
  await createVersionTriggers(db, SOURCES);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await dropVersionTriggers(db, SOURCES);
}
