import type { Kysely, Transaction } from 'kysely';
import { fixedQuery } from '#db/fixed-query.ts';
import type { DB } from '#db/schema.ts';

type Q = Kysely<DB> | Transaction<DB>;

/** The unit and its ancestors, nearest first: one indexed closure-table lookup. Empty if unknown. */
export async function unitChain(db: Q, unitId: string): Promise<string[]> {
  const rows = await ancestorsOf(db, unitId);
  return rows.map((r) => r.ancestor_id);
}

// Every authorised request runs it: built and compiled once (db/fixed-query.ts, issue 20).
const ancestorsOf = fixedQuery((db: Kysely<DB>, unitId: string) =>
  db.selectFrom('org_closure').select('ancestor_id').where('descendant_id', '=', unitId).orderBy('depth'),
);

/** Whether any of these units lies under (or is) the ancestor: one closure-table probe. */
export async function anyUnder(db: Q, ancestorId: string, unitIds: readonly string[]): Promise<boolean> {
  if (unitIds.length === 0) return false;
  const row = await db
    .selectFrom('org_closure')
    .select('descendant_id')
    .where('ancestor_id', '=', ancestorId)
    .where('descendant_id', 'in', unitIds)
    .executeTakeFirst();
  return row !== undefined;
}
