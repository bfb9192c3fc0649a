import type { Kysely } from 'kysely';
import type { DB } from '../schema.ts';
import { rebuildUnitNames } from '../unit-names.ts';

/**
 * The pickers' search of units (issue 20, "load the tree by level"): `org_unit_name`, one row per unit with its
 * name folded (no tones, đ → d, lower case: domain/text/fold.ts), so that "chi bo thon 3" finds "Chi bộ thôn 3"
 * on both engines. Derived from `org_unit` (kept in step by the orgs store, rebuilt after a restore, not backed
 * up); indexed on the folded name for prefix matches. Filled from the existing units.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('org_unit_name')
    .addColumn('unit_id', 'text', (c) => c.primaryKey().references('org_unit.id'))
    .addColumn('name_folded', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('org_unit_name_folded_idx')
    .on('org_unit_name')
    .columns(['name_folded'])
    .execute();
  await rebuildUnitNames(db as Kysely<DB>);
}
