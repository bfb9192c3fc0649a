import { type Kysely, sql, type Transaction } from 'kysely';
import { dayInVietnamOf, type LocalDate } from '../domain/dates/local-date.ts';
import { periodOfSubject } from '../domain/documents/issuing.ts';
import {
  nearestGuidanceDeadlines,
  periodReportDueOn,
  periodReportOwedFrom,
  type ReportDeadlines,
} from '../domain/documents/report-deadlines.ts';
import { quarterOfMonth, quarterStart } from '../domain/oversight/figures.ts';
import type { YearRange } from './activity-summaries.ts';
import { isPostgres, jsonRows } from './engine.ts';
import type {
  CommitteeCellDayTable,
  CommitteeDueTable,
  CommitteeMonthRollupTable,
  CommitteeQualityTable,
  CommitteeYearRollupTable,
  DB,
} from './schema.ts';

/**
 * The committee roll-ups (issue 20: "rolled up per committee"): per committee, the sums over the cells right
 * under it of what the overview and the oversight dashboard count, from the cell summaries (db/summaries.ts,
 * db/activity-summaries.ts) and the few raw rows they do not hold (period reports, reviews, quality, reminders).
 * Kept at the level of the cells' own committee — a commune, a grassroots committee — and added up by the reader
 * over a subtree, so a write touches one committee's rows and no row is shared by a whole province (the central
 * committee's row would be every write's lock).
 *
 * A refresh recomputes a committee's rows for some years from its cells, in the writing transaction, after the
 * cell summaries: the summaries' refreshes call it for the cell's committee (so every store that keeps a cell
 * summary keeps this too), and the stores of what only this holds call it directly:
 *
 * - quality/store.ts (a meeting's level), follow-up/store.ts (reviews), plans/store.ts (reminders);
 * - orgs/store.ts: a cell created, moved or deleted.
 *
 * A write that changes deadlines only — a guidance issued or corrected, a committee moved under another chain —
 * changes only the counts judged against them: db/rollup-judging.ts judges those anew over the whole subtree.
 *
 * Counts that depend on today are kept by their due day (committee_due); those that depend on a deadline are
 * judged here against the deadline of the committee's guidance chain, the same for all its cells, and the reader
 * adds what today decides (a plan not sent, a report not issued, once the day has passed).
 */
type Q = Kysely<DB> | Transaction<DB>;

export interface CommitteeRollups {
  cellDays: CommitteeCellDayTable[];
  years: CommitteeYearRollupTable[];
  months: CommitteeMonthRollupTable[];
  due: CommitteeDueTable[];
  quality: CommitteeQualityTable[];
}

const PLAN_STATUSES = ['draft', 'adopted', 'submitted', 'returned', 'acknowledged'] as const;
/** A period report's columns: `q1`…`q4`, `annual`. */
export const periodColumn = (q: number | null) =>
  q === null ? 'annual' : (`q${q}` as 'q1' | 'q2' | 'q3' | 'q4');
/** The kinds of committee_due kept per year of the cell summaries; `review` is kept for every year at once. */
const YEARLY_DUE = ['step', 'step_cell', 'task'] as const;

/** A refresh of the parts kept whole only (cells, reminders, reviews, quality): no year's counts change. */
export const WHOLE_ONLY: YearRange = { from: 1, to: 0 };

/** A year column within a range (open ends: every year). */
const yearsIn = (column: string, r: YearRange) =>
  sql<boolean>`${sql.ref(column)} BETWEEN ${r.from ?? 0} AND ${r.to ?? 9999}`;
const inRange = (year: number, r: YearRange) =>
  (r.from === undefined || year >= r.from) && (r.to === undefined || year <= r.to);
const yearEnd = (year: number): LocalDate => `${year}-12-31`;

/** The deadlines a committee's cells work under for a year: the plan's and each period report's due day. */
export interface CommitteeYearDeadlines {
  plan: LocalDate | null;
  /** The report days of the guidance the cells work under (the defaults without one), and each period's due day. */
  reports: ReportDeadlines;
  due: (quarter: number | null) => LocalDate;
}

