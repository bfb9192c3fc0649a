import type { Kysely, Transaction } from 'kysely';
import { type LocalDate, todayInVietnam } from '../domain/dates/local-date.ts';
import { periodOfSubject } from '../domain/documents/issuing.ts';
import { stepsLeft } from '../domain/preparation/steps-left.ts';
import type { YearRange } from './activity-summaries.ts';
import { refreshRollupsOfCells } from './committee-rollups.ts';
import { fixedQuery } from './fixed-query.ts';
import type { CellStepDueTable, CellYearSummaryTable, DB } from './schema.ts';

/**
 * The maintained summaries (issue 20): per cell and year, what a committee's overview counts — the plan and
 * when it was first sent up, its topics, the steps not yet done with their due days, the reports issued —
 * derived from the features' tables. The stores that write those tables call `refreshCellYear` (or one of its
 * shortcuts) inside the writing transaction, so a summary changes if and only if its sources do:
 *
 * - plans/store.ts: insertPlan, updatePlan (status), replaceTopics (topics, due months), insertEvent (submit);
 * - preparation/store.ts: insertPreparation, updatePreparation (the five steps' facts, status, comment window);
 * - server/issuing/store.ts: insertIssued (reports).
 *
 * Writes that bypass the stores (the demo's history, the benchmark's generator, a restore) call
 * `rebuildSummaries`, as does the migration and `npm run cli -- rebuild-summaries`. Overdue "as of today" needs
 * no write: the steps are kept with their due day and counted with `due_on < today` (see overdueStepsUnder).
 */
type Q = Kysely<DB> | Transaction<DB>;

export interface CellSummary {
  year: CellYearSummaryTable[];
  due: CellStepDueTable[];
}

/**
 * Recomputes the summaries of these cells from the raw tables (every year, or one): five queries whatever the
 * number of cells. Both the writing transaction's refresh and the rebuild use it, so they cannot disagree.
 */
export async function computeSummaries(
  db: Q,
  cellIds: readonly string[],
  year?: number,
): Promise<CellSummary> {
  if (cellIds.length === 0) return { year: [], due: [] };
  const ids = [...cellIds];
  let plansQ = db
    .selectFrom('plan')
    .select(['id', 'cell_id', 'year', 'status', 'adopted_on', 'submitted_at', 'reviewed_at'])
    .where('cell_id', 'in', ids);
  if (year !== undefined) plansQ = plansQ.where('year', '=', year);
  let reportsQ = db
    .selectFrom('issued_document as d')
    .innerJoin('org_unit as u', 'u.id', 'd.unit_id')
    .select(['d.unit_id', 'd.issued_on'])
    .where('d.unit_id', 'in', ids)
    .where('u.kind', '=', 'cell');
  if (year !== undefined)
    reportsQ = reportsQ
      .where('d.issued_on', '>=', `${year}-01-01`)
      .where('d.issued_on', '<=', `${year}-12-31`);
  const [plans, reports] = await Promise.all([plansQ.execute(), reportsQ.execute()]);
  const planIds = plans.map((p) => p.id);
  const [submits, topics] =
    planIds.length === 0
      ? [[], []]
      : await Promise.all([
          db
            .selectFrom('plan_event')
            .select((eb) => ['plan_id', eb.fn.min('at').as('at')])
            .where('plan_id', 'in', planIds)
            .where('action', '=', 'submit')
            .groupBy('plan_id')
            .execute(),
          db
            .selectFrom('plan_topic as t')
            .leftJoin('topic_preparation as tp', 'tp.topic_id', 't.id')
            .select([
              't.plan_id',
              't.due_months',
              'tp.status',
              'tp.outline_saved_at',
              'tp.draft1_approved_at',
              'tp.comment_due_on',
              'tp.comments_closed_at',
              'tp.draft2_approved_at',
              'tp.presented_on',
            ])
            .where('t.plan_id', 'in', planIds)
            .execute(),
        ]);
  const key = (cellId: string, y: number) => `${cellId}|${y}`;
  const rows = new Map<string, CellYearSummaryTable>();
  const row = (cellId: string, y: number) => {
    const k = key(cellId, y);
    let r = rows.get(k);
    if (!r) {
      r = emptyYearSummary(cellId, y);
      rows.set(k, r);
    }
    return r;
  };
  const firstSubmit = new Map(submits.map((s) => [s.plan_id, s.at == null ? null : String(s.at)]));
  const planById = new Map(plans.map((p) => [p.id, p]));
  for (const p of plans) {
    const r = row(p.cell_id, p.year);
    r.plan_id = p.id;
    r.plan_status = p.status;
    r.plan_adopted_on = p.adopted_on;
    r.plan_submitted_at = p.submitted_at;
    r.plan_reviewed_at = p.reviewed_at;
    const at = firstSubmit.get(p.id);
    r.first_submitted_on = at ? todayInVietnam(new Date(at)) : null;
  }
  const due = new Map<string, CellStepDueTable>();
  for (const t of topics) {
    const p = planById.get(t.plan_id);
    if (!p) continue;
    const r = row(p.cell_id, p.year);
    r.topics++;
    if (t.status === 'final') {
      r.topics_final++;
      continue;
    }
    // A draft plan is not yet the cell's: the overview counts no overdue steps in it.
    if (p.status === 'draft') continue;
    const recorded = [
      t.outline_saved_at,
      t.draft1_approved_at,
      t.comments_closed_at,
      t.draft2_approved_at,
      t.presented_on,
    ].map((v) => v != null);
    // While the draft is out, the comment window's due day closes the comments step (preparationFacts).
    const closesOn = t.status === 'distributed' ? t.comment_due_on : null;
    const months = (t.due_months ?? '').split(',').map(Number);
    for (const s of stepsLeft(p.year, months, recorded, closesOn)) {
      const k = `${key(p.cell_id, p.year)}|${s.dueOn}|${s.openUntil}`;
      const d = due.get(k);
      if (d) d.steps++;
      else
        due.set(k, { cell_id: p.cell_id, year: p.year, due_on: s.dueOn, open_until: s.openUntil, steps: 1 });
    }
  }
  // The same steps in one text on the cell's row, in the order of their key (what the overview reads).
  const ordered = [...due.values()].sort((a, b) =>
    a.due_on === b.due_on ? (a.open_until < b.open_until ? -1 : 1) : a.due_on < b.due_on ? -1 : 1,
  );
  for (const d of ordered) {
    const r = row(d.cell_id, d.year);
    r.steps_due += `${r.steps_due === '' ? '' : ';'}${d.due_on}/${d.open_until}/${d.steps}`;
  }
  for (const d of reports) {
    const r = row(d.unit_id, Number(d.issued_on.slice(0, 4)));
    r.reports++;
    if (r.reports_last_on === null || d.issued_on > r.reports_last_on) r.reports_last_on = d.issued_on;
  }
  return { year: [...rows.values()], due: [...due.values()] };
}

