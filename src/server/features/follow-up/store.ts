import type { Kysely, Transaction } from 'kysely';
import { refreshTaskActivity } from '#db/activity-summaries.ts';
import { refreshRollupsOfCells, WHOLE_ONLY } from '#db/committee-rollups.ts';
import { guardedUpdate } from '#db/guarded-update.ts';
import type { DB } from '#db/schema.ts';

type Q = Kysely<DB> | Transaction<DB>;

/** The columns every view of an assignment shows, with the meeting that gave it. */
function tasks(db: Q) {
  return db
    .selectFrom('meeting_task as k')
    .innerJoin('meeting as m', 'm.id', 'k.meeting_id')
    .leftJoin('person as o', 'o.id', 'k.owner_id')
    .leftJoin('plan_topic as t', 't.id', 'm.topic_id')
    .select([
      'k.id',
      'k.title',
      'k.owner_id',
      'o.full_name as owner_name',
      'k.due_on',
      'k.created_at',
      'm.id as meeting_id',
      'm.cell_id',
      'm.held_on',
      'm.status as meeting_status',
      'm.topic_id',
      't.title as topic_title',
    ]);
}
export type TaskRow = Awaited<ReturnType<typeof findTask>> & {};

export function findTask(db: Q, taskId: string) {
  return tasks(db).where('k.id', '=', taskId).executeTakeFirst();
}

/** The assignments of a cell's ended meetings over a year (indexed by meeting_cell_date_idx). */
export function listCellTasks(db: Q, cellId: string, year: number) {
  return tasks(db)
    .where('m.cell_id', '=', cellId)
    .where('m.status', '=', 'ended')
    .where('m.held_on', '>=', `${year}-01-01`)
    .where('m.held_on', '<=', `${year}-12-31`)
    .orderBy('m.held_on')
    .orderBy('k.created_at')
    .execute();
}

/**
 * The assignments of the cell's meetings ended before a day: what a meeting on that day may check (seed 002). The
 * done ones are left out by the caller, from their reports (indexed by meeting_cell_date_idx).
 */
export function listEarlierTasks(db: Q, cellId: string, before: string) {
  return tasks(db)
    .where('m.cell_id', '=', cellId)
    .where('m.status', '=', 'ended')
    .where('m.held_on', '<', before)
    .orderBy('m.held_on')
    .orderBy('k.created_at')
    .execute();
}

/** A resolution's tasks: the assignments of the ended meetings on its topic. */
export function listTopicTasks(db: Q, topicId: string) {
  return tasks(db)
    .where('m.topic_id', '=', topicId)
    .where('m.status', '=', 'ended')
    .orderBy('m.held_on')
    .orderBy('k.created_at')
    .execute();
}

/** A person's assignments from ended meetings that gave them a due date or none, newest meeting first. */
export function listOwnTasks(db: Q, personId: string, year: number) {
  return tasks(db)
    .where('k.owner_id', '=', personId)
    .where('m.status', '=', 'ended')
    .where('m.held_on', '>=', `${year}-01-01`)
    .where('m.held_on', '<=', `${year}-12-31`)
    .orderBy('m.held_on', 'desc')
    .orderBy('k.created_at')
    .execute();
}

/** Every report of these assignments, oldest first, with who wrote it: one query for a whole list. */
export async function listReports(db: Q, taskIds: readonly string[]) {
  if (taskIds.length === 0) return [];
  return db
    .selectFrom('task_report as r')
    .leftJoin('person as p', 'p.id', 'r.reported_by')
    .select([
      'r.id',
      'r.task_id',
      'r.status',
      'r.note',
      'r.reported_on',
      'r.created_at',
      'r.meeting_id',
      'p.full_name as reporter_name',
    ])
    .where('r.task_id', 'in', taskIds)
    .orderBy('r.reported_on')
    .orderBy('r.created_at')
    .execute();
}
export type ReportRow = Awaited<ReturnType<typeof listReports>>[number];

export function listReviews(db: Q, topicId: string) {
  return db
    .selectFrom('resolution_review')
    .selectAll()
    .where('topic_id', '=', topicId)
    .orderBy('due_on')
    .execute();
}

export function findReview(db: Q, reviewId: string) {
  return db.selectFrom('resolution_review').selectAll().where('id', '=', reviewId).executeTakeFirst();
}

/** Updates only while the row still has `expectedUpdatedAt`: whether it did (a concurrent change wins). */
export async function updateReview(
  db: Q,
  reviewId: string,
  patch: Partial<DB['resolution_review']>,
  expectedUpdatedAt: string,
): Promise<boolean> {
  const updated = await guardedUpdate(
    db,
    'resolution_review',
    { column: 'id', value: reviewId },
    patch,
    expectedUpdatedAt,
  );
  if (updated) await refreshReviewRollups(db, reviewId);
  return updated;
}

