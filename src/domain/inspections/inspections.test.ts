import { describe, expect, it } from 'vitest';
import {
  allRequestsClosed,
  cellMaySee,
  dueDateIssue,
  inspectionStatus,
  isInspectionChangeAllowed,
  isRequestChangeAllowed,
  isRequestLate,
  plannedDateIssue,
  visitDateIssue,
} from './inspections.ts';

describe('inspection lifecycle', () => {
  it('goes planned → visited → concluded → closed from the facts', () => {
    expect(inspectionStatus({ visitedOn: null, issuedOn: null, requests: [] })).toBe('planned');
    expect(inspectionStatus({ visitedOn: '2026-03-02', issuedOn: null, requests: [] })).toBe('visited');
    const open = [{ status: 'closed' as const }, { status: 'answered' as const }];
    expect(inspectionStatus({ visitedOn: '2026-03-02', issuedOn: '2026-03-10', requests: open })).toBe(
      'concluded',
    );
    const done = [{ status: 'closed' as const }, { status: 'closed' as const }];
    expect(inspectionStatus({ visitedOn: '2026-03-02', issuedOn: '2026-03-10', requests: done })).toBe(
      'closed',
    );
  });

  it('issues a conclusion only after the visit, and freezes the record once issued', () => {
    expect(isInspectionChangeAllowed('planned', 'issue_conclusion')).toBe(false);
    expect(isInspectionChangeAllowed('visited', 'issue_conclusion')).toBe(true);
    expect(isInspectionChangeAllowed('concluded', 'record_visit')).toBe(false);
    expect(isInspectionChangeAllowed('concluded', 'edit_plan')).toBe(false);
    expect(isInspectionChangeAllowed('concluded', 'follow_up')).toBe(true);
    expect(isInspectionChangeAllowed('closed', 'follow_up')).toBe(false);
  });

  it('closes when every request is closed', () => {
    expect(allRequestsClosed([])).toBe(true);
    expect(allRequestsClosed([{ status: 'closed' }, { status: 'open' }])).toBe(false);
  });

  it('answers open requests, closes or asks again answered ones, and leaves closed ones alone', () => {
    expect(isRequestChangeAllowed('open', 'answer')).toBe(true);
    expect(isRequestChangeAllowed('open', 'close')).toBe(false);
    expect(isRequestChangeAllowed('answered', 'close')).toBe(true);
    expect(isRequestChangeAllowed('answered', 'ask_again')).toBe(true);
    expect(isRequestChangeAllowed('closed', 'answer')).toBe(false);
  });

  it('flags an unanswered request past its deadline as late', () => {
    expect(isRequestLate({ status: 'open', dueOn: '2026-04-01' }, '2026-04-02')).toBe(true);
    expect(isRequestLate({ status: 'open', dueOn: '2026-04-01' }, '2026-04-01')).toBe(false);
    expect(isRequestLate({ status: 'answered', dueOn: '2026-04-01' }, '2026-05-01')).toBe(false);
  });

  it('checks the dates: planned in the year, visit not in the future, deadline after the issue', () => {
    expect(plannedDateIssue(2026, '2026-05-10')).toBeNull();
    expect(plannedDateIssue(2026, '2027-01-10')).toBe('PLAN_OUTSIDE_YEAR');
    expect(visitDateIssue('2026-05-11', '2026-05-10')).toBe('VISIT_IN_FUTURE');
    expect(visitDateIssue('2026-05-10', '2026-05-10')).toBeNull();
    expect(dueDateIssue('2026-05-09', '2026-05-10')).toBe('DUE_BEFORE_ISSUE');
    expect(dueDateIssue('2026-05-10', '2026-05-10')).toBeNull();
  });

  it('shows the cell its inspection only once the conclusion is issued', () => {
    expect(cellMaySee(null)).toBe(false);
    expect(cellMaySee('2026-03-10')).toBe(true);
  });
});
