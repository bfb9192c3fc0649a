import type { LocalDate } from '../dates/local-date.ts';

/**
 * A meeting held on paper, entered afterwards (*practice*: a cell that kept its minute book on paper before
 * it used the app). Seed 002 asks that everything be recorded in the minute book ("sổ ghi biên bản"), so the
 * entry carries the signed minutes themselves (a scan or photo) and the number of members present as they
 * record it. It is the only way to mark a topic presented without the meeting's console: the meeting must
 * have taken place already (not after today), and no more members can be present than were on the cell's
 * roll that day (membership.ts).
 */
export type PaperMeetingIssue = 'HELD_IN_FUTURE' | 'PRESENT_ABOVE_ROLL' | 'PRESENT_NONE';

export function paperMeetingIssue(input: {
  heldOn: LocalDate;
  today: LocalDate;
  present: number;
  /** The members of the cell on the day (official, probationary, exempt). */
  onRoll: number;
}): PaperMeetingIssue | null {
  if (input.heldOn > input.today) return 'HELD_IN_FUTURE';
  if (input.present < 1) return 'PRESENT_NONE';
  if (input.present > input.onRoll) return 'PRESENT_ABOVE_ROLL';
  return null;
}
