import { type Kysely, sql, type Transaction } from 'kysely';
import type { DB, OrgUnit } from '#db/schema.ts';

type Q = Kysely<DB> | Transaction<DB>;

export function findUnit(db: Q, id: string): Promise<OrgUnit | undefined> {
  return db.selectFrom('org_unit').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listUnitsByIds(db: Q, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('org_unit')
    .select(['id', 'name', 'kind', 'created_at'])
    .where('id', 'in', ids)
    .execute();
}

const COUNTED = ['official', 'probationary', 'exempt', 'staff'] as const;

/**
 * Units with their head counts: members count where they live, in the cell (home unit) and in their group.
 * Two indexed lookups added (person_unit_idx, person_group_idx), not `unit_id = ? OR group_id = ?`, which
 * reads every person row (issue 20); a person whose group were their home unit is counted once.
 */
function unitsWithCounts(db: Q) {
  return db
    .selectFrom('org_unit as u')
    .selectAll('u')
    .select((eb) => [
      eb(
        eb
          .selectFrom('person as p')
          .select(sql<number>`count(*)`.as('n'))
          .whereRef('p.unit_id', '=', 'u.id')
          .where('p.status', 'in', COUNTED),
        '+',
        eb
          .selectFrom('person as p')
          .select(sql<number>`count(*)`.as('n'))
          .whereRef('p.group_id', '=', 'u.id')
          .whereRef('p.unit_id', '!=', 'u.id')
          .where('p.status', 'in', COUNTED),
      ).as('member_count'),
    ])
    .orderBy('u.name');
}

/** Every unit in the subtrees under the given roots (or all units when roots is 'all'), with head counts. */
export function listUnitsUnder(db: Q, roots: readonly string[] | 'all') {
  if (roots === 'all') return unitsWithCounts(db).execute();
  if (roots.length === 0) return Promise.resolve([]);
  return unitsWithCounts(db)
    .where((eb) =>
      eb(
        'u.id',
        'in',
        eb.selectFrom('org_closure').select('descendant_id').where('ancestor_id', 'in', roots),
      ),
    )
    .execute();
}

/** The units directly under a unit (a committee's cells and committees), by name. */
export function listChildren(db: Q, id: string) {
  return db
    .selectFrom('org_unit')
    .select(['id', 'name', 'kind', 'created_at'])
    .where('parent_id', '=', id)
    .orderBy('name')
    .execute();
}

/** A unit and its direct children with head counts: the unit page reads no deeper than that. */
export function listUnitAndChildren(db: Q, id: string) {
  return unitsWithCounts(db)
    .where((eb) => eb.or([eb('u.id', '=', id), eb('u.parent_id', '=', id)]))
    .execute();
}

export async function insertUnit(db: Q, row: DB['org_unit'], parentChain: readonly string[]) {
  await db.insertInto('org_unit').values(row).execute();
  await db
    .insertInto('org_closure')
    .values([
      { ancestor_id: row.id, descendant_id: row.id, depth: 0 },
      ...parentChain.map((ancestor, i) => ({ ancestor_id: ancestor, descendant_id: row.id, depth: i + 1 })),
    ])
    .execute();
}

export async function updateUnit(db: Q, id: string, patch: Partial<DB['org_unit']>) {
  await db.updateTable('org_unit').set(patch).where('id', '=', id).execute();
}

/** The unit and everything under it, with depth below the unit. */
export function listSubtree(db: Q, id: string) {
  return db
    .selectFrom('org_closure')
    .select(['descendant_id', 'depth'])
    .where('ancestor_id', '=', id)
    .execute();
}

/**
 * Re-hangs a subtree under a new parent: links to the old ancestors go, links to every new ancestor
 * are added for every node of the subtree.
 */
export async function moveSubtree(db: Q, id: string, newParentChain: readonly string[]) {
  const subtree = await listSubtree(db, id);
  const nodeIds = subtree.map((s) => s.descendant_id);
  await db
    .deleteFrom('org_closure')
    .where('descendant_id', 'in', nodeIds)
    .where('ancestor_id', 'not in', nodeIds)
    .execute();
  const rows = newParentChain.flatMap((ancestor, i) =>
    subtree.map((node) => ({
      ancestor_id: ancestor,
      descendant_id: node.descendant_id,
      depth: i + 1 + node.depth,
    })),
  );
  if (rows.length > 0) await db.insertInto('org_closure').values(rows).execute();
  await db
    .updateTable('org_unit')
    .set({ parent_id: newParentChain[0] ?? null })
    .where('id', '=', id)
    .execute();
}

export async function countPeopleInGroup(db: Q, groupId: string): Promise<number> {
  const row = await db
    .selectFrom('person')
    .select(sql<number>`count(*)`.as('n'))
    .where('group_id', '=', groupId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function countDependants(db: Q, id: string): Promise<number> {
  const [children, people, grouped, roles, periods] = await Promise.all([
    db
      .selectFrom('org_unit')
      .select(sql<number>`count(*)`.as('n'))
      .where('parent_id', '=', id)
      .executeTakeFirst(),
    db
      .selectFrom('person')
      .select(sql<number>`count(*)`.as('n'))
      .where('unit_id', '=', id)
      .executeTakeFirst(),
    db
      .selectFrom('person')
      .select(sql<number>`count(*)`.as('n'))
      .where('group_id', '=', id)
      .where('unit_id', '!=', id)
      .executeTakeFirst(),
    db
      .selectFrom('role_assignment')
      .select(sql<number>`count(*)`.as('n'))
      .where('unit_id', '=', id)
      .executeTakeFirst(),
    // History also keeps a unit: a unit that people once belonged to is kept for the record.
    db
      .selectFrom('membership_period')
      .select(sql<number>`count(*)`.as('n'))
      .where('unit_id', '=', id)
      .executeTakeFirst(),
  ]);
  return [children, people, grouped, roles, periods].reduce((sum, row) => sum + Number(row?.n ?? 0), 0);
}

export async function deleteUnit(db: Q, id: string) {
  await db.deleteFrom('org_closure').where('descendant_id', '=', id).execute();
  await db.deleteFrom('org_unit').where('id', '=', id).execute();
}

/** What a document's letterhead names: the unit and the body above it (none for a root committee). */
export async function letterheadData(db: Q, unitId: string) {
  const unit = await db
    .selectFrom('org_unit')
    .select(['name', 'place', 'parent_id'])
    .where('id', '=', unitId)
    .executeTakeFirstOrThrow();
  const parent = unit.parent_id
    ? await db
        .selectFrom('org_unit')
        .select(['name', 'place'])
        .where('id', '=', unit.parent_id)
        .executeTakeFirst()
    : undefined;
  return { cell: { name: unit.name, place: unit.place }, parent: parent ?? null };
}

// --- The committee's oversight (features/oversight): the subtree's cells, by the committee's direct child. ---

/** The committee's direct children that hold cells or are cells: the rows of its oversight table. */
export function listOversightChildren(db: Q, committeeId: string) {
  return db
    .selectFrom('org_unit')
    .select(['id', 'name', 'kind'])
    .where('parent_id', '=', committeeId)
    .where('kind', 'in', ['cell', 'committee'])
    .orderBy('kind')
    .orderBy('name')
    .execute();
}

/**
 * Every cell under the committee, at any depth, with the direct child of the committee it sits under (the
 * cell itself when it hangs directly from the committee) and when it was created: one join of the closure
 * table on the child (`k`: child → cell).
 */
export function listCellsByChild(db: Q, committeeId: string) {
  return db
    .selectFrom('org_unit as child')
    .innerJoin('org_closure as k', 'k.ancestor_id', 'child.id')
    .innerJoin('org_unit as cell', 'cell.id', 'k.descendant_id')
    .select(['cell.id as cell_id', 'cell.created_at', 'child.id as child_id'])
    .where('child.parent_id', '=', committeeId)
    .where('cell.kind', '=', 'cell')
    .execute();
}
