import { type Kysely, sql, type Transaction } from 'kysely';
import { z } from 'zod';
import { meetingBefore, refreshMeetingActivity, refreshMeetingChange } from '#db/activity-summaries.ts';
import { guardedUpdate } from '#db/guarded-update.ts';
import type { DB } from '#db/schema.ts';
import { reindex } from '#db/search-index.ts';
import { ROLL_STATUSES } from '#domain/members/membership.ts';

type Q = Kysely<DB> | Transaction<DB>;

export function findMeeting(db: Q, id: string) {
  return db.selectFrom('meeting').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Takes the meeting's row for this transaction before it is read: concurrent writes to one meeting (marks
 * of different people at the console) then run one after the other on PostgreSQL, each reading the version
 * the previous one wrote, as SQLite's single writer always does. A write that changes nothing but takes the
 * lock on both engines.
 */
export async function lockMeeting(db: Q, id: string) {
  await db.updateTable('meeting').set({ id: sql`id` }).where('id', '=', id).execute();
}

export async function insertMeeting(db: Q, row: DB['meeting']) {
  await db.insertInto('meeting').values(row).execute();
  await reindex(db, 'minutes', row.id);
  // The committee's activity summaries follow, in the same transaction (db/activity-summaries.ts).
  await refreshMeetingActivity(db, row.id);
}

/** The meeting's columns the activity summaries count (db/activity-summaries.ts). */
const COUNTED: readonly (keyof DB['meeting'])[] = [
  'cell_id',
  'status',
  'kind',
  'held_on',
  'study_minutes',
  'paper_present',
];

/**
 * Updates only while the row still has `expectedUpdatedAt`: whether it did. The search index follows the
 * topic, place and day (the minute book's line), in the same transaction.
 */
