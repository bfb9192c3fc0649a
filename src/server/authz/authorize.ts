import type { Kysely, Transaction } from 'kysely';
import type { DB } from '#db/schema.ts';
import { type Action, type Actor, isAllowed } from '#domain/authz/policy.ts';
import { AppError } from '../http/app-error.ts';
import { unitChain } from './store.ts';

type Q = Kysely<DB> | Transaction<DB>;

export { anyUnder, unitChain } from './store.ts';

export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new AppError('UNAUTHENTICATED');
  return actor;
}

/**
 * The one gate: may this actor do this action on this unit? A unit the actor cannot even see answers
 * 404 (its existence is not disclosed); a visible unit where the action is not allowed answers 403.
 */
export async function authorize(db: Q, actor: Actor, action: Action, unitId: string): Promise<string[]> {
  const chain = await unitChain(db, unitId);
  authorizeChain(actor, action, chain);
  return chain;
}

/** `authorize` on a unit's chain already read (nearest first): the same 404 and 403. */
export function authorizeChain(actor: Actor, action: Action, chain: readonly string[]): void {
  if (chain.length === 0 || !isAllowed(actor, 'org.read', chain)) throw new AppError('NOT_FOUND');
  if (!isAllowed(actor, action, chain)) throw new AppError('FORBIDDEN');
}

export async function can(db: Q, actor: Actor, action: Action, unitId: string): Promise<boolean> {
  return isAllowed(actor, action, await unitChain(db, unitId));
}
