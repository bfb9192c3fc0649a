// Messages of inspection and supervision of cells (issue 16).
import type { MessageTable } from './message-table.ts';

export const INSPECTION_MESSAGES = {
  INSPECTION_NOT_COMMITTEE: {
    vi: 'Chỉ đảng ủy mới lập kế hoạch kiểm tra, giám sát',
    en: 'Only a committee plans inspections',
  },
  INSPECTION_CELL_NOT_UNDER: {
    vi: 'Chọn một chi bộ trực thuộc đảng ủy',
    en: 'Choose a cell under the committee',
  },
  INSPECTION_PERSON_NOT_OF_COMMITTEE: {
    vi: 'Thành viên đoàn phải là cán bộ, đảng ủy viên của đảng ủy',
    en: 'Team members must hold a role in the committee',
  },
  INSPECTION_PLAN_OUTSIDE_YEAR: {
    vi: 'Ngày dự kiến phải thuộc năm của kế hoạch',
    en: 'The planned date must be in the plan’s year',
  },
  INSPECTION_ALREADY_PLANNED: {
    vi: 'Chi bộ đã có một cuộc kiểm tra, giám sát dự kiến vào ngày này',
    en: 'The cell already has an inspection planned on this date',
  },
  INSPECTION_VISIT_IN_FUTURE: {
    vi: 'Ngày làm việc không được sau hôm nay',
    en: 'The visit date cannot be in the future',
  },
  INSPECTION_VISITED: {
    vi: 'Đoàn đã làm việc với chi bộ: không xóa được kế hoạch kiểm tra, giám sát này',
    en: 'The visit is recorded: this planned inspection can no longer be deleted',
  },
  INSPECTION_NOT_VISITED: {
    vi: 'Cần ghi kết quả làm việc với chi bộ trước khi ban hành thông báo kết luận',
    en: 'Record the visit before issuing the conclusion',
  },
  INSPECTION_CONCLUDED: {
    vi: 'Thông báo kết luận đã ban hành: không sửa được kế hoạch, kết quả và kết luận',
    en: 'The conclusion is issued: the plan, visit and conclusion can no longer change',
  },
  INSPECTION_DUE_BEFORE_ISSUE: {
    vi: 'Thời hạn thực hiện không được trước ngày ban hành kết luận',
    en: 'The deadline cannot be before the conclusion is issued',
  },
  INSPECTION_ANSWER_IN_FUTURE: {
    vi: 'Ngày báo cáo không được sau hôm nay',
    en: 'The answer date cannot be in the future',
  },
  INSPECTION_REQUEST_CLOSED: {
    vi: 'Yêu cầu này đã kết thúc theo dõi',
    en: 'This request is closed',
  },
  INSPECTION_REQUEST_NOT_ANSWERED: {
    vi: 'Chi bộ chưa báo cáo thực hiện yêu cầu này',
    en: 'The cell has not answered this request yet',
  },
  INSPECTION_NOTE_REQUIRED: {
    vi: 'Cần ghi rõ nội dung đề nghị chi bộ báo cáo lại',
    en: 'Say what the cell must report again',
  },
} as const satisfies MessageTable;
