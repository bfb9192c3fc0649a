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
