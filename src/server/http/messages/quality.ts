// Messages of the quality of meetings: the committees' rubrics and the meeting scores (issue 16).
import type { MessageTable } from './message-table.ts';

export const QUALITY_MESSAGES = {
  QUALITY_RUBRIC_NOT_COMMITTEE: {
    vi: 'Chỉ đảng ủy mới đặt tiêu chí đánh giá chất lượng sinh hoạt; chi bộ dùng tiêu chí của cấp ủy cấp trên',
    en: 'Only a committee sets a quality rubric; a cell uses the one of the committee above it',
  },
  QUALITY_THRESHOLDS_ORDER: {
    vi: 'Ngưỡng xếp loại phải giảm dần: Tốt cao hơn Khá, Khá cao hơn Trung bình',
    en: 'The thresholds must fall: Tốt above Khá, Khá above Trung bình',
  },
  QUALITY_POINTS_EMPTY: {
    vi: 'Tổng điểm các tiêu chí phải lớn hơn 0',
    en: 'The criteria must give some points',
  },
  QUALITY_POINTS_OVER_MAX: {
    vi: 'Số điểm vượt quá điểm tối đa của tiêu chí',
    en: 'The points exceed the criterion’s maximum',
  },
  QUALITY_NOT_APPLICABLE: {
    vi: 'Tiêu chí này không áp dụng cho loại buổi sinh hoạt này',
    en: 'This criterion does not apply to this kind of meeting',
  },
  QUALITY_MEETING_NOT_ENDED: {
    vi: 'Chỉ đề xuất chấm điểm chất lượng sau khi buổi sinh hoạt đã kết thúc',
    en: 'A quality score is proposed only once the meeting has ended',
  },
  QUALITY_ALREADY_CONFIRMED: {
    vi: 'Cấp ủy cấp trên đã xác nhận điểm chất lượng của buổi sinh hoạt này, không thay đổi được',
    en: 'The committee above has already confirmed this meeting’s quality score; it cannot change',
  },
  QUALITY_NOT_PROPOSED: {
    vi: 'Bí thư chi bộ chưa đề xuất điểm chất lượng của buổi sinh hoạt này',
    en: 'The cell’s secretary has not yet proposed this meeting’s quality score',
  },
} as const satisfies MessageTable;
