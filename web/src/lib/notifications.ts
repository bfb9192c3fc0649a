import type { TFunction } from 'i18next';
import type { Notification } from '../api/models.ts';
import { formatDate } from './format.ts';

/** The sentence of a notification, in the UI's language, from its kind and parameters. */
export function notificationText(t: TFunction, n: Pick<Notification, 'kind' | 'params'>): string {
  const p = n.params;
  return t(`notifications.kinds.${n.kind}`, {
    ...p,
    date: formatDate(typeof p.date === 'string' ? p.date : null),
  });
}

/** The extra line under it: the committee's remark, the comment deadline. */
export function notificationDetail(t: TFunction, n: Pick<Notification, 'kind' | 'params'>): string | null {
  const p = n.params;
  if (typeof p.remark === 'string' && p.remark) return t('notifications.remark', { remark: p.remark });
  if (typeof p.dueOn === 'string' && p.dueOn) return t('notifications.dueOn', { date: formatDate(p.dueOn) });
  return null;
}
