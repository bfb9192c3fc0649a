import { describe, expect, it } from 'vitest';
import { isAnnualDueOnValid, isReportLate, periodReportDueOn } from './report-deadlines.ts';

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
