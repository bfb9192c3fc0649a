import type { Kysely } from 'kysely';

// The next meeting checks the last one's conclusions (seed 002: "Tại phiên họp định kỳ đến kiểm tra đánh giá
// kết quả thực hiện"): the chair's check of an earlier assignment is a task report made at this meeting, one per
// task and meeting (recorded again at the same meeting, it is corrected, not repeated). Reports written outside
// a meeting (by the person assigned, or the secretary between meetings) have none.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('task_report')
    .addColumn('meeting_id', 'text', (c) => c.references('meeting.id'))
    .execute();
  // Both engines keep NULLs distinct in a unique index: reports outside meetings are unconstrained.
  await db.schema
    .createIndex('task_report_meeting_uq')
    .on('task_report')
    .columns(['meeting_id', 'task_id'])
    .unique()
    .execute();
}
