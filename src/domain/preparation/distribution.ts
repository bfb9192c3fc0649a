import { addDays, isLocalDate, type LocalDate } from '../dates/local-date.ts';
import type { MemberStatus } from '../members/member-status.ts';

/**
 * Sending the approved draft to members and following who has read and commented.
 *
 * Seed 001: "Những đảng viên không được phân công trực tiếp tham mưu … vẫn có trách nhiệm nghiên cứu, góp
 * ý" — every member not assigned to the topic studies it and comments. Seed 000: the approved draft is
 * "gửi đến đảng viên trước khi tổ chức sinh hoạt".
 */

// Official and probationary members study and comment: probationary members have every right of an
// official member except voting and elections (Party Charter, Art. 3), so they take part in comments.
// Exempt members are not expected to attend (practice), members transferred out belong to another cell for
// now, and staff are not party members (seed 002 applies the procedure to units, not to the cell's draft).
const READER_STATUSES: readonly MemberStatus[] = ['official', 'probationary'];

export function isExpectedReader(status: MemberStatus): boolean {
  return READER_STATUSES.includes(status);
}

/**
 * The members the draft is sent to and who are expected to read and comment on it. The preparers wrote it:
 * they are not asked to comment on their own text (seed 001 speaks of the members "không được phân công").
 */
export function expectedReaders<T extends { id: string; status: MemberStatus }>(
  members: readonly T[],
  preparerIds: readonly string[] = [],
): T[] {
  return members.filter((m) => isExpectedReader(m.status) && !preparerIds.includes(m.id));
}

/** Who among the expected has not done it yet (read, or commented), in the order given. */
export function missing<T extends { id: string }>(expected: readonly T[], doneIds: Iterable<string>): T[] {
  const done = new Set(doneIds);
  return expected.filter((m) => !done.has(m.id));
}

/**
 * The timing of the comment window. All three are practice, so a committee may change them:
 * - `minDaysAhead`: members hold a text at least this many days before anything is due from them. DOMAIN.md
 *   "Preparing a regular meeting": members receive the draft and the notice at least one day ahead.
 * - `daysBeforeMeeting`: comments on draft 1 close at least this many days before the meeting, because
 *   draft 2 is made from them before the meeting (seed 000: comments and draft 2 are steps 3 and 4, the
 *   meeting step 5). One day is the tightest schedule that still lets draft 2 reach members the day before.
 * - `windowDays`: how long members get when the meeting is far off.
 */
export interface CommentWindowRules {
  minDaysAhead: number;
  daysBeforeMeeting: number;
  windowDays: number;
}

export const DEFAULT_COMMENT_WINDOW_RULES: Readonly<CommentWindowRules> = {
  minDaysAhead: 1,
  daysBeforeMeeting: 1,
  windowDays: 7,
};

export type CommentDue =
  | { ok: true; dueOn: LocalDate }
  | { ok: false; code: 'TOO_LATE_TO_DISTRIBUTE'; latestDistributionOn: LocalDate };

/**
 * The comment due date proposed when the draft is distributed: `windowDays` after distribution, but no later
 * than `daysBeforeMeeting` before the meeting. When even the earliest fair due date (`minDaysAhead` after
 * distribution) falls after that cut-off, the draft goes out too late for this meeting: the answer says so
 * and gives the last day it could have gone out.
 */
export function commentDueDate(
  distributedOn: LocalDate,
  meetingOn?: LocalDate,
  rules: Partial<CommentWindowRules> = {},
): CommentDue {
  const r = resolveRules(rules);
  checkDate(distributedOn);
  const earliest = addDays(distributedOn, r.minDaysAhead);
  let dueOn = addDays(distributedOn, r.windowDays);
  if (meetingOn === undefined) return { ok: true, dueOn: laterOf(dueOn, earliest) };
  checkDate(meetingOn);
  const cutOff = addDays(meetingOn, -r.daysBeforeMeeting);
  if (earliest > cutOff)
    return { ok: false, code: 'TOO_LATE_TO_DISTRIBUTE', latestDistributionOn: latest(cutOff, r) };
  if (dueOn > cutOff) dueOn = cutOff;
  return { ok: true, dueOn: laterOf(dueOn, earliest) };
}

/** The last day draft 1 can go to members and still leave them time to comment before the meeting. */
export function latestDistributionDate(
  meetingOn: LocalDate,
  rules: Partial<CommentWindowRules> = {},
): LocalDate {
  checkDate(meetingOn);
  const r = resolveRules(rules);
  return latest(addDays(meetingOn, -r.daysBeforeMeeting), r);
}

export type DueDateIssue =
  | { code: 'DUE_BEFORE_DISTRIBUTION' }
  | { code: 'TOO_LITTLE_TIME_TO_STUDY'; earliestDueOn: LocalDate }
  | { code: 'TOO_CLOSE_TO_MEETING'; latestDueOn: LocalDate };

/** Checks a due date the secretary chose instead of the proposed one. */
export function checkCommentDueDate(
  distributedOn: LocalDate,
  dueOn: LocalDate,
  meetingOn?: LocalDate,
  rules: Partial<CommentWindowRules> = {},
): DueDateIssue[] {
  const r = resolveRules(rules);
  checkDate(distributedOn);
  checkDate(dueOn);
  const issues: DueDateIssue[] = [];
  if (dueOn < distributedOn) issues.push({ code: 'DUE_BEFORE_DISTRIBUTION' });
  const earliestDueOn = addDays(distributedOn, r.minDaysAhead);
  if (dueOn < earliestDueOn) issues.push({ code: 'TOO_LITTLE_TIME_TO_STUDY', earliestDueOn });
  if (meetingOn !== undefined) {
    checkDate(meetingOn);
    const latestDueOn = addDays(meetingOn, -r.daysBeforeMeeting);
    if (dueOn > latestDueOn) issues.push({ code: 'TOO_CLOSE_TO_MEETING', latestDueOn });
  }
  return issues;
}

function latest(cutOff: LocalDate, r: CommentWindowRules): LocalDate {
  return addDays(cutOff, -r.minDaysAhead);
}

function resolveRules(rules: Partial<CommentWindowRules>): CommentWindowRules {
  const r = { ...DEFAULT_COMMENT_WINDOW_RULES, ...rules };
  for (const [name, value] of Object.entries(r)) {
    if (!Number.isInteger(value) || value < 0)
      throw new RangeError(`${name} ${value} is not a whole number ≥ 0`);
  }
  return r;
}

function checkDate(date: LocalDate): void {
  if (!isLocalDate(date)) throw new RangeError(`${date} is not a YYYY-MM-DD date`);
}

function laterOf(a: LocalDate, b: LocalDate): LocalDate {
  return a > b ? a : b;
}

// Day arithmetic on calendar dates (local-date.ts has only month arithmetic): done in UTC so that no time
// zone or daylight-saving rule can shift the day. 'YYYY-MM-DD' strings compare correctly as strings.
