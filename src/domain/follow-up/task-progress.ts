import type { LocalDate } from '../dates/local-date.ts';

/**
 * Following up what a meeting assigned (seed 002: "tháng kế tiếp đánh giá tình hình, kết quả học tập, làm
 * theo của tập thể và cá nhân"; seed 000: the secretary "thường xuyên theo dõi, đôn đốc việc thực hiện").
 * Each check of an assignment is a dated report that is never rewritten: in progress, done, or not done
 * (checked and found unfinished). The latest report known at a moment says where the assignment stood then.
 */
export const TASK_REPORT_STATUSES = ['in_progress', 'done', 'not_done'] as const;
export type TaskReportStatus = (typeof TASK_REPORT_STATUSES)[number];

/** Where an assignment stands: `open` until its first report. */
export type TaskState = 'open' | TaskReportStatus;

/** As the cell's documents name each state. */
export const TASK_STATE_NAME: Record<TaskState, string> = {
  open: 'Chưa báo cáo',
  in_progress: 'Đang thực hiện',
  done: 'Hoàn thành',
  not_done: 'Chưa hoàn thành',
};

export interface TaskReportFact {
  status: TaskReportStatus;
  /** The day the result was checked or reported. */
  reportedOn: LocalDate;
  /** When it was written down: a report written after a moment was not known at that moment. */
  recordedAt: string;
}

export interface TaskProgress {
  state: TaskState;
  /** Past its due date and not done. */
  overdue: boolean;
  /** Done after its due date. */
  doneLate: boolean;
  /** The day of the latest report, if any. */
  lastReportedOn: LocalDate | null;
}

/**
 * The state of one assignment on `today`, from the reports written by `asOf` (an ISO instant; omit for all):
 * an issued review reads the assignments as they were known when it was issued, whatever is reported later.
 */
export function taskProgress(
  dueOn: LocalDate | null,
  reports: readonly TaskReportFact[],
  today: LocalDate,
  asOf?: string,
): TaskProgress {
  const known = asOf === undefined ? reports : reports.filter((r) => r.recordedAt <= asOf);
  const latest = latestReport(known);
  const state: TaskState = latest?.status ?? 'open';
  const doneOn = state === 'done' ? (latest?.reportedOn ?? null) : null;
  return {
    state,
    overdue: state !== 'done' && dueOn !== null && dueOn < today,
    doneLate: doneOn !== null && dueOn !== null && doneOn > dueOn,
    lastReportedOn: latest?.reportedOn ?? null,
  };
}

/** The latest report: by the day it speaks of, then by when it was written (a same-day correction wins). */
export function latestReport<T extends TaskReportFact>(reports: readonly T[]): T | undefined {
  let latest: T | undefined;
  for (const r of reports) {
    if (
      latest === undefined ||
      r.reportedOn > latest.reportedOn ||
      (r.reportedOn === latest.reportedOn && r.recordedAt > latest.recordedAt)
    )
      latest = r;
  }
  return latest;
}

export type ReportDateProblem = 'BEFORE_MEETING' | 'IN_FUTURE';

/** A report speaks of a day between the meeting that gave the assignment and today. */
export function reportDateProblem(
  reportedOn: LocalDate,
  assignedOn: LocalDate,
  today: LocalDate,
): ReportDateProblem | null {
  if (reportedOn < assignedOn) return 'BEFORE_MEETING';
  if (reportedOn > today) return 'IN_FUTURE';
  return null;
}

export interface TaskCounts {
  total: number;
  done: number;
  inProgress: number;
  notDone: number;
  open: number;
  overdue: number;
}

export function countTasks(progress: readonly TaskProgress[]): TaskCounts {
  const count = (state: TaskState) => progress.filter((p) => p.state === state).length;
  return {
    total: progress.length,
    done: count('done'),
    inProgress: count('in_progress'),
    notDone: count('not_done'),
    open: count('open'),
    overdue: progress.filter((p) => p.overdue).length,
  };
}
