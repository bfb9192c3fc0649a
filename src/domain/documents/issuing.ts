import type { LocalDate } from '../dates/local-date.ts';

/**
 * Issuing a report (Hướng dẫn 36-HD/VPTW: a document takes its number when the issuing body signs it): the
 * cell's reports to the committee above — on a meeting, a quarter, a year, a resolution's review — share one
 * run of BC numbers, and each is issued once, frozen as it was signed.
 */
export type ReportSubject =
  | { kind: 'meeting_report'; meetingId: string }
  | { kind: 'period_report'; year: number; quarter: number | null }
  | { kind: 'review'; reviewId: string };

/** The key that makes a report issued once: "meeting_report:…", "period_report:2026-Q3", "review:…". */
export function subjectKey(s: ReportSubject): string {
  if (s.kind === 'meeting_report') return `meeting_report:${s.meetingId}`;
  if (s.kind === 'review') return `review:${s.reviewId}`;
  return `period_report:${s.year}${s.quarter === null ? '' : `-Q${s.quarter}`}`;
}

/** The period of a period report's subject key ("period_report:2026-Q3", "period_report:2026"); else null. */
export function periodOfSubject(key: string): { year: number; quarter: number | null } | null {
  const m = /^period_report:(\d{4})(?:-Q([1-4]))?$/.exec(key);
  if (!m) return null;
  return { year: Number(m[1]), quarter: m[2] ? Number(m[2]) : null };
}

/**
 * A quarterly report is issued from the quarter's last month, the annual report from December (*practice*:
 * seed 001 asks for quarterly reports to the cell; a report on a period that has barely begun reports nothing).
 */
export function periodReportOpensOn(year: number, quarter: number | null): LocalDate {
  const month = quarter === null ? 12 : quarter * 3;
  return `${year}-${String(month).padStart(2, '0')}-01`;
}

export function mayIssuePeriodReport(year: number, quarter: number | null, today: LocalDate): boolean {
  return today >= periodReportOpensOn(year, quarter);
}
