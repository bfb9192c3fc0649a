import { type LocalDate, todayInVietnam } from '../dates/local-date.ts';

/**
 * Seed 000: "Dự thảo chuyên đề phải được chi ủy hoặc bí thư chi bộ thông qua và gửi đến đảng viên trước khi
 * tổ chức sinh hoạt" — a thematic meeting (or the thematic part of a combined one) is about a topic of the
 * plan, and starts only once that topic's draft was approved and sent to members. A thematic or combined
 * meeting with no topic (scheduled before the topic was required) has nothing members could have studied:
 * it starts once a topic is chosen. A regular meeting has no topic.
 */
export type DraftGateIssue = 'MEETING_TOPIC_MISSING' | 'MEETING_DRAFT_NOT_DISTRIBUTED';

/** Meetings about a topic of the plan: thematic alone, or held with the regular meeting (seed 000). */
export const needsTopic = (kind: string) => kind === 'thematic' || kind === 'combined';

export function draftGateIssue(
  kind: string,
  topic: { distributedAt: string | null } | null,
): DraftGateIssue | undefined {
  if (!needsTopic(kind)) return undefined;
  if (!topic) return 'MEETING_TOPIC_MISSING';
  return topic.distributedAt ? undefined : 'MEETING_DRAFT_NOT_DISTRIBUTED';
}

/**
 * *Practice* (DOMAIN.md): members need time to study the draft and comment before the meeting; the seeds say
 * only "trước khi tổ chức sinh hoạt". The interval is the cell's setting (`org_unit.draft_lead_days`, 0 to
 * 30 days), three days where the cell has not set it; a shorter one is a warning on the notice, the meeting
 * page and in the minutes, never a refusal.
 */
export const DRAFT_LEAD_DAYS = 3;
export const DRAFT_LEAD_DAYS_MAX = 30;

/** The interval a cell expects: its own setting, else the default. */
export function draftLeadDays(setting: number | null | undefined): number {
  return setting ?? DRAFT_LEAD_DAYS;
}

export interface ShortLeadWarning {
  code: 'DRAFT_SENT_LATE';
  /** The day the draft went to members (Vietnam's calendar) and whole days from then to the meeting. */
  sentOn: LocalDate;
  days: number;
  required: number;
}

/** Whole days between two local dates (b − a). */
function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export function shortLeadWarning(
  distributedAt: string | null,
  heldOn: LocalDate,
  required: number = DRAFT_LEAD_DAYS,
): ShortLeadWarning | undefined {
  if (!distributedAt) return undefined;
  const sentOn = todayInVietnam(new Date(distributedAt));
  const days = daysBetween(sentOn, heldOn);
  if (days >= required) return undefined;
  return { code: 'DRAFT_SENT_LATE', sentOn, days, required };
}
