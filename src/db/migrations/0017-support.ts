import { type Kysely, sql } from 'kysely';

/**
 * Guidance of cells that struggle (issue 15; seed 000: "đảng ủy cấp trên trực tiếp chỉ đạo, hướng dẫn cách sinh
 * hoạt"). Portable types only (decision 002).
 *
 * 1. `cell_support`: a cell marked as needing guidance by an officer of a committee above it, with the reason,
 *    the person assigned to follow it and from when; ended with a closing note. At most one open record per cell
 *    (a partial unique index on both engines, besides the service's check).
 * 2. `support_entry`: each guidance visit or note recorded on a record (date, kind, what was found, what was advised).
 * 3. `topic_committee_invitation`: the cell's invitation to the committee above to comment on a topic's drafts;
 *    withdrawn by setting `withdrawn_at` (at most one open per topic).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('cell_support')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('cell_id', 'text', (c) => c.notNull().references('org_unit.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('assignee_id', 'text', (c) => c.notNull().references('person.id'))
    .addColumn('started_on', 'text', (c) => c.notNull())
    /** The officer's person; null for an administrator without one (the audit log names the account). */
    .addColumn('marked_by', 'text', (c) => c.references('person.id'))
    .addColumn('marked_at', 'text', (c) => c.notNull())
    .addColumn('ended_on', 'text')
    .addColumn('end_note', 'text')
    .addColumn('ended_by', 'text', (c) => c.references('person.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('cell_support_open_idx')
    .on('cell_support')
    .column('cell_id')
    .unique()
    .where(sql.ref('ended_on'), 'is', null)
    .execute();
  await db.schema
    .createIndex('cell_support_cell_idx')
    .on('cell_support')
    .columns(['cell_id', 'started_on'])
    .execute();
  await db.schema
    .createIndex('cell_support_assignee_idx')
    .on('cell_support')
    .columns(['assignee_id', 'ended_on'])
    .execute();

  await db.schema
    .createTable('support_entry')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('support_id', 'text', (c) => c.notNull().references('cell_support.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('on_date', 'text', (c) => c.notNull())
    .addColumn('findings', 'text', (c) => c.notNull())
    .addColumn('advice', 'text')
    .addColumn('recorded_by', 'text', (c) => c.references('person.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('support_entry_support_idx')
    .on('support_entry')
    .columns(['support_id', 'on_date'])
    .execute();

  await db.schema
    .createTable('topic_committee_invitation')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('topic_id', 'text', (c) => c.notNull().references('plan_topic.id'))
    .addColumn('invited_by', 'text', (c) => c.references('person.id'))
    .addColumn('invited_at', 'text', (c) => c.notNull())
    .addColumn('withdrawn_by', 'text', (c) => c.references('person.id'))
    .addColumn('withdrawn_at', 'text')
    .execute();
  await db.schema
    .createIndex('topic_committee_invitation_open_idx')
    .on('topic_committee_invitation')
    .column('topic_id')
    .unique()
    .where(sql.ref('withdrawn_at'), 'is', null)
    .execute();
}
