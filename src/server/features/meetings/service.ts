import type { Kysely, Transaction } from 'kysely';
import { nextDocumentNumber } from '#db/document-numbers.ts';
import { newId, nowIso, nowIsoAfter } from '#db/ids.ts';
import type { DB } from '#db/schema.ts';
import type { Actor } from '#domain/authz/policy.ts';
import { todayInVietnam } from '#domain/dates/local-date.ts';
import {
  type AgendaItemKind,
  type AgendaPart,
  checkAgenda,
  defaultAgenda,
  type MeetingKind,
  type PartOrder,
} from '#domain/meetings/agenda.ts';
import type { AttendanceState } from '#domain/meetings/attendance.ts';
import { isLive, type MeetingAction, nextMeetingStatus } from '#domain/meetings/meeting-status.ts';
import { isMinutesEditable } from '#domain/meetings/minutes-status.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { authorize } from '../../authz/authorize.ts';
import { AppError } from '../../http/app-error.ts';
import { getUnit } from '../orgs/service.ts';
import * as preparation from '../preparation/service.ts';
import * as prepStore from '../preparation/store.ts';
import { loadMeeting, type MeetingAccess, requireManager, requireRecorder } from './access.ts';
import { announce } from './live.ts';
import * as store from './store.ts';

type Trx = Transaction<DB>;

export interface ScheduleInput {
  topicId?: string | null;
  kind: MeetingKind;
  partOrder?: PartOrder | null;
  heldOn: string;
  startsAt: string;
  place: string;
}

/** The secretary schedules a meeting of the cell, with the agenda of seed 000's procedure. */
export async function scheduleMeeting(db: Kysely<DB>, actor: Actor, cellId: string, input: ScheduleInput) {
  const id = await db.transaction().execute(async (trx) => {
    await authorize(trx, actor, 'meeting.manage', cellId);
    const cell = await getUnit(trx, cellId);
    if (cell.kind !== 'cell') throw new AppError('MEETING_NOT_CELL');
    if (input.topicId) await requireTopicOfCell(trx, input.topicId, cellId);
    const now = nowIso();
    const order = input.partOrder ?? 'regular_first';
    const row: DB['meeting'] = {
      id: newId(),
      cell_id: cellId,
      topic_id: input.topicId ?? null,
      kind: input.kind,
      part_order: order,
      held_on: input.heldOn,
      starts_at: input.startsAt,
      place: input.place,
      status: 'scheduled',
      chair_id: actor.personId,
      minute_taker_id: null,
      notice_sent_at: null,
      notice_number: null,
      started_at: null,
      ended_at: null,
      conclusion: null,
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
    };
    await store.insertMeeting(trx, row);
    await store.replaceAgenda(trx, row.id, agendaRows(row.id, defaultAgenda(input.kind, order)));
    await recordAudit(trx, actor, {
      action: 'meeting.schedule',
      entityType: 'meeting',
      entityId: row.id,
      unitId: cellId,
      after: row,
    });
    return row.id;
  });
  return id;
}

async function requireTopicOfCell(trx: Trx, topicId: string, cellId: string) {
  const topic = await prepStore.findTopic(trx, topicId);
  if (!topic || topic.cell_id !== cellId)
    throw new AppError('VALIDATION_FAILED', { topicId: 'MEETING_TOPIC_NOT_IN_CELL' });
}

function agendaRows(
  meetingId: string,
  items: readonly { part: AgendaPart; kind: AgendaItemKind; title?: string | null; minutes: number }[],
): DB['meeting_agenda_item'][] {
  return items.map((item, i) => ({
    id: newId(),
    meeting_id: meetingId,
    position: i + 1,
    part: item.part,
    kind: item.kind,
    title: item.title ?? null,
    planned_minutes: item.minutes,
    started_at: null,
    ended_at: null,
  }));
}

export interface DetailsInput extends ScheduleInput {
  agenda: { part: AgendaPart; kind: AgendaItemKind; title?: string | null; minutes: number }[];
  expectedUpdatedAt?: string | null;
}

