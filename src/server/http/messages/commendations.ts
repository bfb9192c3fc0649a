// Messages of the commendations (issue 16).
import type { MessageTable } from './message-table.ts';

export const COMMENDATION_MESSAGES = {
  COMMENDATION_NOT_COMMITTEE: {
    vi: 'Chỉ đảng ủy mới ghi nhận biểu dương, khen thưởng',
    en: 'Only a committee records commendations',
  },
  COMMENDATION_NOT_IN_SUBTREE: {
    vi: 'Chỉ biểu dương, khen thưởng chi bộ, đảng viên hoặc chuyên đề thuộc đảng bộ',
    en: 'Only a cell, member or topic under the committee can be commended',
  },
  COMMENDATION_SUBJECT_REQUIRED: {
    vi: 'Cần chọn đơn vị, đảng viên hoặc chuyên đề được biểu dương, khen thưởng',
    en: 'Choose the unit, member or topic commended',
  },
  COMMENDATION_FORM_OTHER_REQUIRED: {
    vi: 'Cần ghi rõ hình thức khác',
    en: 'Describe the other form',
  },
  COMMENDATION_DECISION_BEFORE_YEAR: {
    vi: 'Ngày quyết định không được trước năm được biểu dương, khen thưởng',
    en: 'The decision cannot be dated before the year it rewards',
  },
} as const satisfies MessageTable;
