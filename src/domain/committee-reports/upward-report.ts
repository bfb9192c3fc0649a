/**
 * A committee's own report upward on the thematic meetings of its subtree (seeds 001, 004: the committee
 * receives its cells' reports and "Báo cáo đảng ủy xã… kết quả"; since 1/7/2025 a ward reports to the province,
 * DOMAIN.md). The figures are computed from the data; the committee's officer writes the assessment
 * ("Đánh giá") and the recommendations ("Kiến nghị, đề xuất"). Issued like a cell's period report: once per
 * period, from the period's last month (documents/issuing.ts), numbered BC in the committee's own series.
 */

export interface UpwardReportTexts {
  assessment: string | null;
  recommendations: string | null;
}

/** The period as one key: "2026-Q3" for a quarter, "2026" for the year (the draft's unique key). */
export function upwardReportPeriod(year: number, quarter: number | null): string {
  return quarter === null ? String(year) : `${year}-Q${quarter}`;
}

/**
 * What still stops the report from being issued. A report upward without the committee's assessment is a table
 * of numbers, not a report ("Đánh giá" is the committee's own word on the results, seed 004); the
 * recommendations may be empty (*practice*: a committee may have nothing to propose).
 */
export function upwardReportMissing(texts: UpwardReportTexts): 'COMMITTEE_REPORT_ASSESSMENT_MISSING' | null {
  return texts.assessment?.trim() ? null : 'COMMITTEE_REPORT_ASSESSMENT_MISSING';
}

/** The quarters a report covers: its own, or the four of the year. */
export function quartersOf(quarter: number | null): number[] {
  return quarter === null ? [1, 2, 3, 4] : [quarter];
}

/**
 * The oversight aggregation's figures of a cell or a subtree for the year (domain/oversight/figures.ts), as far
 * as the report reads them: the report takes its period's slice, it never counts anything again.
 */
export interface YearFigures {
  cells: number;
  quarters: readonly {
    quarter: number;
    held: number;
    missed: number;
    meeting: { meetingId: string; heldOn: string; topicTitle: string | null } | null;
  }[];
  months: readonly { month: number; attendance: { present: number; expected: number } }[];
  tasks: { open: number; overdue: number };
  reports: {
    quarters: readonly { quarter: number; issued: number; late: number }[];
    annual: { issued: number; late: number };
  };
}

/** The period's slice of a year's figures: its quarters, its months' attendance, its own period report. */
export function periodFigures(f: YearFigures, quarter: number | null) {
  const quarters = quartersOf(quarter);
  const months = f.months.filter((m) => quarters.includes(Math.ceil(m.month / 3)));
  const present = months.reduce((a, m) => a + m.attendance.present, 0);
  const expected = months.reduce((a, m) => a + m.attendance.expected, 0);
  const report = quarter === null ? f.reports.annual : f.reports.quarters.find((r) => r.quarter === quarter);
  return {
    cells: f.cells,
    quarters: f.quarters
      .filter((q) => quarters.includes(q.quarter))
      .map((q) => ({ quarter: q.quarter, held: q.held, missed: q.missed })),
    // Rates from the sums, never averaged (as the oversight rolls them up).
    attendanceRate: expected > 0 ? Math.round((present / expected) * 1000) / 1000 : null,
    tasks: { open: f.tasks.open, overdue: f.tasks.overdue },
    reports: { issued: report?.issued ?? 0, late: report?.late ?? 0 },
  };
}

/** The quarters of the period a cell missed, as the oversight counts them (ended, and the cell existed). */
export function periodMissedQuarters(f: YearFigures, quarter: number | null) {
  const quarters = quartersOf(quarter);
  return f.quarters.filter((q) => q.missed > 0 && quarters.includes(q.quarter)).map((q) => q.quarter);
}

/** A cell's thematic meetings of the period, one a quarter, as the oversight found them. */
export function periodMeetings(f: YearFigures, quarter: number | null) {
  const quarters = quartersOf(quarter);
  return f.quarters.flatMap((q) =>
    q.meeting && quarters.includes(q.quarter) ? [{ quarter: q.quarter, ...q.meeting }] : [],
  );
}
