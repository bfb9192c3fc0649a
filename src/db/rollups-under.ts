import { type Kysely, type RawBuilder, sql, type Transaction } from 'kysely';
import type { LocalDate } from '../domain/dates/local-date.ts';
import { periodReportOwedFrom } from '../domain/documents/report-deadlines.ts';
import { MONTHS, monthStart, QUARTERS } from '../domain/oversight/figures.ts';
import { type CommitteeYearDeadlines, committeeDeadlines, periodColumn } from './committee-rollups.ts';
import { jsonGroups } from './engine.ts';
import type { DB } from './schema.ts';

/**
 * Reading the committee roll-ups (db/committee-rollups.ts) for a unit's dashboards: the committees below the unit,
 * each with the direct child of the unit it sits under and the deadlines its cells work under, go into every
 * statement as one joined table (`below`); each statement adds up those committees' roll-up rows per child, so the
 * central committee's dashboard reads 3,321 communes' rows, not 250,000 cells'. What today decides (overdue, late,
 * missing) is counted here from the due days and deadlines kept beside the counts.
 */
type Q = Kysely<DB> | Transaction<DB>;

/** The deadlines the cells of a committee work under for the year: the plan's and each period report's due day. */
export interface BelowDeadlines {
  plan_deadline: LocalDate | null;
  q1: LocalDate;
  q2: LocalDate;
  q3: LocalDate;
  q4: LocalDate;
  annual: LocalDate;
}

/** Committees below the unit sharing the child they sit under and their deadlines. */
export interface BelowGroup extends BelowDeadlines {
  child_id: string;
  ids: string[];
}

export interface RollupScope {
  year: number;
  today: LocalDate;
  /** The unit's child committees, by name (as SQL orders text: by code unit), then id. */
  children: { id: string; name: string }[];
  /** Every committee below the unit, grouped by its child of the unit and its deadlines (few groups). */
  below: readonly BelowGroup[];
}

/**
 * Every committee below the unit with its child of the unit, walked down the tree by `org_unit (parent_id, kind)`
 * — committees only: a closure walk would pass every cell — and the deadlines of its cells for the year, by the
 * same rule the roll-ups were judged with (committeeDeadlines). They go into each statement as one short JSON
 * table (`jsonGroups`: 3,355 committees of the country in ~35 groups).
 */
export async function rollupScope(
  db: Q,
  unitId: string,
  year: number,
  today: LocalDate,
): Promise<RollupScope> {
  const { rows } = await sql<{ committee_id: string; child_id: string; name: string | null }>`
    WITH RECURSIVE below(committee_id, child_id, name) AS (
      SELECT id, id, name FROM org_unit WHERE parent_id = ${unitId} AND kind = 'committee'
      UNION ALL
      SELECT u.id, b.child_id, NULL
      FROM below b JOIN org_unit u ON u.parent_id = b.committee_id AND u.kind = 'committee'
    )
    SELECT committee_id, child_id, name FROM below`.execute(db);
  const deadlines = await committeeDeadlines(
    db,
    rows.map((r) => r.committee_id),
    [year],
  );
  const children = rows.flatMap((r) => (r.name === null ? [] : [{ id: r.committee_id, name: r.name }]));
  children.sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
  const childOf = new Map(rows.map((r) => [r.committee_id, r.child_id]));
  const below = deadlineGroups(
    rows.map((r) => r.committee_id),
    (id) => deadlines(id, year),
    (id) => ({ child_id: childOf.get(id) ?? '' }),
  );
  return { year, today, children, below };
}

/**
 * Committees grouped by their deadlines of a year (and by what `extraOf` adds, the child they sit under): a few
 * groups for thousands of committees, passed to SQL as one short JSON table (`jsonGroups`).
 */
