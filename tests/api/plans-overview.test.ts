import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import type { App } from '../../src/server/app.ts';
import type { CellPlans, CellPlansAnswer } from '../../web/src/api/cell-plans.ts';
import {
  buildCell,
  buildCommittee,
  buildGuidance,
  buildPerson,
  buildPlan,
  buildUser,
  giveRole,
  PASSWORD,
} from '../fixtures/factories.ts';
import { type ApiClient, buildApp, loggedIn } from '../support/api-client.ts';
import { overviewOf } from '../support/overview.ts';
import { createTestDatabase } from '../support/test-db.ts';

let database: Database;
let app: App;

beforeAll(async () => {
  database = await createTestDatabase();
  app = buildApp(database);
});
afterAll(async () => {
  await database?.close();
});

// 2025 is over (the machine's today is later): every step of an adopted 2025 plan is past its month.
const YEAR = 2025;

/**
 * A province with a cell of its own and two communes: commune A works under the province's guidance (two of
 * them: the earliest deadline, 31 January, binds), commune B under its own (a deadline far ahead), and B's
 * sub-committee, which issued none, under B's too (the nearest committee that did).
 */
async function setUp() {
  const db = database.db;
  const province = await buildCommittee(db, { name: 'Tỉnh ủy Thử Nghiệm' });
  const communeA = await buildCommittee(db, { parentId: province.id, name: 'Đảng ủy xã An' });
  const communeB = await buildCommittee(db, { parentId: province.id, name: 'Đảng ủy xã Bình' });
  const subB = await buildCommittee(db, { parentId: communeB.id, name: 'Đảng ủy Trường Bình' });
  await buildGuidance(db, province.id, YEAR, `${YEAR}-03-31`);
  await buildGuidance(db, province.id, YEAR, `${YEAR}-01-31`);
  await buildGuidance(db, communeB.id, YEAR, '2099-12-31');
  const cell = (parentId: string, name: string) => buildCell(db, { parentId, name, members: 2 });
  const own = await cell(province.id, 'Chi bộ Văn phòng Tỉnh ủy');
  await cell(communeA.id, 'Chi bộ thôn An 1');
  const a2 = await cell(communeA.id, 'Chi bộ thôn An 2');
  const a3 = await cell(communeA.id, 'Chi bộ thôn An 3');
  const b1 = await cell(communeB.id, 'Chi bộ thôn Bình 1');
  const b2 = await cell(communeB.id, 'Chi bộ thôn Bình 2');
  await cell(subB.id, 'Chi bộ Tổ Toán');
  const b4 = await cell(subB.id, 'Chi bộ Tổ Văn');
  await buildPlan(db, own.id, { year: YEAR, status: 'adopted' });
  await buildPlan(db, a2.id, { year: YEAR, status: 'draft' });
  await buildPlan(db, a3.id, { year: YEAR, status: 'submitted' });
  await buildPlan(db, b1.id, { year: YEAR, status: 'adopted' });
  await buildPlan(db, b2.id, { year: YEAR, status: 'acknowledged' });
  await buildPlan(db, b4.id, { year: YEAR, status: 'returned' });

  const officerId = await buildPerson(db, { unitId: own.id, fullName: 'Lê Văn Tỉnh' });
  await giveRole(db, province.id, officerId, 'officer');
  const officer = await loggedIn(app, await buildUser(db, { personId: officerId }), PASSWORD);
  return { province, communeA, communeB, subB, own, officer };
}

interface Rollup {
  cells: number;
  plans: Record<string, number>;
  late: number;
  overdueSteps: number;
  overdueCells: number;
  reports: number;
}

/** The truth for a committee: every cell under it, read from its own overview and its children's, added up. */
async function truthOf(officer: ApiClient, unitId: string): Promise<Rollup> {
  const res = await overviewOf(officer, `/api/orgs/${unitId}/plans?year=${YEAR}`);
  expect(res.status).toBe(200);
  const sum: Rollup = {
    cells: 0,
    plans: { none: 0, draft: 0, adopted: 0, submitted: 0, returned: 0, acknowledged: 0 },
    late: 0,
    overdueSteps: 0,
    overdueCells: 0,
    reports: 0,
  };
  for (const c of res.body.cells) {
    sum.cells += 1;
    const key = c.plan?.status ?? 'none';
    sum.plans[key] = (sum.plans[key] ?? 0) + 1;
    if (c.late) sum.late += 1;
    sum.overdueSteps += c.overdueSteps;
    if (c.overdueSteps > 0) sum.overdueCells += 1;
    sum.reports += c.reports.count;
  }
  for (const k of res.body.committees) {
    const below = await truthOf(officer, k.committeeId);
    sum.cells += below.cells;
    for (const [key, n] of Object.entries(below.plans)) sum.plans[key] = (sum.plans[key] ?? 0) + n;
    sum.late += below.late;
    sum.overdueSteps += below.overdueSteps;
    sum.overdueCells += below.overdueCells;
    sum.reports += below.reports;
  }
  return sum;
}

