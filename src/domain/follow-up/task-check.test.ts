import { describe, expect, it } from 'vitest';
import {
  type CheckedReportFact,
  isCheckedAt,
  progressBeforeCheck,
  type TaskCheckFacts,
  taskCheckIssue,
} from './task-check.ts';

// Seed 002: "Tại phiên họp định kỳ đến kiểm tra đánh giá kết quả thực hiện" — the next meeting checks
// what the earlier ones assigned, until it is done.
const march = { id: 'march', heldOn: '2026-03-10' };
const april = { id: 'april', heldOn: '2026-04-10' };
const may = { id: 'may', heldOn: '2026-05-10' };
const report = (
  status: CheckedReportFact['status'],
  reportedOn: string,
  meetingId: string | null = null,
): CheckedReportFact => ({ status, reportedOn, recordedAt: `${reportedOn}T03:00:00.000Z`, meetingId });
const task = (reports: CheckedReportFact[] = [], dueOn: string | null = '2026-03-31'): TaskCheckFacts => ({
  meetingId: 'march',
  assignedOn: '2026-03-10',
  dueOn,
  reports,
});

describe('isCheckedAt', () => {
  it('lists an assignment at every later meeting until it is done, never at the meeting that gave it', () => {
    expect(isCheckedAt(task(), march)).toBe(false);
    expect(isCheckedAt(task(), april)).toBe(true);
    expect(isCheckedAt(task([report('in_progress', '2026-04-10', 'april')]), may)).toBe(true);
    expect(isCheckedAt(task(), { id: 'feb', heldOn: '2026-02-10' })).toBe(false);
  });

  it('drops it from the meetings after the one that found it done, which still lists it', () => {
    const done = task([report('done', '2026-04-10', 'april')]);
    expect(isCheckedAt(done, april)).toBe(true);
    expect(isCheckedAt(done, may)).toBe(false);
  });

  it('reads the reports as they stood on the meeting’s day (task-progress.ts)', () => {
    // Reported done by its owner after the April meeting: April still had it to check, May no longer does.
    const doneLater = task([report('done', '2026-04-20')]);
    expect(isCheckedAt(doneLater, april)).toBe(true);
    expect(isCheckedAt(doneLater, may)).toBe(false);
    expect(progressBeforeCheck(doneLater, april)).toMatchObject({ state: 'open', overdue: true });
  });

  it('leaves the meeting’s own check out of where the task stood before it', () => {
    const checked = task([report('in_progress', '2026-03-20'), report('done', '2026-04-10', 'april')]);
    expect(progressBeforeCheck(checked, april).state).toBe('in_progress');
  });
});

describe('taskCheckIssue', () => {
  it('refuses a task not on the meeting’s list, and "not done" without its reason', () => {
    expect(taskCheckIssue(task(), march, { status: 'done', note: null })).toBe('TASK_CHECK_NOT_CARRIED');
    expect(taskCheckIssue(task(), april, { status: 'not_done', note: '  ' })).toBe(
      'TASK_CHECK_REASON_REQUIRED',
    );
    expect(taskCheckIssue(task(), april, { status: 'not_done', note: 'Chưa có kinh phí' })).toBeUndefined();
    expect(taskCheckIssue(task(), april, { status: 'done', note: null })).toBeUndefined();
  });
});
