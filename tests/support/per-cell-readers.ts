/**
 * The per-cell readers the committee's oversight used before its figures were rolled up per committee (issue 20,
 * db/committee-rollups.ts): every cell's plan, months, tasks, reviews and period reports under a unit, read one
 * cell at a time from the cell summaries and the raw rows. No screen reads them any more; they are kept here as
 * the oracle's way to recompute (oversight-oracle.ts) and for the summaries' own tests.
 */
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../src/db/schema.ts';
import { type LocalDate, todayInVietnam } from '../../src/domain/dates/local-date.ts';
import { subjectKey } from '../../src/domain/documents/issuing.ts';
import { governingDeadline, planLateness } from '../../src/domain/plans/plan-deadline.ts';
import type { PlanStatus } from '../../src/domain/plans/plan-status.ts';
import { listGuidanceOf } from '../../src/server/features/guidance/index.ts';

type Q = Kysely<DB> | Transaction<DB>;

export interface CellPlanFacts {
  status: PlanStatus | null;
  /** The plan deadline of the guidance the cell works under (plan-deadline.ts), if any. */
  deadline: LocalDate | null;
  /** Sent after the deadline, or still not sent with the deadline passed (planLateness, as the plan page says). */
  late: boolean;
}

/**
 * Each cell's plan of the year under the unit, judged against the deadline of the guidance it works under, as
 * the plan page and the committee's plan overview judge it: a fixed number of queries for the whole subtree.
 * `createdOn`: a cell created after the deadline is not held to it (*practice*: it could not have sent a plan).
 */
export async function planFactsUnder(
  db: Kysely<DB>,
  unitId: string,
  year: number,
  createdOn: ReadonlyMap<string, LocalDate>,
): Promise<Map<string, CellPlanFacts>> {
  const [plans, above] = await Promise.all([plansUnder(db, unitId, year), committeesAboveCells(db, unitId)]);
  const guidance = await listGuidanceOf(db, [...new Set([...above.values()].flat())], year);
  // The guidance grouped by committee once, and the deadline judged once per chain of committees (the cells of
  // a committee share it), not by scanning every guidance of the subtree for every cell (issue 20: that was
  // cells × committees, minutes nationally).
  const byCommittee = new Map<string, { committeeId: string; planDeadline: LocalDate }[]>();
  for (const g of guidance) {
    const list = byCommittee.get(g.committee_id) ?? [];
    list.push({ committeeId: g.committee_id, planDeadline: g.plan_deadline });
    byCommittee.set(g.committee_id, list);
  }
  const deadlineOfChain = new Map<string, LocalDate | null>();
  const byCell = new Map(plans.map((p) => [p.cell_id, p]));
  const today = todayInVietnam();
  const facts = new Map<string, CellPlanFacts>();
  for (const [cellId, chain] of above) {
    const plan = byCell.get(cellId);
    const key = chain.join(' ');
    let deadline = deadlineOfChain.get(key);
    if (deadline === undefined) {
      deadline = governingDeadline(
        chain,
        chain.flatMap((id) => byCommittee.get(id) ?? []),
      );
      deadlineOfChain.set(key, deadline);
    }
    const first = plan?.first_submitted_at ? todayInVietnam(new Date(String(plan.first_submitted_at))) : null;
    const heldTo = deadline !== null && (createdOn.get(cellId) ?? '') <= deadline;
    facts.set(cellId, {
      status: plan?.status ?? null,
      deadline,
      late: heldTo && planLateness(deadline, first, today) !== null,
    });
  }
  return facts;
}

/** Each cell's plan of the year under the unit and when it was first sent up: one grouped query. */
export function plansUnder(db: Q, unitId: string, year: number) {
  // A cross join, the pair matched in WHERE: SQLite then walks the unit's subtree first and finds each cell's plan
  // by (cell_id, year); with an inner join it read every plan of the year in the database (the year index) and
  // kept those under the unit — a commune's dashboard paid for the whole province's plans (issue 20).
  // PostgreSQL plans both forms alike.
  return db
    .selectFrom('org_closure as c')
    .crossJoin('plan')
    .leftJoin('plan_event as e', (join) =>
      join.onRef('e.plan_id', '=', 'plan.id').on('e.action', '=', 'submit'),
    )
    .select((eb) => ['plan.cell_id', 'plan.status', eb.fn.min('e.at').as('first_submitted_at')])
    .whereRef('plan.cell_id', '=', 'c.descendant_id')
    .where('plan.year', '=', year)
    .where('c.ancestor_id', '=', unitId)
    .groupBy(['plan.cell_id', 'plan.status'])
    .execute();
}

/** The committees above each cell under a unit, nearest first (to find the guidance each cell works under). */
export async function committeesAboveCells(db: Q, unitId: string): Promise<Map<string, string[]>> {
  const rows = await db
    .selectFrom('org_closure as under')
    .innerJoin('org_unit as cell', 'cell.id', 'under.descendant_id')
    .innerJoin('org_closure as up', 'up.descendant_id', 'cell.id')
    .select(['cell.id as cell_id', 'up.ancestor_id', 'up.depth'])
    .where('under.ancestor_id', '=', unitId)
    .where('cell.kind', '=', 'cell')
    .where('up.depth', '>', 0)
    .orderBy('cell.id')
    .orderBy('up.depth')
    .execute();
  const above = new Map<string, string[]>();
  for (const r of rows) {
    const chain = above.get(r.cell_id);
    if (chain) chain.push(r.ancestor_id);
    else above.set(r.cell_id, [r.ancestor_id]);
  }
  return above;
}

