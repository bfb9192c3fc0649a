import type { LocalDate } from '../dates/local-date.ts';
import {
  type TaskProgress,
  type TaskReportFact,
  type TaskReportStatus,
  taskProgress,
} from './task-progress.ts';

/**
 * The next meeting checks what the earlier ones concluded. Seed 002: "Đồng chí chủ trì kết luận …, phân công
 * trách nhiệm thực hiện. Tại phiên họp định kỳ đến kiểm tra đánh giá kết quả thực hiện"; "tháng kế tiếp đánh
 * giá tình hình, kết quả … của tập thể và cá nhân". At a meeting the console lists every assignment of the
 * cell's earlier meetings that was not done as of the meeting's day (open, in progress, not done, overdue —
 * task-progress.ts at that day); the chair records each one's state there, once per task and meeting.
 */
export interface CheckedReportFact extends TaskReportFact {
  /** The meeting at which it was recorded as the chair's check; none for a report outside a meeting. */
  meetingId: string | null;
}

export interface TaskCheckFacts {
  /** The meeting that gave the assignment, and its day. */
  meetingId: string;
  assignedOn: LocalDate;
  dueOn: LocalDate | null;
  reports: readonly CheckedReportFact[];
}

export interface CheckingMeeting {
  id: string;
  heldOn: LocalDate;
}

/**
 * Where the assignment stood when this meeting took it up: the reports known by the meeting's day, its own
 * check left out (so a task marked done here stays on this meeting's list, to be corrected if need be).
 */
export function progressBeforeCheck(task: TaskCheckFacts, meeting: CheckingMeeting): TaskProgress {
  const before = task.reports.filter((r) => r.meetingId !== meeting.id && r.reportedOn <= meeting.heldOn);
  return taskProgress(task.dueOn, before, meeting.heldOn);
}

/** Whether the assignment is on this meeting's list: given at an earlier meeting, and not done by then. */
export function isCheckedAt(task: TaskCheckFacts, meeting: CheckingMeeting): boolean {
  if (task.meetingId === meeting.id || task.assignedOn >= meeting.heldOn) return false;
  if (task.reports.some((r) => r.meetingId === meeting.id)) return true;
  return progressBeforeCheck(task, meeting).state !== 'done';
}

export type TaskCheckIssue = 'TASK_CHECK_NOT_CARRIED' | 'TASK_CHECK_REASON_REQUIRED';

/** A meeting checks only what is on its list; "not done" says why (as every report of it does). */
export function taskCheckIssue(
  task: TaskCheckFacts,
  meeting: CheckingMeeting,
  check: { status: TaskReportStatus; note: string | null },
): TaskCheckIssue | undefined {
  if (!isCheckedAt(task, meeting)) return 'TASK_CHECK_NOT_CARRIED';
  if (check.status === 'not_done' && !check.note?.trim()) return 'TASK_CHECK_REASON_REQUIRED';
  return undefined;
}
