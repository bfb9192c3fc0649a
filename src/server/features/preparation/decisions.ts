import type { Kysely, Transaction } from 'kysely';
import { newId, nowIso } from '#db/ids.ts';
import type { DB } from '#db/schema.ts';
import type { Actor } from '#domain/authz/policy.ts';
import {
  type DecisionEditBlock,
  decisionEditBlock,
  numberDecisions,
} from '#domain/preparation/resolution-decisions.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { AppError } from '../../http/app-error.ts';
import type { ErrorCode } from '../../http/messages.ts';
import { loadAccess, requireAdoptedPlan, requirePreparer, type TopicAccess } from './access.ts';
import * as store from './store.ts';

type Trx = Transaction<DB>;

export interface DecisionInput {
  text: string;
  ownerId?: string | null;
  dueOn?: string | null;
}

const REFUSAL: Record<DecisionEditBlock, ErrorCode> = {
  NOT_RESOLUTION: 'DECISION_NOT_RESOLUTION',
  NOT_EDITABLE: 'DECISION_NOT_EDITABLE',
  ADOPTED: 'DECISION_ADOPTED',
  VOTED: 'DECISION_VOTED',
};

/** The preparer, while the draft is being written (resolution-decisions.ts, decisionEditBlock). */
async function editing(
  trx: Trx,
  actor: Actor,
  topicId: string,
  decisionId: string | null,
  removing = false,
): Promise<{ access: TopicAccess; decision: DB['resolution_decision'] | undefined }> {
  const access = await loadAccess(trx, actor, topicId);
  requirePreparer(access);
  requireAdoptedPlan(access);
  const decision = decisionId ? await store.findDecision(trx, decisionId) : undefined;
  if (decisionId && decision?.topic_id !== topicId) throw new AppError('NOT_FOUND');
  const block = decisionEditBlock({
    kind: access.topic.kind,
    status: access.prep.status,
    decision: decision
      ? { adopted: decision.adopted_at !== null, voted: decision.voted_at !== null }
      : undefined,
    removing,
  });
  if (block) throw new AppError(REFUSAL[block]);
  return { access, decision };
}

async function checkOwner(trx: Trx, access: TopicAccess, ownerId: string | null | undefined) {
  if (!ownerId) return;
  const members = await store.listCellMembers(trx, access.topic.cell_id);
  if (!members.some((m) => m.id === ownerId && m.status !== 'transferred_out'))
    throw new AppError('VALIDATION_FAILED', { ownerId: 'DECISION_OWNER_NOT_MEMBER' });
}

const audit = (
  trx: Trx,
  actor: Actor,
  access: TopicAccess,
  action: string,
  after: unknown,
  before?: unknown,
) =>
  recordAudit(trx, actor, {
    action,
    entityType: 'plan_topic',
    entityId: access.topic.id,
    unitId: access.topic.cell_id,
    before,
    after,
  });

/** The preparer adds a decision at the end of the list ("CHI BỘ QUYẾT NGHỊ:", seed 003). */
export async function addDecision(db: Kysely<DB>, actor: Actor, topicId: string, input: DecisionInput) {
  await db.transaction().execute(async (trx) => {
    const { access } = await editing(trx, actor, topicId, null);
    await checkOwner(trx, access, input.ownerId);
    const now = nowIso();
    const row: DB['resolution_decision'] = {
      id: newId(),
      topic_id: topicId,
      position: await store.nextDecisionPosition(trx, topicId),
      text: input.text,
      owner_id: input.ownerId ?? null,
      due_on: input.dueOn ?? null,
      voted_at: null,
      adopted_at: null,
      created_at: now,
      updated_at: now,
    };
    await store.insertDecision(trx, row);
    await audit(trx, actor, access, 'topic.decision_add', row);
  });
}

export async function updateDecision(
  db: Kysely<DB>,
  actor: Actor,
  topicId: string,
  decisionId: string,
  input: DecisionInput,
) {
  await db.transaction().execute(async (trx) => {
    const { access, decision } = await editing(trx, actor, topicId, decisionId);
    await checkOwner(trx, access, input.ownerId);
    const patch = { text: input.text, owner_id: input.ownerId ?? null, due_on: input.dueOn ?? null };
    await store.updateDecision(trx, decisionId, { ...patch, updated_at: nowIso() });
    await audit(trx, actor, access, 'topic.decision_update', { id: decisionId, ...patch }, decision);
  });
}

export async function removeDecision(db: Kysely<DB>, actor: Actor, topicId: string, decisionId: string) {
  await db.transaction().execute(async (trx) => {
    const { access, decision } = await editing(trx, actor, topicId, decisionId, true);
    await store.deleteDecision(trx, decisionId);
    await audit(trx, actor, access, 'topic.decision_remove', { id: decisionId }, decision);
  });
}

/** A resolution topic's decisions, numbered 1, 2, … in their order, for the meeting and the documents. */
export async function decisionsOf(db: Kysely<DB> | Trx, topicId: string) {
  return numberDecisions(await store.listDecisions(db, topicId)).map((d) => ({
    id: d.id,
    topicId: d.topic_id,
    number: d.number,
    position: d.position,
    text: d.text,
    ownerId: d.owner_id,
    ownerName: d.owner_name,
    dueOn: d.due_on,
    voted: d.voted_at !== null,
    adopted: d.adopted_at !== null,
    adoptedAt: d.adopted_at,
  }));
}

/**
 * The cell voted on the decision (meetings' vote, in its transaction); a passed vote adopts it. True when this
 * vote adopted it; false for a failed vote, or when it already was adopted: the caller then makes no task.
 */
export async function recordDecisionVote(trx: Trx, decisionId: string, passed: boolean, at: string) {
  await store.markDecisionVoted(trx, decisionId, at);
  return passed && (await store.markDecisionAdopted(trx, decisionId, at));
}
