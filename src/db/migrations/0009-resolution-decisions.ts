import type { Kysely } from 'kysely';

// A resolution topic's decisions (seed 003, "Bước 2: Dự thảo Nghị quyết … Tổ chức thực hiện, phân công nhiệm vụ
// đối với cán bộ đảng viên"; "Bước 4: … Đảng viên thảo luận và biểu quyết"): the numbered items under "CHI BỘ
// QUYẾT NGHỊ:", each with the member who carries it out (none: the whole cell) and its due date. The preparer
// writes them with the draft; the cell votes on each at the meeting; an adopted one becomes a task of that
// meeting, which follow-up tracks.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('resolution_decision')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('topic_id', 'text', (c) => c.notNull().references('plan_topic.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    /** The member who carries it out; none: the cell as a whole. */
    .addColumn('owner_id', 'text', (c) => c.references('person.id'))
    .addColumn('due_on', 'text')
    /** When the cell first voted on it, and when a passed vote adopted it (the votes: `meeting_vote.decision_id`). */
    .addColumn('voted_at', 'text')
    .addColumn('adopted_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('resolution_decision_topic_idx')
    .on('resolution_decision')
    .columns(['topic_id', 'position'])
    .execute();

  // The vote on one decision (null: a vote on anything else, e.g. the whole draft).
  await db.schema
    .alterTable('meeting_vote')
    .addColumn('decision_id', 'text', (c) => c.references('resolution_decision.id'))
    .execute();
  await db.schema.createIndex('meeting_vote_decision_idx').on('meeting_vote').column('decision_id').execute();

  // The task an adopted decision became: at most one per decision (several nulls are allowed on both engines).
  await db.schema
    .alterTable('meeting_task')
    .addColumn('decision_id', 'text', (c) => c.references('resolution_decision.id'))
    .execute();
  await db.schema
    .createIndex('meeting_task_decision_idx')
    .on('meeting_task')
    .column('decision_id')
    .unique()
    .execute();
}
