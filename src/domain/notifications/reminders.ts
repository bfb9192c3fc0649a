import { addDays, type LocalDate } from '../dates/local-date.ts';
import type { PlanStep } from '../plans/plan-schedule.ts';

/**
 * Reminders (issue 14): what the reminders job (src/jobs/reminders/) sends to whom on a given day, as pure
 * rules. Each reminder has a key — the occasion and the person — written once (table `reminder_sent`), so it
 * is sent once however often the job runs.
 */

/**
 * Days before the comment window closes that members are reminded (*practice*: seed 000 asks for comments
 * before the meeting, "tham gia góp ý dự thảo"; two days leave time to read). The unit's setting, else 2.
 */
export const COMMENT_REMINDER_DAYS = 2;
/** Days before a task or a review falls due that its owner is reminded (*practice*), the unit's setting, else 3. */
export const TASK_REMINDER_DAYS = 3;
export const REMINDER_DAYS_MAX = 30;

export function commentReminderDays(setting: number | null | undefined): number {
  return setting ?? COMMENT_REMINDER_DAYS;
}

export function taskReminderDays(setting: number | null | undefined): number {
  return setting ?? TASK_REMINDER_DAYS;
}

/** Whether a date falls in the last `leadDays` days before (and on) a deadline. */
export function withinLead(today: LocalDate, dueOn: LocalDate, leadDays: number): boolean {
  return today <= dueOn && addDays(dueOn, -leadDays) <= today;
}

export interface CommentReader {
  personId: string;
  opened: boolean;
  commented: boolean;
}

/**
 * Seed 000: members "nghiên cứu, tham gia góp ý" the draft before the meeting. While the window is open and
 * closes within the lead days, a member who has neither opened the draft nor commented is reminded; one who
 * opened it has studied it (a comment is theirs to give or not), one who commented is done.
 */
export function commentReminders(
  today: LocalDate,
  window: { topicId: string; dueOn: LocalDate; leadDays: number },
  readers: readonly CommentReader[],
): { key: string; personId: string }[] {
  if (!withinLead(today, window.dueOn, window.leadDays)) return [];
  return readers
    .filter((r) => !r.opened && !r.commented)
    .map((r) => ({
      key: `comment_window:${window.topicId}:${window.dueOn}:${r.personId}`,
      personId: r.personId,
    }));
}

/**
 * The day before a meeting whose notice went out, everyone on its roll is reminded (*practice*: the notice
 * comes "trước ít nhất một ngày"; the reminder repeats it on the eve). The key carries the day, so a meeting
 * moved to another day is reminded again.
 */
export function meetingTomorrowReminders(
  today: LocalDate,
  meeting: { meetingId: string; heldOn: LocalDate; noticeSent: boolean },
  roll: readonly string[],
): { key: string; personId: string }[] {
  if (!meeting.noticeSent || meeting.heldOn !== addDays(today, 1)) return [];
  return roll.map((personId) => ({
    key: `meeting_tomorrow:${meeting.meetingId}:${meeting.heldOn}:${personId}`,
    personId,
  }));
}

/**
 * Seed 000, section III of the plan: each step is due in a month ("Tháng 1/2022") with a person responsible
 * ("Phân công … phụ trách"). In its month, while not done, the responsible person is reminded once.
 */
export function planStepReminder(
  today: LocalDate,
  step: {
    topicId: string;
    step: PlanStep;
    year: number;
    dueMonth: number;
    responsibleId: string | null;
    done: boolean;
  },
): { key: string; personId: string } | null {
  if (!step.responsibleId || step.done) return null;
  const month = `${step.year}-${String(step.dueMonth).padStart(2, '0')}`;
  if (today.slice(0, 7) !== month) return null;
  return {
    key: `plan_step:${step.topicId}:${step.step}:${month}:${step.responsibleId}`,
    personId: step.responsibleId,
  };
}

export type DueState = 'due_soon' | 'overdue';

/**
 * A dated duty — a task assigned at the meeting (seed 000: "phân công trách nhiệm … thời gian hoàn thành"), a
 * resolution's review (seed 003: "sơ kết, tổng kết") — is reminded once as it comes due (within the lead
 * days) and once when it is overdue, while it is not finished.
 */
export function dueState(today: LocalDate, dueOn: LocalDate, leadDays: number): DueState | null {
  if (today > dueOn) return 'overdue';
  return withinLead(today, dueOn, leadDays) ? 'due_soon' : null;
}

export function dutyReminder(
  today: LocalDate,
  duty: { kind: 'task' | 'review'; id: string; dueOn: LocalDate; personId: string | null; finished: boolean },
  leadDays: number,
): { key: string; personId: string; state: DueState } | null {
  if (!duty.personId || duty.finished) return null;
  const state = dueState(today, duty.dueOn, leadDays);
  if (!state) return null;
  return {
    key: `${duty.kind}:${duty.id}:${duty.dueOn}:${state}:${duty.personId}`,
    personId: duty.personId,
    state,
  };
}
