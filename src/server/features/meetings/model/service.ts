import type { Kysely, Transaction } from 'kysely';
import { newId, nowIso, nowIsoAfter } from '#db/ids.ts';
import type { DB } from '#db/schema.ts';
import { type Actor, isAllowed } from '#domain/authz/policy.ts';
import { todayInVietnam } from '#domain/dates/local-date.ts';
import { attendanceChangeClosed } from '#domain/meetings/delegates.ts';
import {
  designatingCommittee,
  designationProblem,
  invitedCells,
  lessonsProblem,
} from '#domain/meetings/model-meetings.ts';
import { recordAudit } from '../../../audit/audit-log.ts';
import { unitChain } from '../../../authz/authorize.ts';
import { AppError } from '../../../http/app-error.ts';
import { notify } from '../../../notifications/notify.ts';
import { getUnit } from '../../orgs/index.ts';
import { publishModelMeetingTopic } from '../../topics/index.ts';
import type { MeetingAccess } from '../access.ts';
import { change } from '../change.ts';
import * as delegateStore from '../delegates/store.ts';
import { announce } from '../live.ts';
import * as meetingStore from '../store.ts';
import * as store from './store.ts';

type Q = Kysely<DB> | Transaction<DB>;
type Trx = Transaction<DB>;

/**
 * Who the actor is for a model meeting: a reader of the host cell's meetings (its members, the committees
 * above), or the secretary of an invited cell — who sees only what the invitation needs (topic, day, place,
 * purpose), not the cell's record. Anyone else, and anyone when the meeting is no model: 404.
 */
async function loadModel(db: Q, actor: Actor, meetingId: string) {
  const meeting = await meetingStore.findMeeting(db, meetingId);
  if (!meeting) throw new AppError('NOT_FOUND');
  const chain = await unitChain(db, meeting.cell_id);
  const readsMeeting = chain.length > 0 && isAllowed(actor, 'meeting.read', chain);
  const model = await store.findByMeeting(db, meetingId);
  if (!model) throw new AppError('NOT_FOUND');
  const invited = await store.listInvitedCells(db, model.id);
  const mySecretaryCells = new Set(actor.grants.filter((g) => g.role === 'secretary').map((g) => g.unitId));
  const invitedAs = invited.find((c) => mySecretaryCells.has(c.id));
  if (!readsMeeting && !invitedAs) throw new AppError('NOT_FOUND');
  return { meeting, chain, readsMeeting, model, invited, invitedAs };
}

/** The model meeting's page: the invitation, the cells invited, the observers, the lessons and what the actor may do. */
export async function getModelMeeting(db: Kysely<DB>, actor: Actor, meetingId: string) {
  const {
    meeting: m,
    chain,
    readsMeeting,
    model,
    invited,
    invitedAs,
  } = await loadModel(db, actor, meetingId);
  const [cell, topic, guests] = await Promise.all([
    getUnit(db, m.cell_id),
    store.findTopicTitle(db, m.topic_id),
    meetingStore.listGuests(db, m.id),
  ]);
  const invitedIds = invited.map((c) => c.id);
  const observers = guests.filter((g) => g.person_id !== null && g.unit_id && invitedIds.includes(g.unit_id));
  const today = todayInVietnam();
  const attending = observers.some((g) => g.person_id === actor.personId);
  const attendOpen = invitedAs !== undefined && !attendanceChangeClosed(m.status, m.held_on, today);
  const designates = isAllowed(actor, 'model_meeting.designate', chain);
  return {
    meetingId: m.id,
    cellId: m.cell_id,
    cellName: cell.name,
    committeeId: model.committee_id,
    committeeName: model.committee_name,
    purpose: model.purpose,
    designatedAt: model.designated_at,
    kind: m.kind,
    status: m.status,
    heldOn: m.held_on,
    startsAt: m.starts_at,
    place: m.place,
    topicTitle: topic?.title ?? null,
    /** The host's topic page is for those who read the cell's meetings. */
    topicId: readsMeeting ? (topic?.id ?? null) : null,
    invitedCells: invited,
    observers: observers.map((g) => ({
      personId: g.person_id ?? '',
      fullName: g.full_name,
      unitName: g.unit_name,
    })),
    lessons: model.lessons,
    lessonsAt: model.lessons_at,
    libraryModelId: model.model_id,
    attending,
    permissions: {
      openMeeting: readsMeeting,
      withdraw:
        designates &&
        designationProblem({ kind: m.kind, status: m.status, heldOn: m.held_on }, today) === null,
      recordLessons: isAllowed(actor, 'model_meeting.lessons', chain) && lessonsProblem(m.status) === null,
      attend: attendOpen && !attending && actor.personId !== null,
      leave: attendOpen && attending,
    },
  };
}

