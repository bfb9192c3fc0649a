import { type LocalDate, todayInVietnam } from '../dates/local-date.ts';

/**
 * Seed 000: "Dự thảo chuyên đề phải được chi ủy hoặc bí thư chi bộ thông qua và gửi đến đảng viên trước khi
 * tổ chức sinh hoạt" — a thematic meeting (or the thematic part of a combined one) about a topic of the plan
 * starts only once that topic's draft was approved and sent to members.
 */
export type DraftGateIssue = 'MEETING_DRAFT_NOT_DISTRIBUTED';

export function draftGateIssue(
  kind: string,
  topic: { distributedAt: string | null } | null,
): DraftGateIssue | undefined {
  if (kind === 'regular' || !topic) return undefined;
  return topic.distributedAt ? undefined : 'MEETING_DRAFT_NOT_DISTRIBUTED';
}

/**
 * *Practice* (DOMAIN.md): members need time to study the draft and comment before the meeting; the seeds say
 * only "trước khi tổ chức sinh hoạt". Three days is the interval the app expects for now, named here so a
 * cell's setting can replace it; a shorter one is a warning on the meeting page and a line in the minutes,
 * never a refusal.
 */
export const DRAFT_LEAD_DAYS = 3;

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
