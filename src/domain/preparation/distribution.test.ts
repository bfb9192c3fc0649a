import { describe, expect, it } from 'vitest';
import { MEMBER_STATUSES, type MemberStatus } from '../members/member-status.ts';
import {
  checkCommentDueDate,
  commentDueDate,
  DEFAULT_COMMENT_WINDOW_RULES,
  expectedReaders,
  isExpectedReader,
  latestDistributionDate,
  missing,
} from './distribution.ts';

const cell: { id: string; name: string; status: MemberStatus }[] = [
  { id: 'm1', name: 'Nguyễn Văn An', status: 'official' },
  { id: 'm2', name: 'Trần Thị Bình', status: 'probationary' },
  { id: 'm3', name: 'Lê Văn Cường', status: 'exempt' },
  { id: 'm4', name: 'Phạm Thị Dung', status: 'transferred_out' },
  { id: 'm5', name: 'Hoàng Văn Em', status: 'staff' },
  { id: 'm6', name: 'Vũ Thị Giang', status: 'official' },
];

describe('isExpectedReader', () => {
  const EXPECTED: Record<MemberStatus, boolean> = {
    official: true,
    probationary: true,
    exempt: false,
    transferred_out: false,
    staff: false,
  };

  for (const status of MEMBER_STATUSES) {
    it(`${EXPECTED[status] ? 'expects' : 'does not expect'} a member who is ${status} to study and comment`, () => {
      expect(isExpectedReader(status)).toBe(EXPECTED[status]);
    });
  }
});

describe('expectedReaders', () => {
  it('keeps official and probationary members, in roster order', () => {
    expect(expectedReaders(cell).map((m) => m.id)).toEqual(['m1', 'm2', 'm6']);
  });

  it('leaves out the preparers: they wrote the text (seed 001)', () => {
    expect(expectedReaders(cell, ['m6']).map((m) => m.id)).toEqual(['m1', 'm2']);
    expect(expectedReaders(cell, ['m1', 'm2']).map((m) => m.id)).toEqual(['m6']);
  });

  it('returns the callers’ own objects, untouched', () => {
    const readers = expectedReaders(cell);
    expect(readers[0]).toBe(cell[0]);
    expect(readers[0]?.name).toBe('Nguyễn Văn An');
  });

  it('is empty for an empty roster', () => {
    expect(expectedReaders([])).toEqual([]);
  });
});

describe('missing', () => {
  const readers = expectedReaders(cell);

  it('lists who has not read yet, in the expected order', () => {
    expect(missing(readers, ['m2']).map((m) => m.id)).toEqual(['m1', 'm6']);
  });

  it('is empty once everyone has commented', () => {
    expect(missing(readers, ['m6', 'm1', 'm2'])).toEqual([]);
  });

  it('ignores receipts from people who were not expected (an exempt member who read anyway)', () => {
    expect(missing(readers, ['m3', 'm5']).map((m) => m.id)).toEqual(['m1', 'm2', 'm6']);
  });

  it('accepts any iterable of ids, counting repeats once', () => {
    expect(missing(readers, new Set(['m1'])).map((m) => m.id)).toEqual(['m2', 'm6']);
    expect(missing(readers, ['m1', 'm1', 'm6']).map((m) => m.id)).toEqual(['m2']);
  });
});

