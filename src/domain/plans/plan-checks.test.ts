import { describe, expect, it } from 'vitest';
import { type CheckedTopic, checkPlan, meetingMonth } from './plan-checks.ts';
import { type PlanStep, scheduleSteps } from './plan-schedule.ts';

const LEGAL_BASES = ['Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018'];

/** A topic held in its quarter on seed 000's timing, unless steps are given. */
function topic(
  quarter: number,
  preparerIds: string[],
  steps: { step: PlanStep; dueMonth: number }[] = scheduleSteps(quarter),
): CheckedTopic {
  return { quarter, preparerIds, steps };
}

/** Four topics, one per quarter, prepared by four members in turn: the plan of seed 000. */
const goodTopics = () => [topic(1, ['an']), topic(2, ['binh']), topic(3, ['chi']), topic(4, ['dung'])];

/** Seed 000's steps for a quarter with the due months replaced. */
function stepsIn(months: number[]): { step: PlanStep; dueMonth: number }[] {
  return scheduleSteps(1).map((s, i) => ({ step: s.step, dueMonth: months[i] ?? s.dueMonth }));
}

describe('checkPlan', () => {
  it('passes a plan with one topic per quarter, a preparer each, and a legal basis', () => {
    expect(checkPlan({ legalBases: LEGAL_BASES, topics: goodTopics() })).toEqual({
      errors: [],
      warnings: [],
    });
  });

  it('passes a plan with several topics in a quarter, held in different months', () => {
    const topics = [topic(1, ['an'], stepsIn([1, 1, 1, 2, 2])), topic(1, ['binh']), ...goodTopics().slice(1)];
    expect(checkPlan({ legalBases: LEGAL_BASES, topics })).toEqual({ errors: [], warnings: [] });
  });

  it('finds four quarter errors in an empty plan', () => {
    expect(checkPlan({ legalBases: LEGAL_BASES, topics: [] })).toEqual({
      errors: [
        { code: 'QUARTER_WITHOUT_TOPIC', quarter: 1 },
        { code: 'QUARTER_WITHOUT_TOPIC', quarter: 2 },
        { code: 'QUARTER_WITHOUT_TOPIC', quarter: 3 },
        { code: 'QUARTER_WITHOUT_TOPIC', quarter: 4 },
      ],
      warnings: [],
    });
  });

  it('names the quarter that has no topic (seed 001: at least one thematic meeting a quarter)', () => {
    const topics = goodTopics().filter((t) => t.quarter !== 3);
    expect(checkPlan({ legalBases: LEGAL_BASES, topics })).toEqual({
      errors: [{ code: 'QUARTER_WITHOUT_TOPIC', quarter: 3 }],
      warnings: [],
    });
  });

  it('counts a topic in the quarter it is planned for, not the quarter of its first step', () => {
    // Quarter 2's topic starts its outline in March but holds the meeting in May: quarter 1 stays empty.
    const topics = [topic(2, ['an'], stepsIn([3, 3, 4, 4, 5])), ...goodTopics().slice(1)];
    expect(checkPlan({ legalBases: LEGAL_BASES, topics }).errors).toEqual([
      { code: 'QUARTER_WITHOUT_TOPIC', quarter: 1 },
    ]);
  });

  it('names the topic (by index) that has no preparer', () => {
    const topics = goodTopics();
    topics[2] = topic(3, []);
    expect(checkPlan({ legalBases: LEGAL_BASES, topics })).toEqual({
      errors: [{ code: 'TOPIC_WITHOUT_PREPARER', topic: 2 }],
      warnings: [],
    });
  });

  it('is an error when a topic’s meeting falls outside its quarter', () => {
    const topics = goodTopics();
    // Quarter 2's topic holds its meeting in July (quarter 3).
    topics[1] = topic(2, ['binh'], [...scheduleSteps(2).slice(0, 4), { step: 'meeting', dueMonth: 7 }]);
    expect(checkPlan({ legalBases: LEGAL_BASES, topics })).toEqual({
      errors: [{ code: 'MEETING_OUTSIDE_QUARTER', topic: 1 }],
      warnings: [],
    });
  });

  it('is an error when a topic has no meeting step at all', () => {
    const topics = goodTopics();
    topics[3] = topic(4, ['dung'], scheduleSteps(4).slice(0, 4));
    expect(checkPlan({ legalBases: LEGAL_BASES, topics }).errors).toEqual([
      { code: 'MEETING_OUTSIDE_QUARTER', topic: 3 },
    ]);
  });

  it('only warns when the steps go back in time', () => {
    const topics = goodTopics();
    // Comments collected in January, before draft 1 in February: odd, but the meeting is still in March.
    topics[0] = topic(1, ['an'], stepsIn([1, 2, 1, 2, 3]));
    expect(checkPlan({ legalBases: LEGAL_BASES, topics })).toEqual({
      errors: [],
      warnings: [{ code: 'STEPS_OUT_OF_ORDER', topic: 0 }],
    });
  });

  it('only warns when two meetings fall in one month, naming the later topic', () => {
    const topics = [...goodTopics(), topic(4, ['an'])];
    expect(checkPlan({ legalBases: LEGAL_BASES, topics })).toEqual({
      errors: [],
      warnings: [{ code: 'TWO_MEETINGS_ONE_MONTH', topic: 4 }],
    });
  });

  it('only warns when one member prepares every topic (members take turns, seed 002)', () => {
    const topics = [1, 2, 3, 4].map((q) => topic(q, ['an']));
    expect(checkPlan({ legalBases: LEGAL_BASES, topics })).toEqual({
      errors: [],
      warnings: [{ code: 'SAME_PREPARER_FOR_ALL' }],
    });
  });

  it('treats the same preparers in another order as the same preparers', () => {
    const topics = [1, 2, 3, 4].map((q) => topic(q, q % 2 ? ['an', 'binh'] : ['binh', 'an']));
    expect(checkPlan({ legalBases: LEGAL_BASES, topics }).warnings).toEqual([
      { code: 'SAME_PREPARER_FOR_ALL' },
    ]);
  });

  it('does not warn about the same preparer when sharing is partial', () => {
    const topics = [1, 2, 3, 4].map((q) => topic(q, q === 4 ? ['an', 'binh'] : ['an']));
    expect(checkPlan({ legalBases: LEGAL_BASES, topics })).toEqual({ errors: [], warnings: [] });
  });

  it('does not call a plan with a single topic “the same preparer for all”', () => {
    expect(checkPlan({ legalBases: LEGAL_BASES, topics: [topic(1, ['an'])] }).warnings).toEqual([]);
  });

  it('does not call topics without any preparer “the same preparer for all”', () => {
    const topics = [1, 2, 3, 4].map((q) => topic(q, []));
    const result = checkPlan({ legalBases: LEGAL_BASES, topics });
    expect(result.warnings).toEqual([]);
    expect(result.errors).toEqual([0, 1, 2, 3].map((i) => ({ code: 'TOPIC_WITHOUT_PREPARER', topic: i })));
  });

  it('only warns when the plan cites no legal basis', () => {
    expect(checkPlan({ legalBases: [], topics: goodTopics() })).toEqual({
      errors: [],
      warnings: [{ code: 'NO_LEGAL_BASIS' }],
    });
  });

  it('reports every problem at once, errors and warnings apart', () => {
    const topics = [
      topic(1, ['an'], stepsIn([2, 1, 2, 2, 3])),
      topic(1, [], stepsIn([1, 1, 2, 2, 3])),
      topic(2, ['an'], [...scheduleSteps(2).slice(0, 4), { step: 'meeting', dueMonth: 9 }]),
    ];
    expect(checkPlan({ legalBases: [], topics })).toEqual({
      errors: [
        { code: 'QUARTER_WITHOUT_TOPIC', quarter: 3 },
        { code: 'QUARTER_WITHOUT_TOPIC', quarter: 4 },
        { code: 'TOPIC_WITHOUT_PREPARER', topic: 1 },
        { code: 'MEETING_OUTSIDE_QUARTER', topic: 2 },
      ],
      warnings: [
        { code: 'STEPS_OUT_OF_ORDER', topic: 0 },
        { code: 'TWO_MEETINGS_ONE_MONTH', topic: 1 },
        { code: 'NO_LEGAL_BASIS' },
      ],
    });
  });
});

describe('meetingMonth', () => {
  it('is the due month of the meeting step', () => {
    expect(meetingMonth(topic(3, ['an']))).toBe(9);
    expect(meetingMonth(topic(1, ['an'], stepsIn([1, 1, 1, 2, 2])))).toBe(2);
  });

  it('is undefined when the topic has no meeting step', () => {
    expect(meetingMonth(topic(1, ['an'], scheduleSteps(1).slice(0, 4)))).toBeUndefined();
  });
});