/** Changes the schedule and the agenda before the meeting starts; the agenda never interleaves the parts. */
export async function updateMeeting(db: Kysely<DB>, actor: Actor, meetingId: string, input: DetailsInput) {
  await change(
    db,
    actor,
    meetingId,
    'meeting.update',
    async (trx, access) => {
      requireManager(access);
      if (access.meeting.status !== 'scheduled') throw new AppError('MEETING_NOT_SCHEDULED');
      if (input.topicId) await requireTopicOfCell(trx, input.topicId, access.meeting.cell_id);
      const order = input.partOrder ?? access.meeting.part_order;
      const issue = checkAgenda(input.agenda, input.kind, order)[0];
      if (issue) throw new AppError('VALIDATION_FAILED', { agenda: `AGENDA_${issue.code}` });
      await store.replaceAgenda(trx, meetingId, agendaRows(meetingId, input.agenda));
      return {
        topic_id: input.topicId ?? null,
        kind: input.kind,
        part_order: order,
        held_on: input.heldOn,
        starts_at: input.startsAt,
        place: input.place,
      };
    },
    input.expectedUpdatedAt ?? undefined,
  );
}

/**
 * Sends the notice (seed 000, DOMAIN.md "members receive the draft and the notice of content, time and
 * place"): every member on the roll is put on the attendance list; members see the meeting with its topic.
 */
export async function sendNotice(db: Kysely<DB>, actor: Actor, meetingId: string) {
  await change(db, actor, meetingId, 'meeting.notice', async (trx, access) => {
    requireManager(access);
    if (access.meeting.status !== 'scheduled') throw new AppError('MEETING_NOT_SCHEDULED');
    await fillRoll(trx, access.meeting);
    const m = access.meeting;
    // Sending again (after a change of time or place) keeps the notice's number.
    const notice_number =
      m.notice_number ??
      (await nextDocumentNumber(trx, { unitId: m.cell_id, kind: 'TB', issuedOn: todayInVietnam() }));
    return { notice_sent_at: nowIso(), notice_number };
  });
}

/** The roll: members of the cell today with the status the meeting counts them by. Added once. */
async function fillRoll(trx: Trx, meeting: DB['meeting']) {
  const existing = new Set((await store.listAttendance(trx, meeting.id)).map((a) => a.person_id));
  const roll = await store.listRoll(trx, meeting.cell_id);
  const now = nowIso();
  await store.insertAttendance(
    trx,
    roll
      .filter((p) => !existing.has(p.id))
      .map((p) => ({
        meeting_id: meeting.id,
        person_id: p.id,
        member_status: p.status,
        state: null,
        reason: null,
        late: 0,
        suspended: 0,
        updated_at: now,
      })),
  );
}

export async function transition(db: Kysely<DB>, actor: Actor, meetingId: string, action: MeetingAction) {
  await change(db, actor, meetingId, `meeting.${action}`, async (trx, access) => {
    requireManager(access);
    const to = nextMeetingStatus(access.meeting.status, action);
    if (!to) throw new AppError('MEETING_TRANSITION_NOT_ALLOWED');
    const now = nowIso();
    if (action === 'start') {
      await fillRoll(trx, access.meeting);
      // A meeting brought forward is held today: the minute book dates it by the day it happened.
      const today = todayInVietnam();
      return { status: to, started_at: now, ...(access.meeting.held_on > today ? { held_on: today } : {}) };
    }
    if (action === 'end') {
      // The agenda's clock stops with the meeting.
      for (const item of await store.listAgenda(trx, meetingId))
        if (item.started_at && !item.ended_at) await store.updateAgendaItem(trx, item.id, { ended_at: now });
      await markTopicPresented(trx, actor, access.meeting);
      return { status: to, ended_at: now };
    }
    return { status: to };
  });
}

/**
 * The topic was presented at this meeting: its preparation moves on (step 5 of the plan is done) when its
 * draft 2 was approved; a topic not that far is left as it is, and the meeting stands on its own.
 */
async function markTopicPresented(trx: Trx, actor: Actor, meeting: DB['meeting']) {
  if (!meeting.topic_id) return;
  const prep = await prepStore.findPreparation(trx, meeting.topic_id);
  if (prep?.status !== 'draft2_approved') return;
  // A plan reopened for changes holds its topics where they are (preparation refuses to move them): the
  // meeting ends all the same.
  const topic = await prepStore.findTopic(trx, meeting.topic_id);
  if (topic?.plan_status === 'draft') return;
  // In the meeting's own transaction: the meeting ends and its topic is presented together, or neither.
  await preparation.actIn(trx, actor, meeting.topic_id, 'present', { presentedOn: meeting.held_on });
}

