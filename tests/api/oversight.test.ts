/**
 * The committee's oversight dashboard (issue 15) against a small tree counted by hand, year 2025 (all over):
 *
 *   Đảng ủy phường W ── Đảng ủy Bệnh viện H ── Chi bộ A (since 2024; a member, T, leaves for C on 1/7/2025)
 *                    │                      └─ Chi bộ B (created 20/5/2025)
 *                    ├─ Chi bộ C (since 2024; T arrives on 1/7/2025)
 *                    └─ Đảng ủy Khối S (no cell)
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshMeetingActivity } from '../../src/db/activity-summaries.ts';
import { refreshRollupsOfCells } from '../../src/db/committee-rollups.ts';
import type { Database } from '../../src/db/connection.ts';
import { newId, nowIso } from '../../src/db/ids.ts';
import { changeDeadlinesUnder } from '../../src/db/rollup-judging.ts';
import { refreshPlanSummary } from '../../src/db/summaries.ts';
import type { App } from '../../src/server/app.ts';
import { transferMember } from '../../src/server/features/members/service.ts';
import {
  buildCell,
  buildCommittee,
  buildGuidance,
  buildIssuedReport,
  buildMeeting,
  buildPerson,
  buildPlan,
  buildUser,
  giveRole,
  PASSWORD,
} from '../fixtures/factories.ts';
import { type ApiClient, buildApp, type ErrorBody, loggedIn } from '../support/api-client.ts';
import { createTestDatabase } from '../support/test-db.ts';

const SYSTEM = { userId: 'system', personId: null, isAdmin: true, grants: [] };
const YEAR = 2025;

let database: Database;
let app: App;
const ids = {} as Record<'W' | 'H' | 'S' | 'A' | 'B' | 'C', string>;
const meetings = {} as Record<'aMarch' | 'bAugust' | 'cNovember', { id: string; topicTitle: string }>;
let wOfficer: ApiClient;
let hOfficer: ApiClient;
let hInspector: ApiClient;
let sOfficer: ApiClient;
let aSecretary: ApiClient;

interface Figures {
  cells: number;
  quarters: {
    quarter: number;
    expected: number;
    held: number;
    missed: number;
    meeting: { meetingId: string; heldOn: string; topicTitle: string | null } | null;
  }[];
  months: {
    month: number;
    expected: number;
    regularHeld: number;
    cellsHeld: number;
    studyMinutes: number;
    studyMeetings: number;
    cellsBelowStudyMinimum: number;
    attendance: { present: number; expected: number; rate: number | null };
  }[];
  plan: { status: string | null; deadline: string | null; counts: Record<string, number>; late: number };
  overdueSteps: number;
  cellsWithOverdueSteps: number;
  attendance: { present: number; expected: number; rate: number | null };
  tasks: { open: number; overdue: number };
  reviewsDue: number;
  reports: {
    quarters: { quarter: number; dueOn: string; issued: number; late: number; missing: number }[];
    annual: { dueOn: string; issued: number; late: number; missing: number };
  };
  lastReminder: { sentAt: string; sentByName: string | null; message: string } | null;
}
interface Oversight {
  committee: { id: string; name: string };
  year: number;
  quarters: { quarter: number; ended: boolean; reportDueOn: string }[];
  rows: { id: string; name: string; kind: 'cell' | 'committee'; figures: Figures }[];
  totals: Figures;
  charts: {
    thematicShare: { quarter: number; held: number; expected: number; share: number | null }[];
    attendance: { month: number; present: number; expected: number; rate: number | null }[];
    planStatus: { status: string; count: number }[];
  };
}

async function officerOf(unitId: string, role: 'officer' | 'inspector' = 'officer') {
  const personId = await buildPerson(database.db, { unitId, status: 'staff' });
  await giveRole(database.db, unitId, personId, role);
  return loggedIn(app, await buildUser(database.db, { personId }), PASSWORD);
}

// Written straight into the tables: the summaries and the committee roll-ups are refreshed after, as every write
// that bypasses the stores does (db/summaries.ts, db/committee-rollups.ts; a guidance's, db/rollup-judging.ts).
async function setCreated(unitId: string, at: string) {
  await database.db.updateTable('org_unit').set({ created_at: at }).where('id', '=', unitId).execute();
  await refreshRollupsOfCells(database.db, [unitId]);
}
async function setGuidance(id: string, patch: { quarter_report_day?: number; plan_deadline?: string }) {
  const g = await database.db
    .selectFrom('guidance')
    .select(['committee_id', 'year'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  await changeDeadlinesUnder(
    database.db,
    g.committee_id,
    async () => [g.year],
    () => database.db.updateTable('guidance').set(patch).where('id', '=', id).execute(),
  );
}
// Written straight into the table: the committee's activity summary of the meeting is refreshed after it, as
// every write that bypasses the stores does (db/activity-summaries.ts).
async function setStudy(meetingId: string, minutes: number | null) {
  await database.db
    .updateTable('meeting')
    .set({ study_minutes: minutes })
    .where('id', '=', meetingId)
    .execute();
  await refreshMeetingActivity(database.db, meetingId);
}

async function topicTitle(meetingId: string) {
  const row = await database.db
    .selectFrom('meeting as m')
    .innerJoin('plan_topic as t', 't.id', 'm.topic_id')
    .select('t.title')
    .where('m.id', '=', meetingId)
    .executeTakeFirstOrThrow();
  return row.title;
}

async function task(meetingId: string, dueOn: string | null, reports: [string, string][] = []) {
  const id = newId();
  await database.db
    .insertInto('meeting_task')
    .values({ id, meeting_id: meetingId, title: 'Việc', owner_id: null, due_on: dueOn, created_at: nowIso() })
    .execute();
  for (const [i, [status, on]] of reports.entries())
    await database.db
      .insertInto('task_report')
      .values({
        id: newId(),
        task_id: id,
        status: status as 'done' | 'not_done' | 'in_progress',
        note: null,
        reported_on: on,
        reported_by: null,
        created_at: `2025-12-01T0${i}:00:00.000Z`,
        meeting_id: null,
      })
      .execute();
  await refreshMeetingActivity(database.db, meetingId);
}

const issued = (unitId: string, subject: string, on: string, number: number) =>
  buildIssuedReport(database.db, unitId, subject, on, number);

beforeAll(async () => {
  database = await createTestDatabase();
  app = buildApp(database);
  const db = database.db;
  const W = await buildCommittee(db, { name: 'Đảng ủy phường Giám Sát' });
  const H = await buildCommittee(db, { parentId: W.id, name: 'Đảng ủy Bệnh viện' });
  const S = await buildCommittee(db, { parentId: W.id, name: 'Đảng ủy Khối' });
  const A = await buildCell(db, { parentId: H.id, name: 'Chi bộ A', members: 4 });
  const B = await buildCell(db, { parentId: H.id, name: 'Chi bộ B', members: 2 });
  const C = await buildCell(db, { parentId: W.id, name: 'Chi bộ C', members: 2 });
  Object.assign(ids, { W: W.id, H: H.id, S: S.id, A: A.id, B: B.id, C: C.id });
  for (const id of [W.id, H.id, S.id, A.id, C.id]) await setCreated(id, '2024-01-01T01:00:00.000Z');
  await setCreated(B.id, '2025-05-20T03:00:00.000Z');
  const [a1, a2, a3] = A.memberIds as [string, string, string, string];
  const [b1] = B.memberIds as [string, string];
  const [c1, c2] = C.memberIds as [string, string];
  for (const cell of [A, B, C]) await giveRole(db, cell.id, cell.memberIds[0] ?? '', 'secretary');
  const t = await buildPerson(db, { unitId: A.id, fullName: 'Trần Văn Chuyển' });
  await transferMember(db, SYSTEM, t, { toUnitId: C.id, on: '2025-07-01' });

  // Guidance of 2025 (plan deadline 31/01/2025) from W and H; A works under H's, C under W's.
  await buildGuidance(db, W.id, YEAR);
  await buildGuidance(db, H.id, YEAR);
  const planA = await buildPlan(db, A.id, { status: 'submitted', year: YEAR }); // sent today: late

  // A: a thematic meeting in March (roll: a1–a4 and T), a regular one in August (T gone).
  const aMarch = await buildMeeting(db, A.id, {
    status: 'ended',
    heldOn: '2025-03-10',
    present: [a1, a2, a3],
    task: true,
  });
  const aAugust = await buildMeeting(db, A.id, {
    status: 'ended',
    kind: 'regular',
    heldOn: '2025-08-05',
    present: [a1, a2],
  });
  await setStudy(aMarch.id, null);
  await setStudy(aAugust.id, 25);
  // B: its thematic meeting of the third quarter.
  const bAugust = await buildMeeting(db, B.id, { status: 'ended', heldOn: '2025-08-20', present: [b1] });
  await setStudy(bAugust.id, null);
  // C: a regular meeting in September (T now on its roll) and a combined one in November.
  const cSeptember = await buildMeeting(db, C.id, {
    status: 'ended',
    kind: 'regular',
    heldOn: '2025-09-10',
    present: [c1, t],
  });
  const cNovember = await buildMeeting(db, C.id, {
    status: 'ended',
    kind: 'combined',
    heldOn: '2025-11-12',
    present: [c1, c2, t],
  });
  await setStudy(cSeptember.id, 45);
  await setStudy(cNovember.id, 30);
  // Not counted: a cancelled meeting, a meeting of another year.
  await buildMeeting(db, C.id, { status: 'cancelled', kind: 'regular', heldOn: '2025-02-10' });
  await buildMeeting(db, C.id, { status: 'ended', kind: 'regular', heldOn: '2024-12-10', present: [c1] });
  meetings.aMarch = { id: aMarch.id, topicTitle: await topicTitle(aMarch.id) };
  meetings.bAugust = { id: bAugust.id, topicTitle: await topicTitle(bAugust.id) };
  meetings.cNovember = { id: cNovember.id, topicTitle: await topicTitle(cNovember.id) };

  // A's assignments: the March meeting's collective task (open), one overdue, one done, one done then not done.
  await task(aMarch.id, '2025-09-01');
  await task(aMarch.id, '2025-04-01', [['done', '2025-04-20']]);
  await task(aMarch.id, null, [
    ['done', '2025-04-01'],
    ['not_done', '2025-05-01'],
  ]);
  // A's resolution reviews: one due and not issued, one issued.
  const topic = await db
    .selectFrom('plan_topic')
    .select('id')
    .where('plan_id', '=', planA.id)
    .executeTakeFirstOrThrow();
  for (const [dueOn, issuedOn] of [
    ['2025-10-01', null],
    ['2025-06-01', '2025-06-02'],
  ] as const)
    await db
      .insertInto('resolution_review')
      .values({
        id: newId(),
        topic_id: topic.id,
        kind: 'interim',
        due_on: dueOn,
        results: null,
        shortcomings: null,
        lessons: null,
        next_steps: null,
        number: null,
        issued_at: issuedOn ? `${issuedOn}T03:00:00.000Z` : null,
        issued_on: issuedOn,
        issued_by: null,
        created_by: null,
        created_at: nowIso(),
        updated_at: nowIso(),
      })
      .execute();
  await refreshPlanSummary(db, planA.id);
  // A's period reports: Q1 on time, Q2 late; nothing else anywhere (a meeting report is not a period report).
  await issued(A.id, 'period_report:2025-Q1', '2025-04-05', 1);
  await issued(A.id, 'period_report:2025-Q2', '2025-07-15', 2);
  await issued(A.id, `meeting_report:${aMarch.id}`, '2025-03-20', 3);
  await issued(C.id, 'period_report:2024-Q4', '2025-01-05', 1);

  wOfficer = await officerOf(W.id);
  hOfficer = await officerOf(H.id);
  hInspector = await officerOf(H.id, 'inspector');
  sOfficer = await officerOf(S.id);
  aSecretary = await loggedIn(app, await buildUser(db, { personId: A.memberIds[0] ?? '' }), PASSWORD);
  // H's officer reminds B.
  const reminded = await hOfficer.post(`/api/committees/${H.id}/reminders`, {
    cellIds: [B.id],
    message: 'Đề nghị chi bộ tổ chức sinh hoạt chuyên đề quý IV.',
  });
  expect(reminded.status).toBe(200);
}, 120_000);
afterAll(() => database.close());

const get = (client: ApiClient, unitId: string, year: number | string = YEAR) =>
  client.get<Oversight>(`/api/orgs/${unitId}/oversight?year=${year}`);
const row = (o: Oversight, id: string) => {
  const r = o.rows.find((x) => x.id === id);
  if (!r) throw new Error(`no row ${id}`);
  return r.figures;
};
const triples = (f: Figures) => f.quarters.map((q) => [q.expected, q.held, q.missed]);
const reportTriples = (f: Figures) => [
  ...f.reports.quarters.map((r) => [r.issued, r.late, r.missing]),
  [f.reports.annual.issued, f.reports.annual.late, f.reports.annual.missing],
];

describe('a committee’s own cells', () => {
  it('gives each cell its figures, counted by hand', async () => {
    const res = await get(hOfficer, ids.H);
    expect(res.status).toBe(200);
    const o = res.body;
    expect(o.committee.id).toBe(ids.H);
    expect(o.rows.map((r) => [r.name, r.kind])).toEqual([
      ['Chi bộ A', 'cell'],
      ['Chi bộ B', 'cell'],
    ]);
    expect(o.quarters.map((q) => [q.ended, q.reportDueOn])).toEqual([
      [true, '2025-04-10'],
      [true, '2025-07-10'],
      [true, '2025-10-10'],
      [true, '2026-01-10'],
    ]);

    const a = row(o, ids.A);
    expect(a.cells).toBe(1);
    expect(triples(a)).toEqual([
      [1, 1, 0],
      [1, 0, 1],
      [1, 0, 1],
      [1, 0, 1],
    ]);
    expect(a.quarters[0]?.meeting).toEqual({
      meetingId: meetings.aMarch.id,
      heldOn: '2025-03-10',
      topicTitle: meetings.aMarch.topicTitle,
    });
    expect(a.quarters.slice(1).map((q) => q.meeting)).toEqual([null, null, null]);
    // The transferred member T was expected in March (still of A), not in August.
    expect(a.months[2]?.attendance).toEqual({ present: 3, expected: 5, rate: 0.6 });
    expect(a.months[7]).toEqual({
      month: 8,
      expected: 1,
      regularHeld: 1,
      cellsHeld: 1,
      studyMinutes: 25,
      studyMeetings: 1,
      cellsBelowStudyMinimum: 1,
      attendance: { present: 2, expected: 4, rate: 0.5 },
    });
    expect(a.attendance).toEqual({ present: 5, expected: 9, rate: 0.556 });
    expect(a.plan).toEqual({
      status: 'submitted',
      deadline: '2025-01-31',
      counts: { none: 0, draft: 0, adopted: 0, submitted: 1, returned: 0, acknowledged: 0 },
      late: 1,
    });
    // Nothing prepared in A's submitted plan: every step of its four topics is past its month.
    expect([a.overdueSteps, a.cellsWithOverdueSteps]).toEqual([20, 1]);
    expect(a.tasks).toEqual({ open: 3, overdue: 1 });
    expect(a.reviewsDue).toBe(1);
    expect(reportTriples(a)).toEqual([
      [1, 0, 0],
      [1, 1, 0],
      [0, 1, 1],
      [0, 1, 1],
      [0, 1, 1],
    ]);
    expect(a.lastReminder).toBeNull();

    // B was created on 20/5/2025: held to Q3, Q4 and June on.
    const b = row(o, ids.B);
    expect(triples(b)).toEqual([
      [0, 0, 0],
      [0, 0, 0],
      [1, 1, 0],
      [1, 0, 1],
    ]);
    expect(b.quarters[2]?.meeting?.meetingId).toBe(meetings.bAugust.id);
    expect(b.months.map((m) => m.expected)).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1]);
    expect(b.attendance).toEqual({ present: 1, expected: 2, rate: 0.5 });
    // No plan, but created after the deadline: not late.
    expect(b.plan).toMatchObject({ status: 'none', deadline: '2025-01-31', late: 0 });
    expect(reportTriples(b)).toEqual([
      [0, 0, 0],
      [0, 0, 0],
      [0, 1, 1],
      [0, 1, 1],
      [0, 1, 1],
    ]);
    expect(b.lastReminder?.message).toBe('Đề nghị chi bộ tổ chức sinh hoạt chuyên đề quý IV.');

    // The totals: A and B added up.
    expect(o.totals.cells).toBe(2);
    expect(triples(o.totals)).toEqual([
      [1, 1, 0],
      [1, 0, 1],
      [2, 1, 1],
      [2, 0, 2],
    ]);
    expect(o.totals.months[7]?.attendance).toEqual({ present: 3, expected: 6, rate: 0.5 });
    expect(o.totals.attendance).toEqual({ present: 6, expected: 11, rate: 0.545 });
    expect(o.totals.plan.counts).toMatchObject({ submitted: 1, none: 1 });
    expect(o.totals.lastReminder?.message).toBe(b.lastReminder?.message);
    expect(o.charts.thematicShare.map((s) => s.share)).toEqual([1, 0, 0.5, 0]);
  });

  it('is read by the committee’s inspector too', async () => {
    const res = await get(hInspector, ids.H);
    expect(res.status).toBe(200);
    expect(res.body.totals.cells).toBe(2);
  });
});

describe('a higher committee', () => {
  it('rolls each child committee up over its subtree, beside its own cells', async () => {
    const res = await get(wOfficer, ids.W);
    expect(res.status).toBe(200);
    const o = res.body;
    expect(o.rows.map((r) => [r.name, r.kind, r.figures.cells])).toEqual([
      ['Chi bộ C', 'cell', 1],
      ['Đảng ủy Bệnh viện', 'committee', 2],
      ['Đảng ủy Khối', 'committee', 0],
    ]);
    // Drill-down: the child committee's row is its own dashboard's totals.
    const h = await get(wOfficer, ids.H);
    expect(h.status).toBe(200);
    expect(row(o, ids.H)).toEqual(h.body.totals);
    expect(row(o, ids.H).quarters.every((q) => q.meeting === null)).toBe(true);
    expect(row(o, ids.H).plan.status).toBeNull();

    const c = row(o, ids.C);
    expect(triples(c)).toEqual([
      [1, 0, 1],
      [1, 0, 1],
      [1, 0, 1],
      [1, 1, 0],
    ]);
    expect(c.quarters[3]?.meeting).toEqual({
      meetingId: meetings.cNovember.id,
      heldOn: '2025-11-12',
      topicTitle: meetings.cNovember.topicTitle,
    });
    // T arrived on 1/7: on C's roll in September and November; the 2024 and the cancelled meetings count for nothing.
    expect(c.attendance).toEqual({ present: 5, expected: 6, rate: 0.833 });
    expect(c.months.map((m) => m.regularHeld)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0]);
    expect(c.months.map((m) => m.studyMinutes)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 45, 0, 30, 0]);
    expect(c.months.every((m) => m.cellsBelowStudyMinimum === 0)).toBe(true);
    // No plan, W's deadline passed: late. Every report missing (the 2024 one is not 2025's).
    expect(c.plan).toMatchObject({ status: 'none', late: 1 });
    expect(reportTriples(c)).toEqual([
      [0, 1, 1],
      [0, 1, 1],
      [0, 1, 1],
      [0, 1, 1],
      [0, 1, 1],
    ]);
    expect(c.tasks).toEqual({ open: 0, overdue: 0 });

    const s = row(o, ids.S);
    expect(s.cells).toBe(0);
    expect(triples(s)).toEqual([
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
    ]);

    const t = o.totals;
    expect(t.cells).toBe(3);
    expect(triples(t)).toEqual([
      [2, 1, 1],
      [2, 0, 2],
      [3, 1, 2],
      [3, 1, 2],
    ]);
    expect(t.attendance).toEqual({ present: 11, expected: 17, rate: 0.647 });
    expect(t.plan.counts).toEqual({
      none: 2,
      draft: 0,
      adopted: 0,
      submitted: 1,
      returned: 0,
      acknowledged: 0,
    });
    expect(t.plan.late).toBe(2);
    expect([t.overdueSteps, t.tasks.open, t.tasks.overdue, t.reviewsDue]).toEqual([20, 3, 1, 1]);
    expect(reportTriples(t)).toEqual([
      [1, 1, 1],
      [1, 2, 1],
      [0, 3, 3],
      [0, 3, 3],
      [0, 3, 3],
    ]);
    expect(o.charts.planStatus).toContainEqual({ status: 'none', count: 2 });
    expect(o.charts.thematicShare.map((q) => [q.held, q.expected])).toEqual([
      [1, 2],
      [0, 2],
      [1, 3],
      [1, 3],
    ]);
    expect(o.charts.attendance[8]).toEqual({ month: 9, present: 2, expected: 3, rate: 0.667 });
  });

  it('leaves a cell created after the year out of that year', async () => {
    const res = await get(wOfficer, ids.W, 2023);
    expect(res.status).toBe(200);
    expect(res.body.totals.cells).toBe(0);
  });
});

describe('who sees what', () => {
  it('shows a committee nothing of a sibling’s subtree nor of the committee above', async () => {
    expect((await get(sOfficer, ids.H)).status).toBe(404);
    expect((await get(hOfficer, ids.W)).status).toBe(404);
    const own = await get(sOfficer, ids.S);
    expect(own.status).toBe(200);
    expect(own.body.rows).toEqual([]);
    expect(own.body.totals.cells).toBe(0);
  });

  it('refuses a cell: its secretary sees no committee, and a cell has no dashboard', async () => {
    expect((await get(aSecretary, ids.H)).status).toBe(404);
    expect((await get(aSecretary, ids.A)).status).toBe(403);
    const cell = await hOfficer.get<ErrorBody>(`/api/orgs/${ids.A}/oversight?year=${YEAR}`);
    expect(cell.status).toBe(409);
    expect(cell.body.error.code).toBe('OVERSIGHT_NOT_COMMITTEE');
    expect(cell.body.error.message).toMatch(/đảng ủy/);
    expect((await hOfficer.get(`/api/orgs/${newId()}/oversight?year=${YEAR}`)).status).toBe(404);
  });

  it('asks for a valid year, field by field', async () => {
    for (const year of ['abc', '1999', '']) {
      const res = await hOfficer.get<ErrorBody>(`/api/orgs/${ids.H}/oversight?year=${year}`);
      expect(res.status).toBe(400);
      expect(res.body.error.fields?.year).toBeTruthy();
    }
    const missing = await hOfficer.get<ErrorBody>(`/api/orgs/${ids.H}/oversight`);
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields?.year).toBe('Không được để trống');
  });
});

describe('the .xlsx export', () => {
  it('reads back as the dashboard’s rows and totals, with Vietnamese headers', async () => {
    const json = (await get(wOfficer, ids.W)).body;
    const res = await wOfficer.download(`/api/orgs/${ids.W}/oversight/export?year=${YEAR}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="giam-sat-2025.xlsx"; filename*=UTF-8''${encodeURIComponent('giám-sát-2025.xlsx')}`,
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.bytes.buffer as ArrayBuffer);
    const sheet = book.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    const values = (r: number) => (sheet.getRow(r).values as unknown[]).slice(1);
    expect(values(1)[0]).toBe(`Giám sát sinh hoạt chuyên đề năm ${YEAR} — ${json.committee.name}`);
    const header = values(2) as string[];
    const col = (name: string) => {
      const i = header.indexOf(name);
      expect(i, name).toBeGreaterThanOrEqual(0);
      return i;
    };
    expect(sheet.rowCount).toBe(json.rows.length + 3);
    const expected = [...json.rows, { name: 'Tổng cộng', kind: 'total', figures: json.totals }];
    expected.forEach((r, i) => {
      const v = values(i + 3);
      const f = r.figures;
      expect(v[col('Đơn vị')]).toBe(r.name);
      expect(v[col('Loại')] ?? '').toBe({ cell: 'Chi bộ', committee: 'Đảng ủy', total: '' }[r.kind]);
      expect(v[col('Số chi bộ')]).toBe(f.cells);
      for (const q of f.quarters) {
        expect(v[col(`Quý ${q.quarter}: chi bộ đã sinh hoạt chuyên đề`)]).toBe(q.held);
        expect(v[col(`Quý ${q.quarter}: chi bộ phải sinh hoạt`)]).toBe(q.expected);
        expect(v[col(`Quý ${q.quarter}: chi bộ bỏ sót`)]).toBe(q.missed);
      }
      const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
      expect(v[col('Sinh hoạt thường kỳ đã tổ chức')]).toBe(sum(f.months.map((m) => m.regularHeld)));
      expect(v[col('Phút học tập tư tưởng Hồ Chí Minh')]).toBe(sum(f.months.map((m) => m.studyMinutes)));
      expect(v[col('Kế hoạch chưa có')]).toBe(f.plan.counts.none);
      expect(v[col('Kế hoạch đã gửi')]).toBe(f.plan.counts.submitted);
      expect(v[col('Kế hoạch trễ hạn')]).toBe(f.plan.late);
      expect(v[col('Bước chuẩn bị quá hạn')]).toBe(f.overdueSteps);
      expect(v[col('Đảng viên có mặt')]).toBe(f.attendance.present);
      expect(v[col('Đảng viên phải có mặt')]).toBe(f.attendance.expected);
      expect(v[col('Nhiệm vụ chưa hoàn thành')]).toBe(f.tasks.open);
      expect(v[col('Nhiệm vụ quá hạn')]).toBe(f.tasks.overdue);
      expect(v[col('Sơ kết, tổng kết đến hạn chưa ban hành')]).toBe(f.reviewsDue);
      expect(v[col('Báo cáo còn thiếu')]).toBe(
        sum(f.reports.quarters.map((x) => x.missing)) + f.reports.annual.missing,
      );
    });
    // The cell row names its meeting of the quarter: a real date shown dd/mm/yyyy, and the topic.
    const cRow = values(3);
    expect(cRow[col('Quý 4: ngày sinh hoạt')]).toEqual(new Date(Date.UTC(2025, 10, 12)));
    expect(sheet.getCell(3, col('Quý 4: ngày sinh hoạt') + 1).numFmt).toBe('dd/mm/yyyy');
    expect(cRow[col('Quý 4: chuyên đề')]).toBe(meetings.cNovember.topicTitle);
    // Header row bold and frozen with the title; widths set.
    expect(sheet.getRow(2).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2, xSplit: 1 });
    expect(sheet.getColumn(1).width).toBe(40);
  });

  it('is refused like the dashboard', async () => {
    expect((await sOfficer.download(`/api/orgs/${ids.H}/oversight/export?year=${YEAR}`)).status).toBe(404);
    expect((await hOfficer.download(`/api/orgs/${ids.H}/oversight/export?year=20x5`)).status).toBe(400);
  });
});

describe('report deadlines from the guidance', () => {
  it("dates the reports by the guidance of the nearest committee above: the 5th makes the 8th's report late", async () => {
    const db = database.db;
    const committee = await buildCommittee(db, { name: 'Đảng ủy Hạn Ngày 5' });
    const cell = await buildCell(db, { parentId: committee.id, name: 'Chi bộ Báo Cáo Ngày 8' });
    await setCreated(cell.id, '2024-01-01T00:00:00.000Z');
    const guidance = await buildGuidance(db, committee.id, YEAR);
    await setGuidance(guidance, { quarter_report_day: 5 });
    await issued(cell.id, `period_report:${YEAR}-Q1`, `${YEAR}-04-08`, 1);
    const officer = await officerOf(committee.id);
    const o = (await get(officer, committee.id)).body;
    expect(o.quarters.map((q) => q.reportDueOn)).toEqual([
      `${YEAR}-04-05`,
      `${YEAR}-07-05`,
      `${YEAR}-10-05`,
      `${YEAR + 1}-01-05`,
    ]);
    const q1 = o.rows.find((r) => r.id === cell.id)?.figures.reports.quarters[0];
    // Under the default (the 10th) the same report would be on time.
    expect(q1).toMatchObject({ dueOn: `${YEAR}-04-05`, issued: 1, late: 1 });
  });

  it('gives each cell the deadlines of its own nearest guidance, a child committee’s cells theirs, the others the ward’s', async () => {
    const db = database.db;
    const ward = await buildCommittee(db, { name: 'Đảng ủy Hạn Ngày 20' });
    const strict = await buildCommittee(db, { parentId: ward.id, name: 'Đảng ủy Hạn Ngày 5' });
    const bare = await buildCommittee(db, { parentId: ward.id, name: 'Đảng ủy Không Hướng Dẫn' });
    const underStrict = await buildCell(db, { parentId: strict.id, name: 'Chi bộ Dưới Hạn 5' });
    const underBare = await buildCell(db, { parentId: bare.id, name: 'Chi bộ Dưới Hạn 20' });
    const direct = await buildCell(db, { parentId: ward.id, name: 'Chi bộ Trực Thuộc' });
    for (const id of [ward.id, strict.id, bare.id, underStrict.id, underBare.id, direct.id])
      await setCreated(id, '2024-01-01T00:00:00.000Z');
    const wardGuidance = await buildGuidance(db, ward.id, YEAR);
    await setGuidance(wardGuidance, { quarter_report_day: 20, plan_deadline: `${YEAR}-02-28` });
    const strictGuidance = await buildGuidance(db, strict.id, YEAR);
    await setGuidance(strictGuidance, { quarter_report_day: 5 });
    // Every cell issues its first quarter's report on the 8th: late only under the 5th.
    for (const [i, cell] of [underStrict, underBare, direct].entries())
      await issued(cell.id, `period_report:${YEAR}-Q1`, `${YEAR}-04-08`, i + 1);
    const o = (await get(await officerOf(ward.id), ward.id)).body;
    expect(o.quarters[0]?.reportDueOn).toBe(`${YEAR}-04-20`);
    const row = (id: string) => o.rows.find((r) => r.id === id)?.figures;
    expect(row(strict.id)?.reports.quarters[0]).toMatchObject({ issued: 1, late: 1 });
    expect(row(bare.id)?.reports.quarters[0]).toMatchObject({ issued: 1, late: 0 });
    expect(row(direct.id)?.reports.quarters[0]).toMatchObject({ dueOn: `${YEAR}-04-20`, issued: 1, late: 0 });
    expect(row(direct.id)?.plan.deadline).toBe(`${YEAR}-02-28`);
    // The child committee's own dashboard: its cell under its guidance (report on the 5th, plan by 31/01).
    const s = (await get(await officerOf(strict.id), strict.id)).body;
    expect(s.quarters[0]?.reportDueOn).toBe(`${YEAR}-04-05`);
    const cell = s.rows.find((r) => r.id === underStrict.id)?.figures;
    expect(cell?.reports.quarters[0]).toMatchObject({ dueOn: `${YEAR}-04-05`, late: 1 });
    expect(cell?.plan.deadline).toBe(`${YEAR}-01-31`);
  });
});
