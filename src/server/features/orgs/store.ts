import { type ExpressionBuilder, type Kysely, sql, type Transaction } from 'kysely';

import { refreshCommitteeRollups, refreshRollupsOfCells, WHOLE_ONLY } from '#db/committee-rollups.ts';
import { changeDeadlinesUnder } from '#db/rollup-judging.ts';
import type { DB, OrgUnit } from '#db/schema.ts';
import { foldText } from '#domain/text/fold.ts';
import { invalidateAllActors } from '../../auth/actor-cache.ts';

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
    .select((eb) => [memberCount(eb)])
    .orderBy('u.name');
}

/**
 * Every unit in the subtrees under the given roots (or all units when roots is 'all'), with head counts: the flat
 * list `GET /orgs` answered before the tree was loaded by level (issue 20); the benchmark's "before" figure.
 */
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

/** A unit's head count: its members by home unit, plus those whose group it is (`unitsWithCounts`'s rule). */
function memberCount(eb: ExpressionBuilder<DB & { u: DB['org_unit'] }, 'u'>) {
  return eb(
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
  ).as('member_count');
}

/**
 * One level of the tree (issue 20): only the columns a tree row shows (the settings come with `GET /orgs/{id}`),
 * with head counts and how many units sit directly under each — the statement the benchmark's floor runs. The
 * counts stay one indexed lookup per unit and kind: counting the level at once in grouped statements joined to
 * it was measured 2.5× slower on SQLite (the grouped count over `person` did not use the per-unit index).
 */
function treeLevel(db: Q) {
  return db
    .selectFrom('org_unit as u')
    .select(['u.id', 'u.parent_id', 'u.kind', 'u.name'])
    .select((eb) => [
      memberCount(eb),
      eb
        .selectFrom('org_unit as k')
        .select(sql<number>`count(*)`.as('n'))
        .whereRef('k.parent_id', '=', 'u.id')
        .as('child_count'),
    ])
    .orderBy('u.name');
}

/**
 * The tops of what the actor sees (issue 20, the tree by level): every root unit for an administrator, else the
 * units where they hold a grant that no other of their grant units holds beneath it.
 */
export async function visibleTops(db: Q, grantUnits: readonly string[] | 'all'): Promise<string[]> {
  if (grantUnits === 'all') {
    const roots = await db.selectFrom('org_unit').select('id').where('parent_id', 'is', null).execute();
    return roots.map((r) => r.id);
  }
  if (grantUnits.length === 0) return [];
  const nested = await db
    .selectFrom('org_closure')
    .select('descendant_id')
    .where('descendant_id', 'in', grantUnits)
    .where('ancestor_id', 'in', grantUnits)
    .where('depth', '>', 0)
    .execute();
  const below = new Set(nested.map((n) => n.descendant_id));
  return grantUnits.filter((id) => !below.has(id));
}

/** The given units and the units directly under them, with head and child counts: the tree's first screen. */
export function listUnitsAndChildren(db: Q, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return treeLevel(db)
    .where((eb) => eb.or([eb('u.id', 'in', ids), eb('u.parent_id', 'in', ids)]))
    .execute();
}

/** The units directly under one unit, with head and child counts: one level of the tree. */
export function listChildUnits(db: Q, parentId: string) {
  return treeLevel(db).where('u.parent_id', '=', parentId).execute();
}

export interface UnitSearch {
  /** Units under these (themselves included), or every unit. */
  within: readonly string[] | 'all';
  /** The query, folded; every word must appear in the folded name. */
  q: string;
  kind?: OrgUnit['kind'];
  /** Strictly under this unit. */
  under?: string;
  /** Not this unit nor anything under it. */
  exclude?: string;
  limit: number;
}

const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The pickers' search over the folded names (migration 0037): the units whose name holds every word of the query,
 * those whose name starts with the query first, then those where a word starts with it, then the rest, by name.
 */
