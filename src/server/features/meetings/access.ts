import type { Kysely, Transaction } from 'kysely';
import type { DB } from '#db/schema.ts';
import { type Actor, isAllowed } from '#domain/authz/policy.ts';
import { authorize } from '../../authz/authorize.ts';
import { AppError } from '../../http/app-error.ts';
import * as store from './store.ts';

type Q = Kysely<DB> | Transaction<DB>;

/** A meeting and who the actor is at it: the chair's side (secretary/deputy), the minute-taker, a member. */
export interface MeetingAccess {
  meeting: DB['meeting'];
  chain: string[];
  /** Schedules, runs and chairs (policy meeting.manage: the cell's secretary or deputy). */
  manages: boolean;
  /** The minute-taker appointed at this meeting. */
  isMinuteTaker: boolean;
  /** Keeps the record: the chair's side or the minute-taker. */
  records: boolean;
  mayAskToSpeak: boolean;
}

export async function loadMeeting(db: Q, actor: Actor, meetingId: string): Promise<MeetingAccess> {
  const meeting = await store.findMeeting(db, meetingId);
  if (!meeting) throw new AppError('NOT_FOUND');
  const chain = await authorize(db, actor, 'meeting.read', meeting.cell_id);
  const manages = isAllowed(actor, 'meeting.manage', chain);
  const isMinuteTaker = actor.personId !== null && actor.personId === meeting.minute_taker_id;
  return {
    meeting,
    chain,
    manages,
    isMinuteTaker,
    records: manages || isMinuteTaker,
    mayAskToSpeak: actor.personId !== null && isAllowed(actor, 'meeting.speak', chain),
  };
}

export function requireManager(access: MeetingAccess): void {
  if (!access.manages) throw new AppError('FORBIDDEN');
}

export function requireRecorder(access: MeetingAccess): void {
  if (!access.records) throw new AppError('FORBIDDEN');
}
