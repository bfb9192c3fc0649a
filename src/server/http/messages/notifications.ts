// Notifications, their settings and the calendar feed.
import type { MessageTable } from './message-table.ts';

export const NOTIFICATION_MESSAGES = {
  NOTIFICATIONS_NO_PERSON: {
    vi: 'Tài khoản này không gắn với đảng viên nào nên không nhận thông báo',
    en: 'This account belongs to no member, so it receives no notifications',
  },
  PUSH_NOT_CONFIGURED: {
    vi: 'Máy chủ chưa bật thông báo đẩy (chạy npm run cli -- vapid)',
    en: 'Push notifications are not set up on the server (run npm run cli -- vapid)',
  },
  CALENDAR_NO_PERSON: {
    vi: 'Tài khoản này không gắn với đảng viên nào nên không có lịch sinh hoạt',
    en: 'This account belongs to no member, so it has no meeting calendar',
  },
} as const satisfies MessageTable;
