import { type Kysely, type RawBuilder, sql, type Transaction } from 'kysely';
import { jsonRows } from '#db/engine.ts';
import { monthCountsOf } from '#db/rollups-under.ts';
import type { DB } from '#db/schema.ts';
import { type LocalDate, vietnamDayEnd } from '#domain/dates/local-date.ts';
import { subjectKey } from '#domain/documents/issuing.ts';
import { periodReportOwedFrom } from '#domain/documents/report-deadlines.ts';
import {
  MONTHS,
  monthStart,
  PLAN_STATE_KEYS,
  type PlanStateKey,
  QUARTERS,
  quarterStart,
} from '#domain/oversight/figures.ts';
import { QUALITY_LEVELS, type QualityLevel } from '#domain/quality/rubric.ts';

/**
 * The oversight dashboard's figures of the cells right under the committee (issue 20), each its own row: one
 * grouped statement per source, one row a cell (a month, a quarter) out of the database. The counts are
 * `cellFigures`' judgements of one cell (domain/oversight/figures.ts) in SQL; Việt Nam days are compared with
 * stored instants through `vietnamDayEnd`, and the committee's deadlines come in as a joined table
 * (`CommitteeDeadlines`). The committees under it are read from their roll-ups (db/rollups-under.ts).
 */
type Q = Kysely<DB> | Transaction<DB>;

export interface Scope {
  committeeId: string;
  year: number;
  today: LocalDate;
}

/** A committee's deadlines for the cells right under it: the plan's and each period report's due day. */
export interface CommitteeDeadlines {
  committee_id: string;
  plan_deadline: string | null;
  /** The instant the deadline's day ends (`vietnamDayEnd`): a cell created before it is held to the deadline. */
  plan_held_before: string | null;
  q1: string;
  q2: string;
  q3: string;
  q4: string;
  annual: string;
}

const n = (v: unknown) => Number(v ?? 0);
const ref = (r: string) => sql.ref(r);
/** A cell existing on a Việt Nam day: created before that day ended. */
const existedOn = (day: LocalDate) => sql`cell.created_at < ${vietnamDayEnd(day)}`;
const count = (condition: RawBuilder<unknown>) => sql`SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END)`;

/** The cells of the year right under the committee, each its own row (`child` and `cell` are the same unit). */
function cellsByChild(s: Scope) {
  return sql`org_unit child
    JOIN org_unit cell ON cell.id = child.id AND ${existedOn(`${s.year}-12-31`)}`;
}
const ofChildren = (s: Scope) => sql`child.parent_id = ${s.committeeId} AND child.kind = 'cell'`;

/** Per child: its cells of the year, and those held to each month (existing on its first day). */
export async function cellCountsByChild(db: Q, s: Scope) {
  const { rows } = await sql<Record<string, unknown> & { child_id: string }>`
    SELECT child.id AS child_id, COUNT(*) AS cells,
      ${sql.join(MONTHS.map((m) => sql`${count(existedOn(monthStart(s.year, m)))} AS ${sql.id(`m${m}`)}`))}
    FROM ${cellsByChild(s)}
    WHERE ${ofChildren(s)}
    GROUP BY child.id`.execute(db);
  return new Map(
    rows.map((r) => [r.child_id, { cells: n(r.cells), heldToMonth: MONTHS.map((m) => n(r[`m${m}`])) }]),
  );
}

/** Per child and month: the maintained activity summaries (db/activity-summaries.ts) added up. */
export async function monthCountsByChild(db: Q, s: Scope) {
  const { rows } = await sql<Record<string, unknown> & { child_id: string }>`
    SELECT child.id AS child_id, a.month, SUM(a.regular) AS regular, ${count(sql`a.regular > 0`)} AS cells_held,
      SUM(a.study_minutes) AS study_minutes, SUM(a.study_meetings) AS study_meetings,
      ${count(sql`a.study_short > 0`)} AS cells_short, SUM(a.present) AS present, SUM(a.expected) AS expected
    FROM ${cellsByChild(s)}
    JOIN cell_month_activity a ON a.cell_id = cell.id AND a.year = ${s.year}
    WHERE ${ofChildren(s)}
    GROUP BY child.id, a.month`.execute(db);
  return rows.map(monthCountsOf);
}

