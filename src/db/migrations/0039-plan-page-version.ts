import { type Kysely, PostgresAdapter, sql } from 'kysely';
import { NAMES_KEY } from '../plan-page-version.ts';

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

interface Source {
  table: string;
  /** Which updates raise it: of any column, or of these only. Deletes always do. */
  columns?: string[];
  /** Whether inserts raise it (not where a new row cannot be shown yet: a person's name, an account). */
  inserts?: false;
  /** A SELECT of the keys (column `k`) for the row `r` (NEW or OLD). */
  keys: (r: 'NEW' | 'OLD') => string;
}

const viaTopic = (r: string) =>
  `SELECT p.cell_id AS k FROM plan_topic t JOIN plan p ON p.id = t.plan_id WHERE t.id = ${r}.topic_id`;

const SOURCES: Record<string, Source> = {
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

/** Raises the version of every key the SELECTs name: once each, in key order (two writers lock alike). */
function bump(selects: string[]): string {
  return `INSERT INTO plan_page_version (key, version)
    SELECT DISTINCT k, 1 FROM (${selects.join(' UNION ')}) AS keys WHERE k IS NOT NULL ORDER BY k
    ON CONFLICT (key) DO UPDATE SET version = plan_page_version.version + 1`;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('plan_page_version')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('version', postgres ? 'bigint' : 'integer', (c) => c.notNull())
    .execute();
  for (const [name, s] of Object.entries(SOURCES)) {
    const trigger = `plan_page_version_${name}`;
    const update = s.columns ? `UPDATE OF ${s.columns.join(', ')}` : 'UPDATE';
    if (postgres) {
      const inserts = s.inserts === false ? '' : `IF TG_OP = 'INSERT' THEN ${bump([s.keys('NEW')])}; END IF;`;
      await sql
        .raw(`CREATE FUNCTION ${trigger}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
          ${inserts}
          IF TG_OP = 'UPDATE' THEN ${bump([s.keys('OLD'), s.keys('NEW')])}; END IF;
          IF TG_OP = 'DELETE' THEN ${bump([s.keys('OLD')])}; END IF;
          RETURN NULL;
        END $$`)
        .execute(db);
      const events = `${s.inserts === false ? '' : 'INSERT OR '}${update} OR DELETE`;
      await sql
        .raw(
          `CREATE TRIGGER ${trigger} AFTER ${events} ON ${s.table} FOR EACH ROW EXECUTE FUNCTION ${trigger}()`,
        )
        .execute(db);
      continue;
    }
    // SQLite: one trigger per kind of write; an upsert's SELECT needs its WHERE (it has one).
    const triggers: [string, string[]][] = [
      [update, [s.keys('OLD'), s.keys('NEW')]],
      ['DELETE', [s.keys('OLD')]],
    ];
    if (s.inserts !== false) triggers.push(['INSERT', [s.keys('NEW')]]);
    for (const [event, selects] of triggers) {
      const suffix = event.split(' ')[0]?.toLowerCase();
      await sql
        .raw(`CREATE TRIGGER ${trigger}_${suffix} AFTER ${event} ON ${s.table} BEGIN ${bump(selects)}; END`)
        .execute(db);
    }
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  for (const [name, s] of Object.entries(SOURCES)) {
    const trigger = `plan_page_version_${name}`;
    if (postgres) {
      await sql.raw(`DROP TRIGGER ${trigger} ON ${s.table}`).execute(db);
      await sql.raw(`DROP FUNCTION ${trigger}()`).execute(db);
    } else {
      for (const suffix of s.inserts === false ? ['update', 'delete'] : ['update', 'delete', 'insert'])
        await sql.raw(`DROP TRIGGER ${trigger}_${suffix}`).execute(db);
    }
  }
  await db.schema.dropTable('plan_page_version').execute();
}
