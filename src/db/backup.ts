import { type Kysely, sql, type Transaction } from 'kysely';
import { rebuildActivitySummaries } from './activity-summaries.ts';
import { rebuildCommitteeRollups } from './committee-rollups.ts';
import { isPostgres } from './engine.ts';
import type { DB } from './schema.ts';
import { rebuildSearchIndex } from './search-index.ts';
import { rebuildSummaries } from './summaries.ts';
import { rebuildUnitNames } from './unit-names.ts';

/**
 * Tables in foreign-key order. Sessions, login failures and job leases are transient and not kept; the reminders
 * already sent are (a restored database must not send them again). The search index (`search_entry`, SQLite's
 * `search_fts*`), the committee summaries (`cell_year_summary`, `cell_step_due`, db/summaries.ts;
 * `cell_month_activity`, `cell_task_due`, db/activity-summaries.ts; the `committee_*` roll-ups,
 * db/committee-rollups.ts) and the units' folded names (`org_unit_name`,
 * db/unit-names.ts) are derived from the rest: not kept, rebuilt after a restore. The plan pages' versions
 * (`plan_page_version`, migration 0039) are not kept either: the restore's inserts raise them.
 */
export const BACKUP_TABLES = [
  'org_unit',
  'org_closure',
  'person',
  'membership_period',
  'role_assignment',
  'user_account',
  'audit_log',
  'guidance',
  'topic_registration',
  'plan',
  'plan_topic',
  'plan_topic_preparer',
  'plan_step',
  'plan_event',
  'topic_model',
  'document_sequence',
  'document_signer',
  'topic_preparation',
  'topic_version',
  'topic_event',
  'topic_reader',
  'topic_comment',
  'topic_attachment',
  'resolution_decision',
  'topic_group_sending',
  'meeting',
  'meeting_agenda_item',
  'meeting_attendance',
  'meeting_paper_minutes',
  'meeting_guest',
  'meeting_speech',
  'meeting_task',
  'meeting_vote',
  'meeting_ballot',
  'minutes',
  'minutes_addendum',
  'task_report',
  'resolution_review',
  'issued_document',
  'report_read',
  'report_receipt',
  'meeting_evaluation',
  'practice_commitment',
  'practice_review',
  'notification',
  'notification_preference',
  'mail_outbox',
  'calendar_token',
  'app_setting',
  'push_subscription',
  'reminder_sent',
  'committee_reminder',
  'committee_report_draft',
  'cell_support',
  'support_entry',
  'topic_committee_invitation',
  'commendation',
  'inspection',
  'inspection_person',
  'inspection_request',
  'quality_rubric',
  'meeting_quality',
  'year_review_threshold',
  'year_review',
  'year_review_assessment',
  'model_meeting',
  'model_meeting_invitation',
] as const satisfies readonly (keyof DB)[];
const TABLES = BACKUP_TABLES;

export interface JsonBackup {
  format: 'chuyen-de-backup';
  version: 1;
  createdAt: string;
  tables: Record<string, Record<string, unknown>[]>;
}

/**
 * An engine-neutral export: restores into SQLite or PostgreSQL alike (no pg_dump needed). Every table is read in
 * one read transaction, so the file is one moment of the database even while the server writes (REPEATABLE READ
 * on PostgreSQL; on SQLite, WAL keeps a read transaction's snapshot). `onTable` is told as each table is read.
 */
export async function exportJson(
  db: Kysely<DB>,
  onTable?: (table: (typeof TABLES)[number], rows: number) => Promise<void> | void,
): Promise<JsonBackup> {
  const tables: JsonBackup['tables'] = {};
  await db.transaction().execute(async (trx) => {
    if (isPostgres(trx)) await sql`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY`.execute(trx);
    for (const table of TABLES) {
      const rows = (await trx.selectFrom(table).selectAll().execute()) as Record<string, unknown>[];
      tables[table] = (table === 'org_unit' ? parentsFirst(rows) : rows).map(encodeBytes);
      await onTable?.(table, rows.length);
    }
  });
  return { format: 'chuyen-de-backup', version: 1, createdAt: new Date().toISOString(), tables };
}

/**
 * Restores a backup into a new, migrated database in one transaction: a row that cannot be inserted (its parent
 * missing, a value refused) is named with its table and id, and nothing at all is left behind.
 */
export async function importJson(db: Kysely<DB>, backup: JsonBackup): Promise<number> {
  if (backup.format !== 'chuyen-de-backup' || backup.version !== 1)
    throw new Error('not a Chuyên Đề backup file');
  const existing = await db.selectFrom('org_unit').select('id').limit(1).executeTakeFirst();
  if (existing) throw new Error('the database is not empty: restore only into a new database');
  let count = 0;
  await db.transaction().execute(async (trx) => {
    for (const table of TABLES) {
      const rows = backup.tables[table] ?? [];
      // Batches stay under SQLite's bound-parameter limit.
      for (let i = 0; i < rows.length; i += 200) {
        // Rows come from our own export of the same table; Kysely cannot type a table chosen at run time.
        const batch = rows.slice(i, i + 200).map(decodeBytes) as never[];
        await sql`SAVEPOINT restore_batch`.execute(trx);
        try {
          await trx.insertInto(table).values(batch).execute();
          await sql`RELEASE SAVEPOINT restore_batch`.execute(trx);
        } catch (error) {
          await sql`ROLLBACK TO SAVEPOINT restore_batch`.execute(trx);
          throw await failingRow(trx, table, batch, error);
        }
      }
      count += rows.length;
    }
    await rebuildSearchIndex(trx);
    await rebuildSummaries(trx);
    await rebuildUnitNames(trx);
    await rebuildActivitySummaries(trx);
    await rebuildCommitteeRollups(trx);
  });
  return count;
}

/**
 * Which row of a refused batch fails: the rows are inserted again one by one, in order (the whole restore is
 * rolled back afterwards anyway), so the first that fails is the one named.
 */
async function failingRow(
  trx: Transaction<DB>,
  table: (typeof TABLES)[number],
  batch: never[],
  cause: unknown,
) {
  for (const row of batch) {
    await sql`SAVEPOINT restore_row`.execute(trx);
    try {
      await trx.insertInto(table).values(row).execute();
      await sql`RELEASE SAVEPOINT restore_row`.execute(trx);
    } catch (error) {
      await sql`ROLLBACK TO SAVEPOINT restore_row`.execute(trx);
      const id = (row as Record<string, unknown>).id ?? JSON.stringify(row).slice(0, 120);
      return new Error(`restore failed at table ${table}, row ${id}: ${(error as Error).message}`);
    }
  }
  return new Error(`restore failed at table ${table}: ${(cause as Error).message}`);
}

// Attachments are bytes: JSON carries them as base64, marked so that text is never mistaken for them.
function encodeBytes(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row))
    out[k] = v instanceof Uint8Array ? { $base64: Buffer.from(v).toString('base64') } : v;
  return out;
}

function decodeBytes(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    const encoded =
      v !== null && typeof v === 'object' && '$base64' in v ? (v as { $base64: unknown }).$base64 : undefined;
    out[k] = typeof encoded === 'string' ? Buffer.from(encoded, 'base64') : v;
  }
  return out;
}

function parentsFirst(rows: Record<string, unknown>[]): Record<string, unknown>[] {
  const byId = new Map(rows.map((r) => [r.id as string, r]));
  const depth = (r: Record<string, unknown>): number => {
    let d = 0;
    for (let p = r.parent_id as string | null; p; p = (byId.get(p)?.parent_id as string | null) ?? null) d++;
    return d;
  };
  return [...rows].sort((a, b) => depth(a) - depth(b));
}
