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