/** Per child and quarter: cells held to the quarter that held an ended thematic or combined meeting in it. */
export async function quartersHeldByChild(db: Q, s: Scope) {
  const quarter = sql`((a.month + 2) / 3)`;
  const heldTo = sql`CASE ${quarter} ${sql.join(
    QUARTERS.map((q) => sql`WHEN ${q} THEN ${vietnamDayEnd(quarterStart(s.year, q))}`),
    sql` `,
  )} END`;
  const { rows } = await sql<{ child_id: string; quarter: number; held: unknown }>`
    SELECT child.id AS child_id, ${quarter} AS quarter, COUNT(DISTINCT cell.id) AS held
    FROM ${cellsByChild(s)}
    JOIN cell_month_activity a ON a.cell_id = cell.id AND a.year = ${s.year}
    WHERE ${ofChildren(s)} AND a.thematic > 0 AND cell.created_at < ${heldTo}
    GROUP BY child.id, ${quarter}`.execute(db);
  return rows.map((r) => ({ childId: r.child_id, quarter: n(r.quarter), held: n(r.held) }));
}

/**
 * Per child: plans by state (`none`: no plan) and the cells late with theirs — sent after the deadline of the
 * guidance their committee works under, or not sent with it passed, for cells that existed on that day
 * (as the plan page judges it; the oracle's planFactsUnder); open steps overdue today from `cell_step_due`.
 */
export async function planCountsByChild(db: Q, s: Scope, deadlines: readonly CommitteeDeadlines[]) {
  const d = jsonRows(db, deadlines, ['committee_id', 'plan_deadline', 'plan_held_before']);
  const { rows } = await sql<Record<string, unknown> & { child_id: string }>`
    WITH d AS MATERIALIZED (${d})
    SELECT child.id AS child_id,
      ${sql.join(
        PLAN_STATE_KEYS.map(
          (k) =>
            sql`${count(k === 'none' ? sql`p.plan_status IS NULL` : sql`p.plan_status = ${k}`)} AS ${sql.id(k)}`,
        ),
      )},
      ${count(sql`d.plan_deadline IS NOT NULL AND cell.created_at < d.plan_held_before
        AND COALESCE(p.first_submitted_on, ${s.today}) > d.plan_deadline`)} AS late
    FROM ${cellsByChild(s)}
    LEFT JOIN cell_year_summary p ON p.cell_id = cell.id AND p.year = ${s.year}
    LEFT JOIN d ON d.committee_id = cell.parent_id
    WHERE ${ofChildren(s)}
    GROUP BY child.id`.execute(db);
  return new Map(
    rows.map((r) => [
      r.child_id,
      {
        counts: Object.fromEntries(PLAN_STATE_KEYS.map((k) => [k, n(r[k])])) as Record<PlanStateKey, number>,
        late: n(r.late),
      },
    ]),
  );
}

/** Per child: open plan steps overdue today, and the cells that have any. */
export async function overdueStepsByChild(db: Q, s: Scope) {
  const { rows } = await sql<{ child_id: string; steps: unknown; cells: unknown }>`
    SELECT child.id AS child_id, SUM(t.steps) AS steps, COUNT(DISTINCT cell.id) AS cells
    FROM ${cellsByChild(s)}
    JOIN cell_step_due t ON t.cell_id = cell.id AND t.year = ${s.year}
    WHERE ${ofChildren(s)} AND t.due_on < ${s.today} AND t.open_until >= ${s.today}
    GROUP BY child.id`.execute(db);
  return new Map(rows.map((r) => [r.child_id, { steps: n(r.steps), cells: n(r.cells) }]));
}