/**
 * The deadlines of these committees' cells for these years (the rule of the plan page's deadline and of
 * guidance/store.ts reportDeadlinesBelowCommittees, for a list of committees): the guidance of the nearest
 * committee at or above each that issued one for the year — the earliest plan deadline of the nearest that set
 * one (governingDeadline), the report days of the nearest, latest issued (nearestGuidanceDeadlines).
 */
export async function committeeDeadlines(
  db: Q,
  committeeIds: readonly string[],
  years: readonly number[],
): Promise<(committeeId: string, year: number) => CommitteeYearDeadlines> {
  // The committees go in as one JSON table walked first (each one's few ancestors by `org_closure_descendant_idx`,
  // their guidance by `(committee_id, year)`): given an `IN` list the planner, counting on little guidance (the
  // year's first just issued), walked the issuer's whole closure instead — 253,000 rows nationally.
  const rows =
    committeeIds.length === 0 || years.length === 0
      ? []
      : (
          await sql<GuidanceOfCommittee>`
            WITH ids AS MATERIALIZED (${jsonRows(
              db,
              committeeIds.map((id) => ({ id })),
              ['id'],
            )})
            SELECT up.descendant_id AS committee_id, up.depth, g.year, g.plan_deadline, g.issued_on,
              g.quarter_report_day, g.annual_report_due_on
            FROM ids JOIN org_closure up ON up.descendant_id = ids.id
            JOIN guidance g ON g.committee_id = up.ancestor_id AND g.year IN (${sql.join([...years])})`.execute(
            db,
          )
        ).rows;
  const byKey = new Map<string, typeof rows>();
  for (const r of rows) {
    const key = `${r.committee_id}|${Number(r.year)}`;
    const list = byKey.get(key);
    if (list) list.push(r);
    else byKey.set(key, [r]);
  }
  return (committeeId, year) => {
    const found = byKey.get(`${committeeId}|${year}`) ?? [];
    let plan: LocalDate | null = null;
    let planDepth = Number.POSITIVE_INFINITY;
    for (const g of found) {
      const depth = Number(g.depth);
      if (depth < planDepth || (depth === planDepth && plan !== null && g.plan_deadline < plan)) {
        plan = g.plan_deadline;
        planDepth = depth;
      }
    }
    const reports = nearestGuidanceDeadlines(
      found.map((g) => ({
        depth: Number(g.depth),
        issuedOn: g.issued_on,
        quarterReportDay: g.quarter_report_day === null ? null : Number(g.quarter_report_day),
        annualReportDueOn: g.annual_report_due_on,
      })),
    );
    return { plan, reports, due: (q) => periodReportDueOn(year, q, reports) };
  };
}

/** A guidance of a committee's chain: its depth above the committee and its deadlines. */
interface GuidanceOfCommittee {
  committee_id: string;
  depth: number | string;
  year: number | string;
  plan_deadline: LocalDate;
  issued_on: LocalDate;
  quarter_report_day: number | string | null;
  annual_report_due_on: LocalDate | null;
}

interface Cell {
  committeeId: string;
  createdOn: LocalDate;
}

/**
 * Recomputes the roll-ups of these committees: the per-year parts for the years asked (all by default), the
 * others (cells, reminders, reviews, quality — few rows) whole. Both the refresh and the rebuild use it.
 */
