import { describe, expect, it } from 'vitest';
import {
  periodFigures,
  periodMeetings,
  periodMissedQuarters,
  quartersOf,
  upwardReportMissing,
  upwardReportPeriod,
  type YearFigures,
} from './upward-report.ts';

describe('upward report', () => {
  it('keys a quarter and a year apart', () => {
    expect(upwardReportPeriod(2026, 3)).toBe('2026-Q3');
    expect(upwardReportPeriod(2026, null)).toBe('2026');
  });

  it('refuses to issue without an assessment; recommendations are optional', () => {
    expect(upwardReportMissing({ assessment: null, recommendations: 'Đề nghị…' })).toBe(
      'COMMITTEE_REPORT_ASSESSMENT_MISSING',
    );
    expect(upwardReportMissing({ assessment: '  \n ', recommendations: null })).toBe(
      'COMMITTEE_REPORT_ASSESSMENT_MISSING',
    );
    expect(
      upwardReportMissing({ assessment: 'Các chi bộ tổ chức đều đặn.', recommendations: null }),
    ).toBeNull();
  });

  it('covers its quarter, or the four of the year', () => {
    expect(quartersOf(2)).toEqual([2]);
    expect(quartersOf(null)).toEqual([1, 2, 3, 4]);
  });
});

describe('the period’s slice of the oversight’s year figures', () => {
  const meeting = (heldOn: string) => ({ meetingId: `m-${heldOn}`, heldOn, topicTitle: 'Dân chủ' });
  const year: YearFigures = {
    cells: 3,
    quarters: [
      { quarter: 1, held: 3, missed: 0, meeting: meeting('2026-03-10') },
      { quarter: 2, held: 2, missed: 1, meeting: null },
      { quarter: 3, held: 1, missed: 2, meeting: meeting('2026-09-02') },
      { quarter: 4, held: 0, missed: 0, meeting: null },
    ],
    months: Array.from({ length: 12 }, (_, i) => ({
      month: i + 1,
      attendance:
        i + 1 === 8
          ? { present: 9, expected: 12 }
          : i + 1 === 9
            ? { present: 1, expected: 4 }
            : { present: 5, expected: 5 },
    })),
    tasks: { open: 4, overdue: 1 },
    reports: {
      quarters: [1, 2, 3, 4].map((quarter) => ({
        quarter,
        issued: quarter === 3 ? 2 : 3,
        late: quarter === 3 ? 1 : 0,
      })),
      annual: { issued: 0, late: 0 },
    },
  };

  it('takes a quarter: its counts, its months’ attendance from the sums, its own report', () => {
    expect(periodFigures(year, 3)).toEqual({
      cells: 3,
      quarters: [{ quarter: 3, held: 1, missed: 2 }],
      attendanceRate: 0.714, // (5 + 9 + 1) / (5 + 12 + 4)
      tasks: { open: 4, overdue: 1 },
      reports: { issued: 2, late: 1 },
    });
    expect(periodMeetings(year, 3)).toEqual([{ quarter: 3, ...meeting('2026-09-02') }]);
    expect(periodMissedQuarters(year, 3)).toEqual([3]);
    expect(periodMissedQuarters(year, 1)).toEqual([]);
  });

  it('takes the year: four quarters, every month, the annual report', () => {
    const f = periodFigures(year, null);
    expect(f.quarters.map((q) => q.held)).toEqual([3, 2, 1, 0]);
    expect(f.attendanceRate).toBe(Math.round(((5 * 10 + 9 + 1) / (5 * 10 + 12 + 4)) * 1000) / 1000);
    expect(f.reports).toEqual({ issued: 0, late: 0 });
    expect(periodMeetings(year, null).map((m) => m.quarter)).toEqual([1, 3]);
    expect(periodMissedQuarters(year, null)).toEqual([2, 3]);
  });

  it('has no rate where nobody was expected', () => {
    const none = {
      ...year,
      months: year.months.map((m) => ({ ...m, attendance: { present: 0, expected: 0 } })),
    };
    expect(periodFigures(none, 1).attendanceRate).toBeNull();
  });
});
