import type { InboxItem } from '../api/models.ts';
import type { TFunction } from '../i18n/runtime.ts';
import { formatDate } from './format.ts';
import { notificationText } from './notifications.ts';

/** Which sentence a to-do reads as: some kinds word their variants differently. */
function textKey(item: Pick<InboxItem, 'kind' | 'params'>): string {
  const p = item.params;
  switch (item.kind) {
    case 'plan_to_submit':
      return `plan_to_submit_${p.status === 'draft' || p.status === 'adopted' ? p.status : 'none'}`;
    case 'review_to_write':
      return `review_to_write_${p.reviewKind === 'interim' ? 'interim' : 'final'}`;
    case 'minutes_to_sign':
      return `minutes_to_sign_${p.as === 'chair' ? 'chair' : 'minute_taker'}`;
    case 'report_to_issue':
      if (typeof p.heldOn === 'string') return 'report_to_issue_meeting';
      return p.quarter === null || p.quarter === undefined
        ? 'report_to_issue_year'
        : 'report_to_issue_quarter';
    default:
      return item.kind;
  }
}

/** The sentence of a to-do, in the UI's language, from its kind and parameters (dates as dd/mm/yyyy). */
export function inboxText(t: TFunction, item: Pick<InboxItem, 'kind' | 'params'>): string {
  if (item.kind === 'committee_reminder')
    return notificationText(t, { kind: item.kind, params: item.params });
  const params: Record<string, string | number | null> = {};
  for (const [key, value] of Object.entries(item.params))
    params[key] = key.endsWith('On') && typeof value === 'string' ? formatDate(value) : value;
  if (typeof item.params.level === 'string')
    params.levelName = t(`meeting.quality.levels.${item.params.level}`);
  return t(`home.inbox.kinds.${textKey(item)}`, params);
}