export async function computeRollups(
  db: Q,
  committeeIds: readonly string[],
  years: YearRange = {},
): Promise<CommitteeRollups> {
  const out: CommitteeRollups = { cellDays: [], years: [], months: [], due: [], quality: [] };
  if (committeeIds.length === 0) return out;
  const ids = [...committeeIds];
  const cellsOf = () =>
    db.selectFrom('org_unit as cell').where('cell.parent_id', 'in', ids).where('cell.kind', '=', 'cell');
  const summaries = cellsOf()
    .innerJoin('cell_year_summary as s', 's.cell_id', 'cell.id')
    .select(['s.cell_id', 's.year', 's.plan_id', 's.plan_status', 's.first_submitted_on', 's.reports'])
    .where(yearsIn('s.year', years));
  const months = cellsOf()
    .innerJoin('cell_month_activity as a', 'a.cell_id', 'cell.id')
    .select([
      'a.cell_id',
      'a.year',
      'a.month',
      'a.thematic',
      'a.regular',
      'a.study_minutes',
      'a.study_meetings',
      'a.study_short',
      'a.present',
      'a.expected',
    ])
    .where(yearsIn('a.year', years));
  const steps = cellsOf()
    .innerJoin('cell_step_due as d', 'd.cell_id', 'cell.id')
    .select(['d.cell_id', 'd.year', 'd.due_on', 'd.open_until', 'd.steps'])
    .where(yearsIn('d.year', years));
  const tasks = cellsOf()
    .innerJoin('cell_task_due as t', 't.cell_id', 'cell.id')
    .select(['t.cell_id', 't.year', 't.due_on', 't.tasks'])
    .where(yearsIn('t.year', years));
  const noYears = years.from !== undefined && years.to !== undefined && years.from > years.to;
  const [
    cellRows,
    summaryRows,
    monthRows,
    stepRows,
    taskRows,
    reportRows,
    reviewRows,
    qualityRows,
    reminderRows,
  ] = await Promise.all([
    cellsOf().select(['cell.id', 'cell.parent_id', 'cell.created_at']).execute(),
    noYears ? [] : summaries.execute(),
    noYears ? [] : months.execute(),
    noYears ? [] : steps.execute(),
    noYears ? [] : tasks.execute(),
    cellsOf()
      .innerJoin('issued_document as doc', 'doc.unit_id', 'cell.id')
      .select((eb) => ['doc.unit_id as cell_id', 'doc.subject', eb.fn.max('doc.issued_on').as('issued_on')])
      .where('doc.subject', 'like', 'period_report:%')
      .groupBy(['doc.unit_id', 'doc.subject'])
      .execute(),
    cellsOf()
      .innerJoin('plan as p', 'p.cell_id', 'cell.id')
      .innerJoin('plan_topic as t', 't.plan_id', 'p.id')
      .innerJoin('resolution_review as r', 'r.topic_id', 't.id')
      .select((eb) => ['p.cell_id', 'r.due_on', eb.fn.countAll<number | string>().as('n')])
      .where('r.issued_at', 'is', null)
      .groupBy(['p.cell_id', 'r.due_on'])
      .execute(),
    cellsOf()
      .innerJoin('meeting_quality as q', 'q.cell_id', 'cell.id')
      .innerJoin('meeting as m', 'm.id', 'q.meeting_id')
      .select(['q.cell_id', 'm.id', 'm.held_on', 'q.confirmed_level', 'q.proposed_level'])
      .where('m.kind', '<>', 'regular')
      .execute(),
    cellsOf()
      .innerJoin('committee_reminder as r', 'r.cell_id', 'cell.id')
      .select(['r.cell_id', 'r.id', 'r.sent_at'])
      .execute(),
  ]);

  const cells = new Map<string, Cell>();
  for (const c of cellRows)
    cells.set(c.id, { committeeId: c.parent_id as string, createdOn: dayInVietnamOf(c.created_at) });
  /**
   * A cell counts in the oversight of a year only if it existed by the year's end; the plan overview lists every
   * cell, so the year's counts and steps keep the later cells apart (`after`) rather than leave them out.
   */
  const cellIn = (cellId: string, year: number) => {
    const c = cells.get(cellId);
    return c && c.createdOn <= yearEnd(year) ? c : undefined;
  };
  const cellOf = (cellId: string, year: number) => {
    const c = cells.get(cellId);
    return c && { ...c, after: c.createdOn <= yearEnd(year) ? 0 : 1 };
  };

  // Cells by creation day, with the latest reminder to any of them.
  const latestOf = new Map<string, { id: string; at: string }>();
  for (const r of reminderRows) {
    const seen = latestOf.get(r.cell_id);
    if (!seen || r.sent_at > seen.at || (r.sent_at === seen.at && r.id > seen.id))
      latestOf.set(r.cell_id, { id: r.id, at: r.sent_at });
  }
  const cellDays = new Map<string, CommitteeCellDayTable>();
  for (const [cellId, c] of cells) {
    const key = `${c.committeeId}|${c.createdOn}`;
    let row = cellDays.get(key);
    if (!row) {
      row = {
        committee_id: c.committeeId,
        created_on: c.createdOn,
        cells: 0,
        last_reminder_id: null,
        last_reminder_at: null,
      };
      cellDays.set(key, row);
    }
    row.cells++;
    const r = latestOf.get(cellId);
    if (
      r &&
      (row.last_reminder_at === null ||
        r.at > row.last_reminder_at ||
        (r.at === row.last_reminder_at && r.id > (row.last_reminder_id ?? '')))
    ) {
      row.last_reminder_id = r.id;
      row.last_reminder_at = r.at;
    }
  }
  out.cellDays = [...cellDays.values()];

  // The per-year counts, judged against each committee's deadlines of the year.
  const yearRows = new Map<string, CommitteeYearRollupTable>();
  const yearRow = (committeeId: string, year: number, after = 0) => {
    const key = `${committeeId}|${year}|${after}`;
    let row = yearRows.get(key);
    if (!row) {
      row = { committee_id: committeeId, year, created_after: after, ...ZERO_YEAR };
      yearRows.set(key, row);
    }
    return row;
  };
  const reports = reportRows.flatMap((r) => {
    const period = periodOfSubject(r.subject);
    return period && inRange(period.year, years)
      ? [{ ...period, cellId: r.cell_id, issuedOn: r.issued_on }]
      : [];
  });
  const yearsSeen = new Set<number>([
    ...summaryRows.map((s) => Number(s.year)),
    ...reports.map((r) => r.year),
  ]);
  const deadlines = await committeeDeadlines(
    db,
    [...new Set([...cells.values()].map((c) => c.committeeId))],
    [...yearsSeen],
  );
  for (const s of summaryRows) {
    const year = Number(s.year);
    const c = cellOf(s.cell_id, year);
    if (!c) continue;
    const row = yearRow(c.committeeId, year, c.after);
    row.reports += Number(s.reports);
    if (s.plan_id === null || s.plan_status === null) continue;
    const status = s.plan_status as (typeof PLAN_STATUSES)[number];
    if (PLAN_STATUSES.includes(status)) row[status]++;
    if (s.first_submitted_on === null) continue;
    const deadline = deadlines(c.committeeId, year).plan;
    const late = deadline !== null && s.first_submitted_on > deadline;
    const held = deadline !== null && c.createdOn <= deadline && c.after === 0;
    row.plan_sent++;
    if (late) row.plan_sent_late++;
    if (held) row.plan_sent_held++;
    if (held && late) row.plan_sent_late_held++;
  }
  for (const r of reports) {
    const c = cellIn(r.cellId, r.year);
    if (!c || c.createdOn > periodReportOwedFrom(r.year, r.quarter)) continue;
    const row = yearRow(c.committeeId, r.year);
    const column = periodColumn(r.quarter);
    row[`${column}_issued`]++;
    if (r.issuedOn > deadlines(c.committeeId, r.year).due(r.quarter)) row[`${column}_late`]++;
  }

  // Months, and the quarters each cell held a thematic meeting in (once a cell, if it was held to the quarter).
  const monthRows_ = new Map<string, CommitteeMonthRollupTable>();
  const heldQuarters = new Set<string>();
  for (const a of monthRows) {
    const year = Number(a.year);
    const month = Number(a.month);
    const c = cellIn(a.cell_id, year);
    if (!c) continue;
    const key = `${c.committeeId}|${year}|${month}`;
    let row = monthRows_.get(key);
    if (!row) {
      row = { committee_id: c.committeeId, year, month, ...ZERO_MONTH };
      monthRows_.set(key, row);
    }
    row.regular += Number(a.regular);
    if (Number(a.regular) > 0) row.cells_held++;
    row.study_minutes += Number(a.study_minutes);
    row.study_meetings += Number(a.study_meetings);
    if (Number(a.study_short) > 0) row.cells_short++;
    row.present += Number(a.present);
    row.expected += Number(a.expected);
    const quarter = quarterOfMonth(month);
    const heldKey = `${a.cell_id}|${year}|${quarter}`;
    if (Number(a.thematic) > 0 && c.createdOn <= quarterStart(year, quarter) && !heldQuarters.has(heldKey)) {
      heldQuarters.add(heldKey);
      yearRow(c.committeeId, year)[`held_q${quarter}` as 'held_q1']++;
    }
  }
  out.months = [...monthRows_.values()];
  out.years = [...yearRows.values()];

  // Due by a day: steps, the cells with steps (each cell's overdue days merged), tasks, reviews.
  const due = new Map<string, CommitteeDueTable>();
  const add = (row: Omit<CommitteeDueTable, 'n'>, n: number) => {
    const key = `${row.committee_id}|${row.year}|${row.kind}|${row.due_on}|${row.open_until}|${row.created_after}`;
    const seen = due.get(key);
    if (seen) seen.n += n;
    else due.set(key, { ...row, n });
  };
  const stepDays = new Map<
    string,
    { committeeId: string; year: number; after: number; spans: [string, string][] }
  >();
  for (const d of stepRows) {
    const year = Number(d.year);
    const c = cellOf(d.cell_id, year);
    if (!c) continue;
    add(
      {
        committee_id: c.committeeId,
        year,
        kind: 'step',
        due_on: d.due_on,
        open_until: d.open_until,
        created_after: c.after,
      },
      Number(d.steps),
    );
    const key = `${d.cell_id}|${year}`;
    const cell = stepDays.get(key) ?? { committeeId: c.committeeId, year, after: c.after, spans: [] };
    cell.spans.push([d.due_on, d.open_until]);
    stepDays.set(key, cell);
  }
  for (const { committeeId, year, after, spans } of stepDays.values())
    for (const [dueOn, openUntil] of mergeOverdueSpans(spans))
      add(
        {
          committee_id: committeeId,
          year,
          kind: 'step_cell',
          due_on: dueOn,
          open_until: openUntil,
          created_after: after,
        },
        1,
      );
  for (const t of taskRows) {
    const year = Number(t.year);
    const c = cellIn(t.cell_id, year);
    if (c)
      add(
        {
          committee_id: c.committeeId,
          year,
          kind: 'task',
          due_on: t.due_on,
          open_until: '',
          created_after: 0,
        },
        Number(t.tasks),
      );
  }
  for (const r of reviewRows) {
    const year = Number(r.due_on.slice(0, 4));
    const c = cellIn(r.cell_id, year);
    if (c)
      add(
        {
          committee_id: c.committeeId,
          year,
          kind: 'review',
          due_on: r.due_on,
          open_until: '',
          created_after: 0,
        },
        Number(r.n),
      );
  }
  out.due = [...due.values()];

  // Quality: each cell's last scored thematic or combined meeting of a quarter (quality/rubric.ts levelsByQuarter).
  const lastScored = new Map<string, (typeof qualityRows)[number]>();
  for (const q of qualityRows) {
    const key = `${q.cell_id}|${q.held_on.slice(0, 4)}|${quarterOfMonth(Number(q.held_on.slice(5, 7)))}`;
    const seen = lastScored.get(key);
    if (!seen || q.held_on > seen.held_on || (q.held_on === seen.held_on && q.id > seen.id))
      lastScored.set(key, q);
  }
  const quality = new Map<string, CommitteeQualityTable>();
  for (const q of lastScored.values()) {
    const year = Number(q.held_on.slice(0, 4));
    const c = cellIn(q.cell_id, year);
    const level = q.confirmed_level ?? q.proposed_level;
    if (!c || level === null) continue;
    const quarter = quarterOfMonth(Number(q.held_on.slice(5, 7)));
    const key = `${c.committeeId}|${year}|${quarter}|${level}`;
    const row = quality.get(key) ?? {
      committee_id: c.committeeId,
      year,
      quarter,
      level,
      cells: 0,
      confirmed: 0,
    };
    row.cells++;
    if (q.confirmed_level !== null) row.confirmed++;
    quality.set(key, row);
  }
  out.quality = [...quality.values()];
  return out;
}