export interface RolesInput {
  chairId?: string | null;
  minuteTakerId?: string | null;
}

/** The chair and the minute-taker (seed 000: "Cử thư ký ghi biên bản"): members of the cell, two people. */
export async function setRoles(db: Kysely<DB>, actor: Actor, meetingId: string, input: RolesInput) {
  await change(db, actor, meetingId, 'meeting.roles', async (trx, access) => {
    requireManager(access);
    await requireOpen(trx, access);
    const roll = new Set((await store.listRoll(trx, access.meeting.cell_id)).map((p) => p.id));
    for (const [field, id] of Object.entries(input))
      if (id && !roll.has(id))
        throw new AppError('VALIDATION_FAILED', { [field]: 'MEETING_PERSON_NOT_IN_CELL' });
    const chair = input.chairId === undefined ? access.meeting.chair_id : input.chairId;
    const taker = input.minuteTakerId === undefined ? access.meeting.minute_taker_id : input.minuteTakerId;
    if (chair && chair === taker)
      throw new AppError('VALIDATION_FAILED', { minuteTakerId: 'MEETING_SAME_SIGNER' });
    return { chair_id: chair, minute_taker_id: taker };
  });
}

/** Starts or ends an agenda item: the console's clock per part. Starting one ends the one running. */
export async function clockItem(
  db: Kysely<DB>,
  actor: Actor,
  meetingId: string,
  itemId: string,
  event: 'start' | 'end',
) {
  await change(db, actor, meetingId, `meeting.item_${event}`, async (trx, access) => {
    requireRecorder(access);
    requireLive(access);
    const item = await store.findAgendaItem(trx, meetingId, itemId);
    if (!item) throw new AppError('NOT_FOUND');
    const now = nowIso();
    if (event === 'start') {
      for (const other of await store.listAgenda(trx, meetingId))
        if (other.id !== itemId && other.started_at && !other.ended_at)
          await store.updateAgendaItem(trx, other.id, { ended_at: now });
      await store.updateAgendaItem(trx, itemId, { started_at: item.started_at ?? now, ended_at: null });
    } else {
      if (!item.started_at) throw new AppError('MEETING_ITEM_NOT_STARTED');
      await store.updateAgendaItem(trx, itemId, { ended_at: now });
    }
    return {};
  });
}

export interface AttendanceInput {
  state: AttendanceState | null;
  reason?: string | null;
  late?: boolean;
  suspended?: boolean;
}

export async function markAttendance(
  db: Kysely<DB>,
  actor: Actor,
  meetingId: string,
  personId: string,
  input: AttendanceInput,
) {
  await change(db, actor, meetingId, 'meeting.attendance', async (trx, access) => {
    requireRecorder(access);
    await requireOpen(trx, access);
    if (input.state === 'absent_excused' && !input.reason?.trim())
      throw new AppError('VALIDATION_FAILED', { reason: 'MEETING_REASON_REQUIRED' });
    const updated = await store.updateAttendance(trx, meetingId, personId, {
      state: input.state,
      reason: input.state === 'absent_excused' ? (input.reason ?? null) : null,
      late: input.state === 'present' && input.late ? 1 : 0,
      suspended: input.suspended ? 1 : 0,
      updated_at: nowIso(),
    });
    if (!updated) throw new AppError('NOT_FOUND');
    return {};
  });
}

export interface GuestInput {
  kind: 'delegate' | 'staff';
  fullName: string;
  title?: string | null;
  unitName?: string | null;
}

export async function addGuest(db: Kysely<DB>, actor: Actor, meetingId: string, input: GuestInput) {
  await change(db, actor, meetingId, 'meeting.guest_add', async (trx, access) => {
    requireRecorder(access);
    await requireOpen(trx, access);
    await trx
      .insertInto('meeting_guest')
      .values({
        id: newId(),
        meeting_id: meetingId,
        kind: input.kind,
        full_name: input.fullName,
        title: input.title ?? null,
        unit_name: input.unitName ?? null,
        created_at: nowIso(),
      })
      .execute();
    return {};
  });
}