export function deadlineGroups<E extends Record<string, string>>(
  ids: readonly string[],
  deadlinesOf: (id: string) => CommitteeYearDeadlines,
  extraOf: (id: string) => E = () => ({}) as E,
): (E & BelowDeadlines & { ids: string[] })[] {
  const groups = new Map<string, E & BelowDeadlines & { ids: string[] }>();
  for (const id of ids) {
    const d = deadlinesOf(id);
    const values = {
      ...extraOf(id),
      plan_deadline: d.plan,
      q1: d.due(1),
      q2: d.due(2),
      q3: d.due(3),
      q4: d.due(4),
      annual: d.due(null),
    };
    const key = JSON.stringify(values);
    const group = groups.get(key);
    if (group) group.ids.push(id);
    else groups.set(key, { ...values, ids: [id] });
  }
  return [...groups.values()];
}

const n = (v: unknown) => Number(v ?? 0);
const PERIODS = [1, 2, 3, 4, null] as const;
/** The committees below as a table `b` (`committee_id`, `child_id`, and the deadlines asked for). */
const below = (db: Q, s: RollupScope, columns: readonly (keyof BelowDeadlines)[] = []) =>
  sql`WITH g AS MATERIALIZED (${jsonGroups(db, s.below, ['child_id', ...columns])}),
    b AS MATERIALIZED (SELECT g.id AS committee_id, g.* FROM g)`;

const STATUSES = ['draft', 'adopted', 'submitted', 'returned', 'acknowledged'] as const;
type Statuses = Record<(typeof STATUSES)[number], number>;
/** Columns of the year roll-up summed over every cell; the statuses are also summed over the year's own cells. */
const SUMMED = [
  'plan_sent',
  'plan_sent_late',
  'plan_sent_held',
  'plan_sent_late_held',
  'reports',
  'held_q1',
  'held_q2',
  'held_q3',
  'held_q4',
  ...PERIODS.flatMap((q) => [`${periodColumn(q)}_issued`, `${periodColumn(q)}_late`]),
];

export interface YearCounts {
  /** Cells that existed by the year's end (the oversight's), and every cell (the overview lists them all). */
  cells: number;
  allCells: number;
  heldToMonth: number[];
  plans: Statuses;
  allPlans: Statuses;
  /** Late with their plan: the oversight's count (cells held to the deadline) and the overview's (every cell). */
  lateHeld: number;
  late: number;
  /** Reports of the year, any subject (the overview's count). */
  reports: number;
  quartersHeld: Map<number, number>;
  periods: Map<number | null, { issued: number; late: number; missing: number }>;
}

/**
 * Per child: its cells of the year and those held to each month; plans by status and the cells late with theirs;
 * the quarters held; each period report issued, late and missing. A committee's cells by creation day give the
 * cells held to a day (month, deadline, the day a report is owed from); its year rows, the counts judged against
 * its deadlines; today adds a plan not sent and a report not issued once their day has passed.
 */
