import type { Kysely } from 'kysely';
import { newId, nowIso } from '#db/ids.ts';
import type { DB } from '#db/schema.ts';
import type { Actor } from '#domain/authz/policy.ts';
import type { AttendanceState } from '#domain/meetings/attendance.ts';
import { clientIdOutcome } from '#domain/meetings/client-ids.ts';
import { AppError } from '../../http/app-error.ts';
import { hasReports } from '../follow-up/index.ts';
import { requireRecorder } from './access.ts';
import { change, requireLive, requireOpen, UNCHANGED } from './change.ts';
import { notifyTaskOwner } from './notices.ts';
import * as store from './store.ts';

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
    await store.insertGuest(trx, {
      id: newId(),
      meeting_id: meetingId,
      kind: input.kind,
      full_name: input.fullName,
      title: input.title ?? null,
      unit_name: input.unitName ?? null,
      // Typed in by the console when they are there; the committee's registrations are delegates/service.ts.
      person_id: null,
      unit_id: null,
      present: 1,
      created_at: nowIso(),
    });
    return {};
  });
}

/** A guest or an assignment is deleted from this meeting's record only: 404 when it is another's. */
async function deleteRecordRow(
  trx: Parameters<typeof store.deleteRecordRow>[0],
  table: 'meeting_guest' | 'meeting_task',
  id: string,
  meetingId: string,
) {
  if (!(await store.deleteRecordRow(trx, table, id, meetingId))) throw new AppError('NOT_FOUND');
}

export async function removeGuest(db: Kysely<DB>, actor: Actor, meetingId: string, guestId: string) {
  await change(db, actor, meetingId, 'meeting.guest_remove', async (trx, access) => {
    requireRecorder(access);
    await requireOpen(trx, access);
    if (await store.hasGuestSpoken(trx, guestId)) throw new AppError('MEETING_GUEST_SPOKE');
    await deleteRecordRow(trx, 'meeting_guest', guestId, meetingId);
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
  input: { personId?: string | null; guestId?: string | null; clientId?: string },
) {
  await change(db, actor, meetingId, 'meeting.speech_request', async (trx, access) => {
    const onBehalf = Boolean(input.personId || input.guestId) && input.personId !== actor.personId;
    if (onBehalf) requireRecorder(access);
    else if (!access.mayAskToSpeak) throw new AppError('FORBIDDEN');
    const personId = input.guestId ? null : (input.personId ?? actor.personId);
    const guestId = input.guestId ?? null;
    if (input.clientId) {
      const existing = await store.findSpeechById(trx, input.clientId);
      const outcome = clientIdOutcome(
        existing && {
          meetingId: existing.meeting_id,
          content: { personId: existing.person_id, guestId: existing.guest_id },
        },
        meetingId,
        { personId, guestId },
      );
      if (outcome === 'conflict') throw new AppError('MEETING_CLIENT_ID_TAKEN');
      // Sent again after a dropped answer: it was recorded, even if the meeting has ended since.
      if (outcome === 'replay') return UNCHANGED;
    }
    requireLive(access);
    if (personId) {
      if (!(await store.findAttendance(trx, meetingId, personId))) throw new AppError('MEETING_NOT_ON_ROLL');
      if (await store.isWaitingToSpeak(trx, meetingId, personId))
        throw new AppError('MEETING_ALREADY_WAITING');
    }
    const now = nowIso();
    await store.insertSpeech(trx, {
      id: input.clientId ?? newId(),
      meeting_id: meetingId,
      person_id: personId,
      guest_id: guestId,
      status: 'requested',
      position: (await store.lastSpeechPosition(trx, meetingId)) + 1,
      requested_at: now,
      started_at: null,
      ended_at: null,
      note: null,
      updated_at: now,
    });
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
    await store.updateSpeech(trx, speechId, patch);
    return {};
  });
}

export interface TaskInput {
  title: string;
  ownerId?: string | null;
  dueOn?: string | null;
  /** The id the console made for it (offline, client-ids.ts). */
  clientId?: string;
}

/** Assignments from the conclusion (seed 000: "phân công trách nhiệm"): collective or personal, with a due date. */
export async function addTask(db: Kysely<DB>, actor: Actor, meetingId: string, input: TaskInput) {
  await change(db, actor, meetingId, 'meeting.task_add', async (trx, access) => {
    requireRecorder(access);
    if (input.clientId) {
      const existing = await store.findTaskById(trx, input.clientId);
      const outcome = clientIdOutcome(
        existing && {
          meetingId: existing.meeting_id,
          content: { title: existing.title, ownerId: existing.owner_id, dueOn: existing.due_on },
        },
        meetingId,
        { title: input.title, ownerId: input.ownerId, dueOn: input.dueOn },
      );
      if (outcome === 'conflict') throw new AppError('MEETING_CLIENT_ID_TAKEN');
      if (outcome === 'replay') return UNCHANGED;
    }
    await requireOpen(trx, access);
    if (input.ownerId) {
      const roll = new Set(
        (await store.listRoll(trx, access.meeting.cell_id, access.meeting.held_on)).map((p) => p.id),
      );
      if (!roll.has(input.ownerId))
        throw new AppError('VALIDATION_FAILED', { ownerId: 'MEETING_PERSON_NOT_IN_CELL' });
    }
    await store.insertTask(trx, {
      id: input.clientId ?? newId(),
      meeting_id: meetingId,
      title: input.title,
      owner_id: input.ownerId ?? null,
      due_on: input.dueOn ?? null,
      created_at: nowIso(),
      decision_id: null,
    });
    await notifyTaskOwner(trx, actor, access.meeting, {
      title: input.title,
      ownerId: input.ownerId ?? null,
      dueOn: input.dueOn ?? null,
    });
    return {};
  });
}

export async function removeTask(db: Kysely<DB>, actor: Actor, meetingId: string, taskId: string) {
  await change(db, actor, meetingId, 'meeting.task_remove', async (trx, access) => {
    requireRecorder(access);
    await requireOpen(trx, access);
    // Its follow-up is history (follow-up/service.ts): an assignment already reported on stays.
    if (await hasReports(trx, taskId)) throw new AppError('TASK_HAS_REPORTS');
    // An adopted resolution decision (votes.ts) is the resolution's to carry out: it stays a task.
    if ((await store.listTasks(trx, meetingId)).some((t) => t.id === taskId && t.decision_id !== null))
      throw new AppError('TASK_FROM_DECISION');
    await deleteRecordRow(trx, 'meeting_task', taskId, meetingId);
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