/** Deletes one row of this meeting's record (a guest, an assignment); 404 when it is not this meeting's. */
async function deleteFromRecord(
  trx: Trx,
  table: 'meeting_guest' | 'meeting_task',
  id: string,
  meetingId: string,
) {
  const result = await trx
    .deleteFrom(table)
    .where('id', '=', id)
    .where('meeting_id', '=', meetingId)
    .executeTakeFirst();
  if (result.numDeletedRows === 0n) throw new AppError('NOT_FOUND');
}

export async function removeGuest(db: Kysely<DB>, actor: Actor, meetingId: string, guestId: string) {
  await change(db, actor, meetingId, 'meeting.guest_remove', async (trx, access) => {
    requireRecorder(access);
    await requireOpen(trx, access);
    const spoke = await trx
      .selectFrom('meeting_speech')
      .select('id')
      .where('guest_id', '=', guestId)
      .executeTakeFirst();
    if (spoke) throw new AppError('MEETING_GUEST_SPOKE');
    await deleteFromRecord(trx, 'meeting_guest', guestId, meetingId);
    return {};
  });
}

/**
 * A member asks to speak (from their own phone, while the meeting runs); the chair's side may also put a
 * member or a guest on the list. A member already waiting is not added twice.
 */
export async function requestSpeech(
  db: Kysely<DB>,
  actor: Actor,
  meetingId: string,
  input: { personId?: string | null; guestId?: string | null },
) {
  await change(db, actor, meetingId, 'meeting.speech_request', async (trx, access) => {
    requireLive(access);
    const onBehalf = Boolean(input.personId || input.guestId) && input.personId !== actor.personId;
    if (onBehalf) requireRecorder(access);
    else if (!access.mayAskToSpeak) throw new AppError('FORBIDDEN');
    const personId = input.guestId ? null : (input.personId ?? actor.personId);
    if (personId) {
      const present = await trx
        .selectFrom('meeting_attendance')
        .select('state')
        .where('meeting_id', '=', meetingId)
        .where('person_id', '=', personId)
        .executeTakeFirst();
      if (!present) throw new AppError('MEETING_NOT_ON_ROLL');
      const waiting = await trx
        .selectFrom('meeting_speech')
        .select('id')
        .where('meeting_id', '=', meetingId)
        .where('person_id', '=', personId)
        .where('status', '=', 'requested')
        .executeTakeFirst();
      if (waiting) throw new AppError('MEETING_ALREADY_WAITING');
    }
    const last = await trx
      .selectFrom('meeting_speech')
      .select((eb) => eb.fn.max('position').as('p'))
      .where('meeting_id', '=', meetingId)
      .executeTakeFirst();
    const now = nowIso();
    await trx
      .insertInto('meeting_speech')
      .values({
        id: newId(),
        meeting_id: meetingId,
        person_id: personId,
        guest_id: input.guestId ?? null,
        status: 'requested',
        position: Number(last?.p ?? 0) + 1,
        requested_at: now,
        started_at: null,
        ended_at: null,
        note: null,
        updated_at: now,
      })
      .execute();
    return {};
  });
}

export interface SpeechInput {
  status?: 'requested' | 'speaking' | 'done' | 'withdrawn';
  position?: number;
  note?: string | null;
}

/** The chair orders the list and gives the floor; the minute-taker notes the key points of each speech. */
export async function updateSpeech(
  db: Kysely<DB>,
  actor: Actor,
  meetingId: string,
  speechId: string,
  input: SpeechInput,
) {
  await change(db, actor, meetingId, 'meeting.speech_update', async (trx, access) => {
    const speech = await store.findSpeech(trx, meetingId, speechId);
    if (!speech) throw new AppError('NOT_FOUND');
    // A member may withdraw their own request; everything else is the record-keepers'.
    const ownWithdrawal =
      input.status === 'withdrawn' &&
      input.position === undefined &&
      input.note === undefined &&
      speech.person_id === actor.personId &&
      speech.status === 'requested';
    if (!ownWithdrawal) requireRecorder(access);
    await requireOpen(trx, access);
    const now = nowIso();
    const patch: Partial<DB['meeting_speech']> = { updated_at: now };
    if (input.position !== undefined) patch.position = input.position;
    if (input.note !== undefined) patch.note = input.note;
    if (input.status && input.status !== speech.status) {
      patch.status = input.status;
      if (input.status === 'speaking') patch.started_at = speech.started_at ?? now;
      if (input.status === 'done') patch.ended_at = now;
    }
    await trx.updateTable('meeting_speech').set(patch).where('id', '=', speechId).execute();
    return {};
  });
}

