import type { Kysely, Transaction } from 'kysely';
import { nextDocumentNumber } from '#db/document-numbers.ts';
import { newId, nowIso } from '#db/ids.ts';
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
import { draftGateIssue, needsTopic } from '#domain/meetings/draft-gate.ts';
import { type MeetingAction, nextMeetingStatus } from '#domain/meetings/meeting-status.ts';
import { studyMinutes } from '#domain/meetings/timing.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { authorize } from '../../authz/authorize.ts';
import { AppError } from '../../http/app-error.ts';
import { getUnit } from '../orgs/index.ts';
import { actIn, findPreparation, findTopic } from '../preparation/index.ts';
import { requireManager } from './access.ts';
import { change, requireOpen } from './change.ts';
import { movesMeeting, notifyRoll } from './notices.ts';
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
    await requireTopicOfCell(trx, input.topicId, cellId, input.kind);
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
      study_minutes: null,
      paper_present: null,
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

/**
 * Seed 000: the thematic meeting is the topic's — "Dự thảo chuyên đề … gửi đến đảng viên trước khi tổ chức
 * sinh hoạt" — so a thematic or combined meeting names its topic of the cell's plan; a regular meeting alone
 * has none (choose "combined").
 */
async function requireTopicOfCell(
  trx: Trx,
  topicId: string | null | undefined,
  cellId: string,
  kind: MeetingKind,
) {
  if (!topicId) {
    if (needsTopic(kind)) throw new AppError('VALIDATION_FAILED', { topicId: 'MEETING_TOPIC_REQUIRED' });
    return;
  }
  if (kind === 'regular') throw new AppError('VALIDATION_FAILED', { topicId: 'MEETING_TOPIC_NOT_REGULAR' });
  const topic = await findTopic(trx, topicId);
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
      await requireTopicOfCell(trx, input.topicId, access.meeting.cell_id, input.kind);
      const order = input.partOrder ?? access.meeting.part_order;
      const issue = checkAgenda(input.agenda, input.kind, order)[0];
      if (issue) throw new AppError('VALIDATION_FAILED', { agenda: `AGENDA_${issue.code}` });
      await store.replaceAgenda(trx, meetingId, agendaRows(meetingId, input.agenda));
      const patch = {
        topic_id: input.topicId ?? null,
        kind: input.kind,
        part_order: order,
        held_on: input.heldOn,
        starts_at: input.startsAt,
        place: input.place,
      };
      // Once the notice is out, the people on the roll learn of a new day, time or place.
      if (access.meeting.notice_sent_at && movesMeeting(access.meeting, patch))
        await notifyRoll(trx, actor, { ...access.meeting, ...patch }, 'meeting_changed');
      return patch;
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
    await notifyRoll(trx, actor, m, 'meeting_notice');
    return { notice_sent_at: nowIso(), notice_number };
  });
}

/**
 * The roll: the members of the cell on the meeting's day, by their membership periods (membership.ts), with
 * the status the meeting counts them by. Added once; sent again (the day changed), the people not marked
 * yet who were not members on the new day leave it and those who were join it.
 */
async function fillRoll(trx: Trx, meeting: DB['meeting'], day = meeting.held_on) {
  const existing = await store.listAttendance(trx, meeting.id);
  const roll = await store.listRoll(trx, meeting.cell_id, day);
  const onRoll = new Set(roll.map((p) => p.id));
  await store.deleteUnmarkedAttendance(
    trx,
    meeting.id,
    existing.filter((a) => !onRoll.has(a.person_id)).map((a) => a.person_id),
  );
  const present = new Set(existing.map((a) => a.person_id));
  const now = nowIso();
  await store.insertAttendance(
    trx,
    roll
      .filter((p) => !present.has(p.id))
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
      await requireDraftDistributed(trx, access.meeting);
      // A meeting brought forward is held today: the minute book dates it by the day it happened, and its
      // roll is the cell's members of that day.
      const today = todayInVietnam();
      const heldOn = access.meeting.held_on > today ? today : access.meeting.held_on;
      await fillRoll(trx, access.meeting, heldOn);
      return {
        status: to,
        started_at: now,
        ...(heldOn !== access.meeting.held_on ? { held_on: heldOn } : {}),
      };
    }
    if (action === 'end') {
      // The agenda's clock stops with the meeting.
      for (const item of await store.listAgenda(trx, meetingId))
        if (item.started_at && !item.ended_at) await store.updateAgendaItem(trx, item.id, { ended_at: now });
      await markTopicPresented(trx, actor, access.meeting);
      return { status: to, ended_at: now, study_minutes: await recordedStudy(trx, access.meeting) };
    }
    // Those who had the notice learn that the meeting will not be held.
    if (action === 'cancel' && access.meeting.notice_sent_at)
      await notifyRoll(trx, actor, access.meeting, 'meeting_cancelled');
    return { status: to };
  });
}

/**
 * Seed 002: "dành thời gian ít nhất 30 phút" — the minutes the Hồ Chí Minh study took, kept on the meeting when
 * it ends, so the minutes and the report say whether it fell short (timing.ts).
 */
async function recordedStudy(trx: Trx, meeting: DB['meeting']) {
  const topic = meeting.topic_id ? await findTopic(trx, meeting.topic_id) : undefined;
  const agenda = (await store.listAgenda(trx, meeting.id)).map((i) => ({
    part: i.part,
    kind: i.kind,
    startedAt: i.started_at,
    endedAt: i.ended_at,
  }));
  return studyMinutes(meeting.kind, topic?.kind ?? '', agenda);
}

/** Seed 000: the topic's draft is approved and "gửi đến đảng viên trước khi tổ chức sinh hoạt" (draft-gate.ts). */
async function requireDraftDistributed(trx: Trx, meeting: DB['meeting']) {
  const prep = meeting.topic_id ? await findPreparation(trx, meeting.topic_id) : undefined;
  const topic = meeting.topic_id ? { distributedAt: prep?.distributed_at ?? null } : null;
  const issue = draftGateIssue(meeting.kind, topic);
  if (issue) throw new AppError(issue);
}

/**
 * The topic was presented at this meeting: its preparation moves on (step 5 of the plan is done) when its
 * draft 2 was approved; a topic not that far is left as it is, and the meeting stands on its own.
 */
async function markTopicPresented(trx: Trx, actor: Actor, meeting: DB['meeting']) {
  if (!meeting.topic_id) return;
  const prep = await findPreparation(trx, meeting.topic_id);
  if (prep?.status !== 'draft2_approved') return;
  // A plan reopened for changes holds its topics where they are (preparation refuses to move them): the
  // meeting ends all the same.
  const topic = await findTopic(trx, meeting.topic_id);
  if (topic?.plan_status === 'draft') return;
  // In the meeting's own transaction: the meeting ends and its topic is presented together, or neither.
  await actIn(trx, actor, meeting.topic_id, 'present', { presentedOn: meeting.held_on });
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
    const roll = new Set(
      (await store.listRoll(trx, access.meeting.cell_id, access.meeting.held_on)).map((p) => p.id),
    );
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
