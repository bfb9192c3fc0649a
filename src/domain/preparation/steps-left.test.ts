import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLAN_STEPS } from '../plans/plan-schedule.ts';
import { type PreparationFacts, stepProgress } from './step-progress.ts';
import { OPEN_FOR_EVER, overdueOn, stepsLeft } from './steps-left.ts';

const day = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const dayArb = fc
  .record({
    y: fc.integer({ min: 2025, max: 2027 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ y, m, d }) => day(y, m, d));
const KEYS = [
  'outlineSavedOn',
  'draft1ApprovedOn',
  'commentsClosedOn',
  'draft2ApprovedOn',
  'meetingHeldOn',
] as const;

describe('stepsLeft', () => {
  it('leaves the steps after the last recorded fact, due at the end of their month', () => {
    const steps = stepsLeft(2026, [1, 1, 2, 2, 3], [true, false, true, false, false], null);
    expect(steps).toEqual([
      { dueOn: '2026-02-28', openUntil: OPEN_FOR_EVER },
      { dueOn: '2026-03-31', openUntil: OPEN_FOR_EVER },
    ]);
    expect(overdueOn(steps, '2026-03-01')).toBe(1);
    expect(overdueOn(steps, '2026-04-01')).toBe(2);
  });

  it('bounds the comments step and those before it by the comment window while the draft is out', () => {
    const steps = stepsLeft(2026, [1, 1, 2, 2, 3], [true, true, false, false, false], '2026-03-10');
    expect(steps[0]).toEqual({ dueOn: '2026-02-28', openUntil: '2026-03-10' });
    // Comments and draft 2 (both due in February) are overdue while the window is open…
    expect(overdueOn(steps, '2026-03-10')).toBe(2);
    // …then the window ran out: the comments step is done by time, only draft 2 is left.
    expect(overdueOn(steps, '2026-03-11')).toBe(1);
    expect(overdueOn(steps, '2026-02-28')).toBe(0);
  });

  it('counts a missing or invalid due month as December', () => {
    expect(stepsLeft(2026, [0], [], null).map((s) => s.dueOn)).toEqual(Array(5).fill('2026-12-31'));
  });

  it('on any day, counts exactly the steps stepProgress finds overdue', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2025, max: 2027 }),
        fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 5, maxLength: 5 }),
        fc.array(fc.option(dayArb, { nil: undefined }), { minLength: 5, maxLength: 5 }),
        fc.option(dayArb, { nil: null }),
        dayArb,
        (year, months, dates, commentDueOn, today) => {
          // preparationFacts: while distributed, a window that ran out closed on its due day.
          const facts: PreparationFacts = {};
          dates.forEach((d, i) => {
            if (d !== undefined) facts[KEYS[i] as (typeof KEYS)[number]] = d;
          });
          if (commentDueOn !== null && commentDueOn < today && facts.commentsClosedOn === undefined)
            facts.commentsClosedOn = commentDueOn;
          const expected = stepProgress(
            PLAN_STEPS.map((step, i) => ({ step, year, month: months[i] ?? 12 })),
            facts,
            today,
          ).filter((p) => p.state === 'overdue').length;
          const left = stepsLeft(
            year,
            months,
            dates.map((d) => d !== undefined),
            commentDueOn,
          );
          expect(overdueOn(left, today)).toBe(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
