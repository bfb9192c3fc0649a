import { type Kysely, type RawBuilder, sql, type Transaction } from 'kysely';
import { periodReportOwedFrom } from '../domain/documents/report-deadlines.ts';
import { type CommitteeYearDeadlines, committeeDeadlines, periodColumn } from './committee-rollups.ts';
import { isPostgres, jsonGroups } from './engine.ts';
import { type BelowDeadlines, deadlineGroups } from './rollups-under.ts';
import type { DB } from './schema.ts';

type Q = Kysely<DB> | Transaction<DB>;
const PERIODS = [1, 2, 3, 4, null] as const;

/**
 * Re-judging the committee roll-ups against new deadlines (issue 20): a guidance issued, corrected or moved to
 * another year, or a committee moved under another chain, changes the deadlines of every committee below — and
 * nothing else they hold. Of the roll-ups only what computeRollups judges against a deadline depends on them:
 * `plan_sent_late`, `plan_sent_held`, `plan_sent_late_held` (the plan deadline) and each period's `_late` (its due
 * day); the counts, months, due days, quality and cells do not, and the reader (rollups-under.ts) asks its
 * deadlines afresh. So instead of recomputing every committee (a province's 267 in seconds, the country's 3,355
 * in a minute and a half, every committee locked all along) the committees whose deadlines moved are re-judged in
 * SQL — two statements a year, by computeRollups' rules, from the cell summaries and the period reports.
 *
 * No row appears or vanishes: each judged count is at most the count it judges (`plan_sent`, `_issued`), and
 * those made the row.
 */

/**
 * A write that changes the deadlines of a subtree and not its cells (`write`), and its committees' judged counts
 * after it, in the caller's transaction: the committees are locked first, their deadlines of the years read
 * before the write and after, and only the committees whose plan deadline (or report due days) moved are judged
 * anew — the others' rows were judged against the same days. `years` is read once the committees are locked (a
 * guidance's year may have just been corrected by another transaction); by default every year of their rows (a
 * committee moved may be judged anew in any).
 */
export async function changeDeadlinesUnder<T>(
  db: Q,
  unitId: string,
  years: (() => Promise<readonly number[]>) | undefined,
  write: () => Promise<T>,
): Promise<T> {
  const ids = await lockCommitteesUnder(db, unitId);
  if (ids.length === 0) return write();
  const judged = [...new Set(years ? await years() : await yearsOfRows(db, unitId))];
  const before = await committeeDeadlines(db, ids, judged);
  const result = await write();
  const after = await committeeDeadlines(db, ids, judged);
  for (const year of judged) {
    const was = new Map(ids.map((id) => [id, deadlineDays(before(id, year))]));
    const is = new Map(ids.map((id) => [id, after(id, year)]));
    const plans: string[] = [];
    const reports: string[] = [];
    for (const id of ids) {
      const [then, now] = [was.get(id), deadlineDays(is.get(id))];
      if (then?.plan !== now?.plan) plans.push(id);
      if (then?.due !== now?.due) reports.push(id);
    }
    const isOf = (id: string) => is.get(id) ?? after(id, year);
    if (plans.length > 0) await judgePlans(db, year, deadlineGroups(plans, isOf));
    if (reports.length > 0) await judgeReports(db, year, deadlineGroups(reports, isOf));
  }
  return result;
}

/** A committee's deadlines as two comparable texts: the plan's, and every period report's due day. */
const deadlineDays = (d: CommitteeYearDeadlines | undefined) =>
  d && { plan: d.plan, due: PERIODS.map((q) => d.due(q)).join(' ') };

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

type Groups = readonly (BelowDeadlines & { ids: string[] })[];

/**
 * The plans sent up: late if first sent after the plan deadline, held if the cell existed on the deadline (and by
 * the year's end); the cells created after the year keep their own row (`created_after`), late only.
 */
