import { type Kysely, PostgresAdapter } from 'kysely';
import {
  createVersionTriggers,
  dropVersionTriggers,
  NAMES_KEY,
  type VersionSource,
} from '../plan-page-version.ts';

/**
 * A version of what the plan page shows, per unit (issue 20, "Per-request cost"): `plan_page_version` holds one
 * counter per key, raised by triggers in the writing transaction itself, so that a cached page
 * (server/features/plans/page-cache.ts) is checked on every request by one indexed read, on every engine and
 * with any number of app instances. The keys:
 * - a cell's id: its plans, their topics, preparers, steps, preparations and events, and the people of the cell
 *   (who joins, leaves or changes status);
 * - any unit's id: the unit itself (name, place, kind, parent), its place in the tree (closure rows of it as
 *   descendant) and the guidance it issued (deadlines, for the cells under it);
 * - `names`: a person's name or an account's username or person (shown beside preparers, steps and events of
 *   plans anywhere).
 * No row is ever deleted, so a missing row reads as version 0 and only ever rises. Not backed up (derived).
 */

const viaTopic = (r: string) =>
  `SELECT p.cell_id AS k FROM plan_topic t JOIN plan p ON p.id = t.plan_id WHERE t.id = ${r}.topic_id`;

const SOURCES: Record<string, VersionSource> = {
  plan: { table: 'plan', keys: (r) => `SELECT ${r}.cell_id AS k` },
  plan_topic: { table: 'plan_topic', keys: (r) => `SELECT cell_id AS k FROM plan WHERE id = ${r}.plan_id` },
  plan_topic_preparer: { table: 'plan_topic_preparer', keys: viaTopic },
  plan_step: { table: 'plan_step', keys: viaTopic },
  topic_preparation: { table: 'topic_preparation', keys: viaTopic },
  plan_event: { table: 'plan_event', keys: (r) => `SELECT cell_id AS k FROM plan WHERE id = ${r}.plan_id` },
  person_unit: { table: 'person', columns: ['unit_id', 'status'], keys: (r) => `SELECT ${r}.unit_id AS k` },
  person_name: {
    table: 'person',
    columns: ['full_name', 'name_folded'],
    inserts: false,
    keys: () => `SELECT '${NAMES_KEY}' AS k`,
  },
  user_account: {
    table: 'user_account',
    columns: ['username', 'person_id'],
    inserts: false,
    keys: () => `SELECT '${NAMES_KEY}' AS k`,
  },
  org_unit: { table: 'org_unit', keys: (r) => `SELECT ${r}.id AS k` },
  org_closure: { table: 'org_closure', keys: (r) => `SELECT ${r}.descendant_id AS k` },
  guidance: { table: 'guidance', keys: (r) => `SELECT ${r}.committee_id AS k` },
};

export async function up(db: Kysely<unknown>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('plan_page_version')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('version', postgres ? 'bigint' : 'integer', (c) => c.notNull())
    .execute();
  await createVersionTriggers(db, SOURCES);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await dropVersionTriggers(db, SOURCES);
  await db.schema.dropTable('plan_page_version').execute();
}
