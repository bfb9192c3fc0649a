import { describe, expect, it } from 'vitest';
import {
  isLive,
  MEETING_ACTIONS,
  MEETING_STATUSES,
  type MeetingAction,
  type MeetingStatus,
  nextMeetingStatus,
} from './meeting-status.ts';

// The whole lifecycle, written out: a scheduled meeting starts or is cancelled; a running one ends. Every
// pair not listed here must be refused.
const ALLOWED: ReadonlyArray<readonly [MeetingStatus, MeetingAction, MeetingStatus]> = [
  ['scheduled', 'start', 'in_progress'],
  ['scheduled', 'cancel', 'cancelled'],
  ['in_progress', 'end', 'ended'],
];
const listed = (from: MeetingStatus, action: MeetingAction) =>
  ALLOWED.find(([f, a]) => f === from && a === action)?.[2];

describe('nextMeetingStatus', () => {
  for (const [from, action, to] of ALLOWED) {
    it(`allows ${action} from ${from}, giving ${to}`, () => {
      expect(nextMeetingStatus(from, action)).toBe(to);
    });
  }

  for (const from of MEETING_STATUSES) {
    for (const action of MEETING_ACTIONS) {
      if (listed(from, action)) continue;
      it(`refuses ${action} from ${from}`, () => {
        expect(nextMeetingStatus(from, action)).toBeUndefined();
      });
    }
  }

  it('knows exactly four statuses and three actions', () => {
    expect([...MEETING_STATUSES]).toEqual(['scheduled', 'in_progress', 'ended', 'cancelled']);
    expect([...MEETING_ACTIONS]).toEqual(['start', 'end', 'cancel']);
  });

  it('lets nothing leave an ended or a cancelled meeting', () => {
    for (const action of MEETING_ACTIONS) {
      expect(nextMeetingStatus('ended', action)).toBeUndefined();
      expect(nextMeetingStatus('cancelled', action)).toBeUndefined();
    }
  });

  it('does not cancel a meeting that has started: it must be ended', () => {
    expect(nextMeetingStatus('in_progress', 'cancel')).toBeUndefined();
  });

  it('does not end a meeting that never started', () => {
    expect(nextMeetingStatus('scheduled', 'end')).toBeUndefined();
  });
});

describe('isLive', () => {
  it('keeps the live record only while the meeting is in progress', () => {
    expect(isLive('in_progress')).toBe(true);
    expect(isLive('scheduled')).toBe(false);
    expect(isLive('ended')).toBe(false);
    expect(isLive('cancelled')).toBe(false);
  });
});
