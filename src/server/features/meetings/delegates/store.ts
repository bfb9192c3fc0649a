/**
 * The committee's delegates to its cells' meetings (seed 000: "đại biểu cấp ủy cấp trên dự"): its calendar of
 * the subtree's meetings and the registrations, rows of `meeting_guest` linked to a person.
 */
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '#db/schema.ts';

type Q = Kysely<DB> | Transaction<DB>;

/** At most this many meetings in one answer of the calendar (a province's quarter is paged by month). */
export const CALENDAR_LIMIT = 2000;

/**
 * The meetings (not cancelled) of every cell under a committee between two days, with the cell, its parent
 * committee, the topic and the registered delegates — one query: the subtree from `org_closure`'s primary
 * key, each cell's meetings by date from `meeting_cell_date_idx`, the delegates by `meeting_guest_person_uq`.
 * A meeting with several delegates comes as several rows, folded here.
 */
export async function calendarOfSubtree(db: Q, committeeId: string, from: string, to: string) {
  const rows = await db
    .selectFrom('org_closure as c')
    .innerJoin('meeting as m', 'm.cell_id', 'c.descendant_id')
    .innerJoin('org_unit as u', 'u.id', 'm.cell_id')
    .leftJoin('org_unit as pu', 'pu.id', 'u.parent_id')
    .leftJoin('plan_topic as t', 't.id', 'm.topic_id')
    .leftJoin('meeting_guest as g', (j) =>
      j.onRef('g.meeting_id', '=', 'm.id').on('g.person_id', 'is not', null),
    )
    .select([
      'm.id',
      'm.cell_id',
      'u.name as cell_name',
      'pu.id as parent_id',
      'pu.name as parent_name',
      'm.kind',
      'm.status',
      'm.held_on',
      'm.starts_at',
      'm.place',
      't.title as topic_title',
      'g.id as guest_id',
      'g.person_id as delegate_person_id',
      'g.full_name as delegate_name',
      'g.title as delegate_title',
      'g.unit_name as delegate_unit_name',
    ])
    .where('c.ancestor_id', '=', committeeId)
    .where('m.held_on', '>=', from)
    .where('m.held_on', '<=', to)
    .where('m.status', '!=', 'cancelled')
    .orderBy('m.held_on')
    .orderBy('m.starts_at')
    .orderBy('u.name')
    .orderBy('m.id')
    .orderBy('g.created_at')
    .limit(CALENDAR_LIMIT * 4)
    .execute();
  return rows;
}

export function findRegistration(db: Q, meetingId: string, personId: string) {
  return db
    .selectFrom('meeting_guest')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
}

export async function deleteRegistration(db: Q, meetingId: string, personId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('meeting_guest')
    .where('meeting_id', '=', meetingId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** Marks a registered delegate of this meeting present or not: whether it was one. */
export async function markDelegatePresent(
  db: Q,
  meetingId: string,
  guestId: string,
  present: boolean,
): Promise<boolean> {
  const result = await db
    .updateTable('meeting_guest')
    .set({ present: present ? 1 : 0 })
    .where('id', '=', guestId)
    .where('meeting_id', '=', meetingId)
    .where('person_id', 'is not', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export function findPersonName(db: Q, personId: string) {
  return db.selectFrom('person').select(['id', 'full_name']).where('id', '=', personId).executeTakeFirst();
}
