import { describe, expect, it } from 'vitest';
import { evaluationProblem } from './evaluation.ts';

describe('evaluationProblem', () => {
  it('is written once the meeting has ended, until its report is issued', () => {
    expect(evaluationProblem('ended', false)).toBeNull();
    expect(evaluationProblem('ended', true)).toBe('EVALUATION_REPORT_ISSUED');
  });

  it('waits for the meeting to end', () => {
    expect(evaluationProblem('scheduled', false)).toBe('EVALUATION_MEETING_NOT_ENDED');
    expect(evaluationProblem('in_progress', false)).toBe('EVALUATION_MEETING_NOT_ENDED');
    expect(evaluationProblem('cancelled', false)).toBe('EVALUATION_MEETING_NOT_ENDED');
  });
});