/**
 * One cell's days with a step overdue, as spans `(due_on, open_until]` merged where they meet or overlap: a day
 * falls in at most one span, so summing spans counts the cell once (overdueStepsByChild's COUNT DISTINCT).
 */
export function mergeOverdueSpans(spans: readonly (readonly [string, string])[]): [string, string][] {
  const sorted = spans
    .filter(([from, to]) => from < to)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const merged: [string, string][] = [];
  for (const [from, to] of sorted) {
    const last = merged[merged.length - 1];
    // (a, b] and (c, d] with c <= b share or touch days: day b+1 is in the second when c <= b.
    if (last && from <= last[1]) {
      if (to > last[1]) last[1] = to;
    } else merged.push([from, to]);
  }
  return merged;
}

const ZERO_YEAR = {
  draft: 0,
  adopted: 0,
  submitted: 0,
  returned: 0,
  acknowledged: 0,
  plan_sent: 0,
  plan_sent_late: 0,
  plan_sent_held: 0,
  plan_sent_late_held: 0,
  reports: 0,
  held_q1: 0,
  held_q2: 0,
  held_q3: 0,
  held_q4: 0,
  q1_issued: 0,
  q1_late: 0,
  q2_issued: 0,
  q2_late: 0,
  q3_issued: 0,
  q3_late: 0,
  q4_issued: 0,
  q4_late: 0,
  annual_issued: 0,
  annual_late: 0,
} satisfies Omit<CommitteeYearRollupTable, 'committee_id' | 'year' | 'created_after'>;