export interface TaskInput {
  title: string;
  ownerId?: string | null;
  dueOn?: string | null;
}

/** Assignments from the conclusion (seed 000: "phân công trách nhiệm"): collective or personal, with a due date. */
export async function addTask(db: Kysely<DB>, actor: Actor, meetingId: string, input: TaskInput) {
  await change(db, actor, meetingId, 'meeting.task_add', async (trx, access) => {
    requireRecorder(access);
    await requireOpen(trx, access);
    if (input.ownerId) {
      const roll = new Set((await store.listRoll(trx, access.meeting.cell_id)).map((p) => p.id));
      if (!roll.has(input.ownerId))
        throw new AppError('VALIDATION_FAILED', { ownerId: 'MEETING_PERSON_NOT_IN_CELL' });
    }
    await trx
      .insertInto('meeting_task')
      .values({
        id: newId(),
        meeting_id: meetingId,
        title: input.title,
        owner_id: input.ownerId ?? null,
        due_on: input.dueOn ?? null,
        created_at: nowIso(),
      })
      .execute();
    return {};
  });
}

export async function removeTask(db: Kysely<DB>, actor: Actor, meetingId: string, taskId: string) {
  await change(db, actor, meetingId, 'meeting.task_remove', async (trx, access) => {
    requireRecorder(access);
    await requireOpen(trx, access);
    // Its follow-up is history (follow-up/service.ts): an assignment already reported on stays.
    const reported = await trx
      .selectFrom('task_report')
      .select('id')
      .where('task_id', '=', taskId)
      .executeTakeFirst();
    if (reported) throw new AppError('TASK_HAS_REPORTS');
    await deleteFromRecord(trx, 'meeting_task', taskId, meetingId);
    return {};
  });
}

export async function saveConclusion(db: Kysely<DB>, actor: Actor, meetingId: string, text: string | null) {
  await change(db, actor, meetingId, 'meeting.conclusion', async (trx, access) => {
    requireRecorder(access);
    await requireOpen(trx, access);
    return { conclusion: text };
  });
}

/**
 * The record is kept from the notice until the minutes are signed: not for a cancelled meeting, and not once
 * a signature fixed the minutes — what they record (attendance, speeches, guests, conclusion, assignments)
 * stays as signed; corrections are addenda.
 */
export async function requireOpen(trx: Trx, access: MeetingAccess): Promise<void> {
  if (access.meeting.status === 'cancelled') throw new AppError('MEETING_TRANSITION_NOT_ALLOWED');
  const minutes = await store.findMinutes(trx, access.meeting.id);
  if (
    minutes &&
    !isMinutesEditable({
      chair: Boolean(minutes.chair_signed_at),
      minuteTaker: Boolean(minutes.taker_signed_at),
    })
  )
    throw new AppError('MINUTES_LOCKED');
}

export function requireLive(access: MeetingAccess): void {
  if (!isLive(access.meeting.status)) throw new AppError('MEETING_NOT_LIVE');
}

/**
 * One write to a meeting: load and authorise, do the work, bump the meeting's `updated_at` (guarded, so two
 * consoles cannot both win on the same version when the caller passes one), audit, then tell every console.
 */
export async function change(
  db: Kysely<DB>,
  actor: Actor,
  meetingId: string,
  action: string,
  work: (trx: Trx, access: MeetingAccess) => Promise<Partial<DB['meeting']>>,
  expectedUpdatedAt?: string,
) {
  await db.transaction().execute(async (trx) => {
    const access = await loadMeeting(trx, actor, meetingId);
    if (expectedUpdatedAt !== undefined && expectedUpdatedAt !== access.meeting.updated_at)
      throw new AppError('MEETING_CHANGED');
    const patch = await work(trx, access);
    const updated_at = nowIsoAfter(access.meeting.updated_at);
    if (!(await store.updateMeeting(trx, meetingId, { ...patch, updated_at }, access.meeting.updated_at)))
      throw new AppError('MEETING_CHANGED');
    await recordAudit(trx, actor, {
      action,
      entityType: 'meeting',
      entityId: meetingId,
      unitId: access.meeting.cell_id,
      after: patch,
    });
  });
  announce(meetingId);
}
