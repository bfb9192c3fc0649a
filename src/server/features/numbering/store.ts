import type { Kysely, Transaction } from 'kysely';
import type { DB } from '#db/schema.ts';

type Q = Kysely<DB> | Transaction<DB>;

/** A unit's series in one numbering run (a year "2026" or a term "term:2025-10-15"). */
export function listSeries(db: Q, unitId: string, period: string) {
  return db
    .selectFrom('document_sequence')
    .select(['kind', 'last_number', 'first_number'])
    .where('unit_id', '=', unitId)
    .where('period', '=', period)
    .execute();
}

export function findSeries(db: Q, unitId: string, kind: string, period: string) {
  return db
    .selectFrom('document_sequence')
    .select(['kind', 'last_number', 'first_number'])
    .where('unit_id', '=', unitId)
    .where('kind', '=', kind)
    .where('period', '=', period)
    .executeTakeFirst();
}

/**
 * Sets where a series begins: the counter stands one below the first number, so the next document gets it
 * (nextDocumentNumber's upsert adds one). Insert or update in one statement.
 */
export async function setFirstNumber(
  db: Q,
  key: { unitId: string; kind: string; period: string },
  first: number,
) {
  await db
    .insertInto('document_sequence')
    .values({
      unit_id: key.unitId,
      kind: key.kind,
      period: key.period,
      last_number: first - 1,
      first_number: first,
    })
    .onConflict((oc) =>
      oc.columns(['unit_id', 'kind', 'period']).doUpdateSet({ last_number: first - 1, first_number: first }),
    )
    .execute();
}

/** A committee's signer settings, oldest first (a handful a term). */
export function listSigners(db: Q, unitId: string) {
  return db
    .selectFrom('document_signer')
    .select(['authority', 'title', 'name', 'set_at', 'set_by'])
    .where('unit_id', '=', unitId)
    .orderBy('set_at')
    .orderBy('id')
    .execute();
}

export async function insertSigner(
  db: Q,
  row: {
    id: string;
    unitId: string;
    authority: string;
    title: string;
    name: string;
    setBy: string | null;
    setAt: string;
  },
) {
  await db
    .insertInto('document_signer')
    .values({
      id: row.id,
      unit_id: row.unitId,
      authority: row.authority,
      title: row.title,
      name: row.name,
      set_by: row.setBy,
      set_at: row.setAt,
    })
    .execute();
}
