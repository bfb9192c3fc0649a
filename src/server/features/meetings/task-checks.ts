import type { Kysely, Transaction } from 'kysely';
import type { DB } from '#db/schema.ts';
import type { Actor } from '#domain/authz/policy.ts';
import type { TaskCheckLine } from '#domain/meetings/minutes-draft.ts';
import {
  recordTaskCheck,
  type TaskChecked,
  type TaskCheckInput,
  tasksCheckedAt,
} from '../follow-up/index.ts';
import { requireRecorder } from './access.ts';
import { change, requireHeld, requireOpen } from './change.ts';

type Q = Kysely<DB> | Transaction<DB>;

const checking = (m: DB['meeting']) => ({ id: m.id, cellId: m.cell_id, heldOn: m.held_on });

/**
 * The earlier meetings' assignments this meeting checks (seed 002: "Tại phiên họp định kỳ đến kiểm tra đánh giá
 * kết quả thực hiện"), with what it recorded of each: the console, the minutes and the report read them. A
 * cancelled meeting checks nothing.
 */
export function taskChecksOf(db: Q, m: DB['meeting']) {
  if (m.status === 'cancelled') return Promise.resolve([]);
  return tasksCheckedAt(db, checking(m));
}

/**
 * The chair's side (or the minute-taker) records where an earlier assignment stands at this meeting: done, in
 * progress, or not done with the reason. It is a task report of the meeting's day linked to the meeting, so the
 * follow-up lists read it; recorded again at the same meeting, it is corrected.
 */
export async function checkTask(
  db: Kysely<DB>,
  actor: Actor,
  meetingId: string,
  taskId: string,
  input: TaskCheckInput,
) {
  await change(db, actor, meetingId, 'meeting.task_check', async (trx, access) => {
    requireRecorder(access);
    await requireOpen(trx, access);
    requireHeld(access.meeting);
    await recordTaskCheck(trx, actor, checking(access.meeting), taskId, input);
    return {};
  });
}

/** One checked assignment as the minutes and the report write it (minutes-draft.ts taskCheckText). */
export const checkLine = (c: TaskChecked): TaskCheckLine => ({
  title: c.title,
  owner: c.owner?.name ?? null,
  assignedOn: c.assignedAt.heldOn,
  status: c.check?.status ?? null,
  note: c.check?.note ?? null,
});