export async function yearCountsByChild(db: Q, s: RollupScope): Promise<Map<string, YearCounts>> {
  if (s.below.length === 0) return new Map();
  const yearEnd = `${s.year}-12-31`;
  const cellsBy = (day: RawBuilder<unknown> | string) =>
    sql`SUM(CASE WHEN c.created_on <= ${day} AND c.created_on <= ${yearEnd} THEN c.cells ELSE 0 END)`;
  const passed = (due: RawBuilder<unknown>) => sql`${due} IS NOT NULL AND ${s.today} > ${due}`;
  const y = (column: string) => sql`COALESCE(${sql.ref(`y.${column}`)}, 0)`;
  const { rows } = await sql<Record<string, unknown> & { child_id: string }>`
    ${below(db, s, ['plan_deadline', 'q1', 'q2', 'q3', 'q4', 'annual'])},
    a AS MATERIALIZED (
      SELECT b.committee_id, b.child_id, b.plan_deadline, b.q1, b.q2, b.q3, b.q4, b.annual,
        ${cellsBy(yearEnd)} AS cells, SUM(c.cells) AS all_cells,
        ${sql.join(MONTHS.map((m) => sql`${cellsBy(monthStart(s.year, m))} AS ${sql.id(`m${m}`)}`))},
        ${cellsBy(sql.ref('b.plan_deadline'))} AS held,
        ${sql.join(PERIODS.map((q) => sql`${cellsBy(periodReportOwedFrom(s.year, q))} AS ${sql.id(`owed_${periodColumn(q)}`)}`))}
      FROM b JOIN committee_cell_day c ON c.committee_id = b.committee_id
      GROUP BY b.committee_id, b.child_id, b.plan_deadline, b.q1, b.q2, b.q3, b.q4, b.annual
    ),
    y AS MATERIALIZED (
      SELECT r.committee_id,
        ${sql.join(
          STATUSES.flatMap((k) => [
            sql`SUM(CASE WHEN r.created_after = 0 THEN ${sql.ref(`r.${k}`)} ELSE 0 END) AS ${sql.id(k)}`,
            sql`SUM(${sql.ref(`r.${k}`)}) AS ${sql.id(`all_${k}`)}`,
          ]),
        )},
        ${sql.join(SUMMED.map((k) => sql`SUM(${sql.ref(`r.${k}`)}) AS ${sql.id(k)}`))}
      FROM b JOIN committee_year_rollup r ON r.committee_id = b.committee_id AND r.year = ${s.year}
      GROUP BY r.committee_id
    )
    SELECT a.child_id, SUM(a.cells) AS cells, SUM(a.all_cells) AS all_cells,
      ${sql.join(MONTHS.map((m) => sql`SUM(${sql.ref(`a.m${m}`)}) AS ${sql.id(`m${m}`)}`))},
      ${sql.join(
        [
          ...STATUSES,
          ...STATUSES.map((k) => `all_${k}`),
          'reports',
          'held_q1',
          'held_q2',
          'held_q3',
          'held_q4',
        ].map((c) => sql`SUM(${y(c)}) AS ${sql.id(c)}`),
      )},
      SUM(${y('plan_sent_late_held')}
        + CASE WHEN ${passed(sql.ref('a.plan_deadline'))} THEN a.held - ${y('plan_sent_held')} ELSE 0 END) AS late_held,
      SUM(${y('plan_sent_late')}
        + CASE WHEN ${passed(sql.ref('a.plan_deadline'))} THEN a.all_cells - ${y('plan_sent')} ELSE 0 END) AS late,
      ${sql.join(
        PERIODS.flatMap((q) => {
          const p = periodColumn(q);
          const missing = sql`CASE WHEN ${passed(sql.ref(`a.${p}`))}
            THEN ${sql.ref(`a.owed_${p}`)} - ${y(`${p}_issued`)} ELSE 0 END`;
          return [
            sql`SUM(${y(`${p}_issued`)}) AS ${sql.id(`${p}_issued`)}`,
            sql`SUM(${y(`${p}_late`)} + ${missing}) AS ${sql.id(`${p}_late`)}`,
            sql`SUM(${missing}) AS ${sql.id(`${p}_missing`)}`,
          ];
        }),
      )}
    FROM a LEFT JOIN y ON y.committee_id = a.committee_id
    GROUP BY a.child_id`.execute(db);
  const statuses = (r: Record<string, unknown>, prefix: string) =>
    Object.fromEntries(STATUSES.map((k) => [k, n(r[`${prefix}${k}`])])) as Statuses;
  return new Map(
    rows.map((r) => [
      r.child_id,
      {
        cells: n(r.cells),
        allCells: n(r.all_cells),
        heldToMonth: MONTHS.map((m) => n(r[`m${m}`])),
        plans: statuses(r, ''),
        allPlans: statuses(r, 'all_'),
        lateHeld: n(r.late_held),
        late: n(r.late),
        reports: n(r.reports),
        quartersHeld: new Map(QUARTERS.map((q) => [q, n(r[`held_q${q}`])])),
        periods: new Map(
          PERIODS.map((q) => {
            const p = periodColumn(q);
            return [
              q,
              { issued: n(r[`${p}_issued`]), late: n(r[`${p}_late`]), missing: n(r[`${p}_missing`]) },
            ];
          }),
        ),
      },
    ]),
  );
}

