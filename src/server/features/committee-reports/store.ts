import type { Kysely, Transaction } from 'kysely';
import { guardedUpdate } from '#db/guarded-update.ts';
import type { DB } from '#db/schema.ts';

type Q = Kysely<DB> | Transaction<DB>;
export type Draft = DB['committee_report_draft'];

/** The officer's text of a committee's report of one period ("2026-Q3", "2026"), if any was saved. */
export function findDraft(db: Q, committeeId: string, period: string) {
  return db
    .selectFrom('committee_report_draft')
    .selectAll()
    .where('committee_id', '=', committeeId)
    .where('period', '=', period)
    .executeTakeFirst();
}

/** The first save of a period's text; false when another officer's first save won the race (unique period). */
export async function insertDraft(db: Q, row: Draft): Promise<boolean> {
  const result = await db
    .insertInto('committee_report_draft')
    .values(row)
    .onConflict((oc) => oc.columns(['committee_id', 'period']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

/** A later save, only while the row is still the version the editor read (db/guarded-update.ts). */
export function updateDraft(db: Q, id: string, patch: Partial<Draft>, readUpdatedAt: string) {
  return guardedUpdate(db, 'committee_report_draft', { column: 'id', value: id }, patch, readUpdatedAt);
}
