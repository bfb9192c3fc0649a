import { describe, expect, it } from 'vitest';
import {
  isBeforeItsDate,
  issueProblem,
  missingForIssue,
  planProblem,
  type ReviewFact,
  type ReviewTexts,
  reviewState,
} from './review.ts';

const issued = { kind: 'resolution', issuedOn: '2026-03-25' };
const interim = (dueOn: string, done = false, id = `i-${dueOn}`): ReviewFact => ({
  id,
  kind: 'interim',
  dueOn,
  issued: done,
});
const final = (dueOn: string, done = false): ReviewFact => ({ id: 'f', kind: 'final', dueOn, issued: done });
const texts = (over: Partial<ReviewTexts> = {}): ReviewTexts => ({
  results: null,
  shortcomings: null,
  lessons: null,
  nextSteps: null,
  ...over,
});

describe('planProblem', () => {
  it('plans interim reviews and one final review of an issued resolution', () => {
    expect(planProblem(issued, [], 'interim', '2026-09-30')).toBeNull();
    expect(planProblem(issued, [interim('2026-09-30')], 'final', '2026-12-15')).toBeNull();
    expect(planProblem(issued, [final('2026-12-15')], 'interim', '2026-06-30')).toBeNull();
  });

  it('refuses a topic that is not a resolution, or a resolution not yet issued', () => {
    expect(planProblem({ kind: 'ho_chi_minh', issuedOn: '2026-03-25' }, [], 'interim', '2026-09-30')).toEqual(
      {
        code: 'REVIEW_NOT_RESOLUTION',
      },
    );
    expect(planProblem({ kind: 'resolution', issuedOn: null }, [], 'interim', '2026-09-30')).toEqual({
      code: 'REVIEW_NOT_RESOLUTION',
    });
  });

  it('refuses a second final review', () => {
    expect(planProblem(issued, [final('2026-12-15')], 'final', '2026-12-20')).toEqual({
      code: 'REVIEW_FINAL_EXISTS',
    });
  });

  it('plans nothing more once the final review is issued', () => {
    expect(planProblem(issued, [final('2026-12-15', true)], 'interim', '2026-11-01')).toEqual({
      code: 'REVIEW_RESOLUTION_CLOSED',
    });
  });

  it('refuses a date before the resolution was issued', () => {
    expect(planProblem(issued, [], 'interim', '2026-03-24')).toEqual({
      code: 'REVIEW_FIELD',
      field: 'dueOn',
      reason: 'REVIEW_BEFORE_RESOLUTION',
    });
    expect(planProblem(issued, [], 'interim', '2026-03-25')).toBeNull();
  });

  it('keeps interim reviews before the final one', () => {
    const order = { code: 'REVIEW_FIELD', field: 'dueOn', reason: 'REVIEW_ORDER' };
    expect(planProblem(issued, [final('2026-12-15')], 'interim', '2026-12-15')).toEqual(order);
    expect(planProblem(issued, [interim('2026-09-30')], 'final', '2026-09-30')).toEqual(order);
    expect(
      planProblem(issued, [interim('2026-06-30'), interim('2026-09-30')], 'final', '2026-08-01'),
    ).toEqual(order);
  });
});

describe('missingForIssue', () => {
  it('asks an interim review for its results and the tasks ahead', () => {
    expect(missingForIssue('interim', texts())).toEqual(['results', 'nextSteps']);
    expect(missingForIssue('interim', texts({ results: 'Kết quả', nextSteps: '  ' }))).toEqual(['nextSteps']);
    expect(missingForIssue('interim', texts({ results: 'Kết quả', nextSteps: 'Tiếp tục' }))).toEqual([]);
  });

  it('asks a final review also for its shortcomings and lessons', () => {
    expect(missingForIssue('final', texts({ results: 'Kết quả', nextSteps: 'Kiến nghị' }))).toEqual([
      'shortcomings',
      'lessons',
    ]);
  });
});

describe('issueProblem', () => {
  const LATE = '2026-12-31';
  it('issues a review once', () => {
    expect(issueProblem(interim('2026-09-30'), [], LATE)).toBeNull();
    expect(issueProblem(interim('2026-09-30', true), [], LATE)).toBe('REVIEW_ALREADY_ISSUED');
  });

  it('issues the final review only after every interim review', () => {
    expect(issueProblem(final('2026-12-15'), [interim('2026-09-30')], LATE)).toBe('REVIEW_INTERIM_PENDING');
    expect(issueProblem(final('2026-12-15'), [interim('2026-09-30', true)], LATE)).toBeNull();
  });

  it('issues nothing after the final review', () => {
    expect(issueProblem(interim('2026-09-30'), [final('2026-12-15', true)], LATE)).toBe(
      'REVIEW_RESOLUTION_CLOSED',
    );
  });

  // Seed 003, step 5: "sơ tổng kết theo kế hoạch" — a review reports up to its own day.
  it('issues a review on its date or after, never before', () => {
    expect(issueProblem(interim('2026-09-30'), [], '2026-09-29')).toBe('REVIEW_BEFORE_ITS_DATE');
    expect(issueProblem(interim('2026-09-30'), [], '2026-09-30')).toBeNull();
    expect(issueProblem(final('2026-12-15'), [interim('2026-09-30', true)], '2026-12-06')).toBe(
      'REVIEW_BEFORE_ITS_DATE',
    );
    expect(isBeforeItsDate({ dueOn: '2026-12-15' }, '2026-12-14')).toBe(true);
    expect(isBeforeItsDate({ dueOn: '2026-12-15' }, '2026-12-15')).toBe(false);
  });
});

describe('reviewState', () => {
  it('is planned until its date, then overdue until issued', () => {
    expect(reviewState(interim('2026-09-30'), '2026-09-30')).toBe('planned');
    expect(reviewState(interim('2026-09-30'), '2026-10-01')).toBe('overdue');
    expect(reviewState(interim('2026-09-30', true), '2026-10-01')).toBe('issued');
  });
});
