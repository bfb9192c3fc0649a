import type { Kysely, Transaction } from 'kysely';
import { refreshMembershipActivity } from '#db/activity-summaries.ts';
import type { DB, Person } from '#db/schema.ts';
import { reindex } from '#db/search-index.ts';
import type { MemberStatus } from '#domain/members/member-status.ts';
import { invalidateActor } from '../../auth/actor-cache.ts';

type Q = Kysely<DB> | Transaction<DB>;

export function findPerson(db: Q, id: string): Promise<Person | undefined> {
  return db.selectFrom('person').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findPersonByCard(db: Q, cardNumber: string) {
  return db.selectFrom('person').select('id').where('card_number', '=', cardNumber).executeTakeFirst();
}

export async function insertPerson(db: Q, row: DB['person']) {
  await db.insertInto('person').values(row).execute();
  await reindex(db, 'person', row.id);
}

export async function updatePerson(db: Q, id: string, patch: Partial<DB['person']>) {
  await db.updateTable('person').set(patch).where('id', '=', id).execute();
  // Status and home unit make the person's grants (member, staff): their sessions load them again.
  invalidateActor(id);
  // The search index follows the name and the home unit, in the same transaction.
  await reindex(db, 'person', id);
}

export async function openPeriod(db: Q, row: DB['membership_period']) {
  await db.insertInto('membership_period').values(row).execute();
  // Who was expected at the unit's ended meetings from that day on (db/activity-summaries.ts).
  await refreshMembershipActivity(db, row.unit_id, row.started_on);
}

export async function closeOpenPeriod(db: Q, personId: string, endedOn: string) {
  const open = await db
    .selectFrom('membership_period')
    .select('unit_id')
    .where('person_id', '=', personId)
    .where('ended_on', 'is', null)
    .execute();
  await db
    .updateTable('membership_period')
    .set({ ended_on: endedOn })
    .where('person_id', '=', personId)
    .where('ended_on', 'is', null)
    .execute();
  for (const unitId of new Set(open.map((p) => p.unit_id)))
    await refreshMembershipActivity(db, unitId, endedOn);
}

export function findOpenPeriod(db: Q, personId: string) {
  return db
    .selectFrom('membership_period')
    .select(['id', 'started_on'])
    .where('person_id', '=', personId)
    .where('ended_on', 'is', null)
    .executeTakeFirst();
}

export function listPeriods(db: Q, personId: string) {
  return db
    .selectFrom('membership_period as m')
    .innerJoin('org_unit as u', 'u.id', 'm.unit_id')
    .select(['m.id', 'm.unit_id', 'u.name as unit_name', 'm.status', 'm.started_on', 'm.ended_on', 'm.note'])
    .where('m.person_id', '=', personId)
    .orderBy('m.started_on', 'desc')
    .orderBy('m.recorded_at', 'desc')
    .execute();
}

export interface MemberFilter {
  status?: MemberStatus;
  q?: string;
  /** 'subtree': everyone under the unit (a committee picking its officers), not only its own roster. */
  scope?: 'unit' | 'subtree';
  /** Whether the reader may see card numbers: only then does the search look into them. */
  byCardNumber?: boolean;
}

/** The roster of a unit: people whose home is the unit, or (for a party group) who sit in the group. */
export function listMembersOfUnit(db: Q, unitId: string, filter: MemberFilter) {
  let query = db
    .selectFrom('person as p')
    .innerJoin('org_unit as u', 'u.id', 'p.unit_id')
    .leftJoin('org_unit as g', 'g.id', 'p.group_id')
    .selectAll('p')
    .select(['u.name as unit_name', 'g.name as group_name'])
    .where((eb) =>
      filter.scope === 'subtree'
        ? eb(
            'p.unit_id',
            'in',
            eb.selectFrom('org_closure').select('descendant_id').where('ancestor_id', '=', unitId),
          )
        : eb.or([eb('p.unit_id', '=', unitId), eb('p.group_id', '=', unitId)]),
    )
    .orderBy('p.name_folded');
  if (filter.status) query = query.where('p.status', '=', filter.status);
  else query = query.where('p.status', '!=', 'transferred_out');
  if (filter.q) {
    // The query arrives folded (no tones, lower case); card numbers and phones are digits either way.
    const pattern = `%${filter.q.replace(/[%_]/g, '')}%`;
    query = query.where((eb) =>
      eb.or([
        eb('p.name_folded', 'like', pattern),
        eb('p.phone', 'like', pattern),
        ...(filter.byCardNumber ? [eb('p.card_number', 'like', pattern)] : []),
      ]),
    );
  }
  return query.execute();
}

export function findPersonWithUnits(db: Q, id: string) {
  return db
    .selectFrom('person as p')
    .innerJoin('org_unit as u', 'u.id', 'p.unit_id')
    .leftJoin('org_unit as g', 'g.id', 'p.group_id')
    .selectAll('p')
    .select(['u.name as unit_name', 'g.name as group_name'])
    .where('p.id', '=', id)
    .executeTakeFirst();
}

/** Roles held today by each of the given people: one query for a whole roster. */
export function listCurrentRoles(db: Q, personIds: readonly string[], today: string) {
  if (personIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('role_assignment')
    .select(['person_id', 'role', 'unit_id'])
    .where('person_id', 'in', personIds)
    .where('started_on', '<=', today)
    .where((eb) => eb.or([eb('ended_on', 'is', null), eb('ended_on', '>', today)]))
    .execute();
}

/** How many official members the cell has today (the approving role depends on it). */
export async function countOfficialMembers(db: Q, cellId: string): Promise<number> {
  const row = await db
    .selectFrom('person')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('unit_id', '=', cellId)
    .where('status', '=', 'official')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * The membership periods in a unit that overlap a year (from..to, local days), with the person's name: who was
 * a member of the cell during the year, for the year-end review (one query for the whole cell).
 */
export function periodsInUnitDuring(db: Q, unitId: string, from: string, to: string) {
  return db
    .selectFrom('membership_period as mp')
    .innerJoin('person as p', 'p.id', 'mp.person_id')
    .select(['mp.person_id', 'p.full_name', 'p.name_folded', 'mp.status', 'mp.started_on', 'mp.ended_on'])
    .where('mp.unit_id', '=', unitId)
    .where('mp.started_on', '<=', to)
    .where((eb) => eb.or([eb('mp.ended_on', 'is', null), eb('mp.ended_on', '>', from)]))
    .where('mp.status', '!=', 'staff')
    .orderBy('p.name_folded')
    .orderBy('mp.started_on')
    .execute();
}
