/**
 * The committee figures from maintained summaries (issue 20, db/summaries.ts): after any sequence of writes
 * through the services — plans started, saved, adopted, sent up, returned; topics prepared step by step; reports
 * issued — the stored summaries equal a recomputation from the raw tables, on both engines; the overview reads
 * them; the rebuild (the CLI's, a restore's) gives the same rows.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import {
  type CellSummary,
  computeSummaries,
  rebuildSummaries,
  storedSummaries,
} from '../../src/db/summaries.ts';
import { todayInVietnam } from '../../src/domain/dates/local-date.ts';
import * as plans from '../../src/server/features/plans/service.ts';
import { buildCell, buildCommittee, buildPlan } from '../fixtures/factories.ts';
import { admin, applyPlanWrite, type PlanWrite, planWrites } from '../support/summary-writes.ts';
import { createTestDatabase } from '../support/test-db.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const thisYear = Number(todayInVietnam().slice(0, 4));
const YEARS = [thisYear - 1, thisYear, thisYear + 1];

type Op = PlanWrite;
const writes = planWrites({ cells: 3, planYears: YEARS, reportYears: [thisYear - 2, thisYear - 1] });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  writes.plan,
  writes.prepare,
  writes.transition,
  writes.save,
  writes.report,
);

const sorted = (s: CellSummary): CellSummary => ({
  year: [...s.year]
    .map((r) => ({
      ...r,
      year: Number(r.year),
      topics: Number(r.topics),
      topics_final: Number(r.topics_final),
      reports: Number(r.reports),
    }))
    .sort((a, b) => `${a.cell_id}|${a.year}`.localeCompare(`${b.cell_id}|${b.year}`)),
  due: [...s.due]
    .map((r) => ({ ...r, year: Number(r.year), steps: Number(r.steps) }))
    .sort((a, b) =>
      `${a.cell_id}|${a.year}|${a.due_on}|${a.open_until}`.localeCompare(
        `${b.cell_id}|${b.year}|${b.due_on}|${b.open_until}`,
      ),
    ),
});

async function recomputed(db: Database['db']) {
  const cells = await db.selectFrom('org_unit').select('id').where('kind', '=', 'cell').execute();
  return sorted(
    await computeSummaries(
      db,
      cells.map((c) => c.id),
    ),
  );
}

describe('committee summaries', () => {
  it('equal a recomputation from the raw tables after any sequence of writes through the services', async () => {
    const db = database.db;
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 3, maxLength: 8 }), async (ops) => {
        const committee = await buildCommittee(db);
        const cells = await Promise.all(
          [0, 1, 2].map(async () => (await buildCell(db, { parentId: committee.id, members: 3 })).id),
        );
        for (const op of ops) await applyPlanWrite(db, cells, op);
        expect(sorted(await storedSummaries(db))).toEqual(await recomputed(db));
      }),
      {
        numRuns: Number(process.env.SUMMARY_RUNS ?? 10),
        seed: Number(process.env.SUMMARY_SEED ?? 20026),
        // One sequence that surely reaches every kind of row, before the random ones.
        examples: [
          [
            [
              { kind: 'prepare', cell: 0, stage: 'final' },
              { kind: 'prepare', cell: 1, stage: 'distributed' },
              { kind: 'plan', cell: 2, year: thisYear - 1, status: 'submitted' },
              { kind: 'report', cell: 2, year: thisYear - 1, quarter: null },
              { kind: 'save', plan: 0, quarters: [2, 3] },
              { kind: 'transition', plan: 1, action: 'reopen' },
            ],
          ],
        ],
      },
    );
    // The writes reached every kind of summary row (or the comparison above proved little).
    const stored = await storedSummaries(db);
    expect(stored.year.some((r) => r.plan_id && r.first_submitted_on)).toBe(true);
    expect(stored.year.some((r) => r.reports > 0)).toBe(true);
    expect(stored.year.some((r) => r.topics_final > 0)).toBe(true);
    expect(stored.due.some((r) => r.open_until !== '9999-12-31')).toBe(true);
    // The overview's own columns (migration 0035): the plan's dates and the steps due in one text.
    expect(stored.year.some((r) => r.plan_submitted_at && r.plan_reviewed_at && r.plan_adopted_on)).toBe(
      true,
    );
    expect(stored.year.some((r) => r.steps_due.includes(';'))).toBe(true);
  }, 600_000);

  it('are rebuilt to the same rows, and roll up per committee as the overview counts', async () => {
    const db = database.db;
    const committee = await buildCommittee(db);
    const cell = await buildCell(db, { parentId: committee.id, members: 3 });
    const other = await buildCell(db, { parentId: committee.id, members: 3 });
    // An adopted plan of last year: all 20 steps of its four topics are past their month.
    await buildPlan(db, cell.id, { year: thisYear - 1, status: 'adopted' });
    await buildPlan(db, other.id, { year: thisYear - 1, status: 'submitted' });
    const before = sorted(await storedSummaries(db));
    await db.transaction().execute((trx) => rebuildSummaries(trx, 7));
    expect(sorted(await storedSummaries(db))).toEqual(before);

    const today = todayInVietnam();
    const overview = await plans.listCellPlans(db, admin, committee.id, thisYear - 1);
    expect(overview.cells.map((c) => c.overdueSteps)).toEqual([20, 20]);
    expect(overview.cells.find((c) => c.id === other.id)?.planId).toBeDefined();
    // The first sending up is the day lateness is judged by (kept as a Việt Nam day in the summary).
    const row = (await storedSummaries(db)).year.find((r) => r.cell_id === other.id);
    expect(row?.first_submitted_on).toBe(today);
  });
});