async function judgePlans(db: Q, year: number, groups: Groups) {
  const yearEnd = `${year}-12-31`;
  const held = sql`created_on <= plan_deadline AND created_on <= ${yearEnd}`;
  await sql`
    WITH g AS MATERIALIZED (${jsonGroups(db, groups, ['plan_deadline'])}),
    c AS MATERIALIZED (
      SELECT cell.parent_id AS committee_id, g.plan_deadline, s.first_submitted_on,
        ${vietnamDay(db, sql.ref('cell.created_at'))} AS created_on
      FROM g JOIN org_unit cell ON cell.parent_id = g.id AND cell.kind = 'cell'
      JOIN cell_year_summary s ON s.cell_id = cell.id AND s.year = ${year}
      WHERE s.plan_id IS NOT NULL AND s.plan_status IS NOT NULL AND s.first_submitted_on IS NOT NULL
    ),
    p AS MATERIALIZED (
      SELECT committee_id, CASE WHEN created_on <= ${yearEnd} THEN 0 ELSE 1 END AS after,
        SUM(CASE WHEN first_submitted_on > plan_deadline THEN 1 ELSE 0 END) AS late,
        SUM(CASE WHEN ${held} THEN 1 ELSE 0 END) AS held,
        SUM(CASE WHEN first_submitted_on > plan_deadline AND ${held} THEN 1 ELSE 0 END) AS late_held
      FROM c GROUP BY 1, 2
    )
    UPDATE committee_year_rollup AS r
    SET plan_sent_late = p.late, plan_sent_held = p.held, plan_sent_late_held = p.late_held
    FROM p
    WHERE r.committee_id = p.committee_id AND r.year = ${year} AND r.created_after = p.after
      AND (r.plan_sent_late <> p.late OR r.plan_sent_held <> p.held OR r.plan_sent_late_held <> p.late_held)
  `.execute(db);
}

const subjectOf = (year: number, q: number | null) =>
  q === null ? `period_report:${year}` : `period_report:${year}-Q${q}`;

/**
 * Each period report of the year: counted if the cell owed it (existed on the day it is owed from), late if
 * issued after its due day. One document per cell and subject (`issued_document_subject_uq`): computeRollups'
 * latest issue day is its day. Only the reports issued after the earliest due day of their period among the
 * committees are read (the country's 750,000 are mostly on time), then joined to their cells; a committee with
 * none late gets 0.
 */
async function judgeReports(db: Q, year: number, groups: Groups) {
  const columns = PERIODS.map(periodColumn);
  const late = (q: (typeof PERIODS)[number]) => `${periodColumn(q)}_late`;
  const earliest = (q: (typeof PERIODS)[number]) =>
    groups.map((g) => g[periodColumn(q)]).reduce((a, b) => (b < a ? b : a));
  await sql`
    WITH g AS MATERIALIZED (${jsonGroups(db, groups, columns)}),
    d AS MATERIALIZED (
      SELECT doc.unit_id, doc.subject, doc.issued_on FROM issued_document doc
      WHERE ${sql.join(
        PERIODS.map((q) => sql`(doc.subject = ${subjectOf(year, q)} AND doc.issued_on > ${earliest(q)})`),
        sql` OR `,
      )}
    ),
    l AS MATERIALIZED (
      SELECT cell.parent_id AS committee_id, ${sql.join(
        PERIODS.map(
          (q) => sql`SUM(CASE WHEN d.subject = ${subjectOf(year, q)}
            AND d.issued_on > ${sql.ref(`g.${periodColumn(q)}`)}
            AND ${vietnamDay(db, sql.ref('cell.created_at'))} <= ${periodReportOwedFrom(year, q)}
            THEN 1 ELSE 0 END) AS ${sql.id(late(q))}`,
        ),
      )}
      FROM d JOIN org_unit cell ON cell.id = d.unit_id AND cell.kind = 'cell'
      JOIN g ON g.id = cell.parent_id
      GROUP BY cell.parent_id
    ),
    p AS MATERIALIZED (
      SELECT g.id AS committee_id, ${sql.join(
        PERIODS.map((q) => sql`COALESCE(${sql.ref(`l.${late(q)}`)}, 0) AS ${sql.id(late(q))}`),
      )}
      FROM g LEFT JOIN l ON l.committee_id = g.id
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