export async function updateMeeting(
  db: Q,
  id: string,
  patch: Partial<DB['meeting']>,
  expectedUpdatedAt: string,
) {
  const counted = COUNTED.some((column) => patch[column] !== undefined);
  const before = counted ? await meetingBefore(db, id) : undefined;
  const updated = await guardedUpdate(db, 'meeting', { column: 'id', value: id }, patch, expectedUpdatedAt);
  if (updated && (patch.topic_id !== undefined || patch.place !== undefined || patch.held_on !== undefined))
    await reindex(db, 'minutes', id);
  // The committee's activity summaries follow the meeting's status, kind, day and counts (the year it left too).
  if (updated && counted) await refreshMeetingChange(db, id, before);
  return updated;
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
      'm.topic_id',
      'm.paper_present',
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
  for (const meetingId of new Set(rows.map((r) => r.meeting_id))) await refreshMeetingActivity(db, meetingId);
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
  const changed = result.numUpdatedRows > 0n;
  // An ended meeting's roll corrected: its month's attendance in the summaries (a live meeting's is not counted).
  if (changed) await refreshMeetingActivity(db, meetingId);
  return changed;
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
/**
 * The roll of the cell on a day: the people who were its members then (official, probationary, exempt),
 * by their membership period covering the day (membership.ts), with the status they had; read through
 * membership_period_unit_idx.
 */
export function listRoll(db: Q, cellId: string, day: string) {
  return db
    .selectFrom('membership_period')
    .select(['person_id as id', 'status'])
    .where('unit_id', '=', cellId)
    .where('started_on', '<=', day)
    .where((eb) => eb.or([eb('ended_on', 'is', null), eb('ended_on', '>', day)]))
    .where('status', 'in', ROLL_STATUSES)
    .execute();
}

/** Removes from a meeting's roll the people not marked yet who were not members on its day. */
export async function deleteUnmarkedAttendance(db: Q, meetingId: string, personIds: readonly string[]) {
  if (personIds.length === 0) return;
  await db
    .deleteFrom('meeting_attendance')
    .where('meeting_id', '=', meetingId)
    .where('person_id', 'in', personIds)
    .where('state', 'is', null)
    .execute();
  await refreshMeetingActivity(db, meetingId);
}

/** The names of the people signing for the meeting (chair, minute-taker), by id. */
export function listSignerNames(db: Q, ids: readonly (string | null)[]) {
  const known = ids.filter((id): id is string => id !== null);
  if (known.length === 0) return Promise.resolve([]);
  return db.selectFrom('person').select(['id', 'full_name']).where('id', 'in', known).execute();
}

export async function insertGuest(db: Q, row: DB['meeting_guest']) {
  await db.insertInto('meeting_guest').values(row).execute();
}

/** Deletes one row of this meeting's record (a guest, an assignment): whether it was this meeting's. */
export async function deleteRecordRow(
  db: Q,
  table: 'meeting_guest' | 'meeting_task',
  id: string,
  meetingId: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom(table)
    .where('id', '=', id)
    .where('meeting_id', '=', meetingId)
    .executeTakeFirst();
  const deleted = result.numDeletedRows > 0n;
  // An assignment removed from an ended meeting (its minutes still open): the committee's open assignments.
  if (deleted && table === 'meeting_task') await refreshMeetingActivity(db, meetingId);
  return deleted;
}

export async function hasGuestSpoken(db: Q, guestId: string): Promise<boolean> {
  const row = await db
    .selectFrom('meeting_speech')
    .select('id')
    .where('guest_id', '=', guestId)
    .executeTakeFirst();
  return row !== undefined;
}

export function findAttendance(db: Q, meetingId: string, personId: string) {
  return db
    .selectFrom('meeting_attendance')
    .select('state')
    .where('meeting_id', '=', meetingId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
}

export async function isWaitingToSpeak(db: Q, meetingId: string, personId: string): Promise<boolean> {
  const row = await db
    .selectFrom('meeting_speech')
    .select('id')
    .where('meeting_id', '=', meetingId)
    .where('person_id', '=', personId)
    .where('status', '=', 'requested')
    .executeTakeFirst();
  return row !== undefined;
}

/** The last place taken on the speaker list (0 when empty). */
export async function lastSpeechPosition(db: Q, meetingId: string): Promise<number> {
  const row = await db
    .selectFrom('meeting_speech')
    .select((eb) => eb.fn.max('position').as('p'))
    .where('meeting_id', '=', meetingId)
    .executeTakeFirst();
  return Number(row?.p ?? 0);
}

/** A speech by its id, in whichever meeting it is (a console's client id, console.ts). */
export function findSpeechById(db: Q, id: string) {
  return db.selectFrom('meeting_speech').selectAll().where('id', '=', id).executeTakeFirst();
}

/** An assignment by its id, in whichever meeting it is (a console's client id, console.ts). */
export function findTaskById(db: Q, id: string) {
  return db.selectFrom('meeting_task').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertSpeech(db: Q, row: DB['meeting_speech']) {
  await db.insertInto('meeting_speech').values(row).execute();
}

export async function updateSpeech(db: Q, speechId: string, patch: Partial<DB['meeting_speech']>) {
  await db.updateTable('meeting_speech').set(patch).where('id', '=', speechId).execute();
}

/** The task an adopted resolution decision became, if it was made. */
export function findTaskOfDecision(db: Q, decisionId: string) {
  return db.selectFrom('meeting_task').select('id').where('decision_id', '=', decisionId).executeTakeFirst();
}

export async function insertTask(db: Q, row: DB['meeting_task']) {
  await db.insertInto('meeting_task').values(row).execute();
  await refreshMeetingActivity(db, row.meeting_id);
}

export async function insertVote(db: Q, row: DB['meeting_vote'], ballots: DB['meeting_ballot'][]) {
  await db.insertInto('meeting_vote').values(row).execute();
  if (ballots.length > 0) await db.insertInto('meeting_ballot').values(ballots).execute();
}

/** How a vote's base was computed (vote-rule.ts), as stored beside its result. */
export const VoteBasisSchema = z.object({
  rule: z.string(),
  counted: z.array(z.string()),
  setAside: z.array(z.object({ id: z.string(), reason: z.string() })),
  voters: z.array(z.string()),
});

export const voteBasis = (row: Pick<DB['meeting_vote'], 'basis_json'>) =>
  VoteBasisSchema.parse(JSON.parse(row.basis_json));

export async function insertMinutes(db: Q, row: DB['minutes']) {
  await db.insertInto('minutes').values(row).execute();
  await reindex(db, 'minutes', row.meeting_id);
}

/** Updates the minutes only while they still have the `updated_at` read: whether they did. */
export async function updateMinutes(
  db: Q,
  meetingId: string,
  patch: Partial<DB['minutes']>,
  readUpdatedAt: string,
) {
  const updated = await guardedUpdate(
    db,
    'minutes',
    { column: 'meeting_id', value: meetingId },
    patch,
    readUpdatedAt,
  );
  // The search index follows the text, in the same transaction (the minute book searches it).
  if (updated) await reindex(db, 'minutes', meetingId);
  return updated;
}

export async function insertAddendum(db: Q, row: DB['minutes_addendum']) {
  await db.insertInto('minutes_addendum').values(row).execute();
}

export function findEvaluation(db: Q, meetingId: string) {
  return db
    .selectFrom('meeting_evaluation')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .executeTakeFirst();
}

/**
 * The cell's ended meetings whose evaluation wrote lessons, with their topic's title: the few a cell has a year,
 * from which the next preparer's briefing takes the latest (domain/meetings/evaluation.ts lessonsForTopic).
 */
export function listMeetingLessons(db: Q, cellId: string) {
  return db
    .selectFrom('meeting as m')
    .innerJoin('meeting_evaluation as e', 'e.meeting_id', 'm.id')
    .leftJoin('plan_topic as t', 't.id', 'm.topic_id')
    .select([
      'm.id as meetingId',
      'm.topic_id as topicId',
      'm.held_on as heldOn',
      'e.lessons',
      't.title as topicTitle',
    ])
    .where('m.cell_id', '=', cellId)
    .where('m.status', '=', 'ended')
    .where('e.lessons', 'is not', null)
    .orderBy('m.held_on', 'desc')
    .execute();
}

/** The day the topic was first presented at an ended meeting, if it was. */
export async function topicHeldOn(db: Q, topicId: string): Promise<string | null> {
  const row = await db
    .selectFrom('meeting')
    .select('held_on')
    .where('topic_id', '=', topicId)
    .where('status', '=', 'ended')
    .orderBy('held_on')
    .executeTakeFirst();
  return row?.held_on ?? null;
}

/** Writes the meeting's evaluation, replacing the one written before. */
export async function saveEvaluation(db: Q, row: DB['meeting_evaluation']) {
  await db
    .insertInto('meeting_evaluation')
    .values(row)
    .onConflict((oc) => oc.column('meeting_id').doUpdateSet({ ...row, meeting_id: undefined }))
    .execute();
}

/**
 * A cell's practice commitments (seed 002) with the day of the meeting that set each and of the one that
 * closed it, and the owner's name: the few a cell has open at a time, read whole.
 */
export function listCommitmentsOfCell(db: Q, cellId: string) {
  return db
    .selectFrom('practice_commitment as c')
    .innerJoin('meeting as m', 'm.id', 'c.meeting_id')
    .leftJoin('meeting as k', 'k.id', 'c.closed_meeting_id')
    .leftJoin('person as p', 'p.id', 'c.owner_id')
    .select([
      'c.id',
      'c.meeting_id',
      'c.text',
      'c.owner_id',
      'c.closed_at',
      'c.closed_meeting_id',
      'c.created_at',
      'm.held_on as set_on',
      'k.held_on as closed_on',
      'p.full_name as owner_name',
    ])
    .where('c.cell_id', '=', cellId)
    .orderBy('m.held_on')
    .orderBy('c.created_at')
    .execute();
}

export async function insertCommitment(db: Q, row: DB['practice_commitment']) {
  await db.insertInto('practice_commitment').values(row).execute();
}

export async function closeCommitment(db: Q, id: string, meetingId: string, at: string) {
  await db
    .updateTable('practice_commitment')
    .set({ closed_at: at, closed_meeting_id: meetingId })
    .where('id', '=', id)
    .execute();
}

export async function insertPracticeReview(db: Q, row: DB['practice_review']) {
  await db.insertInto('practice_review').values(row).execute();
}

export function listPracticeReviews(db: Q, meetingId: string) {
  return db
    .selectFrom('practice_review')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .orderBy('created_at')
    .execute();
}

export async function insertPaperMinutes(db: Q, row: DB['meeting_paper_minutes']) {
  await db.insertInto('meeting_paper_minutes').values(row).execute();
}

/** The signed minutes of a meeting held on paper, without the file's bytes. */
export function findPaperMinutesInfo(db: Q, meetingId: string) {
  return db
    .selectFrom('meeting_paper_minutes')
    .select(['file_name', 'content_type', 'size_bytes'])
    .where('meeting_id', '=', meetingId)
    .executeTakeFirst();
}

export function findPaperMinutes(db: Q, meetingId: string) {
  return db
    .selectFrom('meeting_paper_minutes')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .executeTakeFirst();
}

/** A meeting on the topic that is scheduled or running (entering it on paper would record it twice). */
export function findOpenMeetingOfTopic(db: Q, topicId: string) {
  return db
    .selectFrom('meeting')
    .select('id')
    .where('topic_id', '=', topicId)
    .where('status', 'in', ['scheduled', 'in_progress'])
    .executeTakeFirst();
}

// --- The home's to-dos (features/inbox): one set-based query each, for all the person's cells at once. ---

/** Ended meetings (not entered from paper) whose minutes wait for this person's signature as chair or minute-taker. */
export function listMinutesToSign(db: Q, personId: string) {
  return db
    .selectFrom('meeting as m')
    .innerJoin('org_unit as u', 'u.id', 'm.cell_id')
    .leftJoin('minutes as n', 'n.meeting_id', 'm.id')
    .select(['m.id', 'm.held_on', 'm.cell_id', 'u.name as unit_name', 'm.chair_id', 'm.minute_taker_id'])
    .where('m.status', '=', 'ended')
    .where('m.paper_present', 'is', null)
    .where((eb) =>
      eb.or([
        eb.and([eb('m.chair_id', '=', personId), eb('n.chair_signed_at', 'is', null)]),
        eb.and([eb('m.minute_taker_id', '=', personId), eb('n.taker_signed_at', 'is', null)]),
      ]),
    )
    .execute();
}

/** Meetings still to come whose notice was sent, with this person on the roll. */
export function listNoticesReceived(db: Q, personId: string, today: string) {
  return db
    .selectFrom('meeting_attendance as a')
    .innerJoin('meeting as m', 'm.id', 'a.meeting_id')
    .innerJoin('org_unit as u', 'u.id', 'm.cell_id')
    .leftJoin('plan_topic as t', 't.id', 'm.topic_id')
    .select([
      'm.id',
      'm.kind',
      'm.held_on',
      'm.starts_at',
      'm.place',
      'm.cell_id',
      'u.name as unit_name',
      't.title',
    ])
    .where('a.person_id', '=', personId)
    .where('m.status', '=', 'scheduled')
    .where('m.notice_sent_at', 'is not', null)
    .where('m.held_on', '>=', today)
    .execute();
}

/**
 * Ended meetings of these cells whose report is not issued yet, with whether a thematic meeting's evaluation is
 * written (its text fields; domain/meetings/evaluation.ts decides what counts).
 */
export function listEndedWithoutReport(db: Q, cellIds: readonly string[]) {
  if (cellIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('meeting as m')
    .innerJoin('org_unit as u', 'u.id', 'm.cell_id')
    .leftJoin('meeting_evaluation as e', 'e.meeting_id', 'm.id')
    .leftJoin('plan_topic as t', 't.id', 'm.topic_id')
    .select([
      'm.id',
      'm.kind',
      'm.held_on',
      'm.cell_id',
      'u.name as unit_name',
      't.title',
      'e.preparer',
      'e.result',
      'e.lessons',
    ])
    .where('m.cell_id', 'in', cellIds)
    .where('m.status', '=', 'ended')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('issued_document as d')
            .select('d.id')
            .whereRef('d.unit_id', '=', 'm.cell_id')
            .where('d.subject', '=', sql<string>`'meeting_report:' || m.id`),
        ),
      ),
    )
    .execute();
}
