import { type PlanStep, quarterOfMonth } from './plan-schedule.ts';

export interface CheckedTopic {
  quarter: number;
  preparerIds: readonly string[];
  steps: readonly { step: PlanStep; dueMonth: number }[];
}

export type PlanIssue =
  | { code: 'QUARTER_WITHOUT_TOPIC'; quarter: number }
  | { code: 'TOPIC_WITHOUT_PREPARER'; topic: number }
  | { code: 'MEETING_OUTSIDE_QUARTER'; topic: number }
  | { code: 'STEPS_OUT_OF_ORDER'; topic: number }
  | { code: 'TWO_MEETINGS_ONE_MONTH'; topic: number }
  | { code: 'SAME_PREPARER_FOR_ALL' }
  | { code: 'NO_LEGAL_BASIS' };

export interface PlanCheckResult {
  /** Binding rules: the plan cannot be adopted or submitted while any stands. */
  errors: PlanIssue[];
  /** Advice shown while editing, never blocking. */
  warnings: PlanIssue[];
}

/** The month a topic's meeting is held: the due month of its `meeting` step. */
export function meetingMonth(topic: CheckedTopic): number | undefined {
  return topic.steps.find((s) => s.step === 'meeting')?.dueMonth;
}

/**
 * The rule checks of an annual plan, run live while editing and enforced at adoption and submission.
 * Binding: at least one thematic meeting in every quarter (seed 001); a preparer for every topic (seed 000:
 * the cell assigns members to prepare each topic); the meeting held inside the topic's quarter. Advisory:
 * one member preparing everything (members take turns, seed 002), steps out of order, no legal basis,
 * two meetings in one month (one issue per meeting, discussed deeply, seed 002).
 */
export function checkPlan(plan: {
  legalBases: readonly string[];
  topics: readonly CheckedTopic[];
}): PlanCheckResult {
  const errors: PlanIssue[] = [];
  const warnings: PlanIssue[] = [];
  for (let quarter = 1; quarter <= 4; quarter++) {
    if (!plan.topics.some((t) => t.quarter === quarter))
      errors.push({ code: 'QUARTER_WITHOUT_TOPIC', quarter });
  }
  const seenMonths = new Set<number>();
  plan.topics.forEach((topic, i) => {
    if (topic.preparerIds.length === 0) errors.push({ code: 'TOPIC_WITHOUT_PREPARER', topic: i });
    const month = meetingMonth(topic);
    if (month === undefined || quarterOfMonth(month) !== topic.quarter)
      errors.push({ code: 'MEETING_OUTSIDE_QUARTER', topic: i });
    const months = topic.steps.map((s) => s.dueMonth);
    if (months.some((m, k) => k > 0 && m < (months[k - 1] ?? m)))
      warnings.push({ code: 'STEPS_OUT_OF_ORDER', topic: i });
    if (month !== undefined) {
      if (seenMonths.has(month)) warnings.push({ code: 'TWO_MEETINGS_ONE_MONTH', topic: i });
      seenMonths.add(month);
    }
  });
  const preparerSets = plan.topics.map((t) => [...t.preparerIds].sort().join(','));
  const first = preparerSets[0];
  if (preparerSets.length > 1 && first && preparerSets.every((p) => p === first))
    warnings.push({ code: 'SAME_PREPARER_FOR_ALL' });
  if (plan.legalBases.length === 0) warnings.push({ code: 'NO_LEGAL_BASIS' });
  return { errors, warnings };
}
