import type { Notification } from '../api/models.ts';
import type { TFunction } from '../i18n/runtime.ts';
import { formatDate } from './format.ts';

const asDate = (v: unknown) => formatDate(typeof v === 'string' ? v : null);

/** The sentence of a notification, in the UI's language, from its kind and parameters. */
export function notificationText(t: TFunction, n: Pick<Notification, 'kind' | 'params'>): string {
  const p = n.params;
  // A reminder of a task or a review reads differently once its day has passed.
  const key = p.state === 'overdue' ? `${n.kind}_overdue` : n.kind;
  return t(`notifications.kinds.${key}`, {
    ...p,
    date: asDate(p.date),
    dueDate: asDate(p.dueOn ?? p.due),
    heldOn: asDate(p.heldOn),
    levelName: typeof p.level === 'string' ? t(`meeting.quality.levels.${p.level}`) : '',
    stepName: typeof p.step === 'string' ? t(`planSteps.${p.step}`) : '',
  });
}

/** The extra line under it: the committee's remark, the comment deadline, a task's due date. */
export function notificationDetail(t: TFunction, n: Pick<Notification, 'kind' | 'params'>): string | null {
  const p = n.params;
  if (typeof p.remark === 'string' && p.remark) return t('notifications.remark', { remark: p.remark });
  if (n.kind === 'draft_distributed' && typeof p.dueOn === 'string' && p.dueOn)
    return t('notifications.dueOn', { date: formatDate(p.dueOn) });
  if (n.kind === 'task_assigned' && typeof p.due === 'string' && p.due)
    return t('notifications.due', { date: formatDate(p.due) });
  return null;
}
