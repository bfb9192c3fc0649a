import type { Kysely, Transaction } from 'kysely';
import { newId, nowIso } from '#db/ids.ts';
import type { DB } from '#db/schema.ts';
import type { Actor } from '#domain/authz/policy.ts';
import {
  type CheckingMeeting,
  isCheckedAt,
  progressBeforeCheck,
  type TaskCheckFacts,
  taskCheckIssue,
} from '#domain/follow-up/task-check.ts';
import type { TaskReportStatus } from '#domain/follow-up/task-progress.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { AppError } from '../../http/app-error.ts';
import * as store from './store.ts';

type Q = Kysely<DB> | Transaction<DB>;

/** The meeting that checks: the meetings feature has loaded and authorised it. */
export interface CheckMeeting extends CheckingMeeting {
  cellId: string;
}

const factsOf = (task: store.TaskRow, reports: store.ReportRow[]): TaskCheckFacts => ({
  meetingId: task.meeting_id,
  assignedOn: task.held_on,
  dueOn: task.due_on,
  reports: reports.map((r) => ({
    status: r.status,
    reportedOn: r.reported_on,
    recordedAt: r.created_at,
    meetingId: r.meeting_id,
  })),
});

/**
 * What a meeting checks of the earlier ones' conclusions (seed 002: "Tại phiên họp định kỳ đến kiểm tra đánh
 * giá kết quả thực hiện", domain/follow-up/task-check.ts): each assignment not done as of its day, where it stood
 * before, and what this meeting recorded of it.
 */
export async function tasksCheckedAt(db: Q, meeting: CheckMeeting) {
  const tasks = await store.listEarlierTasks(db, meeting.cellId, meeting.heldOn);
  const reports = await store.listReports(
    db,
    tasks.map((t) => t.id),
  );
  return tasks.flatMap((task) => {
    const own = reports.filter((r) => r.task_id === task.id);
    const facts = factsOf(task, own);
    if (!isCheckedAt(facts, meeting)) return [];
    const check = own.find((r) => r.meeting_id === meeting.id);
    const before = progressBeforeCheck(facts, meeting);
    return [
      {
        id: task.id,
        title: task.title,
        owner: task.owner_id ? { id: task.owner_id, name: task.owner_name ?? '' } : null,
        dueOn: task.due_on,
        assignedAt: {
          meetingId: task.meeting_id,
          heldOn: task.held_on,
          topicTitle: task.topic_title,
        },
        before: { state: before.state, overdue: before.overdue },
        check: check
          ? {
              status: check.status,
              note: check.note,
              reporterName: check.reporter_name,
              recordedAt: check.created_at,
            }
          : null,
      },
    ];
  });
}

export type TaskChecked = Awaited<ReturnType<typeof tasksCheckedAt>>[number];

export interface TaskCheckInput {
  status: TaskReportStatus;
  note?: string | null;
}

/**
 * The chair records how an earlier assignment stands at this meeting: a task report of the meeting's day, linked
 * to it, so follow-up reads it like any report. Recorded again at the same meeting, it is corrected in place (one
 * check per task and meeting). The caller (the meetings console) has authorised the actor for the meeting.
 */
export async function recordTaskCheck(
  trx: Transaction<DB>,
  actor: Actor,
  meeting: CheckMeeting,
  taskId: string,
  input: TaskCheckInput,
) {
  const task = await store.findTask(trx, taskId);
  // Another cell's assignment does not exist for this meeting.
  if (!task || task.cell_id !== meeting.cellId) throw new AppError('NOT_FOUND');
  const facts = factsOf(task, await store.listReports(trx, [taskId]));
  const note = input.note?.trim() || null;
  const issue = taskCheckIssue(facts, meeting, { status: input.status, note });
  if (issue === 'TASK_CHECK_REASON_REQUIRED')
    throw new AppError('VALIDATION_FAILED', { note: 'TASK_REPORT_NOTE_REQUIRED' });
  if (issue) throw new AppError(issue);
  const before = await store.findMeetingCheck(trx, meeting.id, taskId);
  const now = nowIso();
  const patch = { status: input.status, note, reported_by: actor.personId, created_at: now };
  if (before) await store.updateReport(trx, before.id, patch);
  else
    await store.insertReport(trx, {
      id: newId(),
      task_id: taskId,
      reported_on: meeting.heldOn,
      meeting_id: meeting.id,
      ...patch,
    });
  await recordAudit(trx, actor, {
    action: 'task.check',
    entityType: 'meeting_task',
    entityId: taskId,
    unitId: meeting.cellId,
    before,
    after: { meetingId: meeting.id, ...patch, reportedOn: meeting.heldOn },
  });
}
