import { describe, expect, it } from 'vitest';
import { DRAFT_STATUSES } from './draft-status.ts';
import { resolutionIssueBlock } from './resolution-issue.ts';

describe('resolutionIssueBlock', () => {
  it('issues once the cell voted for it and the committee approved it last', () => {
    expect(resolutionIssueBlock({ status: 'resolution_approved', hasPassedVote: true })).toBeUndefined();
  });

  // Seed 003: "Đảng viên thảo luận và biểu quyết".
  it('names the missing vote, whatever the status before issuing', () => {
    for (const status of DRAFT_STATUSES.filter((s) => s !== 'final'))
      expect(resolutionIssueBlock({ status, hasPassedVote: false })).toBe('VOTE_MISSING');
  });

  // Seed 001: "Cấp ủy duyệt lần cuối trước khi ban hành Nghị quyết".
  it('names the missing final approval when the vote passed', () => {
    for (const status of ['presented', 'resolution_completed', 'draft2_approved'] as const)
      expect(resolutionIssueBlock({ status, hasPassedVote: true })).toBe('FINAL_APPROVAL_MISSING');
  });

  it('does not issue twice', () => {
    expect(resolutionIssueBlock({ status: 'final', hasPassedVote: true })).toBe('ALREADY_ISSUED');
  });
});
