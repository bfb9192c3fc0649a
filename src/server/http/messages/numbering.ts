// Messages of the first numbers of a unit's document series (issue 17, item 7).
import type { MessageTable } from './message-table.ts';

export const NUMBERING_MESSAGES = {
  FIRST_NUMBER_BELOW_ISSUED: {
    vi: 'Số bắt đầu phải lớn hơn số văn bản đã ban hành trong năm (hoặc nhiệm kỳ) này',
    en: 'The first number must be above the last number already issued this year (or term)',
  },
  FIRST_NUMBER_SERIES_UNKNOWN: {
    vi: 'Đơn vị không đánh số loại văn bản này',
    en: 'The unit does not number this kind of document',
  },
  DOCUMENT_SIGNER_NOT_COMMITTEE: {
    vi: 'Chỉ đảng ủy đặt người ký văn bản; văn bản của chi bộ do bí thư chi bộ ký (T/M CHI BỘ)',
    en: 'Only a committee sets a document signer; a cell’s documents are signed by its secretary (T/M CHI BỘ)',
  },
} as const satisfies MessageTable;