async function replace(db: Q, cellIds: readonly string[], year: number | undefined, s: CellSummary) {
  if (cellIds.length === 0) return;
  const ids = [...cellIds];
  let delYear = db.deleteFrom('cell_year_summary').where('cell_id', 'in', ids);
  let delDue = db.deleteFrom('cell_step_due').where('cell_id', 'in', ids);
  if (year !== undefined) {
    delYear = delYear.where('year', '=', year);
    delDue = delDue.where('year', '=', year);
  }
  await delYear.execute();
  await delDue.execute();
  // Batches stay under SQLite's bound-parameter limit.
  for (let i = 0; i < s.year.length; i += 500)
    await db
      .insertInto('cell_year_summary')
      .values(s.year.slice(i, i + 500))
      .execute();
  for (let i = 0; i < s.due.length; i += 1000)
    await db
      .insertInto('cell_step_due')
      .values(s.due.slice(i, i + 1000))
      .execute();
}

/**
 * Recomputes one cell's summary of one year, in the caller's transaction, then its committee's roll-ups of that
 * year (db/committee-rollups.ts), or of `rollupYears` when the write counts in others too.
 */
export async function refreshCellYear(
  db: Q,
  cellId: string,
  year: number,
  rollupYears: YearRange = { from: year, to: year },
): Promise<void> {
  await replace(db, [cellId], year, await computeSummaries(db, [cellId], year));
  await refreshRollupsOfCells(db, [cellId], rollupYears);
}

/** After a write to a plan (its row, topics, steps or events). */
export async function refreshPlanSummary(db: Q, planId: string): Promise<void> {
  const plan = await db
    .selectFrom('plan')
    .select(['cell_id', 'year'])
    .where('id', '=', planId)
    .executeTakeFirst();
  if (plan) await refreshCellYear(db, plan.cell_id, plan.year);
}

/** After a write to a topic's preparation. */
export async function refreshTopicSummary(db: Q, topicId: string): Promise<void> {
  const t = await db.selectFrom('plan_topic').select('plan_id').where('id', '=', topicId).executeTakeFirst();
  if (t) await refreshPlanSummary(db, t.plan_id);
}

/**
 * After a unit issued a report on `issuedOn` (a committee's own reports are not a cell's figure). A period report
 * counts in its period's year, which may be the year before (the fourth quarter's, the annual one in January).
 */
export async function refreshReportSummary(
  db: Q,
  unitId: string,
  issuedOn: string,
  subject: string,
): Promise<void> {
  const year = Number(issuedOn.slice(0, 4));
  const period = periodOfSubject(subject)?.year ?? year;
  await refreshCellYear(db, unitId, year, { from: Math.min(year, period), to: Math.max(year, period) });
}

/** Recomputes every cell's summaries, `batch` cells at a time (the migration, the CLI, a restore). */
export async function rebuildSummaries(db: Q, batch = 400): Promise<number> {
  const cells = await db
    .selectFrom('org_unit')
    .select('id')
    .where('kind', '=', 'cell')
    .orderBy('id')
    .execute();
  await db.deleteFrom('cell_year_summary').execute();
  await db.deleteFrom('cell_step_due').execute();
  for (let i = 0; i < cells.length; i += batch) {
    const ids = cells.slice(i, i + batch).map((c) => c.id);
    await replace(db, ids, undefined, await computeSummaries(db, ids));
  }
  return cells.length;
}

