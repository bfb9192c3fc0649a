// Messages of the model meetings (issue 16; seed 001: "sinh hoạt chuyên đề mẫu").
import type { MessageTable } from './message-table.ts';

export const MODEL_MEETING_MESSAGES = {
  MODEL_MEETING_NOT_THEMATIC: {
    vi: 'Chỉ buổi sinh hoạt chuyên đề mới được chọn làm sinh hoạt chuyên đề mẫu',
    en: 'Only a thematic meeting can be a model meeting',
  },
  MODEL_MEETING_CLOSED: {
    vi: 'Chỉ chọn hoặc thôi chọn sinh hoạt mẫu trước khi buổi sinh hoạt diễn ra; buổi này đã bắt đầu, đã kết thúc, đã hủy hoặc đã qua ngày',
    en: 'A model meeting is chosen or withdrawn only before it takes place; this one has started, ended, was cancelled or its day has passed',
  },
  MODEL_MEETING_EXISTS: {
    vi: 'Buổi sinh hoạt này đã được chọn làm sinh hoạt chuyên đề mẫu',
    en: 'This meeting is already a model meeting',
  },
  MODEL_MEETING_NO_CELLS: {
    vi: 'Hãy chọn ít nhất một chi bộ khác được mời dự',
    en: 'Choose at least one other cell to invite',
  },
  MODEL_MEETING_CELL_OUTSIDE: {
    vi: 'Chỉ mời các chi bộ khác thuộc đảng bộ',
    en: 'Only other cells under the committee can be invited',
  },
  MODEL_MEETING_NOT_ENDED: {
    vi: 'Rút kinh nghiệm sau khi buổi sinh hoạt mẫu kết thúc',
    en: 'Lessons are drawn once the model meeting has ended',
  },
  MODEL_MEETING_ATTENDING: {
    vi: 'Đồng chí đã đăng ký dự buổi sinh hoạt mẫu này',
    en: 'You are already registered to attend this model meeting',
  },
} as const satisfies MessageTable;
