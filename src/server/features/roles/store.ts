import type { Kysely, Transaction } from 'kysely';
import type { DB } from '#db/schema.ts';
import type { Role } from '#domain/authz/roles.ts';
import { invalidateActor } from '../../auth/actor-cache.ts';

type Q = Kysely<DB> | Transaction<DB>;

const roleColumns = [
  'r.id',
  'r.person_id',
  'p.full_name as person_name',
  'r.unit_id',
  'u.name as unit_name',
  'r.role',
  'r.started_on',
  'r.ended_on',
] as const;

function rolesQuery(db: Q) {
  return db
    .selectFrom('role_assignment as r')
    .innerJoin('person as p', 'p.id', 'r.person_id')
    .innerJoin('org_unit as u', 'u.id', 'r.unit_id')
    .select(roleColumns);
}

export type RoleRow = Awaited<ReturnType<typeof findRole>> & {};

export function findRole(db: Q, id: string) {
  return rolesQuery(db).where('r.id', '=', id).executeTakeFirst();
}

/** Holders of roles in a unit: open assignments only, or the whole history. */
export function listRolesOfUnit(db: Q, unitId: string, withHistory: boolean) {
  let query = rolesQuery(db).where('r.unit_id', '=', unitId);
  if (!withHistory) query = query.where('r.ended_on', 'is', null);
  return query.orderBy('r.started_on', 'desc').execute();
}

export function listRolesOfPerson(db: Q, personId: string) {
  return rolesQuery(db).where('r.person_id', '=', personId).orderBy('r.started_on', 'desc').execute();
}

export function listOpenAssignments(db: Q, unitId: string, role: Role) {
  return db
    .selectFrom('role_assignment')
    .selectAll()
    .where('unit_id', '=', unitId)
    .where('role', '=', role)
    .where('ended_on', 'is', null)
    .execute();
}

export async function insertRole(db: Q, row: DB['role_assignment']) {
  await db.insertInto('role_assignment').values(row).execute();
  // The holder's signed-in sessions learn the new role on their next request.
  invalidateActor(row.person_id);
}

export async function endRole(db: Q, id: string, endedOn: string) {
  const ended = await db
    .updateTable('role_assignment')
    .set({ ended_on: endedOn })
    .where('id', '=', id)
    .returning('person_id')
    .executeTakeFirst();
  // A role ended (or ending on a later day) is refused on the holder's very next request.
  if (ended) invalidateActor(ended.person_id);
}

/** Open roles a person holds in any of the given units, or in any unit at all. */
export function listOpenRolesOf(db: Q, personId: string, unitIds: readonly string[] | 'all') {
  if (unitIds !== 'all' && unitIds.length === 0) return Promise.resolve([]);
  let query = db
    .selectFrom('role_assignment')
    .selectAll()
    .where('person_id', '=', personId)
    .where('ended_on', 'is', null);
  if (unitIds !== 'all') query = query.where('unit_id', 'in', unitIds);
  return query.execute();
}

/** The name of the unit's secretary in office on a day, who signs for the unit; null when there is none. */
export async function secretaryNameOn(db: Q, unitId: string, day: string): Promise<string | null> {
  const row = await db
    .selectFrom('role_assignment as r')
    .innerJoin('person as p', 'p.id', 'r.person_id')
    .select('p.full_name')
    .where('r.unit_id', '=', unitId)
    .where('r.role', '=', 'secretary')
    .where('r.started_on', '<=', day)
    .where((eb) => eb.or([eb('r.ended_on', 'is', null), eb('r.ended_on', '>', day)]))
    .executeTakeFirst();
  return row?.full_name ?? null;
}

/** The person a role would go to: where they belong and their status, which decide whether they may hold it. */
export function findCandidate(db: Q, personId: string) {
  return db
    .selectFrom('person')
    .select(['id', 'unit_id', 'group_id', 'status'])
    .where('id', '=', personId)
    .executeTakeFirst();
}
