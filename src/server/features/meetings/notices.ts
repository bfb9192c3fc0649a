import type { Transaction } from 'kysely';
import type { DB } from '#db/schema.ts';
import type { Actor } from '#domain/authz/policy.ts';
import { notify } from '../../notifications/notify.ts';
import * as store from './store.ts';

type Trx = Transaction<DB>;
type RollKind = 'meeting_notice' | 'meeting_changed' | 'meeting_cancelled';

/**
 * The notice, a change of day, time or place, or a cancellation reaches everyone on the meeting's roll (seed
 * 000: members receive "thông báo nội dung, thời gian, địa điểm"), in the transaction of the change.
 */
export async function notifyRoll(trx: Trx, actor: Actor, meeting: DB['meeting'], kind: RollKind) {
  const roll = await store.listRoll(trx, meeting.cell_id, meeting.held_on);
  await notify(trx, {
    kind,
    unitId: meeting.cell_id,
    recipients: { personIds: roll.map((p) => p.id) },
    exceptPersonId: actor.personId,
    params: { date: meeting.held_on, time: meeting.starts_at, place: meeting.place },
    link: `/meetings/${meeting.id}`,
  });
}

/** Whether a change moves the meeting: its day, its time or its place. */
export function movesMeeting(before: DB['meeting'], after: Partial<DB['meeting']>): boolean {
  return (
    (after.held_on !== undefined && after.held_on !== before.held_on) ||
    (after.starts_at !== undefined && after.starts_at !== before.starts_at) ||
    (after.place !== undefined && after.place !== before.place)
  );
}

/** The minutes wait for the chair's and the minute-taker's signatures (minutes.ts). */
export async function notifySigners(trx: Trx, actor: Actor, meeting: DB['meeting']) {
  const signers = [meeting.chair_id, meeting.minute_taker_id].filter((id): id is string => Boolean(id));
  await notify(trx, {
    kind: 'minutes_to_sign',
    unitId: meeting.cell_id,
    recipients: { personIds: signers },
    exceptPersonId: actor.personId,
    params: { date: meeting.held_on },
    link: `/meetings/${meeting.id}`,
  });
}

/** A task recorded at the meeting (or made from an adopted decision) reaches its owner. */
export async function notifyTaskOwner(
  trx: Trx,
  actor: Actor | null,
  meeting: DB['meeting'],
  task: { title: string; ownerId: string | null; dueOn: string | null },
) {
  if (!task.ownerId) return;
  await notify(trx, {
    kind: 'task_assigned',
    unitId: meeting.cell_id,
    recipients: { personIds: [task.ownerId] },
    exceptPersonId: actor?.personId ?? null,
    params: { task: task.title, due: task.dueOn },
    link: '/my-work',
  });
}
