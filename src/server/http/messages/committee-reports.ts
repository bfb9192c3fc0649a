// Messages of a committee's own report upward (issue 15).
import type { MessageTable } from './message-table.ts';

export const COMMITTEE_REPORT_MESSAGES = {
  COMMITTEE_REPORT_NOT_COMMITTEE: {
    vi: 'Báo cáo kết quả sinh hoạt chuyên đề của đảng ủy chỉ lập cho một đảng ủy; chi bộ lập báo cáo của chi bộ',
    en: 'A committee’s report on its subtree is made for a committee; a cell issues its own report',
  },
  COMMITTEE_REPORT_ASSESSMENT_MISSING: {
    vi: 'Chưa có phần “Đánh giá” của đảng ủy: hãy viết đánh giá kết quả sinh hoạt chuyên đề trước khi ban hành báo cáo',
    en: 'The committee’s assessment is missing: write it before issuing the report',
  },
  COMMITTEE_REPORT_CHANGED: {
    vi: 'Báo cáo vừa được người khác sửa, hãy tải lại',
    en: 'Someone else has just changed this report; reload it',
  },
  COMMITTEE_REPORT_ISSUED: {
    vi: 'Báo cáo đã ban hành, không thể sửa',
    en: 'The report has been issued and can no longer change',
  },
} as const satisfies MessageTable;
