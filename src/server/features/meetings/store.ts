import type { Kysely, Transaction } from 'kysely';
import type { DB } from '#db/schema.ts';

type Q = Kysely<DB> | Transaction<DB>;

export function findMeeting(db: Q, id: string) {
  return db.selectFrom('meeting').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertMeeting(db: Q, row: DB['meeting']) {
  await db.insertInto('meeting').values(row).execute();
}

/** Updates only while the row still has `expectedUpdatedAt`: whether it did. */
export async function updateMeeting(
  db: Q,
  id: string,
  patch: Partial<DB['meeting']>,
  expectedUpdatedAt: string,
) {
  const result = await db
    .updateTable('meeting')
    .set(patch)
    .where('id', '=', id)
    .where('updated_at', '=', expectedUpdatedAt)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** A cell's meetings, newest first, with their topic and whether the minutes are locked: the minute book. */
export function listMeetingsOfCell(db: Q, cellId: string, opts: { year?: number } = {}) {
  let query = db
    .selectFrom('meeting as m')
    .leftJoin('plan_topic as t', 't.id', 'm.topic_id')
    .leftJoin('minutes as n', 'n.meeting_id', 'm.id')
    .select([
      'm.id',
      'm.held_on',
      'm.starts_at',
      'm.place',
      'm.kind',
      'm.status',
      't.title as topic_title',
      't.kind as topic_kind',
      'n.locked_at',
      'n.number',
    ])
    .where('m.cell_id', '=', cellId);
  if (opts.year)
    query = query
      .where('m.held_on', '>=', `${opts.year}-01-01`)
      .where('m.held_on', '<=', `${opts.year}-12-31`);
  return query.orderBy('m.held_on', 'desc').orderBy('m.starts_at', 'desc').execute();
}

/** What the minute book's search reads for each meeting of the cell: topic title, minutes text, place. */
export function listSearchTextsOfCell(db: Q, cellId: string, opts: { year?: number } = {}) {
  let query = db
    .selectFrom('meeting as m')
    .leftJoin('plan_topic as t', 't.id', 'm.topic_id')
    .leftJoin('minutes as n', 'n.meeting_id', 'm.id')
    .select(['m.id', 'm.place', 't.title as topic_title', 'n.text as minutes_text'])
    .where('m.cell_id', '=', cellId);
  if (opts.year)
    query = query
      .where('m.held_on', '>=', `${opts.year}-01-01`)
      .where('m.held_on', '<=', `${opts.year}-12-31`);
  return query.execute();
}

export function listAgenda(db: Q, meetingId: string) {
  return db
    .selectFrom('meeting_agenda_item')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .orderBy('position')
    .execute();
}

export async function replaceAgenda(db: Q, meetingId: string, rows: DB['meeting_agenda_item'][]) {
  await db.deleteFrom('meeting_agenda_item').where('meeting_id', '=', meetingId).execute();
  if (rows.length > 0) await db.insertInto('meeting_agenda_item').values(rows).execute();
}

export function findAgendaItem(db: Q, meetingId: string, itemId: string) {
  return db
    .selectFrom('meeting_agenda_item')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .where('id', '=', itemId)
    .executeTakeFirst();
}

export async function updateAgendaItem(db: Q, itemId: string, patch: Partial<DB['meeting_agenda_item']>) {
  await db.updateTable('meeting_agenda_item').set(patch).where('id', '=', itemId).execute();
}

export function listAttendance(db: Q, meetingId: string) {
  return db
    .selectFrom('meeting_attendance as a')
    .innerJoin('person as p', 'p.id', 'a.person_id')
    .leftJoin('org_unit as g', 'g.id', 'p.group_id')
    .selectAll('a')
    .select(['p.full_name', 'p.name_folded', 'g.name as group_name'])
    .where('a.meeting_id', '=', meetingId)
    .orderBy('p.name_folded')
    .execute();
}

export async function insertAttendance(db: Q, rows: DB['meeting_attendance'][]) {
  if (rows.length > 0) await db.insertInto('meeting_attendance').values(rows).execute();
}

export async function updateAttendance(
  db: Q,
  meetingId: string,
  personId: string,
  patch: Partial<DB['meeting_attendance']>,
) {
  const result = await db
    .updateTable('meeting_attendance')
    .set(patch)
    .where('meeting_id', '=', meetingId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export function listGuests(db: Q, meetingId: string) {
  return db
    .selectFrom('meeting_guest')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .orderBy('created_at')
    .execute();
}

export function listSpeeches(db: Q, meetingId: string) {
  return db
    .selectFrom('meeting_speech as s')
    .leftJoin('person as p', 'p.id', 's.person_id')
    .leftJoin('meeting_guest as g', 'g.id', 's.guest_id')
    .selectAll('s')
    .select(['p.full_name as person_name', 'g.full_name as guest_name'])
    .where('s.meeting_id', '=', meetingId)
    .orderBy('s.position')
    .orderBy('s.requested_at')
    .execute();
}

export function findSpeech(db: Q, meetingId: string, speechId: string) {
  return db
    .selectFrom('meeting_speech')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .where('id', '=', speechId)
    .executeTakeFirst();
}

export function listTasks(db: Q, meetingId: string) {
  return db
    .selectFrom('meeting_task as t')
    .leftJoin('person as p', 'p.id', 't.owner_id')
    .selectAll('t')
    .select('p.full_name as owner_name')
    .where('t.meeting_id', '=', meetingId)
    .orderBy('t.created_at')
    .execute();
}

export function listVotes(db: Q, meetingId: string) {
  return db
    .selectFrom('meeting_vote')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .orderBy('created_at')
    .execute();
}

export function findMinutes(db: Q, meetingId: string) {
  return db.selectFrom('minutes').selectAll().where('meeting_id', '=', meetingId).executeTakeFirst();
}

export function listAddenda(db: Q, meetingId: string) {
  return db
    .selectFrom('minutes_addendum as a')
    .leftJoin('person as p', 'p.id', 'a.added_by')
    .selectAll('a')
    .select('p.full_name as added_by_name')
    .where('a.meeting_id', '=', meetingId)
    .orderBy('a.added_at')
    .execute();
}

/** The members on the cell's roll today, with the status the roll and the vote read. */
export function listRoll(db: Q, cellId: string) {
  return db
    .selectFrom('person')
    .select(['id', 'status'])
    .where('unit_id', '=', cellId)
    .where('status', 'in', ['official', 'probationary', 'exempt', 'transferred_out'])
    .execute();
}
