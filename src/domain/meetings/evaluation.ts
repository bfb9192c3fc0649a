import type { LocalDate } from '../dates/local-date.ts';
import type { MeetingKind } from './agenda.ts';
import type { MeetingStatus } from './meeting-status.ts';

/**
 * The secretary's evaluation after a thematic meeting (seed 001: "Sau mỗi buổi sinh hoạt chuyên đề, Bí thư chi
 * bộ cần có nhận xét, đánh giá chi tiết, cụ thể những ưu, khuyết điểm của đảng viên được phân công xây dựng
 * chuyên đề, đánh giá kết quả sinh hoạt chuyên đề … Rút kinh nghiệm cho những buổi sinh hoạt chuyên đề tiếp
 * theo"). It goes up with the meeting's report, so it is written after the meeting ends and fixed once that
 * report is issued.
 */
export const EVALUATION_FIELDS = ['preparer', 'result', 'lessons'] as const;
export type EvaluationField = (typeof EVALUATION_FIELDS)[number];

export type EvaluationProblem = 'EVALUATION_MEETING_NOT_ENDED' | 'EVALUATION_REPORT_ISSUED';

export function evaluationProblem(status: MeetingStatus, reportIssued: boolean): EvaluationProblem | null {
  if (status !== 'ended') return 'EVALUATION_MEETING_NOT_ENDED';
  if (reportIssued) return 'EVALUATION_REPORT_ISSUED';
  return null;
}

export type Evaluation = Partial<Record<EvaluationField, string | null>>;

/**
 * Seed 001 asks the secretary for the evaluation "Sau mỗi buổi sinh hoạt chuyên đề", and it goes up with the
 * meeting's report: a thematic (or combined) meeting's report is not issued before any of it is written. A regular
 * meeting has no topic and no preparer to evaluate: its report is not held back.
 */
export function isEvaluationMissing(kind: MeetingKind, evaluation: Evaluation | null | undefined): boolean {
  if (kind === 'regular') return false;
  return !EVALUATION_FIELDS.some((field) => evaluation?.[field]?.trim());
}

export interface EvaluatedMeeting {
  meetingId: string;
  topicId: string | null;
  heldOn: LocalDate;
  lessons: string | null;
}

/**
 * Seed 001: "Rút kinh nghiệm cho những buổi sinh hoạt chuyên đề tiếp theo" — the lessons the next preparer reads
 * in the briefing of their topic: those of the cell's latest evaluated meeting on another topic, held before this
 * topic's own meeting once it was held (so the page keeps showing what its preparer was given).
 */
export function lessonsForTopic<T extends EvaluatedMeeting>(
  topicId: string,
  meetings: readonly T[],
  topicHeldOn: LocalDate | null,
): T | undefined {
  let latest: T | undefined;
  for (const m of meetings) {
    if (m.topicId === topicId || !m.lessons?.trim()) continue;
    if (topicHeldOn !== null && m.heldOn >= topicHeldOn) continue;
    if (latest === undefined || m.heldOn > latest.heldOn) latest = m;
  }
  return latest;
}
