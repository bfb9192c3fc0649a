import { type Kysely, sql, type Transaction } from 'kysely';
import type { DB } from './schema.ts';

/**
 * The next number of a kind of document for a unit and year. One upsert statement: concurrent issuers
 * serialise on the counter row (both engines), so a number is never given twice.
 */
export async function nextDocumentNumber(
  db: Kysely<DB> | Transaction<DB>,
  key: { unitId: string; kind: string; year: number },
): Promise<number> {
  const row = await db
    .insertInto('document_counter')
    .values({ unit_id: key.unitId, kind: key.kind, year: key.year, last_number: 1 })
    .onConflict((oc) =>
      oc
        .columns(['unit_id', 'kind', 'year'])
        .doUpdateSet({ last_number: sql<number>`document_counter.last_number + 1` }),
    )
    .returning('last_number')
    .executeTakeFirstOrThrow();
  return Number(row.last_number);
}
