// Notifications, their settings and the calendar feed.
import type { MessageTable } from './message-table.ts';

export const NOTIFICATION_MESSAGES = {
  NOTIFICATIONS_NO_PERSON: {
    vi: 'Tài khoản này không gắn với đảng viên nào nên không nhận thông báo',
    en: 'This account belongs to no member, so it receives no notifications',
  },
  CALENDAR_NO_PERSON: {
    vi: 'Tài khoản này không gắn với đảng viên nào nên không có lịch sinh hoạt',
    en: 'This account belongs to no member, so it has no meeting calendar',
  },
} as const satisfies MessageTable;
