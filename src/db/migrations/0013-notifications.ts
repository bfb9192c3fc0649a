import type { Kysely } from 'kysely';

// Notifications, the e-mail outbox, each person's choice of channel per kind, private calendar feeds and the
// jobs' leases (issue 14). Portable types only (decision 002): instants are ISO text, flags are integers.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('notification')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('person.id'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('org_unit.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    /** What the text needs beside the kind: a topic's title, a plan's year, a remark. */
    .addColumn('params_json', 'text', (c) => c.notNull())
    /** The screen the notification opens, a path of the web client ("/topics/…"). */
    .addColumn('link', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .execute();
  // The bell: a person's unread count; the list: a person's newest first.
  await db.schema
    .createIndex('notification_unread_idx')
    .on('notification')
    .columns(['person_id', 'read_at'])
    .execute();
  await db.schema
    .createIndex('notification_person_idx')
    .on('notification')
    .columns(['person_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('mail_outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    /** One message per notification and channel, never queued twice ("notification:<id>", "push:<id>:<sub>"). */
    .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
    /** email | push (web push to one browser subscription). */
    .addColumn('channel', 'text', (c) => c.notNull())
    /** An e-mail address, or the id of a push subscription. */
    .addColumn('to_address', 'text', (c) => c.notNull())
    /** The absolute address the message opens (push). */
    .addColumn('link', 'text')
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('text_body', 'text', (c) => c.notNull())
    .addColumn('html_body', 'text', (c) => c.notNull())
    /** pending | sent | failed (given up after the last attempt). */
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    /** A worker's claim: another worker leaves the row alone until it expires. */
    .addColumn('claimed_by', 'text')
    .addColumn('claimed_until', 'text')
    .addColumn('last_error', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('mail_outbox_due_idx')
    .on('mail_outbox')
    .columns(['status', 'next_attempt_at'])
    .execute();

  await db.schema
    .createTable('notification_preference')
    .addColumn('person_id', 'text', (c) => c.notNull().references('person.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('email', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('notification_preference_pk', ['person_id', 'kind'])
    .execute();

  await db.schema
    .createTable('calendar_token')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('user_account.id'))
    /** SHA-256 of the token in the feed's address: a stolen database does not yield live feeds. */
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('calendar_token_user_idx').on('calendar_token').columns(['user_id']).execute();

  // Web push: the server's VAPID keys (made by `npm run cli -- vapid`) and each browser that opted in.
  await db.schema
    .createTable('app_setting')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('push_subscription')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('person.id'))
    .addColumn('endpoint', 'text', (c) => c.notNull().unique())
    .addColumn('p256dh', 'text', (c) => c.notNull())
    .addColumn('auth', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('push_subscription_person_idx')
    .on('push_subscription')
    .columns(['person_id'])
    .execute();

  await db.schema
    .createTable('job_lease')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('holder', 'text')
    .addColumn('lease_until', 'text', (c) => c.notNull())
    .addColumn('last_run_at', 'text')
    .addColumn('next_run_at', 'text', (c) => c.notNull())
    .execute();
}
