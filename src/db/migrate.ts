import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from 'kysely';
import * as m0001 from './migrations/0001-foundation.ts';
import * as m0002 from './migrations/0002-plans.ts';
import * as m0003 from './migrations/0003-documents.ts';
import * as m0004 from './migrations/0004-preparation.ts';
import * as m0005 from './migrations/0005-meetings.ts';
import * as m0006 from './migrations/0006-numbering-periods.ts';
import * as m0007 from './migrations/0007-follow-up.ts';
import * as m0008 from './migrations/0008-regular-meetings.ts';
import * as m0009 from './migrations/0009-resolution-decisions.ts';
import * as m0010 from './migrations/0010-meeting-settings.ts';
import * as m0011 from './migrations/0011-meeting-task-checks.ts';
import * as m0012 from './migrations/0012-paper-meetings.ts';
import * as m0013 from './migrations/0013-notifications.ts';
import * as m0014 from './migrations/0014-inbox.ts';
import * as m0015 from './migrations/0015-reminders.ts';
import * as m0016 from './migrations/0016-received-reports.ts';
import * as m0017 from './migrations/0017-support.ts';
import * as m0018 from './migrations/0018-meeting-delegates.ts';
import * as m0020 from './migrations/0020-committee-reports.ts';
import * as m0021 from './migrations/0021-quality.ts';
import * as m0022 from './migrations/0022-inspections.ts';
import * as m0023 from './migrations/0023-commendations.ts';
import * as m0024 from './migrations/0024-year-review.ts';
import * as m0025 from './migrations/0025-model-meetings.ts';
import * as m0028 from './migrations/0028-accounts.ts';
import * as m0029 from './migrations/0029-first-numbers.ts';
import * as m0030 from './migrations/0030-search.ts';
import * as m0032 from './migrations/0032-summaries.ts';
import * as m0033 from './migrations/0033-text-size.ts';
import * as m0034 from './migrations/0034-document-signer.ts';
import * as m0035 from './migrations/0035-overview-summary.ts';
import * as m0036 from './migrations/0036-activity-summaries.ts';
import * as m0037 from './migrations/0037-unit-names.ts';
import * as m0038 from './migrations/0038-committee-rollups.ts';
import * as m0039 from './migrations/0039-plan-page-version.ts';
import * as m0040 from './migrations/0040-overview-version.ts';

// Listed by hand, not read from disk: works the same under tsx, vitest and a bundle.
const migrations: Record<string, Migration> = {
  '0001-foundation': m0001,
  '0002-plans': m0002,
  '0003-documents': m0003,
  '0004-preparation': m0004,
  '0005-meetings': m0005,
  '0006-numbering-periods': m0006,
  '0007-follow-up': m0007,
  '0008-regular-meetings': m0008,
  '0009-resolution-decisions': m0009,
  '0010-meeting-settings': m0010,
  '0011-meeting-task-checks': m0011,
  '0012-paper-meetings': m0012,
  '0013-notifications': m0013,
  '0014-inbox': m0014,
  '0015-reminders': m0015,
  '0016-received-reports': m0016,
  '0017-support': m0017,
  '0018-meeting-delegates': m0018,
  '0020-committee-reports': m0020,
  '0021-quality': m0021,
  '0022-inspections': m0022,
  '0023-commendations': m0023,
  '0024-year-review': m0024,
  '0025-model-meetings': m0025,
  '0028-accounts': m0028,
  '0029-first-numbers': m0029,
  '0030-search': m0030,
  '0032-summaries': m0032,
  '0033-text-size': m0033,
  '0034-document-signer': m0034,
  '0035-overview-summary': m0035,
  '0036-activity-summaries': m0036,
  '0037-unit-names': m0037,
  '0038-committee-rollups': m0038,
  '0039-plan-page-version': m0039,
  '0040-overview-version': m0040,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };
const names = Object.keys(migrations);
// The names start with four digits: ordered by code unit as the locale-aware default orders them, without
// setting up a collator (~40 ms of a start-up).
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// biome-ignore lint/suspicious/noExplicitAny: the migrator works on any schema (migrations see Kysely<unknown>).
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  if (await nothingPending(db)) return [];
  const migrator = new Migrator({ db, provider, nameComparator: byCodeUnit });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/**
 * Whether the database has every migration applied and no other — every start but the first after an upgrade —
 * from one read of the migration table, where the migrator first introspects every table (issue 20, start-up).
 * Anything else (no table yet, one pending, one this build does not know, an unreadable file) goes to the
 * migrator, which applies or reports it as before; one still being applied by another instance is not visible
 * yet, so that case waits on the migrator's lock too.
 */
// biome-ignore lint/suspicious/noExplicitAny: as migrateToLatest.
async function nothingPending(db: Kysely<any>): Promise<boolean> {
  try {
    const { rows } = await sql<{ name: string }>`SELECT name FROM kysely_migration`.execute(db);
    const applied = new Set(rows.map((r) => r.name));
    return applied.size === names.length && names.every((name) => applied.has(name));
  } catch {
    return false;
  }
}
