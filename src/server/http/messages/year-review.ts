// Messages of the year-end review of a cell's thematic meetings (issue 16).
import type { MessageTable } from './message-table.ts';

export const YEAR_REVIEW_MESSAGES = {
  YEAR_REVIEW_NOT_CELL: {
    vi: 'Đánh giá cuối năm về sinh hoạt chuyên đề được lập cho một chi bộ',
    en: 'The year-end review of thematic meetings is made for a cell',
  },
  YEAR_REVIEW_NOT_COMMITTEE: {
    vi: 'Chỉ đảng ủy mới đặt ngưỡng đề xuất mức tham gia; chi bộ dùng ngưỡng của cấp ủy cấp trên',
    en: 'Only a committee sets the participation thresholds; a cell uses those of the committee above it',
  },
  YEAR_REVIEW_THRESHOLDS_ORDER: {
    vi: 'Ngưỡng mức “Tích cực” phải cao hơn hoặc bằng ngưỡng mức “Đạt”',
    en: 'The thresholds of “Tích cực” must be at least those of “Đạt”',
  },
  YEAR_REVIEW_REASON_REQUIRED: {
    vi: 'Mức đánh giá khác mức đề xuất: cần ghi lý do',
    en: 'The assessment differs from the proposed level: give the reason',
  },
  YEAR_REVIEW_NOT_MEMBER: {
    vi: 'Người này không sinh hoạt tại chi bộ trong năm đánh giá',
    en: 'This person was not a member of the cell in the year reviewed',
  },
  YEAR_REVIEW_FINALISED: {
    vi: 'Bản đánh giá cuối năm đã được bí thư chốt, không sửa được',
    en: 'The year-end review has been finalised by the secretary and cannot change',
  },
  YEAR_REVIEW_SELF_ASSESSMENT_MISSING: {
    vi: 'Chưa chốt được: bí thư cần viết đủ phần tự đánh giá của chi bộ (ưu điểm, hạn chế, phương hướng)',
    en: 'Cannot finalise: the secretary must write the cell’s self-assessment (strengths, limitations, direction)',
  },
} as const satisfies MessageTable;