describe('commentDueDate', () => {
  it('uses the practice defaults: one day ahead, closing one day before the meeting, a week to comment', () => {
    expect(DEFAULT_COMMENT_WINDOW_RULES).toEqual({ minDaysAhead: 1, daysBeforeMeeting: 1, windowDays: 7 });
  });

  it('gives a week when no meeting date is set', () => {
    expect(commentDueDate('2026-02-03')).toEqual({ ok: true, dueOn: '2026-02-10' });
  });

  it('gives a week when the meeting is far off (seed 000: comments in month 2, meeting in month 3)', () => {
    expect(commentDueDate('2026-02-03', '2026-03-10')).toEqual({ ok: true, dueOn: '2026-02-10' });
  });

  it('closes the window the day before the meeting when the meeting is near', () => {
    expect(commentDueDate('2026-03-05', '2026-03-09')).toEqual({ ok: true, dueOn: '2026-03-08' });
  });

  it('accepts the tightest schedule: sent two days ahead, due the day before', () => {
    expect(commentDueDate('2026-03-07', '2026-03-09')).toEqual({ ok: true, dueOn: '2026-03-08' });
  });

  it('says when a draft goes out too late for the meeting, and the last day it could have gone', () => {
    expect(commentDueDate('2026-03-08', '2026-03-09')).toEqual({
      ok: false,
      code: 'TOO_LATE_TO_DISTRIBUTE',
      latestDistributionOn: '2026-03-07',
    });
    expect(commentDueDate('2026-03-12', '2026-03-09')).toMatchObject({ ok: false });
  });

  it('crosses month and year ends, and leap days', () => {
    expect(commentDueDate('2025-12-28')).toEqual({ ok: true, dueOn: '2026-01-04' });
    expect(commentDueDate('2024-02-25')).toEqual({ ok: true, dueOn: '2024-03-03' });
    expect(commentDueDate('2024-02-27', '2024-03-01')).toEqual({ ok: true, dueOn: '2024-02-29' });
  });

  it('follows a committee’s own rules', () => {
    expect(commentDueDate('2026-02-03', undefined, { windowDays: 14 })).toEqual({
      ok: true,
      dueOn: '2026-02-17',
    });
    expect(commentDueDate('2026-02-03', '2026-02-20', { daysBeforeMeeting: 5, windowDays: 30 })).toEqual({
      ok: true,
      dueOn: '2026-02-15',
    });
    expect(commentDueDate('2026-02-03', '2026-02-10', { minDaysAhead: 3, daysBeforeMeeting: 5 })).toEqual({
      ok: false,
      code: 'TOO_LATE_TO_DISTRIBUTE',
      latestDistributionOn: '2026-02-02',
    });
  });

  it('never gives members less than the minimum, even with a shorter window', () => {
    expect(commentDueDate('2026-02-03', undefined, { windowDays: 0, minDaysAhead: 2 })).toEqual({
      ok: true,
      dueOn: '2026-02-05',
    });
  });

  it('allows comments up to the meeting day itself when a committee sets zero days before', () => {
    expect(commentDueDate('2026-03-08', '2026-03-09', { daysBeforeMeeting: 0 })).toEqual({
      ok: true,
      dueOn: '2026-03-09',
    });
  });

  it('rejects a malformed date and a negative or fractional rule', () => {
    expect(() => commentDueDate('03/02/2026')).toThrow(RangeError);
    expect(() => commentDueDate('2026-02-03', '2026-02-30')).toThrow(RangeError);
    expect(() => commentDueDate('2026-02-03', undefined, { windowDays: -1 })).toThrow(RangeError);
    expect(() => commentDueDate('2026-02-03', undefined, { minDaysAhead: 1.5 })).toThrow(RangeError);
  });
});

describe('latestDistributionDate', () => {
  it('is two days before the meeting with the defaults', () => {
    expect(latestDistributionDate('2026-03-09')).toBe('2026-03-07');
  });

  it('is one day before when comments may run to the meeting day (the bare practice rule)', () => {
    expect(latestDistributionDate('2026-03-09', { daysBeforeMeeting: 0 })).toBe('2026-03-08');
  });

  it('agrees with commentDueDate on both sides of the boundary', () => {
    for (const rules of [{}, { minDaysAhead: 3 }, { daysBeforeMeeting: 4, minDaysAhead: 2 }]) {
      const last = latestDistributionDate('2026-06-15', rules);
      expect(commentDueDate(last, '2026-06-15', rules).ok).toBe(true);
      const dayAfter = `2026-06-${String(Number(last.slice(8)) + 1).padStart(2, '0')}`;
      expect(commentDueDate(dayAfter, '2026-06-15', rules).ok).toBe(false);
    }
  });
});

describe('checkCommentDueDate', () => {
  it('accepts the proposed date', () => {
    const proposed = commentDueDate('2026-02-03', '2026-03-10');
    if (!proposed.ok) throw new Error('expected a due date');
    expect(checkCommentDueDate('2026-02-03', proposed.dueOn, '2026-03-10')).toEqual([]);
  });

  it('accepts any date from the day after distribution to the day before the meeting', () => {
    expect(checkCommentDueDate('2026-02-03', '2026-02-04', '2026-02-20')).toEqual([]);
    expect(checkCommentDueDate('2026-02-03', '2026-02-19', '2026-02-20')).toEqual([]);
  });

  it('refuses a date that leaves no time to study', () => {
    expect(checkCommentDueDate('2026-02-03', '2026-02-03')).toEqual([
      { code: 'TOO_LITTLE_TIME_TO_STUDY', earliestDueOn: '2026-02-04' },
    ]);
  });

  it('refuses a date before distribution', () => {
    expect(checkCommentDueDate('2026-02-03', '2026-02-01')).toEqual([
      { code: 'DUE_BEFORE_DISTRIBUTION' },
      { code: 'TOO_LITTLE_TIME_TO_STUDY', earliestDueOn: '2026-02-04' },
    ]);
  });

  it('refuses a date on or after the meeting', () => {
    expect(checkCommentDueDate('2026-02-03', '2026-02-20', '2026-02-20')).toEqual([
      { code: 'TOO_CLOSE_TO_MEETING', latestDueOn: '2026-02-19' },
    ]);
  });

  it('follows a committee’s own rules', () => {
    expect(checkCommentDueDate('2026-02-03', '2026-02-05', undefined, { minDaysAhead: 3 })).toEqual([
      { code: 'TOO_LITTLE_TIME_TO_STUDY', earliestDueOn: '2026-02-06' },
    ]);
    expect(checkCommentDueDate('2026-02-03', '2026-02-20', '2026-02-20', { daysBeforeMeeting: 0 })).toEqual(
      [],
    );
  });

  it('rejects a malformed date', () => {
    expect(() => checkCommentDueDate('2026-02-03', '2026-2-5')).toThrow(RangeError);
  });
});
