// Messages of accounts: passwords, resets, disabled accounts, sign-in limits (issue 19).
import type { Locale, MessageTable } from './message-table.ts';

export const ACCOUNT_MESSAGES = {
  ACCOUNT_DISABLED: {
    vi: 'Tài khoản đã bị khóa. Vui lòng liên hệ cấp ủy để được mở lại',
    en: 'This account is disabled. Ask the committee to re-enable it',
  },
  PASSWORD_CHANGE_REQUIRED: {
    vi: 'Bạn cần đổi mật khẩu trước khi tiếp tục',
    en: 'Change your password before going on',
  },
  PASSWORD_TOO_SHORT: {
    vi: 'Mật khẩu cần ít nhất 10 ký tự',
    en: 'The password needs at least 10 characters',
  },
  PASSWORD_CONTAINS_USERNAME: {
    vi: 'Mật khẩu không được chứa tên đăng nhập',
    en: 'The password must not contain the username',
  },
  PASSWORD_TOO_COMMON: {
    vi: 'Mật khẩu này quá phổ biến, dễ bị đoán; hãy chọn mật khẩu khác',
    en: 'This password is too common and easy to guess; choose another',
  },
  PASSWORD_SAME_AS_CURRENT: {
    vi: 'Mật khẩu mới phải khác mật khẩu hiện tại',
    en: 'The new password must differ from the current one',
  },
  CURRENT_PASSWORD_WRONG: {
    vi: 'Mật khẩu hiện tại không đúng',
    en: 'The current password is wrong',
  },
  ACCOUNT_NONE: {
    vi: 'Người này chưa có tài khoản đăng nhập',
    en: 'This person has no login',
  },
  ACCOUNT_OWN: {
    vi: 'Không tự đặt lại mật khẩu hay khóa tài khoản của chính mình; hãy dùng "Đổi mật khẩu"',
    en: 'You cannot reset or disable your own account; use "Change password"',
  },
  ACCOUNT_BEYOND_REACH: {
    vi: 'Người này là quản trị viên hoặc giữ chức vụ ngoài phạm vi quản lý của bạn; chỉ cấp trên hoặc quản trị viên mới làm được',
    en: 'This person is an administrator or holds a role beyond your reach; only a higher committee or an administrator can do this',
  },
  ACCOUNT_ALREADY_DISABLED: {
    vi: 'Tài khoản đã bị khóa từ trước',
    en: 'The account is already disabled',
  },
  ACCOUNT_NOT_DISABLED: {
    vi: 'Tài khoản đang hoạt động, không cần mở lại',
    en: 'The account is active already',
  },
} as const satisfies MessageTable;

/** "45 giây", "3 phút", "1 giờ 5 phút": how long until the next sign-in attempt, in the user's language. */
export function waitText(seconds: number, locale: Locale): string {
  const vi = locale === 'vi';
  if (seconds < 60) return vi ? `${seconds} giây` : `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return vi ? `${minutes} phút` : `${minutes} minute${minutes === 1 ? '' : 's'}`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (vi) return rest ? `${hours} giờ ${rest} phút` : `${hours} giờ`;
  return `${hours} h${rest ? ` ${rest} min` : ''}`;
}