/**
 * Every cell under the committee, at any depth, with the direct child of the committee it sits under (the
 * cell itself when it hangs directly from the committee), its parent and when it was created: one join of the closure
 * table on the child (`k`: child → cell).
 */
export function listCellsByChild(db: Q, committeeId: string) {
  return db
    .selectFrom('org_unit as child')
    .innerJoin('org_closure as k', 'k.ancestor_id', 'child.id')
    .innerJoin('org_unit as cell', 'cell.id', 'k.descendant_id')
    .select(['cell.id as cell_id', 'cell.parent_id', 'cell.created_at', 'child.id as child_id'])
    .where('child.parent_id', '=', committeeId)
    .where('cell.kind', '=', 'cell')
    .execute();
}

/** Each cell's months of the year under a unit (the unit itself when it is a cell). */
export async function monthlyActivityUnder(db: Q, unitId: string, year: number) {
  const rows = await db
    .selectFrom('org_closure as c')
    .innerJoin('cell_month_activity as s', 's.cell_id', 'c.descendant_id')
    .select([
      's.cell_id',
      's.month',
      's.thematic',
      's.regular',
      's.study_minutes',
      's.study_meetings',
      's.study_short',
      's.present',
      's.expected',
    ])
    .where('c.ancestor_id', '=', unitId)
    .where('s.year', '=', year)
    .execute();
  return rows.map((r) => ({
    cellId: r.cell_id,
    month: Number(r.month),
    thematic: Number(r.thematic),
    regular: Number(r.regular),
    studyMinutes: Number(r.study_minutes),
    studyMeetings: Number(r.study_meetings),
    studyShort: Number(r.study_short),
    present: Number(r.present),
    expected: Number(r.expected),
  }));
}

/**
 * Per cell under a unit: the assignments of its ended meetings of the year still open, and of those the overdue —
 * past their due day on `today` (counted in SQL from the kept due days: no write when a day passes).
 */
export async function openTasksDueUnder(db: Q, unitId: string, year: number, today: LocalDate) {
  const rows = await db
    .selectFrom('org_closure as c')
    .innerJoin('cell_task_due as d', 'd.cell_id', 'c.descendant_id')
    .select((eb) => [
      'd.cell_id',
      eb.fn.sum<number>('d.tasks').as('open'),
      eb.fn
        .sum<number>(eb.case().when('d.due_on', '<', today).then(eb.ref('d.tasks')).else(0).end())
        .as('overdue'),
    ])
    .where('c.ancestor_id', '=', unitId)
    .where('d.year', '=', year)
    .groupBy('d.cell_id')
    .execute();
  return new Map(rows.map((r) => [r.cell_id, { open: Number(r.open), overdue: Number(r.overdue) }]));
}

/**
 * For a committee's oversight: the day each unit under it issued its period reports of the year (subjects
 * `period_report:YYYY-Qn` and `period_report:YYYY`, documents/issuing.ts), one row a unit: grouped in SQL.
 */
export async function periodReportsIssuedUnder(db: Q, unitId: string, year: number) {
  const key = (quarter: number | null) => subjectKey({ kind: 'period_report', year, quarter });
  const rows = await db
    .selectFrom('org_closure as c')
    .innerJoin('issued_document as d', 'd.unit_id', 'c.descendant_id')
    .select((eb) => {
      const dayOf = (quarter: number | null) =>
        eb.fn.max(eb.case().when('d.subject', '=', key(quarter)).then(eb.ref('d.issued_on')).end());
      return [
        'd.unit_id',
        dayOf(1).as('q1'),
        dayOf(2).as('q2'),
        dayOf(3).as('q3'),
        dayOf(4).as('q4'),
        dayOf(null).as('annual'),
      ];
    })
    .where('c.ancestor_id', '=', unitId)
    .where('d.subject', 'in', [key(1), key(2), key(3), key(4), key(null)])
    .groupBy('d.unit_id')
    .execute();
  return new Map(
    rows.map((r) => {
      const quarters = new Map<number, string>();
      [r.q1, r.q2, r.q3, r.q4].forEach((on, i) => {
        if (on) quarters.set(i + 1, String(on));
      });
      return [r.unit_id, { quarters, annual: r.annual ? String(r.annual) : null }];
    }),
  );
}

/**
 * Per cell under the unit: the reviews of its resolutions (sơ kết, tổng kết) planned in the year, due by
 * `today` and not issued. One grouped query.
 */
export async function reviewsDueUnder(db: Q, unitId: string, year: number, today: string) {
  const rows = await db
    .selectFrom('org_closure as c')
    .innerJoin('plan as p', 'p.cell_id', 'c.descendant_id')
    .innerJoin('plan_topic as t', 't.plan_id', 'p.id')
    .innerJoin('resolution_review as r', 'r.topic_id', 't.id')
    .select((eb) => ['p.cell_id', eb.fn.countAll<number>().as('n')])
    .where('c.ancestor_id', '=', unitId)
    .where('r.issued_at', 'is', null)
    .where('r.due_on', '>=', `${year}-01-01`)
    .where('r.due_on', '<=', `${year}-12-31`)
    .where('r.due_on', '<=', today)
    .groupBy('p.cell_id')
    .execute();
  return new Map(rows.map((r) => [r.cell_id, Number(r.n)]));
}
