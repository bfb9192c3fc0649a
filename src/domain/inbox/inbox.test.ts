import { describe, expect, it } from 'vitest';
import {
  endedReportPeriods,
  endOfMonth,
  type InboxItem,
  isDueWithin,
  isOverdue,
  meetingReportExpected,
  sortInbox,
} from './inbox.ts';

const item = (
  link: string,
  dueOn: string | null,
  overdue: boolean,
  kind: InboxItem['kind'] = 'task_due',
) => ({
  kind,
  dueOn,
  overdue,
  link,
});

describe('inbox items', () => {
  it('is overdue only after its due day, never without one', () => {
    expect(isOverdue('2026-12-05', '2026-12-06')).toBe(true);
    expect(isOverdue('2026-12-06', '2026-12-06')).toBe(false);
    expect(isOverdue('2026-12-07', '2026-12-06')).toBe(false);
    expect(isOverdue(null, '2026-12-06')).toBe(false);
  });

  it('ends a month on its last day, leap years included', () => {
    expect(endOfMonth(2026, 2)).toBe('2026-02-28');
    expect(endOfMonth(2028, 2)).toBe('2028-02-29');
    expect(endOfMonth(2026, 12)).toBe('2026-12-31');
  });

  it('sorts overdue first, then by due day, undated last, stable by kind and link', () => {
    const sorted = sortInbox([
      item('/a', null, false),
      item('/b', '2026-12-20', false),
      item('/c', '2026-11-01', true),
      item('/d', '2026-12-10', false),
      item('/e', '2026-10-01', true),
      item('/g', '2026-12-10', false, 'draft_to_approve'),
      item('/f', null, false, 'draft_to_approve'),
    ]);
    expect(sorted.map((i) => i.link)).toEqual(['/e', '/c', '/g', '/d', '/b', '/f', '/a']);
  });
});

describe('report periods ended', () => {
  it("lists this year's ended quarters and, from December, the year, due by the default deadlines", () => {
    expect(endedReportPeriods('2026-12-06')).toEqual([
      { year: 2026, quarter: 1, dueOn: '2026-04-10' },
      { year: 2026, quarter: 2, dueOn: '2026-07-10' },
      { year: 2026, quarter: 3, dueOn: '2026-10-10' },
      { year: 2026, quarter: null, dueOn: '2026-12-20' },
    ]);
    expect(endedReportPeriods('2026-09-30')).toHaveLength(2);
    expect(endedReportPeriods('2026-11-30')).toHaveLength(3);
  });

  it("keeps last year's fourth quarter and year only through the first quarter", () => {
    expect(endedReportPeriods('2027-02-10')).toEqual([
      { year: 2026, quarter: 4, dueOn: '2027-01-10' },
      { year: 2026, quarter: null, dueOn: '2026-12-20' },
    ]);
    expect(endedReportPeriods('2027-04-01')).toEqual([{ year: 2027, quarter: 1, dueOn: '2027-04-10' }]);
  });

  it("takes each period's due day from the guidance of its own year", () => {
    const deadlinesOf = (year: number) =>
      year === 2026
        ? { quarterReportDay: 5, annualReportDueOn: '2027-01-15' }
        : { quarterReportDay: 20, annualReportDueOn: null };
    expect(endedReportPeriods('2027-04-02', deadlinesOf)).toEqual([
      { year: 2027, quarter: 1, dueOn: '2027-04-20' },
    ]);
    expect(endedReportPeriods('2027-01-03', deadlinesOf)).toEqual([
      { year: 2026, quarter: 4, dueOn: '2027-01-05' },
      { year: 2026, quarter: null, dueOn: '2027-01-15' },
    ]);
  });
});

describe('due soon', () => {
  it('shows what is due within the window, overdue included, undated never', () => {
    expect(isDueWithin('2026-12-13', '2026-12-06', 7)).toBe(true);
    expect(isDueWithin('2026-12-14', '2026-12-06', 7)).toBe(false);
    expect(isDueWithin('2026-01-01', '2026-12-06', 7)).toBe(true);
    expect(isDueWithin('2027-01-05', '2026-12-06', 30)).toBe(true);
    expect(isDueWithin(null, '2026-12-06', 30)).toBe(false);
  });
});

describe('meeting reports on the home', () => {
  it('asks for the report of a thematic or combined meeting, not of a regular one', () => {
    expect(meetingReportExpected('thematic')).toBe(true);
    expect(meetingReportExpected('regular')).toBe(false);
  });
});
