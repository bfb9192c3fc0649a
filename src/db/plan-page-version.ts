import { type Kysely, PostgresAdapter, sql } from 'kysely';

/**
 * The key of `plan_page_version` (migration 0039) that every change of a person's name, or of an account's
 * username or person, raises: plan pages show those names beside preparers, steps and events of any cell.
 */
export const NAMES_KEY = 'names';

/**
 * The key raised by every change of what a unit's overview shows of the units right under it (migration 0040):
 * their names and place, their summaries of each year and the reminders sent to them — one row to read for a
 * commune's thirty cells.
 */
export const UNDER_PREFIX = 'under:';

/**
 * A table whose writes raise versions of `plan_page_version` (migrations 0039 and 0040 create their triggers with
 * `createVersionTriggers`; what it emits must not change, or a database migrated before would differ from one
 * migrated after).
 */
export interface VersionSource {
  table: string;
  /** Which updates raise it: of any column, or of these only. Deletes always do. */
  columns?: string[];
  /** Whether inserts raise it (not where a new row cannot be shown yet: a person's name, an account). */
  inserts?: false;
  /** A SELECT of the keys (column `k`) for the row `r` (NEW or OLD). */
  keys: (r: 'NEW' | 'OLD') => string;
}

/** Raises the version of every key the SELECTs name: once each, in key order (two writers lock alike). */
function bump(selects: string[]): string {
  return `INSERT INTO plan_page_version (key, version)
    SELECT DISTINCT k, 1 FROM (${selects.join(' UNION ')}) AS keys WHERE k IS NOT NULL ORDER BY k
    ON CONFLICT (key) DO UPDATE SET version = plan_page_version.version + 1`;
}

/** The statements making the triggers `plan_page_version_<name>` of a source. */
function createStatements(s: VersionSource, trigger: string, postgres: boolean): string[] {
  const update = s.columns ? `UPDATE OF ${s.columns.join(', ')}` : 'UPDATE';
  if (postgres) {
    const inserts = s.inserts === false ? '' : `IF TG_OP = 'INSERT' THEN ${bump([s.keys('NEW')])}; END IF;`;
    const events = `${s.inserts === false ? '' : 'INSERT OR '}${update} OR DELETE`;
    return [
      `CREATE FUNCTION ${trigger}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
          ${inserts}
          IF TG_OP = 'UPDATE' THEN ${bump([s.keys('OLD'), s.keys('NEW')])}; END IF;
          IF TG_OP = 'DELETE' THEN ${bump([s.keys('OLD')])}; END IF;
          RETURN NULL;
        END $$`,
      `CREATE TRIGGER ${trigger} AFTER ${events} ON ${s.table} FOR EACH ROW EXECUTE FUNCTION ${trigger}()`,
    ];
  }
  // SQLite: one trigger per kind of write; an upsert's SELECT needs its WHERE (it has one).
  const triggers: [string, string[]][] = [
    [update, [s.keys('OLD'), s.keys('NEW')]],
    ['DELETE', [s.keys('OLD')]],
  ];
  if (s.inserts !== false) triggers.push(['INSERT', [s.keys('NEW')]]);
  return triggers.map(
    ([event, selects]) =>
      `CREATE TRIGGER ${trigger}_${event.split(' ')[0]?.toLowerCase()} AFTER ${event} ON ${s.table} BEGIN ${bump(selects)}; END`,
  );
}

function dropStatements(s: VersionSource, trigger: string, postgres: boolean): string[] {
  if (postgres) return [`DROP TRIGGER ${trigger} ON ${s.table}`, `DROP FUNCTION ${trigger}()`];
  return (s.inserts === false ? ['update', 'delete'] : ['update', 'delete', 'insert']).map(
    (suffix) => `DROP TRIGGER ${trigger}_${suffix}`,
  );
}

async function runForEach(
  db: Kysely<unknown>,
  sources: Record<string, VersionSource>,
  statements: (s: VersionSource, trigger: string, postgres: boolean) => string[],
): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  for (const [name, s] of Object.entries(sources))
    for (const statement of statements(s, `plan_page_version_${name}`, postgres))
      await sql.raw(statement).execute(db);
}

/** The triggers `plan_page_version_<name>` of each source, raising its keys in the writing transaction. */
export const createVersionTriggers = (db: Kysely<unknown>, sources: Record<string, VersionSource>) =>
  runForEach(db, sources, createStatements);

export const dropVersionTriggers = (db: Kysely<unknown>, sources: Record<string, VersionSource>) =>
  runForEach(db, sources, dropStatements);
