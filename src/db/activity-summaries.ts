import { type Kysely, sql, type Transaction } from 'kysely';
import { HO_CHI_MINH_MIN_MINUTES } from '../domain/meetings/timing.ts';
import { ROLL_STATUSES } from '../domain/members/membership.ts';
import { refreshRollupsOfCells } from './committee-rollups.ts';
import type { CellMonthActivityTable, CellTaskDueTable, DB } from './schema.ts';

/**
 * The maintained activity summaries (issue 20): per cell, year and month what the committee's oversight
 * dashboard counts of the cell's meetings — ended thematic and regular meetings, Hồ Chí Minh study minutes,
 * attendance present and expected — and per cell the assignments still open with their due day, derived from
 * the meetings' tables (the same rules as meetings/statistics/store.ts monthlyMeetingsUnder and
 * monthlyAttendanceUnder, and follow-up/store.ts openTasksUnder). The stores that write those tables call a
 * refresh inside the writing transaction, so a summary changes if and only if its sources do:
 *
 * - meetings/store.ts: insertMeeting, updateMeeting (status, kind, day, study minutes, paper count), insertTask,
 *   insertAttendance, updateAttendance, deleteUnmarkedAttendance (an ended meeting's roll);
 * - follow-up/store.ts: insertReport, updateReport (an assignment done or not by its latest report);
 * - members/store.ts: openPeriod, closeOpenPeriod (who was a member, hence expected, on a meeting's day).
 *
 * Writes that bypass the stores (the demo's history, the benchmark's generator, a restore) call
 * `rebuildActivitySummaries`, as do the migration and `npm run cli -- rebuild-summaries`. Overdue "as of today"
 * needs no write: the open assignments are kept with their due day and counted with `due_on < today`.
 */
type Q = Kysely<DB> | Transaction<DB>;

export interface ActivitySummary {
  months: CellMonthActivityTable[];
  tasks: CellTaskDueTable[];
}

/** The due day kept for an assignment without one: never before today, so never overdue. */
export const NO_DUE_DAY = '9999-12-31';

/** Years of the summaries to recompute: all, or from one year to another (both included). */
export interface YearRange {
  from?: number;
  to?: number;
}

const EXPECTED = ['official', 'probationary'] as const;
const yearOf = sql<string>`substr(${sql.ref('m.held_on')}, 1, 4)`;
const monthOf = sql<string>`substr(${sql.ref('m.held_on')}, 6, 2)`;
const dueOrNever = sql<string>`coalesce(${sql.ref('k.due_on')}, ${sql.lit(NO_DUE_DAY)})`;

/** The ended meetings of these cells (in the years asked), as a query to join and group. */
function endedMeetingsOf(db: Q, ids: string[], years: YearRange) {
  let q = db.selectFrom('meeting as m').where('m.cell_id', 'in', ids).where('m.status', '=', 'ended');
  if (years.from !== undefined) q = q.where('m.held_on', '>=', `${years.from}-01-01`);
  if (years.to !== undefined) q = q.where('m.held_on', '<=', `${years.to}-12-31`);
  return q;
}

/**
 * Recomputes the summaries of these cells from the raw tables (every year, or a range): four grouped queries
 * whatever the number of cells. The writing transaction's refresh and the rebuild both use it.
 */