/** Per child and month: meetings, study and attendance (the committees' month roll-ups added up). */
export async function monthCountsByChild(db: Q, s: RollupScope) {
  if (s.below.length === 0) return [];
  const { rows } = await sql<Record<string, unknown> & { child_id: string; month: number }>`
    ${below(db, s)}
    SELECT b.child_id, m.month, SUM(m.regular) AS regular, SUM(m.cells_held) AS cells_held,
      SUM(m.study_minutes) AS study_minutes, SUM(m.study_meetings) AS study_meetings,
      SUM(m.cells_short) AS cells_short, SUM(m.present) AS present, SUM(m.expected) AS expected
    FROM b JOIN committee_month_rollup m ON m.committee_id = b.committee_id AND m.year = ${s.year}
    GROUP BY b.child_id, m.month`.execute(db);
  return rows.map(monthCountsOf);
}

/** A month's counts as both dashboards' statements name their columns. */
export function monthCountsOf(r: Record<string, unknown> & { child_id: string }) {
  return {
    childId: r.child_id,
    month: n(r.month),
    regularHeld: n(r.regular),
    cellsHeld: n(r.cells_held),
    studyMinutes: n(r.study_minutes),
    studyMeetings: n(r.study_meetings),
    cellsBelowStudyMinimum: n(r.cells_short),
    present: n(r.present),
    expected: n(r.expected),
  };
}

export interface DueCounts {
  /** Of the cells that existed by the year's end (the oversight's), and of every cell (the overview's). */
  overdueSteps: number;
  cellsWithOverdueSteps: number;
  allOverdueSteps: number;
  allCellsWithOverdueSteps: number;
  tasks: { open: number; overdue: number };
  reviewsDue: number;
}

/** Per child, as of today: plan steps overdue and the cells with any, open and overdue assignments, reviews due. */
export async function dueCountsByChild(db: Q, s: RollupScope): Promise<Map<string, DueCounts>> {
  if (s.below.length === 0) return new Map();
  const of = (kind: string, when: RawBuilder<unknown>) =>
    sql`SUM(CASE WHEN u.kind = ${kind} AND ${when} THEN u.n ELSE 0 END)`;
  const overdue = sql`u.due_on < ${s.today} AND u.open_until >= ${s.today}`;
  const existing = sql`u.created_after = 0 AND ${overdue}`;
  const { rows } = await sql<Record<string, unknown> & { child_id: string }>`
    ${below(db, s)}
    SELECT b.child_id, ${of('step', existing)} AS steps, ${of('step_cell', existing)} AS step_cells,
      ${of('step', overdue)} AS all_steps, ${of('step_cell', overdue)} AS all_step_cells,
      ${of('task', sql`1 = 1`)} AS open, ${of('task', sql`u.due_on < ${s.today}`)} AS overdue,
      ${of('review', sql`u.due_on <= ${s.today}`)} AS reviews
    FROM b JOIN committee_due u ON u.committee_id = b.committee_id AND u.year = ${s.year}
    GROUP BY b.child_id`.execute(db);
  return new Map(
    rows.map((r) => [
      r.child_id,
      {
        overdueSteps: n(r.steps),
        cellsWithOverdueSteps: n(r.step_cells),
        allOverdueSteps: n(r.all_steps),
        allCellsWithOverdueSteps: n(r.all_step_cells),
        tasks: { open: n(r.open), overdue: n(r.overdue) },
        reviewsDue: n(r.reviews),
      },
    ]),
  );
}

