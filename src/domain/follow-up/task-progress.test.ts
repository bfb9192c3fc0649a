import { describe, expect, it } from 'vitest';
import {
  countTasks,
  latestReport,
  reportDateProblem,
  type TaskReportFact,
  taskProgress,
} from './task-progress.ts';

const report = (
  status: TaskReportFact['status'],
  reportedOn: string,
  recordedAt: string,
): TaskReportFact => ({
  status,
  reportedOn,
  recordedAt,
});

describe('taskProgress', () => {
  it('is open until the first report, and overdue once its due date has passed', () => {
    expect(taskProgress('2026-05-31', [], '2026-05-31')).toEqual({
      state: 'open',
      overdue: false,
      doneLate: false,
      lastReportedOn: null,
    });
    expect(taskProgress('2026-05-31', [], '2026-06-01').overdue).toBe(true);
  });

  it('is never overdue without a due date', () => {
    expect(taskProgress(null, [], '2030-01-01').overdue).toBe(false);
  });

  it('follows the latest report by the day it speaks of, not the order it was written', () => {
    const reports = [
      report('done', '2026-06-10', '2026-06-10T03:00:00.000Z'),
      report('in_progress', '2026-05-20', '2026-06-11T03:00:00.000Z'),
    ];
    const p = taskProgress('2026-06-30', reports, '2026-07-01');
    expect(p.state).toBe('done');
    expect(p.overdue).toBe(false);
    expect(p.lastReportedOn).toBe('2026-06-10');
  });

  it('lets a later correction on the same day win', () => {
    const reports = [
      report('done', '2026-06-10', '2026-06-10T03:00:00.000Z'),
      report('not_done', '2026-06-10', '2026-06-10T04:00:00.000Z'),
    ];
    expect(taskProgress(null, reports, '2026-06-10').state).toBe('not_done');
  });

  it('marks an assignment done after its due date as done late, and not overdue', () => {
    const p = taskProgress(
      '2026-06-01',
      [report('done', '2026-06-15', '2026-06-15T01:00:00.000Z')],
      '2026-07-01',
    );
    expect(p).toMatchObject({ state: 'done', overdue: false, doneLate: true });
  });

  it('keeps an unfinished assignment overdue whatever its reports say', () => {
    const reports = [report('in_progress', '2026-06-15', '2026-06-15T01:00:00.000Z')];
    expect(taskProgress('2026-06-01', reports, '2026-07-01')).toMatchObject({
      state: 'in_progress',
      overdue: true,
    });
    const checked = [report('not_done', '2026-06-15', '2026-06-15T01:00:00.000Z')];
    expect(taskProgress('2026-06-01', checked, '2026-07-01')).toMatchObject({
      state: 'not_done',
      overdue: true,
    });
  });

  it('reads only the reports written by a moment: an issued review does not change afterwards', () => {
    const reports = [
      report('in_progress', '2026-06-01', '2026-06-01T02:00:00.000Z'),
      // Written after the review was issued, though it speaks of an earlier day.
      report('done', '2026-06-05', '2026-06-20T02:00:00.000Z'),
    ];
    expect(taskProgress(null, reports, '2026-06-30', '2026-06-10T00:00:00.000Z').state).toBe('in_progress');
    expect(taskProgress(null, reports, '2026-06-30').state).toBe('done');
  });
});

describe('latestReport', () => {
  it('is undefined without reports', () => {
    expect(latestReport([])).toBeUndefined();
  });
});

describe('reportDateProblem', () => {
  it('accepts a day from the meeting to today', () => {
    expect(reportDateProblem('2026-03-20', '2026-03-20', '2026-04-01')).toBeNull();
    expect(reportDateProblem('2026-04-01', '2026-03-20', '2026-04-01')).toBeNull();
  });

  it('refuses a day before the meeting that gave the assignment, or in the future', () => {
    expect(reportDateProblem('2026-03-19', '2026-03-20', '2026-04-01')).toBe('BEFORE_MEETING');
    expect(reportDateProblem('2026-04-02', '2026-03-20', '2026-04-01')).toBe('IN_FUTURE');
  });
});

describe('countTasks', () => {
  it('counts each state and the overdue ones', () => {
    const today = '2026-07-01';
    const counts = countTasks([
      taskProgress('2026-06-01', [], today),
      taskProgress(null, [report('done', '2026-06-02', 'a')], today),
      taskProgress('2026-08-01', [report('in_progress', '2026-06-02', 'a')], today),
      taskProgress('2026-06-01', [report('not_done', '2026-06-02', 'a')], today),
    ]);
    expect(counts).toEqual({ total: 4, done: 1, inProgress: 1, notDone: 1, open: 1, overdue: 2 });
  });
});