export async function computeActivity(
  db: Q,
  cellIds: readonly string[],
  years: YearRange = {},
): Promise<ActivitySummary> {
  if (cellIds.length === 0) return { months: [], tasks: [] };
  const ids = [...cellIds];
  const [meetings, roll, paper, tasks] = await Promise.all([
    // Seed 002 (Hướng dẫn 12): thematic meetings at least once a quarter, the regular one every month; a
    // combined meeting is both. The study of Hồ Chí Minh's example takes "ít nhất 30 phút" (timing.ts).
    endedMeetingsOf(db, ids, years)
      .select((eb) => [
        'm.cell_id',
        yearOf.as('year'),
        monthOf.as('month'),
        eb.fn
          .sum<number>(eb.case().when('m.kind', 'in', ['thematic', 'combined']).then(1).else(0).end())
          .as('thematic'),
        eb.fn
          .sum<number>(eb.case().when('m.kind', 'in', ['regular', 'combined']).then(1).else(0).end())
          .as('regular'),
        eb.fn.sum<number>(eb.fn.coalesce('m.study_minutes', sql.lit(0))).as('study_minutes'),
        eb.fn.count<number>('m.study_minutes').as('study_meetings'),
        eb.fn
          .sum<number>(eb.case().when('m.study_minutes', '<', HO_CHI_MINH_MIN_MINUTES).then(1).else(0).end())
          .as('study_short'),
      ])
      .groupBy(['m.cell_id', yearOf, monthOf])
      .execute(),
    // Attendance as the period report counts it: only people who were members of the cell on the meeting's
    // day; official and probationary members expected, exempt members only when they came.
    endedMeetingsOf(db, ids, years)
      .innerJoin('meeting_attendance as a', 'a.meeting_id', 'm.id')
      .innerJoin('membership_period as mp', (join) =>
        join
          .onRef('mp.person_id', '=', 'a.person_id')
          .onRef('mp.unit_id', '=', 'm.cell_id')
          .onRef('mp.started_on', '<=', 'm.held_on')
          .on((eb) => eb.or([eb('mp.ended_on', 'is', null), eb('mp.ended_on', '>', eb.ref('m.held_on'))])),
      )
      .select((eb) => [
        'm.cell_id',
        yearOf.as('year'),
        monthOf.as('month'),
        eb.fn.sum<number>(eb.case().when('a.state', '=', 'present').then(1).else(0).end()).as('present'),
        eb.fn
          .sum<number>(
            eb
              .case()
              .when('mp.status', 'in', EXPECTED)
              .then(1)
              .when(eb.and([eb('mp.status', '=', 'exempt'), eb('a.state', '=', 'present')]))
              .then(1)
              .else(0)
              .end(),
          )
          .as('expected'),
      ])
      .where('m.paper_present', 'is', null)
      .where('mp.status', 'in', ROLL_STATUSES)
      .groupBy(['m.cell_id', yearOf, monthOf])
      .execute(),
    // A meeting held on paper: its minutes' number present against the members expected that day.
    db
      .selectFrom(
        endedMeetingsOf(db, ids, years)
          .innerJoin('membership_period as mp', (join) =>
            join
              .onRef('mp.unit_id', '=', 'm.cell_id')
              .onRef('mp.started_on', '<=', 'm.held_on')
              .on((eb) =>
                eb.or([eb('mp.ended_on', 'is', null), eb('mp.ended_on', '>', eb.ref('m.held_on'))]),
              ),
          )
          .select((eb) => [
            'm.id',
            'm.cell_id',
            yearOf.as('year'),
            monthOf.as('month'),
            'm.paper_present',
            eb.fn.countAll<number>().as('expected'),
          ])
          .where('m.paper_present', 'is not', null)
          .where('mp.status', 'in', EXPECTED)
          .groupBy(['m.id', 'm.cell_id', 'm.held_on', 'm.paper_present'])
          .as('pm'),
      )
      .select((eb) => [
        'pm.cell_id',
        'pm.year',
        'pm.month',
        eb.fn.sum<number>('pm.paper_present').as('present'),
        eb.fn.sum<number>('pm.expected').as('expected'),
      ])
      .groupBy(['pm.cell_id', 'pm.year', 'pm.month'])
      .execute(),
    // The assignments of the ended meetings not done by their latest report (task-progress.ts: the latest by
    // the day reported, then by when written), by their due day.
    endedMeetingsOf(db, ids, years)
      .innerJoin('meeting_task as k', 'k.meeting_id', 'm.id')
      .select((eb) => [
        'm.cell_id',
        yearOf.as('year'),
        dueOrNever.as('due_on'),
        eb.fn.countAll<number>().as('tasks'),
      ])
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
      .groupBy(['m.cell_id', yearOf, dueOrNever])
      .execute(),
  ]);
  const rows = new Map<string, CellMonthActivityTable>();
  const row = (cellId: string, year: string | number, month: string | number) => {
    const k = `${cellId}|${Number(year)}|${Number(month)}`;
    let r = rows.get(k);
    if (!r) {
      r = {
        cell_id: cellId,
        year: Number(year),
        month: Number(month),
        thematic: 0,
        regular: 0,
        study_minutes: 0,
        study_meetings: 0,
        study_short: 0,
        present: 0,
        expected: 0,
      };
      rows.set(k, r);
    }
    return r;
  };
  for (const m of meetings) {
    const r = row(m.cell_id, m.year, m.month);
    r.thematic += Number(m.thematic);
    r.regular += Number(m.regular);
    r.study_minutes += Number(m.study_minutes);
    r.study_meetings += Number(m.study_meetings);
    r.study_short += Number(m.study_short);
  }
  for (const a of [...roll, ...paper]) {
    const r = row(a.cell_id, a.year, a.month);
    r.present += Number(a.present);
    r.expected += Number(a.expected);
  }
  return {
    months: [...rows.values()],
    tasks: tasks.map((t) => ({
      cell_id: t.cell_id,
      year: Number(t.year),
      due_on: String(t.due_on),
      tasks: Number(t.tasks),
    })),
  };
}

async function replace(db: Q, cellIds: readonly string[], years: YearRange, s: ActivitySummary) {
  if (cellIds.length === 0) return;
  const ids = [...cellIds];
  let delMonths = db.deleteFrom('cell_month_activity').where('cell_id', 'in', ids);
  let delTasks = db.deleteFrom('cell_task_due').where('cell_id', 'in', ids);
  if (years.from !== undefined) {
    delMonths = delMonths.where('year', '>=', years.from);
    delTasks = delTasks.where('year', '>=', years.from);
  }
  if (years.to !== undefined) {
    delMonths = delMonths.where('year', '<=', years.to);
    delTasks = delTasks.where('year', '<=', years.to);
  }
  await delMonths.execute();
  await delTasks.execute();
  // Batches stay under SQLite's bound-parameter limit.
  for (let i = 0; i < s.months.length; i += 500)
    await db
      .insertInto('cell_month_activity')
      .values(s.months.slice(i, i + 500))
      .execute();
  for (let i = 0; i < s.tasks.length; i += 1000)
    await db
      .insertInto('cell_task_due')
      .values(s.tasks.slice(i, i + 1000))
      .execute();
}