export function searchUnits(db: Q, search: UnitSearch) {
  const q = foldText(search.q);
  const words = q.split(' ').filter((w) => w.length > 0);
  let query = db
    .selectFrom('org_unit as u')
    .innerJoin('org_unit_name as f', 'f.unit_id', 'u.id')
    .select(['u.id', 'u.name', 'u.kind', 'u.parent_id']);
  const { within, under, exclude, kind } = search;
  if (within !== 'all') {
    if (within.length === 0) return Promise.resolve([]);
    query = query.where('u.id', 'in', (eb) =>
      eb.selectFrom('org_closure').select('descendant_id').where('ancestor_id', 'in', within),
    );
  }
  if (under !== undefined)
    query = query.where('u.id', 'in', (eb) =>
      eb
        .selectFrom('org_closure')
        .select('descendant_id')
        .where('ancestor_id', '=', under)
        .where('depth', '>', 0),
    );
  if (exclude !== undefined)
    query = query.where('u.id', 'not in', (eb) =>
      eb.selectFrom('org_closure').select('descendant_id').where('ancestor_id', '=', exclude),
    );
  if (kind !== undefined) query = query.where('u.kind', '=', kind);
  for (const word of words)
    query = query.where(sql<boolean>`f.name_folded LIKE ${`%${likeEscape(word)}%`} ESCAPE '\\'`);
  // Ranked only when there is a query (a bare `ORDER BY 0` would name a column on SQLite).
  if (q !== '')
    query = query.orderBy(
      sql<number>`CASE WHEN f.name_folded LIKE ${`${likeEscape(q)}%`} ESCAPE '\\' THEN 0 WHEN f.name_folded LIKE ${`% ${likeEscape(q)}%`} ESCAPE '\\' THEN 1 ELSE 2 END`,
    );
  return query.orderBy('f.name_folded').orderBy('u.id').limit(search.limit).execute();
}

/** The names of the units' ancestors up to `levels` above, nearest first: how a picker tells namesakes apart. */
export async function ancestorNames(
  db: Q,
  ids: readonly string[],
  levels: number,
): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return result;
  const rows = await db
    .selectFrom('org_closure as c')
    .innerJoin('org_unit as a', 'a.id', 'c.ancestor_id')
    .select(['c.descendant_id', 'c.depth', 'a.name'])
    .where('c.descendant_id', 'in', ids)
    .where('c.depth', '>', 0)
    .where('c.depth', '<=', levels)
    .orderBy('c.depth')
    .execute();
  for (const row of rows) result.get(row.descendant_id)?.push(row.name);
  return result;
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
    .insertInto('org_unit_name')
    .values({ unit_id: row.id, name_folded: foldText(row.name) })
    .execute();
  await db
    .insertInto('org_closure')
    .values([
      { ancestor_id: row.id, descendant_id: row.id, depth: 0 },
      ...parentChain.map((ancestor, i) => ({ ancestor_id: ancestor, descendant_id: row.id, depth: i + 1 })),
    ])
    .execute(); // A new cell counts in its committee's figures from the day it was created (db/committee-rollups.ts).
  if (row.kind === 'cell') await refreshRollupsOfCells(db, [row.id], WHOLE_ONLY);
}

export async function updateUnit(db: Q, id: string, patch: Partial<DB['org_unit']>) {
  await db.updateTable('org_unit').set(patch).where('id', '=', id).execute();
  // `/auth/me`, kept with each cached session, names the units of its roles and their kinds (auth/me.ts).
  if (patch.name !== undefined || patch.kind !== undefined) invalidateAllActors();
  if (patch.name !== undefined)
    await db
      .updateTable('org_unit_name')
      .set({ name_folded: foldText(patch.name) })
      .where('unit_id', '=', id)
      .execute();
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
  const before = await db
    .selectFrom('org_unit')
    .select(['kind', 'parent_id'])
    .where('id', '=', id)
    .executeTakeFirst();
  const move = async () => {
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
  };
  // The committee roll-ups: a cell's figures leave one committee for another (both recomputed in one call, locked
  // in id order); a committee's whole subtree keeps its cells but works under the deadlines of its new chain,
  // judged anew where they moved (db/rollup-judging.ts).
  if (before?.kind !== 'cell') return changeDeadlinesUnder(db, id, undefined, move);
  await move();
  await refreshCommitteeRollups(
    db,
    [before.parent_id, newParentChain[0]].flatMap((p) => (p ? [p] : [])),
  );
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
  const before = await db
    .selectFrom('org_unit')
    .select(['kind', 'parent_id'])
    .where('id', '=', id)
    .executeTakeFirst();
  await db.deleteFrom('org_closure').where('descendant_id', '=', id).execute();
  await db.deleteFrom('org_unit_name').where('unit_id', '=', id).execute();
  await db.deleteFrom('org_unit').where('id', '=', id).execute();
  if (before?.kind === 'cell' && before.parent_id) await refreshCommitteeRollups(db, [before.parent_id]);
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
