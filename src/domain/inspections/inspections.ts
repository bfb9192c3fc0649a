import type { LocalDate } from '../dates/local-date.ts';

/**
 * Inspection and supervision of cells by their committee (issue 16). Seed 002: the committee "thường xuyên kiểm
 * tra, nhắc nhở các chi bộ"; the committee's inspector role does "kiểm tra, giám sát". The committee plans an
 * inspection of a cell (kiểm tra or giám sát, its content, when, the team), records the visit (who went, the
 * date, findings, assessment), issues its conclusion as a numbered "Thông báo kết luận" with requests to the
 * cell each with a deadline; the cell answers each request, the committee closes it or asks again; the
 * inspection closes when every request is closed (*practice* of the party's inspection work).
 */

/** kiểm tra (inspection) or giám sát (supervision). */
export const INSPECTION_KINDS = ['inspection', 'supervision'] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];

/** Who of the committee plans, visits and concludes: its inspectors and officers (seed 002, *practice*). */
export const INSPECTION_TEAM_ROLES = ['inspector', 'officer', 'committee_member'] as const;

export type InspectionStatus = 'planned' | 'visited' | 'concluded' | 'closed';
export type InspectionChange =
  | 'edit_plan'
  | 'delete_plan'
  | 'record_visit'
  | 'issue_conclusion'
  | 'follow_up';

/**
 * What may happen in each state: the plan is edited and the visit recorded (or corrected) until the conclusion
 * is issued; a plan is withdrawn (deleted) only before its visit is recorded (*practice*: once the team went,
 * the visit is a fact of the record); the conclusion is issued once, after the visit, and frozen; requests are
 * followed up after it.
 */
export const INSPECTION_TRANSITIONS: Readonly<Record<InspectionStatus, readonly InspectionChange[]>> = {
  planned: ['edit_plan', 'delete_plan', 'record_visit'],
  visited: ['edit_plan', 'record_visit', 'issue_conclusion'],
  concluded: ['follow_up'],
  closed: [],
};

export type RequestStatus = 'open' | 'answered' | 'closed';

export function isInspectionChangeAllowed(status: InspectionStatus, change: InspectionChange): boolean {
  return INSPECTION_TRANSITIONS[status].includes(change);
}

/** The state from the facts: concluded once issued, closed when every request is closed. */
export function inspectionStatus(facts: {
  visitedOn: LocalDate | null;
  issuedOn: LocalDate | null;
  requests: readonly { status: RequestStatus }[];
}): InspectionStatus {
  if (facts.issuedOn !== null) return allRequestsClosed(facts.requests) ? 'closed' : 'concluded';
  return facts.visitedOn !== null ? 'visited' : 'planned';
}

/** The inspection closes when every request of its conclusion is closed (a conclusion without requests closes at once). */
export function allRequestsClosed(requests: readonly { status: RequestStatus }[]): boolean {
  return requests.every((r) => r.status === 'closed');
}

/**
 * A request answered or not: the cell answers an open request (or answers again after the committee asked
 * again); the committee closes an answered request, or asks again (back to open). A closed request is done.
 */
export type RequestChange = 'answer' | 'close' | 'ask_again';
const REQUEST_TRANSITIONS: Readonly<Record<RequestStatus, readonly RequestChange[]>> = {
  open: ['answer'],
  answered: ['answer', 'close', 'ask_again'],
  closed: [],
};
export function isRequestChangeAllowed(status: RequestStatus, change: RequestChange): boolean {
  return REQUEST_TRANSITIONS[status].includes(change);
}

/** A request is late when its deadline has passed and the cell has not answered it (*practice*). */
export function isRequestLate(
  request: { status: RequestStatus; dueOn: LocalDate },
  today: LocalDate,
): boolean {
  return request.status === 'open' && request.dueOn < today;
}

export type InspectionDateIssue = 'VISIT_IN_FUTURE' | 'DUE_BEFORE_ISSUE' | 'PLAN_OUTSIDE_YEAR';

/** A planned date lies in the plan's year. */
export function plannedDateIssue(year: number, plannedOn: LocalDate): InspectionDateIssue | null {
  return plannedOn.slice(0, 4) === String(year) ? null : 'PLAN_OUTSIDE_YEAR';
}

/** A visit is recorded once it happened: not after today. */
export function visitDateIssue(visitedOn: LocalDate, today: LocalDate): InspectionDateIssue | null {
  return visitedOn > today ? 'VISIT_IN_FUTURE' : null;
}

/** A request's deadline comes after the conclusion is issued. */
export function dueDateIssue(dueOn: LocalDate, issuedOn: LocalDate): InspectionDateIssue | null {
  return dueOn < issuedOn ? 'DUE_BEFORE_ISSUE' : null;
}

/**
 * The plan and the draft findings are the committee's working papers: the inspected cell sees its inspection
 * once the conclusion is issued (*practice*: the conclusion is what is notified to the cell).
 */
export function cellMaySee(issuedOn: LocalDate | null): boolean {
  return issuedOn !== null;
}
