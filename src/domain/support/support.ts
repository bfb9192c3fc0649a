import type { LocalDate } from '../dates/local-date.ts';
import type { DraftStatus } from '../preparation/draft-status.ts';

/**
 * Guidance of cells that struggle (issue 15). Seed 000: "Đối với chi bộ do điều kiện khó khăn không thể chuẩn
 * bị chuyên đề sinh hoạt bằng văn bản thì đảng ủy cấp trên trực tiếp chỉ đạo, hướng dẫn cách sinh hoạt" — the
 * committee above marks such a cell as needing guidance, assigns one of its people to follow it (đảng ủy viên
 * phụ trách, *practice*), and records each visit or note; the record ends, with a closing note, once the
 * cell no longer needs it.
 */

/** Who a committee may assign to follow a cell: its committee members (đảng ủy viên) or its officers. */
export const SUPPORT_ASSIGNEE_ROLES = ['committee_member', 'officer'] as const;

/** How a guidance entry was made: a visit to the cell, or a note (a call, a written remark). */
export const SUPPORT_ENTRY_KINDS = ['visit', 'note'] as const;
export type SupportEntryKind = (typeof SUPPORT_ENTRY_KINDS)[number];

export type SupportStatus = 'open' | 'ended';
export type SupportChange = 'reassign' | 'edit' | 'end' | 'record_entry';

/** What may happen to a record in each state: an ended record is history, never reopened (mark the cell anew). */
export const SUPPORT_TRANSITIONS: Readonly<Record<SupportStatus, readonly SupportChange[]>> = {
  open: ['reassign', 'edit', 'end', 'record_entry'],
  ended: [],
};

export function supportStatus(record: { endedOn: LocalDate | null }): SupportStatus {
  return record.endedOn === null ? 'open' : 'ended';
}

export function isSupportChangeAllowed(status: SupportStatus, change: SupportChange): boolean {
  return SUPPORT_TRANSITIONS[status].includes(change);
}

/**
 * May this person be assigned to follow the cell: they hold `committee_member` or `officer` today in a
 * committee above the cell (the cell's own committee or any above it: "cấp ủy cấp trên"). A role in the cell
 * itself (its chi ủy viên) or in a sibling committee does not count.
 *
 * @param roles the person's roles held today, each in a unit
 * @param committeesAbove the cell's ancestors (its chain without the cell)
 */
export function mayBeAssigned(
  roles: readonly { unitId: string; role: string }[],
  committeesAbove: readonly string[],
): boolean {
  return roles.some(
    (r) =>
      committeesAbove.includes(r.unitId) && (SUPPORT_ASSIGNEE_ROLES as readonly string[]).includes(r.role),
  );
}

/** One open record per cell: a second mark while one is open is refused (reassign or end the open one). */
export function hasOpenRecord(records: readonly { endedOn: LocalDate | null }[]): boolean {
  return records.some((r) => supportStatus(r) === 'open');
}

export type SupportDateIssue = 'ENDED_BEFORE_START' | 'ENTRY_BEFORE_START' | 'ENTRY_IN_FUTURE';

/** A record ends on or after the day it started. */
export function endDateIssue(startedOn: LocalDate, endedOn: LocalDate): SupportDateIssue | null {
  return endedOn < startedOn ? 'ENDED_BEFORE_START' : null;
}

/** A visit or note is dated within the record's time so far: not before it started, not after today. */
export function entryDateIssue(
  startedOn: LocalDate,
  on: LocalDate,
  today: LocalDate,
): SupportDateIssue | null {
  if (on < startedOn) return 'ENTRY_BEFORE_START';
  if (on > today) return 'ENTRY_IN_FUTURE';
  return null;
}

/**
 * The cell's invitation to the committee above to comment on a topic's drafts (seed 000: the committee above
 * "chỉ đạo, hướng dẫn cách sinh hoạt"). While a topic's invitation is open, the person assigned to follow the
 * cell (an open support record) and the officers of the committee directly above read its drafts — those not
 * yet sent to members too — and comment on them. Without an invitation they read what committees above read.
 */
export function isInvitedGuest(facts: {
  invitationOpen: boolean;
  isAssignedToCell: boolean;
  isParentOfficer: boolean;
}): boolean {
  return facts.invitationOpen && (facts.isAssignedToCell || facts.isParentOfficer);
}

/**
 * While the text is still being written or discussed before the meeting, an invited guest comments on the
 * current draft (*practice*: advice of the committee is useful until draft 2 is approved for the meeting).
 */
const GUEST_COMMENT_STATUSES: readonly DraftStatus[] = [
  'draft1_writing',
  'draft1_submitted',
  'draft1_refused',
  'draft1_approved',
  'distributed',
  'comments_closed',
  'draft2_writing',
  'draft2_submitted',
  'draft2_refused',
];

export function guestMayComment(status: DraftStatus, hasDraft: boolean): boolean {
  return hasDraft && GUEST_COMMENT_STATUSES.includes(status);
}
