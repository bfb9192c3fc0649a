import type { Kysely, Transaction } from 'kysely';
import type { DB } from '#db/schema.ts';
import { type Actor, isAllowed } from '#domain/authz/policy.ts';
import { authorize } from '../../authz/authorize.ts';
import { AppError } from '../../http/app-error.ts';
import * as store from './store.ts';

type Q = Kysely<DB> | Transaction<DB>;

/**
 * One guidance record and what the actor may do with it. Reading follows `support.read` on the cell (404 when
 * the cell is not visible, 403 when visible but not allowed); marking, reassigning and ending need
 * `support.manage`; a visit or note is recorded by an officer above (`support.record`) or by the person
 * assigned to the record — the record-level rule policy.ts cannot express.
 */
export async function loadSupport(db: Q, actor: Actor, id: string) {
  const record = await store.findSupport(db, id);
  if (!record) throw new AppError('NOT_FOUND');
  const chain = await authorize(db, actor, 'support.read', record.cell_id);
  return { record, chain, ...supportPermissions(actor, chain, record) };
}

export function supportPermissions(
  actor: Actor,
  chain: readonly string[],
  record: { assignee_id: string; ended_on: string | null },
) {
  const open = record.ended_on === null;
  const isAssignee = actor.personId !== null && actor.personId === record.assignee_id;
  return {
    canManage: open && isAllowed(actor, 'support.manage', chain),
    canRecord: open && (isAllowed(actor, 'support.record', chain) || isAssignee),
    isAssignee,
  };
}
