// The maintained summaries (migration 0032, issue 20): per cell and year, the figures a committee's overview
// shows, derived from the features' tables and kept in step by the writing transaction (db/summaries.ts).

export interface CellYearSummaryTable {
  cell_id: string;
  year: number;
  /** The cell's plan of the year, its status, and the Việt Nam day it was first sent up (null: never). */
  plan_id: string | null;
  plan_status: string | null;
  first_submitted_on: string | null;
  /** Topics of the plan, and those whose preparation is final. */
  topics: number;
  topics_final: number;
  /** Reports the cell issued that year (issued_document by issued_on), and the latest day. */
  reports: number;
  reports_last_on: string | null;
  /** The plan row's own dates the overview shows (migration 0035). */
  plan_adopted_on: string | null;
  plan_submitted_at: string | null;
  plan_reviewed_at: string | null;
  /**
   * The cell's `cell_step_due` rows of the year in one text, `due_on/open_until/steps` joined by `;` in order
   * ('' when none): the overview counts overdue steps from it without reading `cell_step_due` (stepsOverdue).
   */
  steps_due: string;
}

/**
 * The plan's steps not yet done, grouped by the last day of their due month (`due_on`): a step is overdue on a
 * day after `due_on` while that day is not after `open_until` (a comment window that runs out closes the comments
 * step and those before it by itself; '9999-12-31' when nothing closes it by time). Counted as of any day in SQL.
 */
export interface CellStepDueTable {
  cell_id: string;
  year: number;
  due_on: string;
  open_until: string;
  steps: number;
}
