import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STEP_MONTHS_IN_QUARTER,
  monthsOfQuarter,
  PLAN_STEPS,
  quarterOfMonth,
  scheduleSteps,
} from './plan-schedule.ts';

describe('PLAN_STEPS', () => {
  it('lists the five steps of seed 000 in order: outline, draft 1, comments, draft 2, meeting', () => {
    expect(PLAN_STEPS).toEqual(['outline', 'draft1', 'comments', 'draft2', 'meeting']);
  });

  it('times them by default in months 1, 1, 2, 2, 3 of the quarter (seed 000)', () => {
    expect(DEFAULT_STEP_MONTHS_IN_QUARTER).toEqual([1, 1, 2, 2, 3]);
  });
});

describe('scheduleSteps', () => {
  // Seed 000's table, quarter by quarter: "Tháng 1, 1, 2, 2, 3" of Quý I … "Tháng 10, 10, 11, 11, 12" of Quý IV.
  const SEED_000: ReadonlyArray<readonly [number, number[]]> = [
    [1, [1, 1, 2, 2, 3]],
    [2, [4, 4, 5, 5, 6]],
    [3, [7, 7, 8, 8, 9]],
    [4, [10, 10, 11, 11, 12]],
  ];

  for (const [quarter, months] of SEED_000) {
    it(`schedules quarter ${quarter} in months ${months.join(', ')}`, () => {
      expect(scheduleSteps(quarter)).toEqual([
        { step: 'outline', dueMonth: months[0] },
        { step: 'draft1', dueMonth: months[1] },
        { step: 'comments', dueMonth: months[2] },
        { step: 'draft2', dueMonth: months[3] },
        { step: 'meeting', dueMonth: months[4] },
      ]);
    });
  }

  it('keeps every step inside its quarter and never goes back in time', () => {
    for (let quarter = 1; quarter <= 4; quarter++) {
      const months = scheduleSteps(quarter).map((s) => s.dueMonth);
      for (const month of months) expect(quarterOfMonth(month)).toBe(quarter);
      expect([...months].sort((a, b) => a - b)).toEqual(months);
    }
  });

  it('uses a committee’s own timing when given one (months of the quarter, 1–3)', () => {
    expect(scheduleSteps(2, [1, 2, 2, 3, 3]).map((s) => [s.step, s.dueMonth])).toEqual([
      ['outline', 4],
      ['draft1', 5],
      ['comments', 5],
      ['draft2', 6],
      ['meeting', 6],
    ]);
    expect(scheduleSteps(4, [1, 1, 1, 2, 3]).map((s) => s.dueMonth)).toEqual([10, 10, 10, 11, 12]);
  });

  it('does not change the default timing when a custom one was used before', () => {
    scheduleSteps(3, [3, 3, 3, 3, 3]);
    expect(scheduleSteps(3).map((s) => s.dueMonth)).toEqual([7, 7, 8, 8, 9]);
  });

  for (const quarter of [0, 5, -1, 12]) {
    it(`throws a RangeError for quarter ${quarter}`, () => {
      expect(() => scheduleSteps(quarter)).toThrow(RangeError);
      expect(() => scheduleSteps(quarter)).toThrow(`quarter ${quarter} is not 1–4`);
    });
  }
});

describe('quarterOfMonth', () => {
  it('maps every month of the year to its quarter', () => {
    const quarters = Array.from({ length: 12 }, (_, i) => quarterOfMonth(i + 1));
    expect(quarters).toEqual([1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4]);
  });
});

describe('monthsOfQuarter', () => {
  it('gives the three months of each quarter', () => {
    expect(monthsOfQuarter(1)).toEqual([1, 2, 3]);
    expect(monthsOfQuarter(2)).toEqual([4, 5, 6]);
    expect(monthsOfQuarter(3)).toEqual([7, 8, 9]);
    expect(monthsOfQuarter(4)).toEqual([10, 11, 12]);
  });

  it('is the inverse of quarterOfMonth', () => {
    for (let quarter = 1; quarter <= 4; quarter++) {
      for (const month of monthsOfQuarter(quarter)) expect(quarterOfMonth(month)).toBe(quarter);
    }
  });
});
