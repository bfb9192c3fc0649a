import type { Kysely, Transaction } from 'kysely';
import { nowIsoAfter } from '#db/ids.ts';
import type { DB } from '#db/schema.ts';
import type { Actor } from '#domain/authz/policy.ts';
import { isLive } from '#domain/meetings/meeting-status.ts';
import { isMinutesEditable } from '#domain/meetings/minutes-status.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { AppError } from '../../http/app-error.ts';
import { loadMeeting, type MeetingAccess } from './access.ts';
import { announce } from './live.ts';
import * as store from './store.ts';

type Trx = Transaction<DB>;

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
 * What the meeting itself records of earlier ones (practice commitments evaluated, assignments checked) is
 * recorded at the meeting, or after it until the minutes are signed (with requireOpen): not before it starts.
 */
export function requireHeld(meeting: DB['meeting']): void {
  if (meeting.status !== 'in_progress' && meeting.status !== 'ended') throw new AppError('MEETING_NOT_LIVE');
}

/**
 * What `work` answers when the request was already done (a console's create sent again with its client id,
 * meetings/console.ts): nothing is written, the meeting keeps its version, no audit entry, no event.
 */
export const UNCHANGED = Symbol('unchanged');

/**
 * One write to a meeting: load and authorise, do the work, bump the meeting's `updated_at` (guarded, so two
 * consoles cannot both win on the same version when the caller passes one), audit, then tell every console.
 */
export async function change(
  db: Kysely<DB>,
  actor: Actor,
  meetingId: string,
  action: string,
  work: (trx: Trx, access: MeetingAccess) => Promise<Partial<DB['meeting']> | typeof UNCHANGED>,
  expectedUpdatedAt?: string,
) {
  const changed = await db.transaction().execute(async (trx) => {
    // One writer of a meeting at a time: only a caller who read an older version (expectedUpdatedAt)
    // conflicts, never two marks of different people arriving together.
    await store.lockMeeting(trx, meetingId);
    const access = await loadMeeting(trx, actor, meetingId);
    if (expectedUpdatedAt !== undefined && expectedUpdatedAt !== access.meeting.updated_at)
      throw new AppError('MEETING_CHANGED');
    const patch = await work(trx, access);
    if (patch === UNCHANGED) return false;
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
    return true;
  });
  if (changed) announce(meetingId);
}
