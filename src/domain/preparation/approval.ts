import type { Role } from '../authz/roles.ts';

/**
 * Who approves a topic's draft before it reaches members. Seeds 000 and 001: "Dự thảo chuyên đề phải
 * được chi ủy hoặc bí thư chi bộ thông qua" — the cell committee (chi ủy) where the cell has one, otherwise
 * the secretary. Whether a cell has a committee depends on its size (Party Charter 2011, Article 24): a cell
 * with fewer than 9 official members elects only a secretary (and possibly a deputy); with 9 or more it
 * elects a cell committee. The threshold is a parameter so that a later Charter changes configuration.
 */
export const DEFAULT_COMMITTEE_MIN_OFFICIAL_MEMBERS = 9;

const COMMITTEE_ROLES: readonly Role[] = ['secretary', 'deputy', 'committee_member'];
// Without a committee, the secretary approves; a deputy, where the cell elected one, stands in for the
// secretary. A `committee_member` grant left over from when the cell was larger gives no right here.
const NO_COMMITTEE_ROLES: readonly Role[] = ['secretary', 'deputy'];

function checkCount(officialMemberCount: number): void {
  if (!Number.isInteger(officialMemberCount) || officialMemberCount < 0)
    throw new RangeError(`official member count ${officialMemberCount} is not a whole number ≥ 0`);
}

export function hasCellCommittee(
  officialMemberCount: number,
  committeeFrom: number = DEFAULT_COMMITTEE_MIN_OFFICIAL_MEMBERS,
): boolean {
  checkCount(officialMemberCount);
  return officialMemberCount >= committeeFrom;
}

/**
 * The roles whose holders may record the approval (or refusal) of a draft. Where there is a committee the
 * decision is the committee's (Hướng dẫn 12-HD/BTCTW also asks the committee to meet before the cell
 * meeting); any of its members records it for the committee.
 */
export function approverRoles(
  officialMemberCount: number,
  committeeFrom: number = DEFAULT_COMMITTEE_MIN_OFFICIAL_MEMBERS,
): readonly Role[] {
  return hasCellCommittee(officialMemberCount, committeeFrom) ? COMMITTEE_ROLES : NO_COMMITTEE_ROLES;
}

export function holdsApproverRole(
  rolesHeld: readonly Role[],
  officialMemberCount: number,
  committeeFrom: number = DEFAULT_COMMITTEE_MIN_OFFICIAL_MEMBERS,
): boolean {
  const roles = approverRoles(officialMemberCount, committeeFrom);
  return rolesHeld.some((r) => roles.includes(r));
}

export type ApprovalRefusal = 'NOT_AN_APPROVER' | 'OWN_DRAFT';
export type ApprovalDecision =
  | { allowed: true; selfApproval: boolean }
  | { allowed: false; reason: ApprovalRefusal };

/**
 * Self-approval. The approval gate exists so that someone other than the author checks a text before the
 * whole cell studies it, so a preparer does not approve (or refuse) their own draft while another approver
 * exists. But the secretary very often prepares the topic personally — seed 002 has "đồng chí Bí thư chi
 * bộ … chuẩn bị các nội dung sinh hoạt", and Hướng dẫn 12-HD/BTCTW counts "content prepared by the
 * secretary or deputy" as a mark of a good meeting — and in a cell under 9 official members with no deputy
 * the secretary is then the only possible approver. Refusing outright would leave that draft unable ever
 * to reach members, so the sole approver may approve their own draft; the decision says `selfApproval` so
 * the record (and the committee above, which sees the report) can tell.
 *
 * @param rolesHeld the actor's roles in this cell.
 * @param isPreparer whether the actor is one of the topic's preparers.
 * @param anotherApproverExists whether someone in the cell who is not a preparer of this topic holds an
 *   approver role (see `eligibleApprovers`, which works it out from the cell's role holders).
 */
export function approvalDecision(
  rolesHeld: readonly Role[],
  officialMemberCount: number,
  isPreparer: boolean,
  anotherApproverExists: boolean,
  committeeFrom: number = DEFAULT_COMMITTEE_MIN_OFFICIAL_MEMBERS,
): ApprovalDecision {
  if (!holdsApproverRole(rolesHeld, officialMemberCount, committeeFrom))
    return { allowed: false, reason: 'NOT_AN_APPROVER' };
  if (!isPreparer) return { allowed: true, selfApproval: false };
  if (anotherApproverExists) return { allowed: false, reason: 'OWN_DRAFT' };
  return { allowed: true, selfApproval: true };
}

/** Whether the actor may approve or refuse the draft (same people decide either way). */
export function mayApprove(
  rolesHeld: readonly Role[],
  officialMemberCount: number,
  isPreparer: boolean,
  anotherApproverExists: boolean,
  committeeFrom: number = DEFAULT_COMMITTEE_MIN_OFFICIAL_MEMBERS,
): boolean {
  return approvalDecision(rolesHeld, officialMemberCount, isPreparer, anotherApproverExists, committeeFrom)
    .allowed;
}

export interface RoleHolder {
  personId: string;
  roles: readonly Role[];
}

/**
 * Everyone who may decide on this topic's draft, with the self-approval rule applied: the approvers who are
 * not preparers, or — only when there are none — the preparers who hold an approver role.
 */
export function eligibleApprovers(
  holders: readonly RoleHolder[],
  officialMemberCount: number,
  preparerIds: readonly string[],
  committeeFrom: number = DEFAULT_COMMITTEE_MIN_OFFICIAL_MEMBERS,
): { personId: string; selfApproval: boolean }[] {
  // One row per grant is fine: a person holding two roles is one approver.
  const approvers = [
    ...new Set(
      holders
        .filter((h) => holdsApproverRole(h.roles, officialMemberCount, committeeFrom))
        .map((h) => h.personId),
    ),
  ];
  const independent = approvers.filter((id) => !preparerIds.includes(id));
  if (independent.length > 0) return independent.map((personId) => ({ personId, selfApproval: false }));
  return approvers.map((personId) => ({ personId, selfApproval: true }));
}

export type RefusalIssue = { code: 'REMARK_REQUIRED' };

/** A refusal must say what to change: the preparer answers the remarks in the next version. */
export function refusalIssue(remark: string | null | undefined): RefusalIssue | undefined {
  return remark && remark.trim() !== '' ? undefined : { code: 'REMARK_REQUIRED' };
}
