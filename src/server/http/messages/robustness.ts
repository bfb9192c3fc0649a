// Messages of faults that do not belong to a feature: input the databases cannot store, a database away.
import type { MessageTable } from './message-table.ts';

export const ROBUSTNESS_MESSAGES = {
  TEXT_HAS_NUL: {
    vi: 'Có ký tự không hợp lệ (ký tự NUL)',
    en: 'Contains an invalid character (NUL)',
  },
  ALREADY_EXISTS: {
    vi: 'Dữ liệu này đã có, vừa được ghi bởi một yêu cầu khác',
    en: 'This already exists: another request has just saved it',
  },
  TEXT_NOT_UNICODE: {
    vi: 'Có ký tự không hợp lệ (không phải văn bản Unicode)',
    en: 'Contains an invalid character (not Unicode text)',
  },
  DATABASE_UNAVAILABLE: {
    vi: 'Cơ sở dữ liệu đang tạm thời không truy cập được, vui lòng thử lại sau ít phút',
    en: 'The database is temporarily unavailable, please try again in a few minutes',
  },
} as const satisfies MessageTable;
