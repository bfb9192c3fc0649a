import { describe, expect, it } from 'vitest';
import {
  DEFAULT_REPORT_DEADLINES,
  isAnnualDueOnValid,
  isReportLate,
  nearestGuidanceDeadlines,
  owesPeriodReport,
  periodReportDueOn,
  periodReportsDue,
} from './report-deadlines.ts';

describe('periodReportDueOn', () => {
  it('is the 10th of the month after the quarter by default, the annual report 20 December', () => {
    expect(periodReportDueOn(2026, 1)).toBe('2026-04-10');
    expect(periodReportDueOn(2026, 3)).toBe('2026-10-10');
    expect(periodReportDueOn(2026, 4)).toBe('2027-01-10');
    expect(periodReportDueOn(2026, null)).toBe('2026-12-20');
  });
  it("follows the guidance's day and date", () => {
    const deadlines = { quarterReportDay: 5, annualReportDueOn: '2027-01-15' };
    expect(periodReportDueOn(2026, 2, deadlines)).toBe('2026-07-05');
    expect(periodReportDueOn(2026, null, deadlines)).toBe('2027-01-15');
  });
});

describe('isReportLate', () => {
  it('is late when issued after the day, or missing once the day has passed', () => {
    expect(isReportLate('2026-10-10', '2026-10-10', '2026-12-01')).toBe(false);
    expect(isReportLate('2026-10-10', '2026-10-11', '2026-12-01')).toBe(true);
    expect(isReportLate('2026-10-10', null, '2026-10-10')).toBe(false);
    expect(isReportLate('2026-10-10', null, '2026-10-11')).toBe(true);
  });
});

describe('isAnnualDueOnValid', () => {
  it('accepts 1 December to 31 January next', () => {
    expect(isAnnualDueOnValid(2026, '2026-12-01')).toBe(true);
    expect(isAnnualDueOnValid(2026, '2027-01-31')).toBe(true);
    expect(isAnnualDueOnValid(2026, '2026-11-30')).toBe(false);
    expect(isAnnualDueOnValid(2026, '2027-02-01')).toBe(false);
  });
});

describe('nearestGuidanceDeadlines', () => {
  const g = (
    depth: number,
    issuedOn: string,
    quarterReportDay: number | null,
    annualReportDueOn: string | null,
  ) => ({
    depth,
    issuedOn,
    quarterReportDay,
    annualReportDueOn,
  });
  it('takes the nearest committee’s guidance, its unset fields the defaults', () => {
    expect(
      nearestGuidanceDeadlines([g(2, '2026-01-02', 5, '2026-12-15'), g(1, '2026-01-10', null, null)]),
    ).toEqual(DEFAULT_REPORT_DEADLINES);
    expect(
      nearestGuidanceDeadlines([g(2, '2026-01-02', 5, '2026-12-15'), g(1, '2026-01-10', 15, null)]),
    ).toEqual({
      quarterReportDay: 15,
      annualReportDueOn: null,
    });
    expect(nearestGuidanceDeadlines([g(2, '2026-01-02', 5, '2026-12-15')])).toEqual({
      quarterReportDay: 5,
      annualReportDueOn: '2026-12-15',
    });
  });
  it('of two letters of one committee, the later; none: the defaults', () => {
    expect(
      nearestGuidanceDeadlines([g(1, '2026-03-01', 7, null), g(1, '2026-01-05', 3, null)]),
    ).toMatchObject({
      quarterReportDay: 7,
    });
    expect(nearestGuidanceDeadlines([])).toEqual(DEFAULT_REPORT_DEADLINES);
  });
});

describe('periodReportsDue', () => {
  it('lists the periods whose due day has passed', () => {
    expect(periodReportsDue(2026, '2026-10-10', DEFAULT_REPORT_DEADLINES)).toEqual([
      { year: 2026, quarter: 1, dueOn: '2026-04-10' },
      { year: 2026, quarter: 2, dueOn: '2026-07-10' },
    ]);
    expect(periodReportsDue(2026, '2027-02-01', DEFAULT_REPORT_DEADLINES)).toHaveLength(5);
    expect(
      periodReportsDue(2026, '2026-10-06', { quarterReportDay: 5, annualReportDueOn: null }),
    ).toHaveLength(3);
  });
});

describe('owesPeriodReport', () => {
  it("owes a quarter's report from the quarter's first day, the year's from 1 December", () => {
    expect(owesPeriodReport('2026-07-01', 2026, 3)).toBe(true);
    expect(owesPeriodReport('2026-07-02', 2026, 3)).toBe(false);
    expect(owesPeriodReport('2026-07-02', 2026, 4)).toBe(true);
    expect(owesPeriodReport('2026-12-01', 2026, null)).toBe(true);
    expect(owesPeriodReport('2026-12-02', 2026, null)).toBe(false);
  });
});
