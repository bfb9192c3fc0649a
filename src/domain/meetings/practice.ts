import type { LocalDate } from '../dates/local-date.ts';

/**
 * What the cell chooses to put into practice after its Hồ Chí Minh study, and its evaluation month after month.
 * Seed 002: "chi bộ … xác định và thực hiện làm theo, tháng kế tiếp đánh giá tình hình, kết quả học tập, làm
 * theo của tập thể và cá nhân (có thể duy trì từ một vài tháng), khi đạt được kết quả chuyển sang sinh hoạt nội
 * dung khác" — a commitment is set at one meeting, comes back on every later meeting's agenda until a meeting
 * finds it achieved and closes it.
 */
export interface CommitmentFacts {
  /** The meeting that set it, and its day. */
  meetingId: string;
  setOn: LocalDate;
  /** The meeting that found it achieved, and its day; none while it is open. */
  closedMeetingId: string | null;
  closedOn: LocalDate | null;
}

export interface MeetingFacts {
  id: string;
  heldOn: LocalDate;
}

/** Whether a commitment is on this meeting's agenda for evaluation: set before it, and not achieved earlier. */
export function isCarriedTo(c: CommitmentFacts, m: MeetingFacts): boolean {
  if (c.meetingId === m.id || c.setOn > m.heldOn) return false;
  return c.closedMeetingId === null || c.closedMeetingId === m.id || (c.closedOn ?? '') > m.heldOn;
}

export type PracticeIssue = 'PRACTICE_NOT_CARRIED' | 'PRACTICE_ALREADY_ACHIEVED';

/** A meeting evaluates only what was carried to it, and nothing once it was found achieved. */
export function reviewIssue(c: CommitmentFacts, m: MeetingFacts): PracticeIssue | undefined {
  if (!isCarriedTo(c, m)) return 'PRACTICE_NOT_CARRIED';
  if (c.closedMeetingId !== null) return 'PRACTICE_ALREADY_ACHIEVED';
  return undefined;
}
