import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import { addDays, todayInVietnam } from '../../src/domain/dates/local-date.ts';
import type { App } from '../../src/server/app.ts';
import {
  buildCell,
  buildGuidance,
  buildPerson,
  buildPlan,
  buildUser,
  buildWorld,
  giveRole,
  nextPlanYear,
  PASSWORD,
  type World,
} from '../fixtures/factories.ts';
import { type ApiClient, buildApp, type ErrorBody, loggedIn } from '../support/api-client.ts';
import { overviewOf } from '../support/overview.ts';
import { createTestDatabase } from '../support/test-db.ts';

let database: Database;
let app: App;
let world: World;
/** An officer of the ward committee, two levels above the cell (world: ward → hospital committee → cell). */
let wardOfficer: ApiClient;
let officer: ApiClient;
let secretary: ApiClient;

beforeAll(async () => {
  database = await createTestDatabase();
  app = buildApp(database);
  world = await buildWorld(database.db);
  const personId = await buildPerson(database.db, { unitId: world.sibling.id, fullName: 'Đỗ Văn Phường' });
  await giveRole(database.db, world.root.id, personId, 'officer');
  wardOfficer = await loggedIn(app, await buildUser(database.db, { personId }), PASSWORD);
  officer = await loggedIn(app, world.users.officer, PASSWORD);
  secretary = await loggedIn(app, world.users.secretary, PASSWORD);
});
afterAll(() => database.close());

interface PlanView {
  status: string;
  permissions: { review: boolean; actions: string[] };
  deadline: { on: string | null; late: { days: number; submitted: boolean } | null };
}

// Seed 000: the cell sends its plan to "Đảng ủy cấp trên trực tiếp", which acknowledges or returns it.
describe('reviewing a cell’s plan', () => {
  it('is the direct committee’s: a committee higher up reads it but cannot acknowledge or return it (403)', async () => {
    const plan = await buildPlan(database.db, world.cell.id, { status: 'submitted' });
    const read = await wardOfficer.get<PlanView>(`/api/plans/${plan.id}`);
    expect(read.status).toBe(200);
    expect(read.body.permissions).toMatchObject({ review: false, actions: [] });
    for (const action of ['acknowledge', 'return'] as const) {
      const res = await wardOfficer.post<ErrorBody>(`/api/plans/${plan.id}/${action}`, {
        remark: 'Đề nghị sửa.',
      });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('FORBIDDEN');
    }
    expect((await wardOfficer.get<PlanView>(`/api/plans/${plan.id}`)).body.status).toBe('submitted');

    const direct = await officer.get<PlanView>(`/api/plans/${plan.id}`);
    expect(direct.body.permissions).toMatchObject({ review: true, actions: ['acknowledge', 'return'] });
    const done = await officer.post<PlanView>(`/api/plans/${plan.id}/acknowledge`, { remark: 'Đồng ý.' });
    expect(done.status).toBe(200);
    expect(done.body.status).toBe('acknowledged');
  });
});

describe('a plan sent after the guidance’s deadline', () => {
  it('shows late with the days, on the plan page and on the committees’ overview, to both sides', async () => {
    const db = database.db;
    const year = nextPlanYear();
    // The hospital committee's guidance for the year: its deadline fell five days ago.
    const guidanceId = await buildGuidance(db, world.sub.id, year);
    const deadline = addDays(todayInVietnam(), -5);
    await db.updateTable('guidance').set({ plan_deadline: deadline }).where('id', '=', guidanceId).execute();
    const plan = await buildPlan(db, world.cell.id, { year, status: 'submitted' });
    const late = { days: 5, submitted: true };
    for (const client of [secretary, officer, wardOfficer]) {
      const view = await client.get<PlanView>(`/api/plans/${plan.id}`);
      expect(view.body.deadline).toEqual({ on: deadline, late });
    }
    for (const [client, unitId] of [
      [officer, world.sub.id],
      [wardOfficer, world.sub.id],
      [secretary, world.cell.id],
    ] as const) {
      const overview = await overviewOf(client, `/api/orgs/${unitId}/plans?year=${year}`);
      expect(overview.body.cells.find((c) => c.cellId === world.cell.id)).toMatchObject({ deadline, late });
    }
    // The ward's own overview counts both of the hospital's cells late in its rolled-up row (issue 20).
    const ward = await overviewOf(wardOfficer, `/api/orgs/${world.root.id}/plans?year=${year}`);
    expect(ward.body.committees.find((k) => k.committeeId === world.sub.id)).toMatchObject({
      cells: 2,
      late: 2,
    });
    // The sibling cell has sent nothing: five days late so far.
    const overview = await overviewOf(officer, `/api/orgs/${world.sub.id}/plans?year=${year}`);
    expect(overview.body.cells.find((c) => c.cellId === world.sibling.id)).toMatchObject({
      plan: null,
      deadline,
      late: { days: 5, submitted: false },
    });
  });

  it('is judged by the first sending: returned and sent again after the deadline, it was on time', async () => {
    const db = database.db;
    const year = nextPlanYear();
    const guidanceId = await buildGuidance(db, world.sub.id, year);
    const plan = await buildPlan(db, world.cell.id, { year, status: 'returned' });
    // The deadline is today: the first sending (today) was on time, whatever happens next.
    await db
      .updateTable('guidance')
      .set({ plan_deadline: todayInVietnam() })
      .where('id', '=', guidanceId)
      .execute();
    const view = await secretary.get<PlanView>(`/api/plans/${plan.id}`);
    expect(view.body.deadline).toEqual({ on: todayInVietnam(), late: null });
  });

  it('takes the guidance of the nearest committee that issued one, and has no deadline without guidance', async () => {
    const db = database.db;
    const year = nextPlanYear();
    const cell = await buildCell(db, { parentId: world.sub.id, name: 'Chi bộ Khoa Mắt', members: 2 });
    const plan = await buildPlan(db, cell.id, { year, status: 'adopted' });
    expect((await officer.get<PlanView>(`/api/plans/${plan.id}`)).body.deadline).toEqual({
      on: null,
      late: null,
    });
    // Only the ward issued guidance this year: its deadline, long past, binds the cell; not sent, still late.
    const guidanceId = await buildGuidance(db, world.root.id, year);
    await db
      .updateTable('guidance')
      .set({ plan_deadline: addDays(todayInVietnam(), -2) })
      .where('id', '=', guidanceId)
      .execute();
    expect((await officer.get<PlanView>(`/api/plans/${plan.id}`)).body.deadline).toEqual({
      on: addDays(todayInVietnam(), -2),
      late: { days: 2, submitted: false },
    });
  });
});