/** Per child, quarter and level: cells at that quality level, and how many confirmed. */
export async function qualityCountsByChild(db: Q, s: RollupScope) {
  if (s.below.length === 0) return [];
  const { rows } = await sql<{
    child_id: string;
    quarter: unknown;
    level: string;
    cells: unknown;
    confirmed: unknown;
  }>`
    ${below(db, s)}
    SELECT b.child_id, q.quarter, q.level, SUM(q.cells) AS cells, SUM(q.confirmed) AS confirmed
    FROM b JOIN committee_quality q ON q.committee_id = b.committee_id AND q.year = ${s.year}
    GROUP BY b.child_id, q.quarter, q.level`.execute(db);
  return rows.map((r) => ({
    childId: r.child_id,
    quarter: n(r.quarter),
    level: r.level,
    cells: n(r.cells),
    confirmed: n(r.confirmed),
  }));
}

/** Per child: the latest reminder sent to any of its cells of the year, with who sent it. */
export async function lastRemindersByChild(db: Q, s: RollupScope) {
  if (s.below.length === 0)
    return new Map<string, { sentAt: string; sentByName: string | null; message: string }>();
  const { rows } = await sql<{
    child_id: string;
    sent_at: string;
    message: string;
    sent_by_name: string | null;
  }>`
    ${below(db, s)},
    l AS (
      SELECT b.child_id, c.last_reminder_id,
        row_number() OVER (PARTITION BY b.child_id ORDER BY c.last_reminder_at DESC, c.last_reminder_id DESC) AS rank
      FROM b JOIN committee_cell_day c ON c.committee_id = b.committee_id
      WHERE c.last_reminder_id IS NOT NULL AND c.created_on <= ${`${s.year}-12-31`}
    )
    SELECT l.child_id, r.sent_at, r.message, p.full_name AS sent_by_name
    FROM l JOIN committee_reminder r ON r.id = l.last_reminder_id
    LEFT JOIN person p ON p.id = r.sent_by
    WHERE l.rank = 1`.execute(db);
  return new Map(
    rows.map((r) => [r.child_id, { sentAt: r.sent_at, sentByName: r.sent_by_name, message: r.message }]),
  );
}

/** A child committee's row of the overview: its cells of the year, their plans, the late, the reports, the overdue. */
export interface OverviewRollup {
  id: string;
  name: string;
  cells: number;
  plans: Record<'none' | 'draft' | 'adopted' | 'submitted' | 'returned' | 'acknowledged', number>;
  late: number;
  reports: number;
  overdueSteps: number;
  overdueCells: number;
}

/**
 * The committee overview rolled up per child committee (issue 20), from the roll-ups: each child committee with
 * cells, by name — every cell, as the overview lists a committee's own (the oversight counts a year's only). Late is the overview's rule (planLateness): every cell of the year whose plan went up
 * after the deadline of the guidance it works under, or has not gone up with the deadline passed.
 */
export async function overviewRollupsUnder(
  db: Q,
  unitId: string,
  year: number,
  today: LocalDate,
): Promise<OverviewRollup[]> {
  const s = await rollupScope(db, unitId, year, today);
  const [years, due] = await Promise.all([yearCountsByChild(db, s), dueCountsByChild(db, s)]);
  return s.children.flatMap((child) => {
    const y = years.get(child.id);
    if (!y || y.allCells === 0) return [];
    const d = due.get(child.id);
    const stated = Object.values(y.allPlans).reduce((a, b) => a + b, 0);
    return [
      {
        id: child.id,
        name: child.name,
        cells: y.allCells,
        plans: { none: y.allCells - stated, ...y.allPlans },
        late: y.late,
        reports: y.reports,
        overdueSteps: d?.allOverdueSteps ?? 0,
        overdueCells: d?.allCellsWithOverdueSteps ?? 0,
      },
    ];
  });
}
