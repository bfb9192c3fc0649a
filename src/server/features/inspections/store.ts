import type { Kysely, Transaction } from 'kysely';
import type { DB } from '#db/schema.ts';

type Q = Kysely<DB> | Transaction<DB>;

/** An inspection with the names of the units it concerns (unit table joined only to name them). */
function inspectionQuery(db: Q) {
  return db
    .selectFrom('inspection as i')
    .innerJoin('org_unit as c', 'c.id', 'i.cell_id')
    .innerJoin('org_unit as k', 'k.id', 'i.committee_id')
    .selectAll('i')
    .select(['c.name as cell_name', 'k.name as committee_name']);
}
export type InspectionRow = Awaited<ReturnType<typeof findInspection>> & {};

export function findInspection(db: Q, id: string) {
  return inspectionQuery(db).where('i.id', '=', id).executeTakeFirst();
}

/** The inspections planned by a committee or by the committees under it, in a year, by planned date. */
export function listUnderCommittee(db: Q, committeeId: string, year: number | null) {
  let q = inspectionQuery(db)
    .innerJoin('org_closure as oc', 'oc.descendant_id', 'i.committee_id')
    .where('oc.ancestor_id', '=', committeeId);
  if (year !== null) q = q.where('i.year', '=', year);
  return q.orderBy('i.planned_on').orderBy('c.name').execute();
}

/** A cell's inspections (only those whose conclusion is issued, for the cell's own people), newest first. */
export function listOfCell(db: Q, cellId: string, opts: { issuedOnly: boolean; year: number | null }) {
  let q = inspectionQuery(db).where('i.cell_id', '=', cellId);
  if (opts.issuedOnly) q = q.where('i.conclusion_issued_on', 'is not', null);
  if (opts.year !== null) q = q.where('i.year', '=', opts.year);
  return q.orderBy('i.planned_on', 'desc').execute();
}

export function findByCellAndDate(db: Q, cellId: string, plannedOn: string) {
  return db
    .selectFrom('inspection')
    .select('id')
    .where('cell_id', '=', cellId)
    .where('planned_on', '=', plannedOn)
    .executeTakeFirst();
}

export async function insertInspection(db: Q, row: DB['inspection']) {
  await db.insertInto('inspection').values(row).execute();
}

export async function updateInspection(db: Q, id: string, patch: Partial<DB['inspection']>) {
  await db.updateTable('inspection').set(patch).where('id', '=', id).execute();
}

/** A planned inspection withdrawn: its people first (the only rows that point at it before the visit). */
export async function deleteInspection(db: Q, id: string) {
  await db.deleteFrom('inspection_person').where('inspection_id', '=', id).execute();
  await db.deleteFrom('inspection').where('id', '=', id).execute();
}

/** The team and the visitors of some inspections, with their names. */
export function listPeople(db: Q, inspectionIds: readonly string[]) {
  if (inspectionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('inspection_person as ip')
    .innerJoin('person as p', 'p.id', 'ip.person_id')
    .select(['ip.inspection_id', 'ip.part', 'ip.person_id', 'p.full_name'])
    .where('ip.inspection_id', 'in', inspectionIds)
    .orderBy('p.full_name')
    .execute();
}

export async function replacePeople(
  db: Q,
  inspectionId: string,
  part: 'team' | 'visitor',
  personIds: readonly string[],
) {
  await db
    .deleteFrom('inspection_person')
    .where('inspection_id', '=', inspectionId)
    .where('part', '=', part)
    .execute();
  if (personIds.length === 0) return;
  await db
    .insertInto('inspection_person')
    .values([...new Set(personIds)].map((person_id) => ({ inspection_id: inspectionId, person_id, part })))
    .execute();
}

/** The people who hold a role today in the committee: who may be on its inspection team. */
export function listCommitteePeople(db: Q, committeeId: string, today: string) {
  return db
    .selectFrom('role_assignment as r')
    .innerJoin('person as p', 'p.id', 'r.person_id')
    .select(['p.id', 'p.full_name', 'r.role'])
    .where('r.unit_id', '=', committeeId)
    .where('r.started_on', '<=', today)
    .where((w) => w.or([w('r.ended_on', 'is', null), w('r.ended_on', '>', today)]))
    .orderBy('p.full_name')
    .execute();
}

export function listRequests(db: Q, inspectionIds: readonly string[]) {
  if (inspectionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('inspection_request as r')
    .leftJoin('person as a', 'a.id', 'r.answered_by')
    .selectAll('r')
    .select('a.full_name as answered_by_name')
    .where('r.inspection_id', 'in', inspectionIds)
    .orderBy('r.inspection_id')
    .orderBy('r.position')
    .execute();
}
export type RequestRow = Awaited<ReturnType<typeof listRequests>>[number];

export function findRequest(db: Q, id: string) {
  return db.selectFrom('inspection_request').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertRequests(db: Q, rows: readonly DB['inspection_request'][]) {
  if (rows.length === 0) return;
  await db
    .insertInto('inspection_request')
    .values([...rows])
    .execute();
}

export async function updateRequest(db: Q, id: string, patch: Partial<DB['inspection_request']>) {
  await db.updateTable('inspection_request').set(patch).where('id', '=', id).execute();
}

/**
 * The requests still to be answered by cells where the person is secretary or deputy today: issued
 * inspections only (the home's to-do).
 */
export function listOpenRequestsFor(db: Q, personId: string, today: string) {
  return db
    .selectFrom('inspection_request as r')
    .innerJoin('inspection as i', 'i.id', 'r.inspection_id')
    .innerJoin('org_unit as c', 'c.id', 'i.cell_id')
    .innerJoin('org_unit as k', 'k.id', 'i.committee_id')
    .innerJoin('role_assignment as ra', 'ra.unit_id', 'i.cell_id')
    .select([
      'r.id',
      'r.text',
      'r.due_on',
      'i.id as inspection_id',
      'i.cell_id',
      'c.name as cell_name',
      'k.name as committee_name',
    ])
    .distinct()
    .where('ra.person_id', '=', personId)
    .where('ra.role', 'in', ['secretary', 'deputy'])
    .where('ra.started_on', '<=', today)
    .where((w) => w.or([w('ra.ended_on', 'is', null), w('ra.ended_on', '>', today)]))
    .where('i.conclusion_issued_on', 'is not', null)
    .where('r.status', '=', 'open')
    .orderBy('r.due_on')
    .execute();
}

/** The cells under a committee (any depth), by name: what its inspection plan may name. */
export function listCellsUnder(db: Q, committeeId: string) {
  return db
    .selectFrom('org_unit as u')
    .innerJoin('org_closure as oc', 'oc.descendant_id', 'u.id')
    .select(['u.id', 'u.name'])
    .where('oc.ancestor_id', '=', committeeId)
    .where('u.kind', '=', 'cell')
    .orderBy('u.name')
    .execute();
}
