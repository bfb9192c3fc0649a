import { describe, expect, it } from 'vitest';
import { paperMeetingIssue } from './paper-meeting.ts';

const today = '2026-12-06';

describe('a past meeting held on paper, entered with its signed minutes', () => {
  it('is accepted for a day up to today with members present from the roll', () => {
    expect(paperMeetingIssue({ heldOn: '2026-03-10', today, present: 5, onRoll: 6 })).toBeNull();
    expect(paperMeetingIssue({ heldOn: today, today, present: 6, onRoll: 6 })).toBeNull();
  });

  it('is refused for a day still ahead: that meeting is scheduled, not entered', () => {
    expect(paperMeetingIssue({ heldOn: '2026-12-07', today, present: 5, onRoll: 6 })).toBe('HELD_IN_FUTURE');
  });

  it('is refused with nobody present, or more present than members on the roll that day', () => {
    expect(paperMeetingIssue({ heldOn: '2026-03-10', today, present: 0, onRoll: 6 })).toBe('PRESENT_NONE');
    expect(paperMeetingIssue({ heldOn: '2026-03-10', today, present: 7, onRoll: 6 })).toBe(
      'PRESENT_ABOVE_ROLL',
    );
  });
});