const rollupOf = (row: CellPlans['committees'][number]): Rollup => ({
  cells: row.cells,
  plans: row.plans,
  late: row.late,
  overdueSteps: row.overdueSteps,
  overdueCells: row.overdueCells,
  reports: row.reports,
});

describe('the committee overview rolled up per child committee (issue 20)', () => {
  it('answers a province with its own cells and a rolled-up row per commune equal to the communes’ own rows', async () => {
    const w = await setUp();
    const res = await overviewOf(w.officer, `/api/orgs/${w.province.id}/plans?year=${YEAR}`);
    expect(res.status).toBe(200);
    // Its own cell, as a commune's cells are answered; nothing of the cells further down.
    expect(res.body.cells.map((c) => [c.cellName, c.parentName, c.plan?.status ?? null])).toEqual([
      ['Chi bộ Văn phòng Tỉnh ủy', 'Tỉnh ủy Thử Nghiệm', 'adopted'],
    ]);
    expect(res.body.cells[0]?.deadline).toBe(`${YEAR}-01-31`);
    expect(res.body.cells[0]?.overdueSteps).toBe(20);
    expect(res.body.committees.map((k) => k.name)).toEqual(['Đảng ủy xã An', 'Đảng ủy xã Bình']);

    const [a, b] = res.body.committees;
    // Commune A: no plan, a draft (late, not sent), a plan sent today (late, sent) — the province's 31 January.
    expect(a && rollupOf(a)).toEqual({
      cells: 3,
      plans: { none: 1, draft: 1, adopted: 0, submitted: 1, returned: 0, acknowledged: 0 },
      late: 3,
      overdueSteps: 20,
      overdueCells: 1,
      reports: 0,
    });
    // Commune B and its sub-committee work under B's deadline, far ahead: none late.
    expect(b && rollupOf(b)).toEqual({
      cells: 4,
      plans: { none: 1, draft: 0, adopted: 1, submitted: 0, returned: 1, acknowledged: 1 },
      late: 0,
      overdueSteps: 60,
      overdueCells: 3,
      reports: 0,
    });
    // Each row equals what the commune's own overview (and its children's) says of its cells.
    for (const row of res.body.committees)
      expect(rollupOf(row), row.name).toEqual(await truthOf(w.officer, row.committeeId));
  });

  it('answers a commune with only cells as before: its cells, no committee rows', async () => {
    const w = await setUp();
    const res = await overviewOf(w.officer, `/api/orgs/${w.communeA.id}/plans?year=${YEAR}`);
    expect(res.status).toBe(200);
    expect(res.body.committees).toEqual([]);
    expect(
      res.body.cells.map((c) => [
        c.cellName,
        c.parentName,
        c.plan?.status ?? null,
        c.late?.submitted ?? null,
      ]),
    ).toEqual([
      ['Chi bộ thôn An 1', 'Đảng ủy xã An', null, false],
      ['Chi bộ thôn An 2', 'Đảng ủy xã An', 'draft', false],
      ['Chi bộ thôn An 3', 'Đảng ủy xã An', 'submitted', true],
    ]);
    // Commune B answers its own cells and its sub-committee rolled up.
    const b = await overviewOf(w.officer, `/api/orgs/${w.communeB.id}/plans?year=${YEAR}`);
    expect(b.body.cells.map((c) => c.cellName)).toEqual(['Chi bộ thôn Bình 1', 'Chi bộ thôn Bình 2']);
    expect(b.body.committees.map((k) => [k.name, k.cells, k.late])).toEqual([['Đảng ủy Trường Bình', 2, 0]]);
  });

  it('does not grow with the cells under a child committee', async () => {
    const w = await setUp();
    const read = async () => {
      const res = await w.officer.get<CellPlansAnswer>(`/api/orgs/${w.province.id}/plans?year=${YEAR}`);
      expect(res.status).toBe(200);
      return res.body;
    };
    const before = await read();
    for (let i = 0; i < 5; i++) await buildCell(database.db, { parentId: w.subB.id, name: `Chi bộ Tổ ${i}` });
    const after = await read();
    expect(after.committees.find((k) => k.id === w.communeB.id)?.cells).toBe(9);
    expect(after.committees.find((k) => k.id === w.communeB.id)?.plans.none).toBe(6);
    expect(after.cells).toEqual(before.cells);
    // Counts 4 → 9 and 1 → 6 keep their width: the answer is as long as before, byte for byte.
    expect(JSON.stringify(after).length).toBe(JSON.stringify(before).length);
  });
});