const ZERO_MONTH = {
  regular: 0,
  cells_held: 0,
  study_minutes: 0,
  study_meetings: 0,
  cells_short: 0,
  present: 0,
  expected: 0,
} satisfies Omit<CommitteeMonthRollupTable, 'committee_id' | 'year' | 'month'>;

async function replace(db: Q, committeeIds: readonly string[], years: YearRange, r: CommitteeRollups) {
  if (committeeIds.length === 0) return;
  const ids = [...committeeIds];
  const delYears = db
    .deleteFrom('committee_year_rollup')
    .where('committee_id', 'in', ids)
    .where(yearsIn('year', years));
  const delMonths = db
    .deleteFrom('committee_month_rollup')
    .where('committee_id', 'in', ids)
    .where(yearsIn('year', years));
  const delDue = db
    .deleteFrom('committee_due')
    .where('committee_id', 'in', ids)
    .where('kind', 'in', [...YEARLY_DUE])
    .where(yearsIn('year', years));
  await delYears.execute();
  await delMonths.execute();
  await delDue.execute();
  await db
    .deleteFrom('committee_due')
    .where('committee_id', 'in', ids)
    .where('kind', '=', 'review')
    .execute();
  await db.deleteFrom('committee_cell_day').where('committee_id', 'in', ids).execute();
  await db.deleteFrom('committee_quality').where('committee_id', 'in', ids).execute();
  // Batches stay under SQLite's bound-parameter limit (26 columns × 300 rows).
  const insert = async <T extends keyof CommitteeRollups>(
    table:
      | 'committee_cell_day'
      | 'committee_year_rollup'
      | 'committee_month_rollup'
      | 'committee_due'
      | 'committee_quality',
    rows: CommitteeRollups[T],
  ) => {
    for (let i = 0; i < rows.length; i += 300)
      await db
        .insertInto(table)
        .values(rows.slice(i, i + 300) as never)
        .execute();
  };
  await insert('committee_cell_day', r.cellDays);
  await insert('committee_year_rollup', r.years);
  await insert('committee_month_rollup', r.months);
  await insert('committee_due', r.due);
  await insert('committee_quality', r.quality);
}

