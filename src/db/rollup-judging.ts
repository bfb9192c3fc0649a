import { type Kysely, type RawBuilder, sql, type Transaction } from 'kysely';
import { periodReportOwedFrom } from '../domain/documents/report-deadlines.ts';
import { committeeDeadlines, periodColumn } from './committee-rollups.ts';
import { isPostgres, jsonGroups } from './engine.ts';
import { type BelowDeadlines, deadlineGroups } from './rollups-under.ts';
import type { DB } from './schema.ts';

type Q = Kysely<DB> | Transaction<DB>;

/**
 * Re-judging the committee roll-ups against new deadlines (issue 20): a guidance issued, corrected or moved to
 * another year, or a committee moved under another chain, changes the deadlines of every committee below — and
 * nothing else they hold. Of the roll-ups only what computeRollups judges against a deadline depends on them:
 * `plan_sent_late`, `plan_sent_held`, `plan_sent_late_held` (the plan deadline) and each period's `_late` (its due
 * day); the counts, months, due days, quality and cells do not, and the reader (rollups-under.ts) asks its
 * deadlines afresh. So instead of recomputing every committee (a province's 267 in seconds, the country's 3,355
 * in a minute and a half, every committee locked all along) two statements a year re-judge them in SQL, by
 * computeRollups' rules, from the cell summaries and the period reports.
 *
 * No row appears or vanishes: each judged count is at most the count it judges (`plan_sent`, `_issued`), and
 * those made the row.
 */

/**
 * After a write that changes the deadlines of a subtree (not its cells): its committees' judged counts, for
 * these years (by default every year of their rows: a committee moved may be judged anew in any), in the caller's
 * transaction.
 */
export async function rejudgeRollupsUnder(db: Q, unitId: string, years?: readonly number[]): Promise<void> {
  const ids = await lockCommitteesUnder(db, unitId);
  if (ids.length === 0) return;
  const judged = years ? [...new Set(years)] : await yearsOfRows(db, unitId);
  const deadlines = await committeeDeadlines(db, ids, judged);
  for (const year of judged) {
    const groups = deadlineGroups(ids, (id) => deadlines(id, year));
    await judgePlans(db, year, groups);
    await judgeReports(db, year, groups);
  }
}

/**
 * The committees at and below a unit, in id order; on PostgreSQL locked (`FOR NO KEY UPDATE`, as
 * refreshCommitteeRollups does) in that order in one statement, before anything is read: a cell's write that
 * recomputed a committee first is then seen, one that comes after sees the new deadlines, and two subtree writes
 * lock their common committees in the same order (no deadlock between them). The statements below run after it,
 * each on what was committed by then (READ COMMITTED).
 */
async function lockCommitteesUnder(db: Q, unitId: string): Promise<string[]> {
  const query = db
    .selectFrom('org_unit')
    .select('id')
    .where('kind', '=', 'committee')
    .where('id', 'in', (eb) =>
      eb.selectFrom('org_closure').select('descendant_id').where('ancestor_id', '=', unitId),
    )
    .orderBy('id');
  const rows = await (isPostgres(db) ? query.forNoKeyUpdate() : query).execute();
  return rows.map((r) => r.id);
}

async function yearsOfRows(db: Q, unitId: string): Promise<number[]> {
  const rows = await db
    .selectFrom('committee_year_rollup')
    .select('year')
    .distinct()
    .where('committee_id', 'in', (eb) =>
      eb.selectFrom('org_closure').select('descendant_id').where('ancestor_id', '=', unitId),
    )
    .execute();
  return rows.map((r) => Number(r.year));
}

/** The Việt Nam day (UTC+7, no daylight saving) of a stored instant, as dayInVietnamOf gives it. */
const vietnamDay = (db: Q, instant: RawBuilder<unknown>) =>
  isPostgres(db)
    ? sql`to_char((${instant})::timestamptz AT TIME ZONE 'UTC' + interval '7 hours', 'YYYY-MM-DD')`
    : sql`date(${instant}, '+7 hours')`;

/** The cells right under the grouped committees `g`. */
const CELLS_OF_GROUPS = sql`g JOIN org_unit cell ON cell.parent_id = g.id AND cell.kind = 'cell'`;

type Groups = readonly (BelowDeadlines & { ids: string[] })[];

