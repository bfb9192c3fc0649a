import { describe, expect, it } from 'vitest';
import { evaluationProblem, isEvaluationMissing, lessonsForTopic } from './evaluation.ts';

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

// Seed 001: "Bí thư chi bộ cần có nhận xét, đánh giá chi tiết, cụ thể những ưu, khuyết điểm của đảng viên được
// phân công xây dựng chuyên đề, đánh giá kết quả … Rút kinh nghiệm cho những buổi sinh hoạt chuyên đề tiếp theo."
describe('isEvaluationMissing', () => {
  it('holds back the report of a thematic or combined meeting until some of the evaluation is written', () => {
    expect(isEvaluationMissing('thematic', null)).toBe(true);
    expect(isEvaluationMissing('combined', { preparer: ' ', result: null, lessons: '' })).toBe(true);
    expect(
      isEvaluationMissing('thematic', { preparer: null, result: null, lessons: 'Gửi dự thảo sớm hơn' }),
    ).toBe(false);
  });

  it('never holds back a regular meeting’s report: it has no topic nor preparer', () => {
    expect(isEvaluationMissing('regular', null)).toBe(false);
  });
});

describe('lessonsForTopic', () => {
  const meetings = [
    { meetingId: 'm3', topicId: 'q1', heldOn: '2026-03-20', lessons: 'Gửi dự thảo sớm hơn.' },
    { meetingId: 'm5', topicId: null, heldOn: '2026-05-10', lessons: null },
    { meetingId: 'm6', topicId: 'q2', heldOn: '2026-06-20', lessons: 'Có số liệu khảo sát.' },
    { meetingId: 'm9', topicId: 'q3', heldOn: '2026-09-20', lessons: 'Mời đại biểu phụ huynh.' },
  ];

  it('gives the next preparer the lessons of the cell’s latest evaluated meeting on another topic', () => {
    expect(lessonsForTopic('q4', meetings, null)?.meetingId).toBe('m9');
    // Not the topic's own meeting; the one before.
    expect(lessonsForTopic('q3', meetings, null)?.meetingId).toBe('m6');
  });

  it('once the topic was held, keeps those from before its meeting; none when nothing was evaluated', () => {
    expect(lessonsForTopic('q3', meetings, '2026-09-20')?.meetingId).toBe('m6');
    expect(lessonsForTopic('q1', meetings, '2026-03-20')).toBeUndefined();
    expect(lessonsForTopic('q1', [], null)).toBeUndefined();
  });
});
