/**
 * The five preparation steps of a topic (seed 000, section III of the plan): prepare the outline, draft 1,
 * collect comments, absorb them into draft 2, hold the meeting.
 */
export const PLAN_STEPS = ['outline', 'draft1', 'comments', 'draft2', 'meeting'] as const;
export type PlanStep = (typeof PLAN_STEPS)[number];

/** Seed 000's timing: months 1, 1, 2, 2, 3 of the topic's quarter. Practice, so a committee may change it. */
export const DEFAULT_STEP_MONTHS_IN_QUARTER: readonly number[] = [1, 1, 2, 2, 3];

export interface ScheduledStep {
  step: PlanStep;
  dueMonth: number;
}

export function quarterOfMonth(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

export function monthsOfQuarter(quarter: number): [number, number, number] {
  const first = (quarter - 1) * 3 + 1;
  return [first, first + 1, first + 2];
}

/** The steps of a topic held in the given quarter, each due in its month of that quarter. */
export function scheduleSteps(
  quarter: number,
  monthsInQuarter: readonly number[] = DEFAULT_STEP_MONTHS_IN_QUARTER,
): ScheduledStep[] {
  if (quarter < 1 || quarter > 4) throw new RangeError(`quarter ${quarter} is not 1–4`);
  return PLAN_STEPS.map((step, i) => ({ step, dueMonth: (quarter - 1) * 3 + (monthsInQuarter[i] ?? 3) }));
}