/**
 * The plans sent up: late if first sent after the plan deadline, held if the cell existed on the deadline (and by
 * the year's end); the cells created after the year keep their own row (`created_after`), late only.
 */
async function judgePlans(db: Q, year: number, groups: Groups) {
  const yearEnd = `${year}-12-31`;
  await sql`
    WITH g AS MATERIALIZED (${jsonGroups(db, groups, ['plan_deadline'])}),
    c AS MATERIALIZED (
      SELECT cell.parent_id AS committee_id, g.plan_deadline, s.first_submitted_on,
        ${vietnamDay(db, sql.ref('cell.created_at'))} AS created_on
      FROM ${CELLS_OF_GROUPS}
      JOIN cell_year_summary s ON s.cell_id = cell.id AND s.year = ${year}
      WHERE s.plan_id IS NOT NULL AND s.plan_status IS NOT NULL AND s.first_submitted_on IS NOT NULL
    ),
    j AS MATERIALIZED (
      SELECT committee_id, CASE WHEN created_on <= ${yearEnd} THEN 0 ELSE 1 END AS after,
        CASE WHEN first_submitted_on > plan_deadline THEN 1 ELSE 0 END AS late,
        CASE WHEN created_on <= plan_deadline AND created_on <= ${yearEnd} THEN 1 ELSE 0 END AS held
      FROM c
    ),
    p AS MATERIALIZED (
      SELECT committee_id, after, SUM(late) AS late, SUM(held) AS held, SUM(late * held) AS late_held
      FROM j GROUP BY committee_id, after
    )
    UPDATE committee_year_rollup AS r
    SET plan_sent_late = p.late, plan_sent_held = p.held, plan_sent_late_held = p.late_held
    FROM p
    WHERE r.committee_id = p.committee_id AND r.year = ${year} AND r.created_after = p.after
      AND (r.plan_sent_late <> p.late OR r.plan_sent_held <> p.held OR r.plan_sent_late_held <> p.late_held)
  `.execute(db);
}

const PERIODS = [1, 2, 3, 4, null] as const;
const subjectOf = (year: number, q: number | null) =>
  q === null ? `period_report:${year}` : `period_report:${year}-Q${q}`;

/**
 * Each period report of the year: counted if the cell owed it (existed on the day it is owed from), late if
 * issued after its due day. One document per cell and subject (`issued_document_subject_uq`): computeRollups'
 * latest issue day is its day.
 */
async function judgeReports(db: Q, year: number, groups: Groups) {
  const columns = PERIODS.map(periodColumn);
  const late = (q: (typeof PERIODS)[number]) => `${periodColumn(q)}_late`;
  await sql`
    WITH g AS MATERIALIZED (${jsonGroups(db, groups, columns)}),
    d AS MATERIALIZED (
      SELECT cell.parent_id AS committee_id, doc.subject, doc.issued_on,
        ${sql.join(columns.map((c) => sql.ref(`g.${c}`)))},
        ${vietnamDay(db, sql.ref('cell.created_at'))} AS created_on
      FROM ${CELLS_OF_GROUPS}
      JOIN issued_document doc ON doc.unit_id = cell.id
        AND doc.subject IN (${sql.join(PERIODS.map((q) => subjectOf(year, q)))})
    ),
    p AS MATERIALIZED (
      SELECT committee_id, ${sql.join(
        PERIODS.map(
          (q) => sql`SUM(CASE WHEN subject = ${subjectOf(year, q)}
            AND created_on <= ${periodReportOwedFrom(year, q)}
            AND issued_on > ${sql.ref(periodColumn(q))} THEN 1 ELSE 0 END) AS ${sql.id(late(q))}`,
        ),
      )}
      FROM d GROUP BY committee_id
    )
    UPDATE committee_year_rollup AS r
    SET ${sql.join(PERIODS.map((q) => sql`${sql.id(late(q))} = ${sql.ref(`p.${late(q)}`)}`))}
    FROM p
    WHERE r.committee_id = p.committee_id AND r.year = ${year} AND r.created_after = 0
      AND (${sql.join(
        PERIODS.map((q) => sql`${sql.ref(`r.${late(q)}`)} <> ${sql.ref(`p.${late(q)}`)}`),
        sql` OR `,
      )})
  `.execute(db);
}
