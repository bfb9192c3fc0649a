// The committee roll-ups (migration 0038, issue 20): per committee, the sums over the cells right under it of
// what the committee dashboards count, kept in step by the writing transaction (db/committee-rollups.ts). A
// dashboard of a committee higher up adds up the roll-ups of the committees in its subtree: 3,321 commune rows for
// the whole country where there are 250,000 cells. What depends on today is kept by its due day; what depends on
// a deadline is judged against the deadline of the committee's guidance chain (the cells right under it share it).

/** The committee's cells by the Việt Nam day they were created, and the latest reminder sent to any of them. */
export interface CommitteeCellDayTable {
  committee_id: string;
  created_on: string;
  cells: number;
  /** The latest committee reminder to one of these cells (sent_at, then id), or null. */
  last_reminder_id: string | null;
  last_reminder_at: string | null;
}

/**
 * A year's counts over the cells right under the committee: those that existed by the year's end (`created_after`
 * 0: the oversight dashboard counts only them) and those created later (1: the plan overview lists every cell).
 * Plans by status;
 * those first sent up, and sent after the plan deadline (`_held`: among the cells that existed on the deadline's
 * day); the reports issued in the year; cells that held a thematic meeting in each quarter they were held to;
 * per period report (q1–q4, annual) the cells owing it that issued it, and that issued it after its due day.
 */
export interface CommitteeYearRollupTable {
  committee_id: string;
  year: number;
  created_after: number;
  draft: number;
  adopted: number;
  submitted: number;
  returned: number;
  acknowledged: number;
  plan_sent: number;
  plan_sent_late: number;
  plan_sent_held: number;
  plan_sent_late_held: number;
  reports: number;
  held_q1: number;
  held_q2: number;
  held_q3: number;
  held_q4: number;
  q1_issued: number;
  q1_late: number;
  q2_issued: number;
  q2_late: number;
  q3_issued: number;
  q3_late: number;
  q4_issued: number;
  q4_late: number;
  annual_issued: number;
  annual_late: number;
}

/** A month's meetings and attendance over the committee's cells (cell_month_activity added up). */
export interface CommitteeMonthRollupTable {
  committee_id: string;
  year: number;
  month: number;
  regular: number;
  /** Cells that held a regular (or combined) meeting, and cells with a study under the minimum. */
  cells_held: number;
  study_minutes: number;
  study_meetings: number;
  cells_short: number;
  present: number;
  expected: number;
}

/**
 * Things due by a day over the committee's cells, counted "as of today" by the reader: `step` plan steps not done
 * (overdue while due_on < today <= open_until), `step_cell` the cells with such steps (each cell's days merged,
 * so a cell counts once a day), `task` open assignments (overdue while due_on < today), `review` resolution
 * reviews not issued (due once due_on <= today). `open_until` is '' for the kinds that have none.
 */
export interface CommitteeDueTable {
  committee_id: string;
  year: number;
  kind: 'step' | 'step_cell' | 'task' | 'review';
  due_on: string;
  open_until: string;
  /** 1 for the cells created after the year's end (as in committee_year_rollup). */
  created_after: number;
  n: number;
}

/** A quarter's quality levels over the committee's cells (each cell's last scored meeting of the quarter). */
export interface CommitteeQualityTable {
  committee_id: string;
  year: number;
  quarter: number;
  level: string;
  cells: number;
  confirmed: number;
}
