// Messages of the guidance of cells that struggle (issue 15) and the cell's invitation to the committee above.
import type { MessageTable } from './message-table.ts';

export const SUPPORT_MESSAGES = {
  SUPPORT_NOT_CELL: {
    vi: 'Chỉ chi bộ mới được đánh dấu cần hướng dẫn',
    en: 'Only a cell can be marked as needing guidance',
  },
  SUPPORT_ALREADY_OPEN: {
    vi: 'Chi bộ đang được theo dõi, hướng dẫn: hãy phân công lại hoặc kết thúc hồ sơ đang mở',
    en: 'The cell is already under guidance: reassign or end the open record',
  },
  SUPPORT_ASSIGNEE_NOT_ELIGIBLE: {
    vi: 'Người được phân công phải là đảng ủy viên hoặc cán bộ của cấp ủy cấp trên chi bộ',
    en: 'The person assigned must be a committee member or officer of a committee above the cell',
  },
  SUPPORT_ENDED: {
    vi: 'Việc theo dõi, hướng dẫn chi bộ này đã kết thúc, không thay đổi được',
    en: 'This guidance record has ended and cannot be changed',
  },
  SUPPORT_END_NOTE_REQUIRED: {
    vi: 'Cần ghi nhận xét khi kết thúc theo dõi, hướng dẫn',
    en: 'A closing note is required to end the guidance',
  },
  SUPPORT_ENDED_BEFORE_START: {
    vi: 'Ngày kết thúc không được trước ngày bắt đầu theo dõi',
    en: 'The end date cannot be before the start date',
  },
  SUPPORT_ENTRY_BEFORE_START: {
    vi: 'Ngày làm việc không được trước ngày bắt đầu theo dõi',
    en: 'The date cannot be before the guidance started',
  },
  SUPPORT_ENTRY_IN_FUTURE: {
    vi: 'Ngày làm việc không được sau hôm nay',
    en: 'The date cannot be in the future',
  },
  PREP_ALREADY_INVITED: {
    vi: 'Chi bộ đã mời cấp ủy cấp trên góp ý chuyên đề này',
    en: 'The committee above is already invited to comment on this topic',
  },
  PREP_NOT_INVITED: {
    vi: 'Chuyên đề này chưa mời cấp ủy cấp trên góp ý',
    en: 'The committee above has not been invited to comment on this topic',
  },
  PREP_INVITATION_CLOSED: {
    vi: 'Chuyên đề đã hoàn thành, không mời góp ý được nữa',
    en: 'The topic is finished: no more invitations to comment',
  },
} as const satisfies MessageTable;