/** Recomputes these committees' roll-ups (the years asked of the per-year parts), in the caller's transaction. */
export async function refreshCommitteeRollups(
  db: Q,
  committeeIds: readonly string[],
  years: YearRange = {},
): Promise<void> {
  const ids = [...new Set(committeeIds)].sort();
  if (ids.length === 0) return;
  // Two transactions writing under one committee at once (two cells' meetings ending) would each delete and
  // insert its rows: on PostgreSQL the later insert meets the earlier's rows. The committee's row is locked
  // first, in id order, so they take turns and the later recomputes from what the earlier committed (`NO KEY
  // UPDATE`: a new cell's foreign key holds a key-share lock on its committee, which this must not wait for).
  // SQLite has one writer at a time.
  await lockCommittees(db, ids);
  await replace(db, ids, years, await computeRollups(db, ids, years));
}

async function lockCommittees(db: Q, committeeIds: readonly string[]) {
  if (isPostgres(db) && committeeIds.length > 0)
    await db
      .selectFrom('org_unit')
      .select('id')
      .where('id', 'in', [...committeeIds])
      .orderBy('id')
      .forNoKeyUpdate()
      .execute();
}

/**
 * Locks the committees of these cells in id order, at once: for a transaction that will refresh them in separate
 * calls (a member transferred: the old cell's, then the new one's), which would otherwise lock them in the order of
 * its writes — two transfers the opposite ways between two committees would each wait for the other (PostgreSQL
 * 40P01).
 */
