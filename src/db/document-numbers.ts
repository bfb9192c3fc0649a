import { type Kysely, sql, type Transaction } from 'kysely';
import type { LocalDate } from '#domain/dates/local-date.ts';
import { numberingPeriod } from '#domain/documents/numbering.ts';
import type { DB } from './schema.ts';

/**
 * The next number of a kind of document for a unit, in the run (year or term) its date falls in. One upsert
 * statement: concurrent issuers serialise on the counter row (both engines), so a number is never given twice.
 */
export async function nextDocumentNumber(
  db: Kysely<DB> | Transaction<DB>,
  key: { unitId: string; kind: string; issuedOn: LocalDate },
): Promise<number> {
  const unit = await db
    .selectFrom('org_unit')
    .select('numbering_term_from')
    .where('id', '=', key.unitId)
    .executeTakeFirstOrThrow();
  const row = await db
    .insertInto('document_sequence')
    .values({
      unit_id: key.unitId,
      kind: key.kind,
      period: numberingPeriod(key.issuedOn, unit.numbering_term_from),
      last_number: 1,
    })
    .onConflict((oc) =>
      oc
        .columns(['unit_id', 'kind', 'period'])
        .doUpdateSet({ last_number: sql<number>`document_sequence.last_number + 1` }),
    )
    .returning('last_number')
    .executeTakeFirstOrThrow();
  return Number(row.last_number);
}