/** Per child: assignments still open, and those past their due day (db/activity-summaries.ts). */
export async function tasksByChild(db: Q, s: Scope) {
  const { rows } = await sql<{ child_id: string; open: unknown; overdue: unknown }>`
    SELECT child.id AS child_id, SUM(t.tasks) AS open,
      SUM(CASE WHEN t.due_on < ${s.today} THEN t.tasks ELSE 0 END) AS overdue
    FROM ${cellsByChild(s)}
    JOIN cell_task_due t ON t.cell_id = cell.id AND t.year = ${s.year}
    WHERE ${ofChildren(s)}
    GROUP BY child.id`.execute(db);
  return new Map(rows.map((r) => [r.child_id, { open: n(r.open), overdue: n(r.overdue) }]));
}

/** Per child: reviews of resolutions (sơ kết, tổng kết) planned in the year, due by today and not issued. */
export async function reviewsDueByChild(db: Q, s: Scope) {
  const { rows } = await sql<{ child_id: string; due: unknown }>`
    SELECT child.id AS child_id, COUNT(*) AS due
    FROM ${cellsByChild(s)}
    JOIN plan p ON p.cell_id = cell.id
    JOIN plan_topic t ON t.plan_id = p.id
    JOIN resolution_review r ON r.topic_id = t.id
    WHERE ${ofChildren(s)} AND r.issued_at IS NULL AND r.due_on >= ${`${s.year}-01-01`}
      AND r.due_on <= ${`${s.year}-12-31`} AND r.due_on <= ${s.today}
    GROUP BY child.id`.execute(db);
  return new Map(rows.map((r) => [r.child_id, n(r.due)]));
}

const PERIODS = [1, 2, 3, 4, null] as const;
const periodColumn = (q: number | null) => (q === null ? 'annual' : `q${q}`);

/**
 * Per child and period report (quarters, year): among the cells owing it (`owesPeriodReport`), those that issued
 * it, those late (`isReportLate`: issued after the due day of their committee's guidance, or not issued with it
 * passed) and those missing it. A cell's issue day is its latest of the subject, as the dashboard always read it.
 */
export async function reportCountsByChild(db: Q, s: Scope, deadlines: readonly CommitteeDeadlines[]) {
  const subjects = PERIODS.map((quarter) => subjectKey({ kind: 'period_report', year: s.year, quarter }));
  const d = jsonRows(db, deadlines, ['committee_id', 'q1', 'q2', 'q3', 'q4', 'annual']);
  const perCell = sql`
    SELECT child.id AS child_id, cell.id AS cell_id, cell.parent_id, cell.created_at,
      ${sql.join(
        PERIODS.map(
          (q, i) =>
            sql`MAX(CASE WHEN doc.subject = ${subjects[i]} THEN doc.issued_on END) AS ${sql.id(periodColumn(q))}`,
        ),
      )}
    FROM ${cellsByChild(s)}
    LEFT JOIN issued_document doc ON doc.unit_id = cell.id AND doc.subject IN (${sql.join(subjects)})
    WHERE ${ofChildren(s)}
    GROUP BY child.id, cell.id, cell.parent_id, cell.created_at`;
  const columns = PERIODS.flatMap((q) => {
    const on = ref(`r.${periodColumn(q)}`);
    const due = ref(`d.${periodColumn(q)}`);
    const owes = sql`r.created_at < ${vietnamDayEnd(periodReportOwedFrom(s.year, q))}`;
    const name = periodColumn(q);
    return [
      sql`${count(sql`${owes} AND ${on} IS NOT NULL`)} AS ${sql.id(`${name}_issued`)}`,
      sql`${count(sql`${owes} AND ((${on} IS NULL AND ${s.today} > ${due}) OR ${on} > ${due})`)} AS ${sql.id(`${name}_late`)}`,
      sql`${count(sql`${owes} AND ${on} IS NULL AND ${s.today} > ${due}`)} AS ${sql.id(`${name}_missing`)}`,
    ];
  });
  const { rows } = await sql<Record<string, unknown> & { child_id: string }>`
    WITH d AS MATERIALIZED (${d})
    SELECT r.child_id, ${sql.join(columns)}
    FROM (${perCell}) r
    LEFT JOIN d ON d.committee_id = r.parent_id
    GROUP BY r.child_id`.execute(db);
  return new Map(
    rows.map((r) => {
      const of = (q: number | null) => {
        const name = periodColumn(q);
        return {
          issued: n(r[`${name}_issued`]),
          late: n(r[`${name}_late`]),
          missing: n(r[`${name}_missing`]),
        };
      };
      return [
        r.child_id,
        { quarters: new Map(QUARTERS.map((q) => [q, of(q)] as const)), annual: of(null) },
      ] as const;
    }),
  );
}

