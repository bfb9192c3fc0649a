// Messages of every request: validation, sign-in, permissions, server faults.
import type { MessageTable } from './message-table.ts';

export const GENERAL_MESSAGES = {
  VALIDATION_FAILED: { vi: 'Dữ liệu chưa hợp lệ', en: 'The data is not valid' },
  UNAUTHENTICATED: { vi: 'Vui lòng đăng nhập', en: 'Please sign in' },
  FORBIDDEN: { vi: 'Bạn không có quyền thực hiện thao tác này', en: 'You are not allowed to do this' },
  NOT_FOUND: { vi: 'Không tìm thấy', en: 'Not found' },
  CSRF_FAILED: {
    vi: 'Phiên làm việc không hợp lệ, vui lòng tải lại trang',
    en: 'Invalid session token, please reload the page',
  },
  INVALID_CREDENTIALS: { vi: 'Tên đăng nhập hoặc mật khẩu không đúng', en: 'Wrong username or password' },
  TOO_MANY_ATTEMPTS: {
    vi: 'Đăng nhập sai nhiều lần. Vui lòng thử lại sau {wait}',
    en: 'Too many failed sign-ins. Try again in {wait}',
  },
  INTERNAL: { vi: 'Lỗi hệ thống, vui lòng thử lại', en: 'Something went wrong, please try again' },
} as const satisfies MessageTable;
