import { describe, expect, it } from 'vitest';
import { mayIssuePeriodReport, periodOfSubject, periodReportOpensOn, subjectKey } from './issuing.ts';

describe('subjectKey', () => {
  it('names each report once', () => {
    expect(subjectKey({ kind: 'meeting_report', meetingId: 'm1' })).toBe('meeting_report:m1');
    expect(subjectKey({ kind: 'period_report', year: 2026, quarter: 3 })).toBe('period_report:2026-Q3');
    expect(subjectKey({ kind: 'period_report', year: 2026, quarter: null })).toBe('period_report:2026');
    expect(subjectKey({ kind: 'review', reviewId: 'r1' })).toBe('review:r1');
  });
});

describe('mayIssuePeriodReport', () => {
  it('opens a quarterly report in the quarter’s last month and the annual report in December', () => {
    expect(periodReportOpensOn(2026, 1)).toBe('2026-03-01');
    expect(periodReportOpensOn(2026, 4)).toBe('2026-12-01');
    expect(periodReportOpensOn(2026, null)).toBe('2026-12-01');
  });

  it('refuses a report on a period still far from its end, and accepts one afterwards', () => {
    expect(mayIssuePeriodReport(2026, 3, '2026-08-31')).toBe(false);
    expect(mayIssuePeriodReport(2026, 3, '2026-09-01')).toBe(true);
    expect(mayIssuePeriodReport(2026, 3, '2027-01-15')).toBe(true);
    expect(mayIssuePeriodReport(2026, null, '2026-11-23')).toBe(false);
  });
});

describe('periodOfSubject', () => {
  it('reads the period of a period report’s key, and nothing of other reports', () => {
    expect(periodOfSubject('period_report:2026-Q3')).toEqual({ year: 2026, quarter: 3 });
    expect(periodOfSubject('period_report:2026')).toEqual({ year: 2026, quarter: null });
    expect(periodOfSubject('meeting_report:abc')).toBeNull();
    expect(periodOfSubject('period_report:2026-Q5')).toBeNull();
  });
});
