import { describe, expect, it } from 'vitest';
import { quartersOf, upwardReportMissing, upwardReportPeriod } from './upward-report.ts';

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
