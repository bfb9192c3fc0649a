import type { Kysely } from 'kysely';

/**
 * Reminders and the committee's reminder (issue 14). Portable types only (decision 002).
 *
 * 1. Lead times of the reminders, settings of the unit (*practice*): days before the comment window closes
 *    (null: the app's default, 2) and before a task falls due (null: 3) — as `draft_lead_days` is.
 * 2. `reminder_sent`: one row per person and occasion ("comment_window:<topic>:<person>"), written in the
 *    transaction of the reminder's notification; its key is unique, so a rerun or a second instance of the
 *    job never sends the same reminder twice.
 * 3. `committee_reminder`: a committee's officer reminding a lagging cell (a message), recorded with who and
 *    when, shown on the committee's overview.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('org_unit').addColumn('comment_reminder_days', 'integer').execute();
  await db.schema.alterTable('org_unit').addColumn('task_reminder_days', 'integer').execute();

  await db.schema
    .createTable('reminder_sent')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('person.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('committee_reminder')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('committee_id', 'text', (c) => c.notNull().references('org_unit.id'))
    .addColumn('cell_id', 'text', (c) => c.notNull().references('org_unit.id'))
    .addColumn('message', 'text', (c) => c.notNull())
    /** The officer's person; null for an administrator with no person record (the audit log names the account). */
    .addColumn('sent_by', 'text', (c) => c.references('person.id'))
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('committee_reminder_cell_idx')
    .on('committee_reminder')
    .columns(['cell_id', 'sent_at'])
    .execute();
}
