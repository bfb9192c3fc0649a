import { addMonths, isLocalDate, type LocalDate } from '../dates/local-date.ts';
import { PLAN_STEPS, type PlanStep } from '../plans/plan-schedule.ts';

/**
 * The five steps of a topic in the annual plan (seed 000, section III: outline, draft 1, comments, draft 2,
 * meeting, each due in a month) advance from what actually happens, never from a box someone ticks. Seed 001
 * asks for a quarterly progress report to the cell, and the committee above follows the plan (seeds 000,
 * 001): both read this.
 */
export interface StepDue {
  step: PlanStep;
  year: number;
  /** 1–12: the plan gives each step a month ("Tháng 1/2022"), not a day. */
  month: number;
}

/**
 * The facts, as local dates in Việt Nam (the service turns recorded instants into dates with
 * `todayInVietnam(instant)`); absent while it has not happened.
 */
export interface PreparationFacts {
  outlineSavedOn?: LocalDate;
  draft1ApprovedOn?: LocalDate;
  commentsClosedOn?: LocalDate;
  draft2ApprovedOn?: LocalDate;
  meetingHeldOn?: LocalDate;
}

// What completes each step. Draft 1 and draft 2 are done when approved, not when written: until then they
// cannot reach members (seeds 000, 001). The comments step is done when the window closes.
const COMPLETED_BY: Record<PlanStep, keyof PreparationFacts> = {
  outline: 'outlineSavedOn',
  draft1: 'draft1ApprovedOn',
  comments: 'commentsClosedOn',
  draft2: 'draft2ApprovedOn',
  meeting: 'meetingHeldOn',
};

export type StepProgress = { step: PlanStep; dueBy: LocalDate } & (
  | {
      state: 'done';
      doneOn: LocalDate;
      /** Done after its due month: the report shows it, though the step no longer holds anything up. */
      late: boolean;
      /** No fact of its own, but a later step happened, so this one was passed (see below). */
      implied: boolean;
    }
  | { state: 'pending' }
  | { state: 'overdue' }
);

/** The last day of a step's due month: late means after it. */
export function dueBy(due: Pick<StepDue, 'year' | 'month'>): LocalDate {
  const { year, month } = due;
  if (!Number.isInteger(year) || year < 1000 || year > 9999)
    throw new RangeError(`year ${year} is not valid`);
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`month ${month} is not 1–12`);
  const key = year * 100 + month;
  let last = MONTH_ENDS.get(key);
  if (last === undefined) {
    // addMonths clamps the day to the month's length, so "day 31 plus no months" is the month's last day.
    last = addMonths(`${year}-${String(month).padStart(2, '0')}-31`, 0);
    MONTH_ENDS.set(key, last);
  }
  return last;
}

// A committee overview works out the steps of thousands of topics over the same dozen months.
const MONTH_ENDS = new Map<number, LocalDate>();

/**
 * Each step's state on `today`: done (with its date), pending, or overdue once its due month has ended.
 *
 * A step with no fact of its own counts as done when a later step is done — by the date of the next step
 * done, at the latest, so `late` is judged on that date — and says it was `implied`. Otherwise a preparer
 * who went straight to draft 1, or a topic taken over from paper records, would show an overdue outline for
 * ever, long after the meeting was held.
 */
export function stepProgress(
  steps: readonly StepDue[],
  facts: PreparationFacts,
  today: LocalDate,
): StepProgress[] {
  if (!isLocalDate(today)) throw new RangeError(`${today} is not a YYYY-MM-DD date`);
  for (const key of Object.values(COMPLETED_BY)) {
    const date = facts[key];
    if (date !== undefined && !isLocalDate(date))
      throw new RangeError(`${key} ${date} is not a YYYY-MM-DD date`);
  }
  const order = (step: PlanStep) => PLAN_STEPS.indexOf(step);
  return steps.map((due) => {
    const by = dueBy(due);
    const own = facts[COMPLETED_BY[due.step]];
    const later = PLAN_STEPS.slice(order(due.step) + 1)
      .map((s) => facts[COMPLETED_BY[s]])
      .find((d) => d !== undefined);
    const doneOn = own ?? later;
    if (doneOn !== undefined)
      return {
        step: due.step,
        dueBy: by,
        state: 'done',
        doneOn,
        late: doneOn > by,
        implied: own === undefined,
      };
    return { step: due.step, dueBy: by, state: today > by ? 'overdue' : 'pending' };
  });
}

/** The step the topic is at: the first not done, in the plan's order; undefined once all are done. */
export function currentStep(progress: readonly StepProgress[]): StepProgress | undefined {
  return progress.find((p) => p.state !== 'done');
}

/** The steps a reminder or report should name. */
export function overdueSteps(progress: readonly StepProgress[]): PlanStep[] {
  return progress.filter((p) => p.state === 'overdue').map((p) => p.step);
}

/** The plan's steps for a topic, with the plan's year (plan-schedule.ts gives months only). */
export function stepsInYear(
  year: number,
  scheduled: readonly { step: PlanStep; dueMonth: number }[],
): StepDue[] {
  return scheduled.map((s) => ({ step: s.step, year, month: s.dueMonth }));
}