/** Every stored summary, in a fixed order: what the equality test compares with a recomputation. */
export async function storedSummaries(db: Q): Promise<CellSummary> {
  const [year, due] = await Promise.all([
    db.selectFrom('cell_year_summary').selectAll().orderBy('cell_id').orderBy('year').execute(),
    db
      .selectFrom('cell_step_due')
      .selectAll()
      .orderBy('cell_id')
      .orderBy('year')
      .orderBy('due_on')
      .orderBy('open_until')
      .execute(),
  ]);
  return { year, due: due.map((d) => ({ ...d, steps: Number(d.steps) })) };
}

// --- Reading: one statement each over the unit tree (org_closure by ancestor, then the summary by cell). ---

/**
 * How many steps are overdue on `today` in a summary's `steps_due`: those whose due day is past while `today` is
 * not after the day that closes them (overdueStepsUnder's rule, on one cell's text).
 */
export function stepsOverdue(stepsDue: string, today: LocalDate): number {
  let n = 0;
  // Read in place, without an array per row and per part (every cell of every overview, issue 20). The parts come
  // in order of their due day: the first not yet due ends the count.
  for (let at = 0; at < stepsDue.length; ) {
    const end = stepsDue.indexOf(';', at);
    const next = end < 0 ? stepsDue.length : end;
    const slash = stepsDue.indexOf('/', at);
    const slash2 = stepsDue.indexOf('/', slash + 1);
    if (stepsDue.slice(at, slash) >= today) break;
    if (stepsDue.slice(slash + 1, slash2) >= today) n += Number(stepsDue.slice(slash2 + 1, next));
    at = next + 1;
  }
  return n;
}

/**
 * The committee overview's cell rows (issue 20): every cell directly under a unit (the unit itself when it is a
 * cell; cells further down are rolled up per child committee, db/rollups-under.ts) with its name and its summary
 * of the year, if any — one statement, one summary row per cell, ordered by name. The rows share one committee
 * (the unit, or the cell's own), whose name and deadline are read once beside it (plans/service.ts).
 */
export function overviewRowsUnder(db: Q, unit: { id: string; kind: string }, year: number) {
  return unit.kind === 'cell'
    ? overviewRowOfCell(db, unit.id, year)
    : overviewRowsRightUnder(db, unit.id, year);
}

/** The overview's cell rows with their summary of the year; the caller chooses the cells (by id, or by parent). */
function overviewRows(db: Kysely<DB>, year: number) {
  return db
    .selectFrom('org_unit as u')
    .leftJoin('cell_year_summary as s', (join) =>
      join.onRef('s.cell_id', '=', 'u.id').on('s.year', '=', year),
    )
    .select([
      'u.id as cell_id',
      'u.name as cell_name',
      's.plan_id',
      's.plan_status',
      's.plan_adopted_on',
      's.plan_submitted_at',
      's.plan_reviewed_at',
      's.first_submitted_on',
      's.reports',
      's.reports_last_on',
      's.steps_due',
    ])
    .where('u.kind', '=', 'cell')
    .orderBy('u.name');
}

// Every overview runs one of them: built and compiled once (db/fixed-query.ts, issue 20).
const overviewRowOfCell = fixedQuery((db: Kysely<DB>, cellId: string, year: number) =>
  overviewRows(db, year).where('u.id', '=', cellId),
);
// Right under: the unit's children by `org_unit(parent_id)`, not its whole subtree in the closure.
const overviewRowsRightUnder = fixedQuery((db: Kysely<DB>, unitId: string, year: number) =>
  overviewRows(db, year).where('u.parent_id', '=', unitId),
);

/** How many plan steps are overdue on `today` in each cell under a unit (step-progress.ts's rule, in SQL). */
export async function overdueStepsUnder(
  db: Q,
  unitId: string,
  year: number,
  today: LocalDate,
): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('org_closure as c')
    .innerJoin('cell_step_due as d', 'd.cell_id', 'c.descendant_id')
    .select((eb) => ['d.cell_id', eb.fn.sum<number>('d.steps').as('n')])
    .where('c.ancestor_id', '=', unitId)
    .where('d.year', '=', year)
    .where('d.due_on', '<', today)
    .where('d.open_until', '>=', today)
    .groupBy('d.cell_id')
    .execute();
  return new Map(rows.map((r) => [r.cell_id, Number(r.n)]));
}

/** A cell's summary of a year with nothing in it: no plan, no topics, no reports. */
export function emptyYearSummary(cellId: string, year: number): CellYearSummaryTable {
  return {
    cell_id: cellId,
    year,
    plan_id: null,
    plan_status: null,
    first_submitted_on: null,
    topics: 0,
    topics_final: 0,
    reports: 0,
    reports_last_on: null,
    plan_adopted_on: null,
    plan_submitted_at: null,
    plan_reviewed_at: null,
    steps_due: '',
  };
}
