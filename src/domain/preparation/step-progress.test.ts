import { describe, expect, it } from 'vitest';
import { scheduleSteps } from '../plans/plan-schedule.ts';
import {
  currentStep,
  dueBy,
  overdueSteps,
  type PreparationFacts,
  type StepDue,
  stepProgress,
  stepsInYear,
} from './step-progress.ts';

// Seed 000's Chuyên đề 1, quarter I of 2026: outline and draft 1 in January, comments and draft 2 in
// February, the meeting in March.
const QUARTER_1 = stepsInYear(2026, scheduleSteps(1));

const states = (facts: PreparationFacts, today: string) =>
  stepProgress(QUARTER_1, facts, today).map((p) => [p.step, p.state]);

describe('dueBy', () => {
  it('is the last day of the due month', () => {
    expect(dueBy({ year: 2026, month: 1 })).toBe('2026-01-31');
    expect(dueBy({ year: 2026, month: 4 })).toBe('2026-04-30');
    expect(dueBy({ year: 2026, month: 12 })).toBe('2026-12-31');
  });

  it('knows February in common and leap years', () => {
    expect(dueBy({ year: 2026, month: 2 })).toBe('2026-02-28');
    expect(dueBy({ year: 2028, month: 2 })).toBe('2028-02-29');
  });

  for (const [year, month] of [
    [2026, 0],
    [2026, 13],
    [2026, 1.5],
    [26, 1],
  ]) {
    it(`throws a RangeError for ${month}/${year}`, () => {
      expect(() => dueBy({ year: year as number, month: month as number })).toThrow(RangeError);
    });
  }
});

describe('stepsInYear', () => {
  it('puts the plan’s year on seed 000’s months', () => {
    expect(QUARTER_1).toEqual([
      { step: 'outline', year: 2026, month: 1 },
      { step: 'draft1', year: 2026, month: 1 },
      { step: 'comments', year: 2026, month: 2 },
      { step: 'draft2', year: 2026, month: 2 },
      { step: 'meeting', year: 2026, month: 3 },
    ]);
  });
});

describe('stepProgress', () => {
  it('shows everything pending at the start of the quarter', () => {
    expect(states({}, '2026-01-05')).toEqual([
      ['outline', 'pending'],
      ['draft1', 'pending'],
      ['comments', 'pending'],
      ['draft2', 'pending'],
      ['meeting', 'pending'],
    ]);
  });

  it('keeps a step pending through the last day of its month', () => {
    expect(states({}, '2026-01-31')[0]).toEqual(['outline', 'pending']);
  });

  it('flags a step overdue from the first day after its month', () => {
    expect(states({}, '2026-02-01')).toEqual([
      ['outline', 'overdue'],
      ['draft1', 'overdue'],
      ['comments', 'pending'],
      ['draft2', 'pending'],
      ['meeting', 'pending'],
    ]);
  });

  it('advances from what happened: outline saved, draft 1 approved', () => {
    const progress = stepProgress(
      QUARTER_1,
      { outlineSavedOn: '2026-01-08', draft1ApprovedOn: '2026-01-26' },
      '2026-02-10',
    );
    expect(progress[0]).toEqual({
      step: 'outline',
      dueBy: '2026-01-31',
      state: 'done',
      doneOn: '2026-01-08',
      late: false,
      implied: false,
    });
    expect(progress[1]).toMatchObject({ step: 'draft1', state: 'done', doneOn: '2026-01-26', late: false });
    expect(progress[2]).toEqual({ step: 'comments', dueBy: '2026-02-28', state: 'pending' });
  });

  it('marks a step done after its month as late, but done', () => {
    const progress = stepProgress(
      QUARTER_1,
      { outlineSavedOn: '2026-01-20', draft1ApprovedOn: '2026-02-03' },
      '2026-02-10',
    );
    expect(progress[1]).toMatchObject({ step: 'draft1', state: 'done', doneOn: '2026-02-03', late: true });
    expect(overdueSteps(progress)).toEqual([]);
  });

  it('shows the whole quarter done once the meeting is held', () => {
    const facts: PreparationFacts = {
      outlineSavedOn: '2026-01-06',
      draft1ApprovedOn: '2026-01-27',
      commentsClosedOn: '2026-02-12',
      draft2ApprovedOn: '2026-02-25',
      meetingHeldOn: '2026-03-10',
    };
    const progress = stepProgress(QUARTER_1, facts, '2026-12-31');
    expect(progress.map((p) => p.state)).toEqual(['done', 'done', 'done', 'done', 'done']);
    expect(progress.every((p) => p.state === 'done' && !p.late && !p.implied)).toBe(true);
    expect(currentStep(progress)).toBeUndefined();
  });

  it('counts a step passed when a later one happened, and says it was implied', () => {
    // The preparer wrote draft 1 straight away: no outline was ever saved.
    const progress = stepProgress(QUARTER_1, { draft1ApprovedOn: '2026-01-22' }, '2026-03-01');
    expect(progress[0]).toEqual({
      step: 'outline',
      dueBy: '2026-01-31',
      state: 'done',
      doneOn: '2026-01-22',
      late: false,
      implied: true,
    });
    expect(overdueSteps(progress)).toEqual(['comments', 'draft2']);
  });

  it('implies from the nearest later step that happened', () => {
    const progress = stepProgress(
      QUARTER_1,
      { draft2ApprovedOn: '2026-02-20', meetingHeldOn: '2026-03-05' },
      '2026-03-06',
    );
    expect(progress.slice(0, 3).map((p) => p.state === 'done' && [p.doneOn, p.implied])).toEqual([
      ['2026-02-20', true],
      ['2026-02-20', true],
      ['2026-02-20', true],
    ]);
  });

  it('flags an overdue meeting and names the current step', () => {
    const facts: PreparationFacts = {
      outlineSavedOn: '2026-01-06',
      draft1ApprovedOn: '2026-01-27',
      commentsClosedOn: '2026-02-12',
    };
    const progress = stepProgress(QUARTER_1, facts, '2026-04-02');
    expect(overdueSteps(progress)).toEqual(['draft2', 'meeting']);
    expect(currentStep(progress)).toEqual({ step: 'draft2', dueBy: '2026-02-28', state: 'overdue' });
  });

  it('crosses the year end for a topic of quarter IV', () => {
    const q4 = stepsInYear(2025, scheduleSteps(4));
    const progress = stepProgress(q4, { outlineSavedOn: '2025-10-02' }, '2026-01-01');
    expect(progress.map((p) => p.state)).toEqual(['done', 'overdue', 'overdue', 'overdue', 'overdue']);
  });

  it('follows a committee’s own timing', () => {
    const custom: StepDue[] = stepsInYear(2026, scheduleSteps(2, [1, 2, 2, 3, 3]));
    const progress = stepProgress(custom, { outlineSavedOn: '2026-04-10' }, '2026-05-01');
    expect(progress.map((p) => p.state)).toEqual(['done', 'pending', 'pending', 'pending', 'pending']);
  });

  it('rejects a malformed date for today or for a fact', () => {
    expect(() => stepProgress(QUARTER_1, {}, '01/02/2026')).toThrow(RangeError);
    expect(() => stepProgress(QUARTER_1, { meetingHeldOn: '2026-03-32' }, '2026-04-01')).toThrow(RangeError);
  });
});
