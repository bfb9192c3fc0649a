// A committee's own report upward on the thematic meetings of its subtree (issue 15).

/** The officer's text of a committee's quarterly or annual report, until it is issued (migration 0020). */
export interface CommitteeReportDraftTable {
  id: string;
  committee_id: string;
  year: number;
  /** 1–4, or null for the year's report. */
  quarter: number | null;
  /** "2026-Q3" or "2026", unique per committee. */
  period: string;
  /** "Đánh giá". */
  assessment: string | null;
  /** "Kiến nghị, đề xuất". */
  recommendations: string | null;
  updated_by: string | null;
  created_at: string;
  updated_at: string;
}