export async function lockRollupsOfCells(db: Q, cellIds: readonly string[]): Promise<void> {
  if (isPostgres(db)) await lockCommittees(db, [...new Set(await committeesOfCells(db, cellIds))].sort());
}

/** After a write to these cells' summaries or rows: their committees' roll-ups. */
export async function refreshRollupsOfCells(db: Q, cellIds: readonly string[], years: YearRange = {}) {
  await refreshCommitteeRollups(db, await committeesOfCells(db, cellIds), years);
}

/** The committees right above these cells (the units that are not cells have none here). */
async function committeesOfCells(db: Q, cellIds: readonly string[]): Promise<string[]> {
  if (cellIds.length === 0) return [];
  const rows = await db
    .selectFrom('org_unit')
    .select('parent_id')
    .where('id', 'in', [...cellIds])
    .where('kind', '=', 'cell')
    .execute();
  return rows.flatMap((r) => (r.parent_id === null ? [] : [r.parent_id]));
}

/** Recomputes every committee's roll-ups, `batch` committees at a time (the migration, the CLI, a restore). */
export async function rebuildCommitteeRollups(db: Q, batch = 200): Promise<number> {
  const committees = await db
    .selectFrom('org_unit')
    .select('id')
    .where('kind', '=', 'committee')
    .orderBy('id')
    .execute();
  for (const table of [
    'committee_cell_day',
    'committee_year_rollup',
    'committee_month_rollup',
    'committee_due',
    'committee_quality',
  ] as const)
    await db.deleteFrom(table).execute();
  for (let i = 0; i < committees.length; i += batch) {
    const ids = committees.slice(i, i + batch).map((c) => c.id);
    await replace(db, ids, {}, await computeRollups(db, ids));
  }
  return committees.length;
}

/** Every stored roll-up, in a fixed order: what the equality test compares with a recomputation. */
export async function storedRollups(db: Q): Promise<CommitteeRollups> {
  const [cellDays, years, months, due, quality] = await Promise.all([
    db.selectFrom('committee_cell_day').selectAll().orderBy('committee_id').orderBy('created_on').execute(),
    db
      .selectFrom('committee_year_rollup')
      .selectAll()
      .orderBy('committee_id')
      .orderBy('year')
      .orderBy('created_after')
      .execute(),
    db
      .selectFrom('committee_month_rollup')
      .selectAll()
      .orderBy('committee_id')
      .orderBy('year')
      .orderBy('month')
      .execute(),
    db
      .selectFrom('committee_due')
      .selectAll()
      .orderBy('committee_id')
      .orderBy('year')
      .orderBy('kind')
      .orderBy('due_on')
      .orderBy('open_until')
      .orderBy('created_after')
      .execute(),
    db
      .selectFrom('committee_quality')
      .selectAll()
      .orderBy('committee_id')
      .orderBy('year')
      .orderBy('quarter')
      .orderBy('level')
      .execute(),
  ]);
  return { cellDays, years, months, due, quality };
}
