/**
 * What a notification can be about: the events of the year that the system carries to people (issue 14,
 * from the seeds' process: "dự thảo … gửi đến từng đảng viên" before the meeting, seed 001; the plan
 * "báo cáo Đảng ủy cấp trên trực tiếp", seed 000; minutes signed by the chair and the minute-taker;
 * tasks assigned at the meeting; the notice of content, time and place at least one day ahead, *practice*).
 * A closed list: a kind the web does not know how to word cannot be written.
 */
export const NOTIFICATION_KINDS = [
  'draft_distributed',
  'plan_returned',
  'minutes_to_sign',
  'task_assigned',
  'meeting_notice',
  'meeting_changed',
  'meeting_cancelled',
  'report_issued',
  // The committee above received a report with a remark (seed 000: the committee "chỉ đạo, hướng dẫn").
  'report_remark',
  'committee_reminder',
  // The committee's delegate registered for (or withdrew from) a cell's meeting (seed 000: "đại biểu cấp ủy
  // cấp trên dự"): the cell's secretary and deputy know who is coming.
  'delegate_registered',
  'delegate_withdrawn',
  // Reminders, sent by the reminders job (src/jobs/reminders/, domain/notifications/reminders.ts).
  'reminder_comments',
  'reminder_meeting',
  'reminder_plan_step',
  'reminder_task',
  'reminder_review',
  // Guidance of cells that struggle (issue 15, seed 000: "chỉ đạo, hướng dẫn cách sinh hoạt").
  'support_assigned',
  'support_entry',
  'committee_invited',
  // Seed 000: "kịp thời biểu dương, khen thưởng": the cell's secretary and the member commended are told.
  'commendation_recorded',
  // Inspection and supervision (issue 16, seed 002: "thường xuyên kiểm tra, nhắc nhở các chi bộ"): the conclusion
  // reaches the cell's secretary and deputy; the cell's answer reaches the team; a request asked again, the cell.
  'inspection_concluded',
  'inspection_answered',
  'inspection_asked_again',
  // The quality of a meeting (issue 16, seed 004: "tiêu chí đánh giá chất lượng sinh hoạt chi bộ"): the secretary's
  // proposed score reaches the officers of the committee directly above (seed 000: "cấp ủy cấp trên trực tiếp");
  // their confirmation, or their adjustment with its reasons, reaches the secretary and whoever proposed it.
  'quality_proposed',
  'quality_confirmed',
  'quality_adjusted',
  // Seed 001: "sinh hoạt chuyên đề mẫu": the secretaries of the cells invited to learn from a model meeting, and
  // told when the committee calls it off.
  'model_meeting_invited',
  'model_meeting_withdrawn',
  // Seed 001: participation is "căn cứ để Chi bộ đánh giá" the member at the year's end; the cell's finalised review
  // goes up with its annual report, so the officers of the committee directly above are told it is there.
  'year_review_finalised',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export function isNotificationKind(value: string): value is NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(value);
}

/**
 * Whether a kind also goes by e-mail when the person has not chosen (*practice*: what asks something of the
 * person by a date goes by e-mail too; the rest stays in the app until they opt in).
 */
export const EMAIL_BY_DEFAULT: Readonly<Record<NotificationKind, boolean>> = {
  draft_distributed: true,
  plan_returned: true,
  minutes_to_sign: true,
  task_assigned: true,
  meeting_notice: true,
  meeting_changed: true,
  meeting_cancelled: true,
  report_issued: false,
  report_remark: true,
  committee_reminder: true,
  delegate_registered: false,
  delegate_withdrawn: false,
  reminder_comments: true,
  reminder_meeting: true,
  reminder_plan_step: true,
  reminder_task: true,
  reminder_review: true,
  support_assigned: true,
  support_entry: false,
  committee_invited: true,
  commendation_recorded: false,
  inspection_concluded: true,
  inspection_answered: false,
  inspection_asked_again: true,
  quality_proposed: true,
  quality_confirmed: false,
  quality_adjusted: false,
  model_meeting_invited: true,
  model_meeting_withdrawn: true,
  year_review_finalised: false,
};

/** The channel a person gets a kind through: their choice, else the default. */
export function wantsEmail(kind: NotificationKind, chosen: ReadonlyMap<string, boolean>): boolean {
  return chosen.get(kind) ?? EMAIL_BY_DEFAULT[kind];
}
