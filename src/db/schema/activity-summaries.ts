// The maintained activity summaries (migration 0036, issue 20): per cell, year and month what the committee's
// oversight dashboard counts of its meetings and attendance, and per cell the open assignments by their due
// day, derived from the meetings' tables and kept in step by the writing transaction (db/activity-summaries.ts).

export interface CellMonthActivityTable {
  cell_id: string;
  year: number;
  /** 1–12, the month of the meeting's day (held_on). */
  month: number;
  /** Ended thematic (or combined) and regular (or combined) meetings. */
  thematic: number;
  regular: number;
  /** Recorded Hồ Chí Minh study minutes, the meetings that recorded them, and those under the minimum. */
  study_minutes: number;
  study_meetings: number;
  study_short: number;
  /** Members present and expected at the ended meetings (monthlyAttendanceUnder's rule). */
  present: number;
  expected: number;
}

export interface CellTaskDueTable {
  cell_id: string;
  /** The year of the meeting that gave the assignment. */
  year: number;
  /** The assignments' due day; '9999-12-31' when they have none (never overdue). */
  due_on: string;
  /** Assignments of the cell's ended meetings not done by their latest report, due that day. */
  tasks: number;
}
