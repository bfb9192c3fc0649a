import type { LocalDate } from '../dates/local-date.ts';
import { PLAN_STEPS } from '../plans/plan-schedule.ts';
import { dueBy } from './step-progress.ts';

/** `openUntil` of a step nothing closes by time. */
export const OPEN_FOR_EVER = '9999-12-31';

export interface StepLeft {
  /** The last day of the step's due month (dueBy): overdue on any later day while not done. */
  dueOn: LocalDate;
  /** The last day the step can still be overdue: after it, time itself has done the step. */
  openUntil: LocalDate;
}

/**
 * The steps of one topic not yet done and the days that bound their being overdue, so that "overdue as of a
 * day" is a comparison a database can make (issue 20: `dueOn < day <= openUntil`) and equals stepProgress's
 * `overdue` state on that day (step-progress.ts; the property is tested beside this file):
 * - a step is done when its own fact or a later step's is recorded (seed 000's five steps, step-progress.ts),
 *   so the steps left are those after the last recorded fact;
 * - while the draft is out, the comment window that runs out closes the comments step by itself (seed 001: members
 *   comment until the due day; preparation/service.ts, preparationFacts), and with it the steps before it.
 * `recorded`: whether each step's fact is recorded, in PLAN_STEPS order. `dueMonths`: each step's due month
 * (1–12), the plan's ("Tháng 1/2022"); a missing one counts as December, as the overview always has.
 */
export function stepsLeft(
  year: number,
  dueMonths: readonly number[],
  recorded: readonly boolean[],
  commentsCloseOn: LocalDate | null,
): StepLeft[] {
  const last = recorded.reduce((acc, done, i) => (done ? i : acc), -1);
  const comments = PLAN_STEPS.indexOf('comments');
  const left: StepLeft[] = [];
  for (let i = last + 1; i < PLAN_STEPS.length; i++) {
    const m = dueMonths[i];
    const month = m !== undefined && Number.isInteger(m) && m >= 1 && m <= 12 ? m : 12;
    left.push({
      dueOn: dueBy({ year, month }),
      openUntil: i <= comments && commentsCloseOn !== null ? commentsCloseOn : OPEN_FOR_EVER,
    });
  }
  return left;
}

/** How many of these steps are overdue on `day`. */
export function overdueOn(steps: readonly StepLeft[], day: LocalDate): number {
  return steps.filter((s) => s.dueOn < day && s.openUntil >= day).length;
}