/** The reviews not yet issued of the resolutions of these cells, due in the year: the secretaries' to write. */
export function listOpenReviews(db: Q, cellIds: readonly string[], year: number) {
  if (cellIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('resolution_review as r')
    .innerJoin('plan_topic as t', 't.id', 'r.topic_id')
    .innerJoin('plan as p', 'p.id', 't.plan_id')
    .select(['r.id', 'r.kind', 'r.due_on', 't.id as topic_id', 't.title as topic_title'])
    .where('p.cell_id', 'in', cellIds)
    .where('r.issued_at', 'is', null)
    .where('r.due_on', '>=', `${year}-01-01`)
    .where('r.due_on', '<=', `${year}-12-31`)
    .orderBy('r.due_on')
    .execute();
}

export async function insertReport(db: Q, row: DB['task_report']) {
  await db.insertInto('task_report').values(row).execute();
  // Done or not by its latest report: the open assignments of the committee's summaries, same transaction.
  await refreshTaskActivity(db, row.task_id);
}

/** The check of an assignment recorded at a meeting, if any (one per task and meeting). */
export function findMeetingCheck(db: Q, meetingId: string, taskId: string) {
  return db
    .selectFrom('task_report')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .where('task_id', '=', taskId)
    .executeTakeFirst();
}

/** Corrects a meeting's check of an assignment (recorded again at the same meeting). */
export async function updateReport(db: Q, reportId: string, patch: Partial<DB['task_report']>) {
  await db.updateTable('task_report').set(patch).where('id', '=', reportId).execute();
  const report = await db
    .selectFrom('task_report')
    .select('task_id')
    .where('id', '=', reportId)
    .executeTakeFirst();
  if (report) await refreshTaskActivity(db, report.task_id);
}

/** Whether anyone reported on the assignment yet: its follow-up is history then. */
export async function hasReports(db: Q, taskId: string): Promise<boolean> {
  const row = await db
    .selectFrom('task_report')
    .select('id')
    .where('task_id', '=', taskId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertReview(db: Q, row: DB['resolution_review']) {
  await db.insertInto('resolution_review').values(row).execute();
  await refreshReviewRollups(db, row.id);
}

export async function deleteReview(db: Q, reviewId: string) {
  const cell = await cellOfReview(db, reviewId);
  await db.deleteFrom('resolution_review').where('id', '=', reviewId).execute();
  if (cell) await refreshRollupsOfCells(db, [cell.cell_id], WHOLE_ONLY);
}

function cellOfReview(db: Q, reviewId: string) {
  return db
    .selectFrom('resolution_review as r')
    .innerJoin('plan_topic as t', 't.id', 'r.topic_id')
    .innerJoin('plan as p', 'p.id', 't.plan_id')
    .select('p.cell_id')
    .where('r.id', '=', reviewId)
    .executeTakeFirst();
}

/** A review's due day and whether it is issued are the committees' figures (db/committee-rollups.ts). */
async function refreshReviewRollups(db: Q, reviewId: string) {
  const cell = await cellOfReview(db, reviewId);
  if (cell) await refreshRollupsOfCells(db, [cell.cell_id], WHOLE_ONLY);
}

// --- The home's to-dos (features/inbox). ---

/** A person's assignments from ended meetings due by `until` (overdue included), with their cell's name. */
export function listOwnTasksDueBy(db: Q, personId: string, until: string) {
  return tasks(db)
    .innerJoin('org_unit as u', 'u.id', 'm.cell_id')
    .select('u.name as unit_name')
    .where('k.owner_id', '=', personId)
    .where('m.status', '=', 'ended')
    .where('k.due_on', 'is not', null)
    .where('k.due_on', '<=', until)
    .execute();
}

/** The reviews not yet issued of the resolutions of these cells, due by `until` (overdue included). */
export function listReviewsDueBy(db: Q, cellIds: readonly string[], until: string) {
  if (cellIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('resolution_review as r')
    .innerJoin('plan_topic as t', 't.id', 'r.topic_id')
    .innerJoin('plan as p', 'p.id', 't.plan_id')
    .innerJoin('org_unit as u', 'u.id', 'p.cell_id')
    .select(['r.id', 'r.kind', 'r.due_on', 't.title as topic_title', 'p.cell_id', 'u.name as unit_name'])
    .where('p.cell_id', 'in', cellIds)
    .where('r.issued_at', 'is', null)
    .where('r.due_on', '<=', until)
    .execute();
}

// --- The committee's oversight (features/oversight): every cell under a unit, grouped in SQL. ---

/**
 * Per cell under the unit: the assignments of its ended meetings of the year not done by their latest report
 * (task-progress.ts: the latest by the day reported, then by when written), and of those the overdue — past
 * their due day on `today`. One grouped query; the latest report is found with NOT EXISTS of a later one.
 */
export async function openTasksUnder(db: Q, unitId: string, year: number, today: string) {
  const rows = await db
    .selectFrom('org_closure as c')
    .innerJoin('meeting as m', 'm.cell_id', 'c.descendant_id')
    .innerJoin('meeting_task as k', 'k.meeting_id', 'm.id')
    .select((eb) => [
      'm.cell_id',
      eb.fn.countAll<number>().as('open'),
      eb.fn
        .sum<number>(
          eb
            .case()
            .when(eb.and([eb('k.due_on', 'is not', null), eb('k.due_on', '<', today)]))
            .then(1)
            .else(0)
            .end(),
        )
        .as('overdue'),
    ])
    .where('c.ancestor_id', '=', unitId)
    .where('m.status', '=', 'ended')
    .where('m.held_on', '>=', `${year}-01-01`)
    .where('m.held_on', '<=', `${year}-12-31`)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('task_report as r')
            .select('r.id')
            .whereRef('r.task_id', '=', 'k.id')
            .where('r.status', '=', 'done')
            .where(({ not: notLater, exists: existsLater, selectFrom: later }) =>
              notLater(
                existsLater(
                  later('task_report as r2')
                    .select('r2.id')
                    .whereRef('r2.task_id', '=', 'k.id')
                    .where((w) =>
                      w.or([
                        w('r2.reported_on', '>', w.ref('r.reported_on')),
                        w.and([
                          w('r2.reported_on', '=', w.ref('r.reported_on')),
                          w('r2.created_at', '>', w.ref('r.created_at')),
                        ]),
                      ]),
                    ),
                ),
              ),
            ),
        ),
      ),
    )
    .groupBy('m.cell_id')
    .execute();
  return new Map(rows.map((r) => [r.cell_id, { open: Number(r.open), overdue: Number(r.overdue) }]));
}
