import type { LocalDate } from '../dates/local-date.ts';
import {
  DEFAULT_REPORT_DEADLINES,
  periodReportDueOn,
  type ReportDeadlines,
} from '../documents/report-deadlines.ts';
import type { MeetingKind } from '../meetings/agenda.ts';

/**
 * "What is mine to do now" (the home page): each item is one action waiting for the signed-in person, in one
 * unit, with the day it is due. The kinds follow the year of a cell as the seeds lay it out (seed 000: the five
 * steps at months 1, 1, 2, 2, 3 of the quarter, comments before the meeting, the minutes signed by the chair
 * and the minute-taker, reports to "Đảng ủy cấp trên trực tiếp"; seed 004: the plan sent before the guidance's
 * deadline) and the committee's side of it (review the plans sent up, read the reports, follow the lagging cells).
 */
export const INBOX_KINDS = [
  'draft_to_approve',
  'draft_to_comment',
  'comments_to_dispose',
  'minutes_to_sign',
  'plan_returned',
  'plan_to_submit',
  'meeting_to_schedule',
  'notice_received',
  'task_due',
  'review_to_write',
  'report_to_issue',
  'evaluation_to_write',
  'committee_reminder',
  'plan_to_review',
  'report_unread',
  'cells_overdue',
  // Guidance of cells that struggle (issue 15, seed 000): the cells a person follows, the drafts they are invited to.
  'support_assigned',
  'draft_invited',
  // Inspection and supervision (issue 16, seed 002): a request of a conclusion for the cell's secretary to answer.
  'inspection_request',
  // The quality of meetings (issue 16, seed 004 "tiêu chí đánh giá chất lượng sinh hoạt chi bộ"; seed 000 "cấp ủy cấp
  // trên trực tiếp"): a score the cell's secretary proposed, for the officers of the committee directly above to confirm.
  'quality_to_confirm',
  // Model meetings (issue 16, seed 001: "sinh hoạt chuyên đề mẫu"): a secretary invited to another cell's model meeting.
  'model_meeting_invited',
] as const;
export type InboxKind = (typeof INBOX_KINDS)[number];

export interface InboxItem {
  kind: InboxKind;
  /** The text's parameters (the web client words each kind: `inbox.kinds.<kind>`). */
  params: Record<string, string | number | null>;
  unit: { id: string; name: string };
  dueOn: LocalDate | null;
  overdue: boolean;
  /** The web screen where the action is done. */
  link: string;
}

/**
 * Overdue: its due day has passed (*practice*: the due day itself is still in time, as a plan sent on the
 * guidance's deadline is on time, plan-deadline.ts). An item with no due day is never overdue.
 */
export function isOverdue(dueOn: LocalDate | null, today: LocalDate): boolean {
  return dueOn !== null && dueOn < today;
}

/** The last day of a month of a year, 'YYYY-MM-DD' (a step "in month m" is due by its end). */
export function endOfMonth(year: number, month: number): LocalDate {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The home's order (*practice*): overdue first, then by due day (soonest first), items without a due day
 * last; ties keep a stable order by kind and link so the list does not jump between loads.
 */
export function sortInbox<T extends Pick<InboxItem, 'kind' | 'dueOn' | 'overdue' | 'link'>>(
  items: readonly T[],
): T[] {
  return [...items].sort((a, b) => {
    if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
    if (a.dueOn !== b.dueOn) {
      if (a.dueOn === null) return 1;
      if (b.dueOn === null) return -1;
      return a.dueOn < b.dueOn ? -1 : 1;
    }
    const k = INBOX_KINDS.indexOf(a.kind) - INBOX_KINDS.indexOf(b.kind);
    if (k !== 0) return k;
    return a.link < b.link ? -1 : a.link > b.link ? 1 : 0;
  });
}

/** Whose to-dos: the signed-in person and the grants they hold (roles and memberships, authz/policy.ts). */
export interface InboxScope {
  personId: string;
  today: LocalDate;
  grants: readonly { unitId: string; role: string }[];
}

/** The units where the person holds one of these roles (or memberships), each once. */
export function unitsWhere(scope: InboxScope, roles: readonly string[]): string[] {
  return [...new Set(scope.grants.filter((g) => roles.includes(g.role)).map((g) => g.unitId))];
}

/** An item with `overdue` worked out from its due day. */
export function inboxItem(today: LocalDate, item: Omit<InboxItem, 'overdue'>): InboxItem {
  return { ...item, overdue: isOverdue(item.dueOn, today) };
}

/**
 * The report periods whose report the cell should issue now (seed 001 asks the cell for quarterly reports; the
 * year's report at its end): this year's ended quarters, the year from December (when its report opens,
 * documents/issuing.ts), and — during the first quarter only, so an old year does not linger — last year's fourth
 * quarter and the year (*practice*). Each is due on the day the guidance of its year sets (`deadlinesOf`, the
 * nearest committee's guidance; report-deadlines.ts), by default the 10th of the next month and 20 December.
 */
export function endedReportPeriods(
  today: LocalDate,
  deadlinesOf: (year: number) => ReportDeadlines = () => DEFAULT_REPORT_DEADLINES,
): { year: number; quarter: number | null; dueOn: LocalDate }[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const periods: { year: number; quarter: number | null }[] = [];
  if (month <= 3) periods.push({ year: year - 1, quarter: 4 }, { year: year - 1, quarter: null });
  for (let quarter = 1; quarter <= 4; quarter++)
    if (endOfMonth(year, quarter * 3) < today) periods.push({ year, quarter });
  if (month === 12) periods.push({ year, quarter: null });
  return periods.map((p) => ({ ...p, dueOn: periodReportDueOn(p.year, p.quarter, deadlinesOf(p.year)) }));
}

/** How far ahead a dated item shows on the home (*practice*): a task in the week, a review in the month. */
export const DUE_SOON_DAYS = { task: 7, review: 30 } as const;

/** Due by `today` plus `days` (overdue included): it belongs on the home now. */
export function isDueWithin(dueOn: LocalDate | null, today: LocalDate, days: number): boolean {
  if (dueOn === null) return false;
  const limit = new Date(`${today}T00:00:00Z`);
  limit.setUTCDate(limit.getUTCDate() + days);
  return dueOn <= limit.toISOString().slice(0, 10);
}

/**
 * Which held meetings the home asks a report for (*practice*): the thematic (and combined) ones, whose report
 * carries the secretary's evaluation up to the committee (seed 001, evaluation.ts). A regular monthly meeting's
 * report may still be issued from its page; the quarter's report (seed 001: "Từng quý có báo cáo") covers it.
 */
export function meetingReportExpected(kind: MeetingKind): boolean {
  return kind !== 'regular';
}
