/**
 * Model meetings (seed 001: "sinh hoạt chuyên đề mẫu"): the designation of a cell's meeting by a committee,
 * the cells invited, and what an invited secretary may read of it.
 */
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '#db/schema.ts';

type Q = Kysely<DB> | Transaction<DB>;

export function findByMeeting(db: Q, meetingId: string) {
  return db
    .selectFrom('model_meeting as mm')
    .innerJoin('org_unit as c', 'c.id', 'mm.committee_id')
    .selectAll('mm')
    .select('c.name as committee_name')
    .where('mm.meeting_id', '=', meetingId)
    .executeTakeFirst();
}

export function listInvitedCells(db: Q, modelMeetingId: string) {
  return db
    .selectFrom('model_meeting_invitation as i')
    .innerJoin('org_unit as u', 'u.id', 'i.cell_id')
    .select(['u.id', 'u.name'])
    .where('i.model_meeting_id', '=', modelMeetingId)
    .orderBy('u.name')
    .execute();
}

/** The cells (kind cell) of a committee's whole subtree. */
export async function cellsUnder(db: Q, committeeId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('org_closure as c')
    .innerJoin('org_unit as u', 'u.id', 'c.descendant_id')
    .select('u.id')
    .where('c.ancestor_id', '=', committeeId)
    .where('u.kind', '=', 'cell')
    .execute();
  return rows.map((r) => r.id);
}

export async function insertDesignation(
  db: Q,
  row: DB['model_meeting'],
  cellIds: readonly string[],
  at: string,
): Promise<void> {
  await db.insertInto('model_meeting').values(row).execute();
  if (cellIds.length > 0)
    await db
      .insertInto('model_meeting_invitation')
      .values(cellIds.map((cell_id) => ({ model_meeting_id: row.id, cell_id, invited_at: at })))
      .execute();
}

export async function deleteDesignation(db: Q, id: string): Promise<void> {
  await db.deleteFrom('model_meeting_invitation').where('model_meeting_id', '=', id).execute();
  await db.deleteFrom('model_meeting').where('id', '=', id).execute();
}

export async function saveLessons(
  db: Q,
  id: string,
  patch: { lessons: string; lessons_by: string | null; lessons_at: string; model_id: string | null },
): Promise<void> {
  await db.updateTable('model_meeting').set(patch).where('id', '=', id).execute();
}

/** The observers of the invited cells registered at the meeting (guest rows linked to a person and a cell). */
export async function deleteObservers(db: Q, meetingId: string, cellIds: readonly string[]): Promise<void> {
  if (cellIds.length === 0) return;
  await db
    .deleteFrom('meeting_guest')
    .where('meeting_id', '=', meetingId)
    .where('person_id', 'is not', null)
    .where('unit_id', 'in', cellIds)
    .execute();
}

/**
 * The invited cells of a model meeting where the person is secretary today: what makes them an invitee.
 */
export async function invitedCellsOfSecretary(
  db: Q,
  modelMeetingId: string,
  personId: string,
  today: string,
) {
  return db
    .selectFrom('model_meeting_invitation as i')
    .innerJoin('role_assignment as r', 'r.unit_id', 'i.cell_id')
    .innerJoin('org_unit as u', 'u.id', 'i.cell_id')
    .select(['u.id', 'u.name'])
    .where('i.model_meeting_id', '=', modelMeetingId)
    .where('r.person_id', '=', personId)
    .where('r.role', '=', 'secretary')
    .where('r.started_on', '<=', today)
    .where((eb) => eb.or([eb('r.ended_on', 'is', null), eb('r.ended_on', '>', today)]))
    .orderBy('u.name')
    .execute();
}

/**
 * The model meetings to come that invite the cells where the person is secretary: their home's to-do and
 * their calendar feed. One query for all their cells.
 */
export function invitationsOfSecretary(db: Q, personId: string, today: string, fromDate: string) {
  return db
    .selectFrom('model_meeting_invitation as i')
    .innerJoin('model_meeting as mm', 'mm.id', 'i.model_meeting_id')
    .innerJoin('meeting as m', 'm.id', 'mm.meeting_id')
    .innerJoin('org_unit as host', 'host.id', 'm.cell_id')
    .innerJoin('org_unit as invited', 'invited.id', 'i.cell_id')
    .innerJoin('org_unit as committee', 'committee.id', 'mm.committee_id')
    .innerJoin('role_assignment as r', 'r.unit_id', 'i.cell_id')
    .leftJoin('plan_topic as t', 't.id', 'm.topic_id')
    .select([
      'm.id',
      'm.held_on',
      'm.starts_at',
      'm.place',
      'm.status',
      'host.name as host_name',
      'invited.id as invited_cell_id',
      'invited.name as invited_cell_name',
      'committee.name as committee_name',
      't.title as topic_title',
    ])
    .where('r.person_id', '=', personId)
    .where('r.role', '=', 'secretary')
    .where('r.started_on', '<=', today)
    .where((eb) => eb.or([eb('r.ended_on', 'is', null), eb('r.ended_on', '>', today)]))
    .where('m.held_on', '>=', fromDate)
    .where('m.status', '!=', 'cancelled')
    .orderBy('m.held_on')
    .orderBy('m.starts_at')
    .limit(200)
    .execute();
}

/** Which of these meetings are model meetings (the committee's calendar marks them). */
export async function modelMeetingIds(db: Q, meetingIds: readonly string[]): Promise<Set<string>> {
  if (meetingIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('model_meeting')
    .select('meeting_id')
    .where('meeting_id', 'in', meetingIds)
    .execute();
  return new Set(rows.map((r) => r.meeting_id));
}

export function findPersonName(db: Q, personId: string) {
  return db.selectFrom('person').select(['id', 'full_name']).where('id', '=', personId).executeTakeFirst();
}

export function findTopicTitle(db: Q, topicId: string | null) {
  if (!topicId) return Promise.resolve(undefined);
  return db.selectFrom('plan_topic').select(['id', 'title']).where('id', '=', topicId).executeTakeFirst();
}
