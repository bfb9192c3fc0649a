// Messages of the committee's oversight of its subtree (issue 15).
import type { MessageTable } from './message-table.ts';

export const OVERSIGHT_MESSAGES = {
  OVERSIGHT_NOT_COMMITTEE: {
    vi: 'Bảng giám sát chỉ có ở cấp đảng ủy; hãy chọn đảng ủy cấp trên của chi bộ này',
    en: 'The oversight dashboard belongs to committees; choose the committee above this cell',
  },
} as const satisfies MessageTable;
