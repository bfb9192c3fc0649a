import type { Kysely, Transaction } from 'kysely';
import type { DB } from '#db/schema.ts';
import { SUPPORT_ASSIGNEE_ROLES } from '#domain/support/support.ts';

type Q = Kysely<DB> | Transaction<DB>;

/** A record with the names of the people it mentions (person and role tables joined only to name them). */
function recordQuery(db: Q) {
  return db
    .selectFrom('cell_support as s')
    .innerJoin('org_unit as u', 'u.id', 's.cell_id')
    .innerJoin('person as a', 'a.id', 's.assignee_id')
    .leftJoin('person as m', 'm.id', 's.marked_by')
    .leftJoin('person as e', 'e.id', 's.ended_by')
    .select([
      's.id',
      's.cell_id',
      'u.name as cell_name',
      's.reason',
      's.assignee_id',
      'a.full_name as assignee_name',
      's.started_on',
      's.marked_by',
      'm.full_name as marked_by_name',
      's.marked_at',
      's.ended_on',
      's.end_note',
      's.ended_by',
      'e.full_name as ended_by_name',
      's.updated_at',
    ])
    .select((eb) => [
      eb
        .selectFrom('support_entry as v')
        .whereRef('v.support_id', '=', 's.id')
        .select((x) => x.fn.max('v.on_date').as('d'))
        .as('last_entry_on'),
      eb
        .selectFrom('support_entry as v')
        .whereRef('v.support_id', '=', 's.id')
        .select((x) => x.fn.countAll().as('n'))
        .as('entry_count'),
    ]);
}
export type SupportRow = Awaited<ReturnType<typeof findSupport>> & {};

export function findSupport(db: Q, id: string) {
  return recordQuery(db).where('s.id', '=', id).executeTakeFirst();
}

/** A cell's records, the open one first, then the ended ones newest first. */
export function listSupportsOfCell(db: Q, cellId: string) {
  return recordQuery(db)
    .where('s.cell_id', '=', cellId)
    .orderBy('s.started_on', 'desc')
    .orderBy('s.marked_at', 'desc')
    .execute();
}

/** The open records of the cells under a committee (any depth), by cell name. */
export function listOpenUnder(db: Q, committeeId: string) {
  return recordQuery(db)
    .innerJoin('org_closure as c', 'c.descendant_id', 's.cell_id')
    .where('c.ancestor_id', '=', committeeId)
    .where('s.ended_on', 'is', null)
    .orderBy('u.name')
    .execute();
}

export function findOpenSupportOfCell(db: Q, cellId: string) {
  return db
    .selectFrom('cell_support')
    .selectAll()
    .where('cell_id', '=', cellId)
    .where('ended_on', 'is', null)
    .executeTakeFirst();
}

/** The open records a person is assigned to, with the cell's name (their home's to-do, the preparation rule). */
export function listOpenAssignedTo(db: Q, personId: string) {
  return db
    .selectFrom('cell_support as s')
    .innerJoin('org_unit as u', 'u.id', 's.cell_id')
    .select(['s.id', 's.cell_id', 'u.name as cell_name', 's.reason', 's.started_on'])
    .where('s.assignee_id', '=', personId)
    .where('s.ended_on', 'is', null)
    .orderBy('u.name')
    .execute();
}

export async function insertSupport(db: Q, row: DB['cell_support']) {
  await db.insertInto('cell_support').values(row).execute();
}

export async function updateSupport(db: Q, id: string, patch: Partial<DB['cell_support']>) {
  await db.updateTable('cell_support').set(patch).where('id', '=', id).execute();
}

export function listEntries(db: Q, supportIds: readonly string[]) {
  if (supportIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('support_entry as v')
    .leftJoin('person as p', 'p.id', 'v.recorded_by')
    .select([
      'v.id',
      'v.support_id',
      'v.kind',
      'v.on_date',
      'v.findings',
      'v.advice',
      'v.recorded_by',
      'p.full_name as recorded_by_name',
      'v.created_at',
    ])
    .where('v.support_id', 'in', supportIds)
    .orderBy('v.on_date', 'desc')
    .orderBy('v.created_at', 'desc')
    .execute();
}

export async function insertEntry(db: Q, row: DB['support_entry']) {
  await db.insertInto('support_entry').values(row).execute();
}

/** The roles a person holds today in some of these units (eligibility of an assignee). */
export function rolesHeldIn(db: Q, personId: string, unitIds: readonly string[], today: string) {
  if (unitIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('role_assignment')
    .select(['unit_id as unitId', 'role'])
    .where('person_id', '=', personId)
    .where('unit_id', 'in', unitIds)
    .where('started_on', '<=', today)
    .where((w) => w.or([w('ended_on', 'is', null), w('ended_on', '>', today)]))
    .execute();
}

/** Who may be assigned to follow a cell: holders today of the assignee roles in the committees above it. */
export function listCandidates(db: Q, committeeIds: readonly string[], today: string) {
  if (committeeIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('role_assignment as r')
    .innerJoin('person as p', 'p.id', 'r.person_id')
    .innerJoin('org_unit as u', 'u.id', 'r.unit_id')
    .select(['p.id', 'p.full_name', 'r.role', 'u.name as unit_name'])
    .where('r.unit_id', 'in', committeeIds)
    .where('r.role', 'in', SUPPORT_ASSIGNEE_ROLES)
    .where('r.started_on', '<=', today)
    .where((w) => w.or([w('r.ended_on', 'is', null), w('r.ended_on', '>', today)]))
    .orderBy('p.full_name')
    .execute();
}
