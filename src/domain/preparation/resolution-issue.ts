import type { DraftStatus } from './draft-status.ts';

/**
 * What must be true before the secretary issues a resolution topic as the cell's Nghị quyết.
 *
 * - Seed 003, step 4: "Tổ chức họp chi bộ thông qua dự thảo. Đảng viên thảo luận và biểu quyết" — the members
 *   voted at the topic's meeting and the vote passed (meetings' vote rule, vote-rule.ts).
 * - Seed 001: "Cấp ủy duyệt lần cuối trước khi ban hành Nghị quyết triển khai thực hiện" — the cell committee
 *   (or the secretary where the cell has none, approval.ts) approved the completed text last
 *   (status `resolution_approved`, draft-status.ts).
 *
 * - Seed 003, step 2: the draft resolution sets out "Tổ chức thực hiện, phân công nhiệm vụ đối với cán bộ đảng
 *   viên" — its decisions ("CHI BỘ QUYẾT NGHỊ:"), each voted on at the meeting (resolution-decisions.ts). A
 *   resolution that adopted none decides nothing: it is not issued.
 *
 * The vote is named first: without the cell's vote there is nothing for the committee's approval to seal.
 */
export type ResolutionIssueBlock =
  /** No passed vote on the resolution at an ended meeting of the topic. */
  | 'VOTE_MISSING'
  /** The cell's votes adopted none of the resolution's decisions. */
  | 'DECISIONS_MISSING'
  /** The text was not completed and approved last by the cell committee. */
  | 'FINAL_APPROVAL_MISSING'
  /** Already issued. */
  | 'ALREADY_ISSUED';

export interface ResolutionIssueFacts {
  status: DraftStatus;
  hasPassedVote: boolean;
  /** How many of the resolution's decisions a passed vote adopted. */
  adoptedDecisions: number;
}

export function resolutionIssueBlock(facts: ResolutionIssueFacts): ResolutionIssueBlock | undefined {
  if (facts.status === 'final') return 'ALREADY_ISSUED';
  if (!facts.hasPassedVote) return 'VOTE_MISSING';
  if (facts.adoptedDecisions === 0) return 'DECISIONS_MISSING';
  if (facts.status !== 'resolution_approved') return 'FINAL_APPROVAL_MISSING';
  return undefined;
}