export interface DesignationInput {
  purpose: string;
  /** The cells invited; null invites every other cell of the committee's subtree. */
  cellIds: string[] | null;
}

/**
 * A committee's officer chooses a cell's thematic meeting still to come as a model meeting for the other cells
 * of the committee's subtree, with its purpose, and invites their secretaries: each gets a notification and
 * sees the meeting in their calendar and on their home. Seed 001: "sinh hoạt chuyên đề mẫu".
 */
export async function designateModelMeeting(
  db: Kysely<DB>,
  actor: Actor,
  meetingId: string,
  input: DesignationInput,
) {
  await change(db, actor, meetingId, 'meeting.model_designate', async (trx, access) => {
    const committeeId = requireDesignator(actor, access);
    const m = access.meeting;
    const problem = designationProblem(
      { kind: m.kind, status: m.status, heldOn: m.held_on },
      todayInVietnam(),
    );
    if (problem) throw new AppError(problem);
    if (await store.findByMeeting(trx, meetingId)) throw new AppError('MODEL_MEETING_EXISTS');
    const cells = invitedCells(await store.cellsUnder(trx, committeeId), m.cell_id, input.cellIds);
    if ('problem' in cells) throw new AppError(cells.problem);
    const now = nowIso();
    const row: DB['model_meeting'] = {
      id: newId(),
      meeting_id: meetingId,
      committee_id: committeeId,
      purpose: input.purpose,
      designated_by: actor.personId,
      designated_at: now,
      lessons: null,
      lessons_by: null,
      lessons_at: null,
      model_id: null,
    };
    await store.insertDesignation(trx, row, cells.cells, now);
    await notifyInvited(trx, actor, access, committeeId, cells.cells, 'model_meeting_invited');
    return {};
  });
}

/** The committee calls the model off before the meeting: the invitations and the observers' registrations go. */
export async function withdrawModelMeeting(db: Kysely<DB>, actor: Actor, meetingId: string) {
  await change(db, actor, meetingId, 'meeting.model_withdraw', async (trx, access) => {
    requireDesignator(actor, access);
    const model = await store.findByMeeting(trx, meetingId);
    if (!model) throw new AppError('NOT_FOUND');
    const m = access.meeting;
    // Withdrawing is closed once the meeting took place, whatever its kind.
    if (designationProblem({ kind: 'thematic', status: m.status, heldOn: m.held_on }, todayInVietnam()))
      throw new AppError('MODEL_MEETING_CLOSED');
    const cells = (await store.listInvitedCells(trx, model.id)).map((c) => c.id);
    await store.deleteObservers(trx, meetingId, cells);
    await store.deleteDesignation(trx, model.id);
    await notifyInvited(trx, actor, access, model.committee_id, cells, 'model_meeting_withdrawn');
    return {};
  });
}

/**
 * After the meeting the lessons drawn are recorded (seed 001: "rút kinh nghiệm") by the committee's officers
 * above the cell or the host cell's secretary, and the finished topic joins the designating committee's library
 * with them. Before the meeting ended: 409; a topic not finished: 409 TOPIC_NOT_FINISHED.
 */
export async function recordLessons(db: Kysely<DB>, actor: Actor, meetingId: string, lessons: string) {
  await change(db, actor, meetingId, 'meeting.model_lessons', async (trx, access) => {
    if (!isAllowed(actor, 'model_meeting.lessons', access.chain)) throw new AppError('FORBIDDEN');
    const model = await store.findByMeeting(trx, meetingId);
    if (!model) throw new AppError('NOT_FOUND');
    const problem = lessonsProblem(access.meeting.status);
    if (problem) throw new AppError(problem);
    const modelId = access.meeting.topic_id
      ? await publishModelMeetingTopic(trx, actor, {
          topicId: access.meeting.topic_id,
          committeeId: model.committee_id,
          lessons,
        })
      : null;
    await store.saveLessons(trx, model.id, {
      lessons,
      lessons_by: actor.personId,
      lessons_at: nowIso(),
      model_id: modelId,
    });
    return {};
  });
}

/**
 * An invited secretary registers to attend as an observer, before the meeting starts: a guest row linked to
 * their person and cell (the delegates' mechanism), so the console marks them present and the minutes and the
 * report name them; the host cell's secretary and deputy are told who is coming.
 */
