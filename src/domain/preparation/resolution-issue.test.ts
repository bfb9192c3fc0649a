import { describe, expect, it } from 'vitest';
import { DRAFT_STATUSES } from './draft-status.ts';
import { resolutionIssueBlock } from './resolution-issue.ts';

const facts = { hasPassedVote: true, adoptedDecisions: 2 };

describe('resolutionIssueBlock', () => {
  it('issues once the cell voted for it and the committee approved it last', () => {
    expect(resolutionIssueBlock({ ...facts, status: 'resolution_approved' })).toBeUndefined();
  });

  // Seed 003: "Đảng viên thảo luận và biểu quyết".
  it('names the missing vote, whatever the status before issuing', () => {
    for (const status of DRAFT_STATUSES.filter((s) => s !== 'final'))
      expect(resolutionIssueBlock({ status, hasPassedVote: false, adoptedDecisions: 0 })).toBe(
        'VOTE_MISSING',
      );
  });

  // Seed 003, step 2: "Tổ chức thực hiện, phân công nhiệm vụ đối với cán bộ đảng viên" — nothing adopted, nothing
  // to carry out.
  it('names the missing adopted decision once a vote passed', () => {
    for (const status of ['presented', 'resolution_completed', 'resolution_approved'] as const)
      expect(resolutionIssueBlock({ status, hasPassedVote: true, adoptedDecisions: 0 })).toBe(
        'DECISIONS_MISSING',
      );
  });

  // Seed 001: "Cấp ủy duyệt lần cuối trước khi ban hành Nghị quyết".
  it('names the missing final approval when the vote passed and adopted decisions', () => {
    for (const status of ['presented', 'resolution_completed', 'draft2_approved'] as const)
      expect(resolutionIssueBlock({ ...facts, status })).toBe('FINAL_APPROVAL_MISSING');
  });

  it('does not issue twice', () => {
    expect(resolutionIssueBlock({ ...facts, status: 'final' })).toBe('ALREADY_ISSUED');
  });
});