/**
 * Per child and quarter: cells by the quality level of the quarter (its last scored thematic or combined
 * meeting: confirmed level, else the proposed one — quality/rubric.ts levelsByQuarter), and how many confirmed.
 */
export async function qualityByChild(db: Q, s: Scope) {
  const quarter = sql`((CAST(substr(m.held_on, 6, 2) AS integer) + 2) / 3)`;
  const ranked = sql`
    SELECT child.id AS child_id, ${quarter} AS quarter, COALESCE(q.confirmed_level, q.proposed_level) AS level,
      CASE WHEN q.confirmed_level IS NULL THEN 0 ELSE 1 END AS confirmed,
      row_number() OVER (PARTITION BY q.cell_id, ${quarter} ORDER BY m.held_on DESC, m.id DESC) AS rank
    FROM ${cellsByChild(s)}
    JOIN meeting_quality q ON q.cell_id = cell.id
    JOIN meeting m ON m.id = q.meeting_id
    WHERE ${ofChildren(s)} AND m.kind <> 'regular' AND m.held_on >= ${`${s.year}-01-01`}
      AND m.held_on <= ${`${s.year}-12-31`}`;
  const { rows } = await sql<{
    child_id: string;
    quarter: number;
    level: string;
    cells: unknown;
    confirmed: unknown;
  }>`
    SELECT r.child_id, r.quarter, r.level, COUNT(*) AS cells, SUM(r.confirmed) AS confirmed
    FROM (${ranked}) r
    WHERE r.rank = 1
    GROUP BY r.child_id, r.quarter, r.level`.execute(db);
  const out = new Map<string, Map<number, { levels: Record<QualityLevel, number>; confirmed: number }>>();
  for (const r of rows) {
    const byQuarter = out.get(r.child_id) ?? new Map();
    out.set(r.child_id, byQuarter);
    const q = byQuarter.get(n(r.quarter)) ?? {
      levels: Object.fromEntries(QUALITY_LEVELS.map((l) => [l, 0])) as Record<QualityLevel, number>,
      confirmed: 0,
    };
    byQuarter.set(n(r.quarter), q);
    q.levels[r.level as QualityLevel] += n(r.cells);
    q.confirmed += n(r.confirmed);
  }
  return out;
}

/** Per child: the latest reminder the committees sent to any of its cells, with who sent it. */
export async function lastRemindersByChild(db: Q, s: Scope) {
  const ranked = sql`
    SELECT child.id AS child_id, r.sent_at, r.message, r.sent_by,
      row_number() OVER (PARTITION BY child.id ORDER BY r.sent_at DESC, r.id DESC) AS rank
    FROM ${cellsByChild(s)}
    JOIN committee_reminder r ON r.cell_id = cell.id
    WHERE ${ofChildren(s)}`;
  const { rows } = await sql<{
    child_id: string;
    sent_at: string;
    message: string;
    sent_by_name: string | null;
  }>`
    SELECT l.child_id, l.sent_at, l.message, p.full_name AS sent_by_name
    FROM (${ranked}) l
    LEFT JOIN person p ON p.id = l.sent_by
    WHERE l.rank = 1`.execute(db);
  return new Map(
    rows.map((r) => [r.child_id, { sentAt: r.sent_at, sentByName: r.sent_by_name, message: r.message }]),
  );
}
