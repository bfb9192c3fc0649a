import { describe, expect, it } from 'vitest';
import { type CommitmentFacts, isCarriedTo, reviewIssue } from './practice.ts';

// Seed 002: "tháng kế tiếp đánh giá … (có thể duy trì từ một vài tháng), khi đạt được kết quả chuyển sang".
const march = { id: 'march', heldOn: '2026-03-10' };
const april = { id: 'april', heldOn: '2026-04-10' };
const may = { id: 'may', heldOn: '2026-05-10' };
const open: CommitmentFacts = {
  meetingId: 'march',
  setOn: '2026-03-10',
  closedMeetingId: null,
  closedOn: null,
};

describe('isCarriedTo', () => {
  it('carries an open commitment to every later meeting, not to the one that set it', () => {
    expect(isCarriedTo(open, march)).toBe(false);
    expect(isCarriedTo(open, april)).toBe(true);
    expect(isCarriedTo(open, may)).toBe(true);
    expect(isCarriedTo(open, { id: 'feb', heldOn: '2026-02-10' })).toBe(false);
  });

  it('stops after the meeting that found it achieved, which still shows it', () => {
    const closed = { ...open, closedMeetingId: 'april', closedOn: '2026-04-10' };
    expect(isCarriedTo(closed, april)).toBe(true);
    expect(isCarriedTo(closed, may)).toBe(false);
  });
});

describe('reviewIssue', () => {
  it('lets a later meeting evaluate an open commitment, month after month', () => {
    expect(reviewIssue(open, april)).toBeUndefined();
    expect(reviewIssue(open, may)).toBeUndefined();
  });

  it('refuses the meeting that set it, and a commitment already achieved', () => {
    expect(reviewIssue(open, march)).toBe('PRACTICE_NOT_CARRIED');
    const closed = { ...open, closedMeetingId: 'april', closedOn: '2026-04-10' };
    expect(reviewIssue(closed, april)).toBe('PRACTICE_ALREADY_ACHIEVED');
    expect(reviewIssue(closed, may)).toBe('PRACTICE_NOT_CARRIED');
  });
});