export async function attendModelMeeting(db: Kysely<DB>, actor: Actor, meetingId: string) {
  await observerChange(db, actor, meetingId, 'meeting.model_attend', async (trx, meeting, cell) => {
    const personId = actor.personId ?? '';
    if (await delegateStore.findRegistration(trx, meetingId, personId))
      throw new AppError('MODEL_MEETING_ATTENDING');
    const person = await store.findPersonName(trx, personId);
    if (!person) throw new AppError('FORBIDDEN');
    await meetingStore.insertGuest(trx, {
      id: newId(),
      meeting_id: meetingId,
      kind: 'delegate',
      full_name: person.full_name,
      title: 'Bí thư chi bộ',
      unit_name: cell.name,
      person_id: personId,
      unit_id: cell.id,
      present: 0,
      created_at: nowIso(),
    });
    await notifyHost(trx, actor, meeting, 'delegate_registered', person.full_name, cell.name);
  });
}

/** The invited secretary withdraws before the meeting starts. Not registered: 404. */
export async function leaveModelMeeting(db: Kysely<DB>, actor: Actor, meetingId: string) {
  await observerChange(db, actor, meetingId, 'meeting.model_leave', async (trx, meeting, cell) => {
    const personId = actor.personId ?? '';
    const row = await delegateStore.findRegistration(trx, meetingId, personId);
    if (!row || row.unit_id !== cell.id) throw new AppError('NOT_FOUND');
    if (await meetingStore.hasGuestSpoken(trx, row.id)) throw new AppError('MEETING_GUEST_SPOKE');
    await delegateStore.deleteRegistration(trx, meetingId, personId);
    await notifyHost(trx, actor, meeting, 'delegate_withdrawn', row.full_name, cell.name);
  });
}

/**
 * One write of an invited secretary: they read no more of the host cell than the invitation, so the meeting's
 * own gate (meeting.read) does not let them in; the invitation does. The meeting's version is bumped, the write
 * audited and the consoles told, as `change()` does.
 */
async function observerChange(
  db: Kysely<DB>,
  actor: Actor,
  meetingId: string,
  action: string,
  work: (trx: Trx, meeting: DB['meeting'], cell: { id: string; name: string }) => Promise<void>,
) {
  await db.transaction().execute(async (trx) => {
    const { meeting, invitedAs } = await loadModel(trx, actor, meetingId);
    if (!invitedAs || actor.personId === null) throw new AppError('FORBIDDEN');
    if (attendanceChangeClosed(meeting.status, meeting.held_on, todayInVietnam()))
      throw new AppError('MEETING_DELEGATE_CLOSED');
    await work(trx, meeting, invitedAs);
    const updated_at = nowIsoAfter(meeting.updated_at);
    if (!(await meetingStore.updateMeeting(trx, meetingId, { updated_at }, meeting.updated_at)))
      throw new AppError('MEETING_CHANGED');
    await recordAudit(trx, actor, {
      action,
      entityType: 'meeting',
      entityId: meetingId,
      unitId: meeting.cell_id,
      after: { observer: actor.personId, cellId: invitedAs.id },
    });
  });
  announce(meetingId);
}

/** The designating committee: the actor's nearest committee above the cell where they are officer. */
function requireDesignator(actor: Actor, access: MeetingAccess): string {
  const committeeId = designatingCommittee(actor, access.chain);
  if (!committeeId || !isAllowed(actor, 'model_meeting.designate', access.chain))
    throw new AppError('FORBIDDEN');
  return committeeId;
}

async function notifyInvited(
  trx: Trx,
  actor: Actor,
  access: MeetingAccess,
  committeeId: string,
  cellIds: readonly string[],
  kind: 'model_meeting_invited' | 'model_meeting_withdrawn',
) {
  const m = access.meeting;
  const [committee, cell, topic] = await Promise.all([
    getUnit(trx, committeeId),
    getUnit(trx, m.cell_id),
    store.findTopicTitle(trx, m.topic_id),
  ]);
  for (const cellId of cellIds)
    await notify(trx, {
      kind,
      unitId: cellId,
      recipients: { roles: ['secretary'] },
      exceptPersonId: actor.personId,
      params: {
        committee: committee.name,
        cell: cell.name,
        topic: topic?.title ?? '',
        date: m.held_on,
        time: m.starts_at,
        place: m.place,
      },
      link: kind === 'model_meeting_invited' ? `/model-meetings/${m.id}` : '/',
    });
}

async function notifyHost(
  trx: Trx,
  actor: Actor,
  meeting: DB['meeting'],
  kind: 'delegate_registered' | 'delegate_withdrawn',
  name: string,
  from: string,
) {
  await notify(trx, {
    kind,
    unitId: meeting.cell_id,
    recipients: { roles: ['secretary', 'deputy'] },
    exceptPersonId: actor.personId,
    params: { name, committee: from, date: meeting.held_on, time: meeting.starts_at },
    link: `/meetings/${meeting.id}`,
  });
}
