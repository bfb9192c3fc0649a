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
 * The vote is named first: without the cell's vote there is nothing for the committee's approval to seal.
 */
export type ResolutionIssueBlock =
  /** No passed vote on the resolution at an ended meeting of the topic. */
  | 'VOTE_MISSING'
  /** The text was not completed and approved last by the cell committee. */
  | 'FINAL_APPROVAL_MISSING'
  /** Already issued. */
  | 'ALREADY_ISSUED';

export interface ResolutionIssueFacts {
  status: DraftStatus;
  hasPassedVote: boolean;
}

export function resolutionIssueBlock(facts: ResolutionIssueFacts): ResolutionIssueBlock | undefined {
  if (facts.status === 'final') return 'ALREADY_ISSUED';
  if (!facts.hasPassedVote) return 'VOTE_MISSING';
  if (facts.status !== 'resolution_approved') return 'FINAL_APPROVAL_MISSING';
  return undefined;
}
