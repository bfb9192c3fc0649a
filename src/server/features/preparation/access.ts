import type { Kysely, Transaction } from 'kysely';
import type { DB } from '#db/schema.ts';
import { type Actor, isAllowed } from '#domain/authz/policy.ts';
import type { Role } from '#domain/authz/roles.ts';
import { approvalDecision, eligibleApprovers, holdsApproverRole } from '#domain/preparation/approval.ts';
import { INITIAL_DRAFT_STATUS } from '#domain/preparation/draft-status.ts';
import { isInvitedGuest } from '#domain/support/support.ts';
import { authorize } from '../../authz/authorize.ts';
import { AppError } from '../../http/app-error.ts';
import { countOfficialMembers } from '../members/index.ts';
import { findOpenSupportOfCell } from '../support/index.ts';
import * as store from './store.ts';

type Q = Kysely<DB> | Transaction<DB>;

/**
 * Everything a preparation rule asks about one topic and one actor, read once per request: the topic and
 * its plan, the preparation so far, the preparers, and who the actor is in the cell.
 */
export interface TopicAccess {
  topic: NonNullable<Awaited<ReturnType<typeof store.findTopic>>>;
  chain: string[];
  /** The stored preparation, or the state of a topic nobody has started (`stored` false). */
  prep: DB['topic_preparation'];
  stored: boolean;
  preparers: { id: string; full_name: string }[];
  isPreparer: boolean;
  /** The actor's roles in the cell itself. */
  rolesHeld: Role[];
  officialCount: number;
  /** Holds the approving role for this cell's size (chi ủy, or bí thư where there is no chi ủy). */
  isApprover: boolean;
  /** Sees drafts before they reach members: the preparers and the cell's approvers. */
  isInsider: boolean;
  /** May record the secretary's briefing and the meeting (policy plan.edit). */
  isSecretary: boolean;
  /** The cell's open invitation to the committee above to comment on the drafts, if any. */
  invitation: Awaited<ReturnType<typeof store.findOpenInvitation>>;
  /**
   * Invited by the cell (support.ts, isInvitedGuest): the person assigned to follow the cell, or an officer of
   * the committee directly above, while the invitation is open — reads every draft, comments on the current one.
   */
  isInvitedGuest: boolean;
}

export async function loadAccess(db: Q, actor: Actor, topicId: string): Promise<TopicAccess> {
  const topic = await store.findTopic(db, topicId);
  if (!topic) throw new AppError('NOT_FOUND');
  const chain = await authorize(db, actor, 'topic.read', topic.cell_id);
  const [row, preparers, officialCount, invitation] = await Promise.all([
    store.findPreparation(db, topicId),
    store.listPreparers(db, topicId),
    countOfficialMembers(db, topic.cell_id),
    store.findOpenInvitation(db, topicId),
  ]);
  const rolesHeld = actor.grants
    .filter((g) => g.unitId === topic.cell_id && g.role !== 'member' && g.role !== 'staff')
    .map((g) => g.role as Role);
  const isPreparer = actor.personId !== null && preparers.some((p) => p.id === actor.personId);
  const isApprover = isAllowed(actor, 'topic.approve', chain) && holdsApproverRole(rolesHeld, officialCount);
  return {
    topic,
    chain,
    prep: row ?? emptyPreparation(topicId),
    stored: row !== undefined,
    preparers,
    isPreparer,
    rolesHeld,
    officialCount,
    isApprover,
    isInsider: isPreparer || isApprover || actor.isAdmin,
    isSecretary: isAllowed(actor, 'plan.edit', chain),
    invitation,
    isInvitedGuest: invitation !== undefined && (await invitedGuest(db, actor, topic.cell_id, chain)),
  };
}

/**
 * The record-level rule of the cell's invitation (seed 000: the committee above "chỉ đạo, hướng dẫn cách sinh
 * hoạt"): the person assigned to follow the cell by its open guidance record, or an officer of the committee
 * directly above. policy.ts is not loosened: anyone else above reads what committees above read.
 */
async function invitedGuest(db: Q, actor: Actor, cellId: string, chain: readonly string[]): Promise<boolean> {
  const parent = chain[1];
  const isParentOfficer = actor.grants.some((g) => g.unitId === parent && g.role === 'officer');
  const support = actor.personId ? await findOpenSupportOfCell(db, cellId) : undefined;
  return isInvitedGuest({
    invitationOpen: true,
    isAssignedToCell: support !== undefined && support.assignee_id === actor.personId,
    isParentOfficer,
  });
}

function emptyPreparation(topicId: string): DB['topic_preparation'] {
  return {
    topic_id: topicId,
    status: INITIAL_DRAFT_STATUS,
    briefing_purpose: null,
    briefing_requirements: null,
    briefing_content: null,
    briefing_method: null,
    briefed_on: null,
    briefed_by: null,
    comment_due_on: null,
    outline_saved_at: null,
    draft1_approved_at: null,
    distributed_at: null,
    comments_closed_at: null,
    draft2_approved_at: null,
    presented_on: null,
    final_at: null,
    final_number: null,
    created_at: '',
    updated_at: '',
  };
}

/** Preparation begins once the cell has adopted its plan: before that, topics and preparers may change. */
export function requireAdoptedPlan(access: TopicAccess): void {
  if (access.topic.plan_status === 'draft') throw new AppError('PREP_PLAN_NOT_ADOPTED');
}

export function requirePreparer(access: TopicAccess): void {
  if (!access.isPreparer) throw new AppError('PREP_NOT_PREPARER');
}

/**
 * Whether the actor decides on the draft, with the self-approval rule (approval.ts): 403 for someone who
 * holds no approving role, 409 for a preparer while another approver exists. Whether it was self-approval.
 */
export async function requireApprover(db: Q, actor: Actor, access: TopicAccess): Promise<boolean> {
  // The system administrator keeps the system, not the cell: only the cell's own committee decides.
  if (!isAllowed(actor, 'topic.approve', access.chain)) throw new AppError('PREP_NOT_APPROVER');
  const holders = await store.listCurrentRoles(db, access.topic.cell_id);
  const preparerIds = access.preparers.map((p) => p.id);
  const others = eligibleApprovers(
    holders.map((h) => ({ personId: h.person_id, roles: [h.role] })),
    access.officialCount,
    preparerIds,
  ).some((a) => !a.selfApproval);
  const decision = approvalDecision(access.rolesHeld, access.officialCount, access.isPreparer, others);
  if (decision.allowed) return decision.selfApproval;
  throw new AppError(decision.reason === 'OWN_DRAFT' ? 'PREP_OWN_DRAFT' : 'PREP_NOT_APPROVER');
}