/** Recomputes one cell's activity summaries over a range of years, then its committee's roll-ups, in the caller's transaction. */
export async function refreshCellActivity(db: Q, cellId: string, years: YearRange): Promise<void> {
  await replace(db, [cellId], years, await computeActivity(db, [cellId], years));
  await refreshRollupsOfCells(db, [cellId], years);
}

/**
 * After a write to a meeting or what hangs off it (its roll, its assignments and their reports). Only an ended
 * meeting is counted: a write to another (the marks at a live meeting's console) changes no summary.
 */
export async function refreshMeetingActivity(db: Q, meetingId: string): Promise<void> {
  const m = await db
    .selectFrom('meeting')
    .select(['cell_id', 'held_on', 'status'])
    .where('id', '=', meetingId)
    .executeTakeFirst();
  if (m?.status !== 'ended') return;
  const year = Number(m.held_on.slice(0, 4));
  await refreshCellActivity(db, m.cell_id, { from: year, to: year });
}

/** The meeting's cell, day and status before a write: what `refreshMeetingChange` needs after it. */
export function meetingBefore(db: Q, meetingId: string) {
  return db
    .selectFrom('meeting')
    .select(['cell_id', 'held_on', 'status'])
    .where('id', '=', meetingId)
    .executeTakeFirst();
}

/**
 * After a meeting's row changed: the years of its day before and after (a meeting moved to another day may move
 * to another year), when it was or is ended.
 */
export async function refreshMeetingChange(
  db: Q,
  meetingId: string,
  before: { cell_id: string; held_on: string; status: string } | undefined,
): Promise<void> {
  const after = await meetingBefore(db, meetingId);
  const counted = new Set<string>();
  for (const m of [before, after])
    if (m && m.status === 'ended') counted.add(`${m.cell_id}|${m.held_on.slice(0, 4)}`);
  for (const key of counted) {
    const [cellId = '', year] = key.split('|');
    await refreshCellActivity(db, cellId, { from: Number(year), to: Number(year) });
  }
}

/** After a write to an assignment's reports: the summary of the meeting that gave it. */
export async function refreshTaskActivity(db: Q, taskId: string): Promise<void> {
  const t = await db
    .selectFrom('meeting_task')
    .select('meeting_id')
    .where('id', '=', taskId)
    .executeTakeFirst();
  if (t) await refreshMeetingActivity(db, t.meeting_id);
}

/**
 * After a membership period of the unit opened or closed on `day`: who was expected at its ended meetings from
 * that day on changed (a unit with no meetings has no summary and gets none).
 */
export async function refreshMembershipActivity(db: Q, unitId: string, day: string): Promise<void> {
  await refreshCellActivity(db, unitId, { from: Number(day.slice(0, 4)) });
}

/** Recomputes every cell's activity summaries, `batch` cells at a time (the migration, the CLI, a restore). */
export async function rebuildActivitySummaries(db: Q, batch = 400): Promise<number> {
  // Only a unit that held meetings has rows.
  const cells = await db.selectFrom('meeting').select('cell_id').distinct().orderBy('cell_id').execute();
  await db.deleteFrom('cell_month_activity').execute();
  await db.deleteFrom('cell_task_due').execute();
  for (let i = 0; i < cells.length; i += batch) {
    const ids = cells.slice(i, i + batch).map((c) => c.cell_id);
    await replace(db, ids, {}, await computeActivity(db, ids));
  }
  return cells.length;
}

/** Every stored activity summary, in a fixed order: what the equality test compares with a recomputation. */
export async function storedActivity(db: Q): Promise<ActivitySummary> {
  const [months, tasks] = await Promise.all([
    db
      .selectFrom('cell_month_activity')
      .selectAll()
      .orderBy('cell_id')
      .orderBy('year')
      .orderBy('month')
      .execute(),
    db.selectFrom('cell_task_due').selectAll().orderBy('cell_id').orderBy('year').orderBy('due_on').execute(),
  ]);
  const n = (v: unknown) => Number(v);
  return {
    months: months.map((m) => ({
      ...m,
      year: n(m.year),
      month: n(m.month),
      thematic: n(m.thematic),
      regular: n(m.regular),
      study_minutes: n(m.study_minutes),
      study_meetings: n(m.study_meetings),
      study_short: n(m.study_short),
      present: n(m.present),
      expected: n(m.expected),
    })),
    tasks: tasks.map((t) => ({ ...t, year: n(t.year), tasks: n(t.tasks) })),
  };
}

// --- Reading: one statement each over the unit tree (org_closure by ancestor, then the summary by cell). ---
