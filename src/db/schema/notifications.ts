// Notifications, the e-mail outbox, channel preferences, calendar feed tokens and the jobs' leases.
import type { NotificationKind } from '../../domain/notifications/kinds.ts';

export interface NotificationTable {
  id: string;
  person_id: string;
  unit_id: string;
  kind: NotificationKind;
  params_json: string;
  link: string;
  created_at: string;
  read_at: string | null;
}

export interface MailOutboxTable {
  id: string;
  dedupe_key: string;
  channel: 'email' | 'push';
  to_address: string;
  link: string | null;
  subject: string;
  text_body: string;
  html_body: string;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  next_attempt_at: string;
  claimed_by: string | null;
  claimed_until: string | null;
  last_error: string | null;
  sent_at: string | null;
  created_at: string;
}

export interface NotificationPreferenceTable {
  person_id: string;
  kind: NotificationKind;
  email: number;
  updated_at: string;
}

export interface CalendarTokenTable {
  id: string;
  user_id: string;
  token_hash: string;
  created_at: string;
  revoked_at: string | null;
}

export interface JobLeaseTable {
  name: string;
  holder: string | null;
  lease_until: string;
  last_run_at: string | null;
  next_run_at: string;
}

export interface AppSettingTable {
  key: string;
  value: string;
  updated_at: string;
}

export interface PushSubscriptionTable {
  id: string;
  person_id: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  created_at: string;
}

/** One reminder sent to one person for one occasion (0015): the unique key makes a rerun send nothing. */
export interface ReminderSentTable {
  key: string;
  person_id: string;
  kind: string;
  sent_at: string;
}

/** A committee's officer reminding a lagging cell (0015). */
export interface CommitteeReminderTable {
  id: string;
  committee_id: string;
  cell_id: string;
  message: string;
  sent_by: string | null;
  sent_at: string;
}
