import type { Kysely, Transaction } from 'kysely';
import { foldText } from '#domain/text/fold.ts';
import type { DB } from './schema.ts';

type Q = Kysely<DB> | Transaction<DB>;

/**
 * Recomputes `org_unit_name` (the folded unit names the pickers search, migration 0037) from `org_unit`: after
 * the migration, a restore and the benchmark's generator, which write units without the orgs store.
 */
export async function rebuildUnitNames(db: Q): Promise<number> {
  await db.deleteFrom('org_unit_name').execute();
  const units = await db.selectFrom('org_unit').select(['id', 'name']).execute();
  // Batches stay under SQLite's bound-parameter limit.
  for (let i = 0; i < units.length; i += 400) {
    const rows = units.slice(i, i + 400).map((u) => ({ unit_id: u.id, name_folded: foldText(u.name) }));
    await db.insertInto('org_unit_name').values(rows).execute();
  }
  return units.length;
}
