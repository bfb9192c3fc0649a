/**
 * The year-end review of a cell's thematic meetings (issue 16; seed 001: participation is "căn cứ để Chi bộ đánh
 * giá, bình xét thi đua cuối năm"): members' figures counted only while in this cell (a mid-year transfer), the
 * proposed level from the committee's thresholds, the cell's assessment with reasons, the self-assessment, the
 * finalised documents going up beside the annual report; who reads what.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import type { Actor } from '../../src/domain/authz/policy.ts';
import type { App } from '../../src/server/app.ts';
import { issuePeriodReport } from '../../src/server/features/documents/index.ts';
import {
  buildCell,
  buildMeeting,
  buildPerson,
  buildUser,
  buildWorld,
  giveRole,
  PASSWORD,
  type World,
} from '../fixtures/factories.ts';
import { type ApiClient, buildApp, type ErrorBody, loggedIn } from '../support/api-client.ts';
import { createTestDatabase } from '../support/test-db.ts';

interface Member {
  personId: string;
  name: string;
  inCell: { from: string | null; to: string | null };
  figures: { expected: number; attended: number; attendanceRate: number | null; spoke: number };
  proposed: string | null;
  assessment: { level: string; remark: string | null; reason: string | null } | null;
}
interface Review {
  status: 'draft' | 'final';
  thresholds: { source: string; orgName: string | null; frozen: boolean };
  members: Member[];
  cell: {
    quarters: { quarter: number; thematic: number; regular: number }[];
    selfAssessment: { strengths: string | null };
  } | null;
  permissions: { write: boolean; finalise: boolean; readAll: boolean };
}

const YEAR = 2025;
const system: Actor = { userId: 'system', personId: null, isAdmin: true, grants: [] };
let database: Database;
let app: App;
let world: World;
let officer: ApiClient;
let inspector: ApiClient;
let secretaryA: ApiClient;
let deputyA: ApiClient;
let memberA: ApiClient;
let secretaryB: ApiClient;
let staff: ApiClient;
let cellA: { id: string; memberIds: string[] };
let cellB: { id: string; memberIds: string[] };
let moved: string;
let stayed: string;

const userOf = async (personId: string) =>
  loggedIn(app, await buildUser(database.db, { personId }), PASSWORD);

beforeAll(async () => {
  database = await createTestDatabase();
  app = buildApp(database);
  world = await buildWorld(database.db);
  officer = await loggedIn(app, world.users.officer, PASSWORD);
  inspector = await loggedIn(app, world.users.inspector, PASSWORD);
  cellA = await buildCell(database.db, { parentId: world.sub.id, name: 'Chi bộ Khoa Dược', members: 4 });
  cellB = await buildCell(database.db, { parentId: world.sub.id, name: 'Chi bộ Khoa Sản', members: 2 });
  const [secA, stayedId, movedId, deputyId] = cellA.memberIds as [string, string, string, string];
  const [secB] = cellB.memberIds as [string];
  moved = movedId;
  stayed = stayedId;
  await giveRole(database.db, cellA.id, secA, 'secretary');
  await giveRole(database.db, cellA.id, deputyId, 'deputy');
  await giveRole(database.db, cellB.id, secB, 'secretary');
  secretaryA = await userOf(secA);
  deputyA = await userOf(deputyId);
  memberA = await userOf(stayedId);
  secretaryB = await userOf(secB);
  staff = await userOf(await buildPerson(database.db, { unitId: cellA.id, status: 'staff' }));

  // The member moves from cell A to cell B on 1 June; each cell holds its thematic meetings of the year.
  const t = await officer.post(`/api/members/${movedId}/transfer`, {
    toUnitId: cellB.id,
    on: `${YEAR}-06-01`,
  });
  expect(t.status).toBe(200);
  const march = await buildMeeting(database.db, cellA.id, {
    status: 'ended',
    heldOn: `${YEAR}-03-10`,
    present: [secA, stayedId, movedId, deputyId],
    speechBy: stayedId,
  });
  await database.db
    .updateTable('meeting_speech')
    .set({ status: 'done' })
    .where('meeting_id', '=', march.id)
    .execute();
  await buildMeeting(database.db, cellA.id, {
    status: 'ended',
    heldOn: `${YEAR}-09-10`,
    present: [secA, stayedId, deputyId],
  });
  await buildMeeting(database.db, cellB.id, {
    status: 'ended',
    heldOn: `${YEAR}-09-20`,
    present: [secB, movedId],
  });
});
afterAll(() => database.close());

const review = (client: ApiClient, cellId: string) =>
  client.request<Review & ErrorBody>('GET', `/api/orgs/${cellId}/year-review?year=${YEAR}`);
const assess = (client: ApiClient, personId: string, body: unknown) =>
  client.request<Review & ErrorBody>(
    'PUT',
    `/api/orgs/${cellA.id}/year-review/members/${personId}?year=${YEAR}`,
    body,
  );
const line = (r: Review, personId: string) => r.members.find((m) => m.personId === personId);

describe('the members’ year: counted only while in this cell', () => {
  it('splits the year of a member who moved to another cell on 1 June', async () => {
    const a = await review(secretaryA, cellA.id);
    expect(a.status).toBe(200);
    expect(line(a.body, moved)).toMatchObject({
      inCell: { from: null, to: `${YEAR}-06-01` },
      figures: { expected: 1, attended: 1, attendanceRate: 100 },
    });
    expect(line(a.body, stayed)).toMatchObject({ figures: { expected: 2, attended: 2, spoke: 1 } });
    const b = await review(secretaryB, cellB.id);
    expect(line(b.body, moved)).toMatchObject({
      inCell: { from: `${YEAR}-06-01`, to: null },
      figures: { expected: 1, attended: 1 },
    });
    // The cell's year per quarter.
    expect(a.body.cell?.quarters.map((q) => q.thematic)).toEqual([1, 0, 1, 0]);
  });

  it('proposes a level from the default thresholds, then from the committee’s', async () => {
    const before = await review(secretaryA, cellA.id);
    expect(before.body.thresholds.source).toBe('default');
    // Full attendance but a single contribution: Đạt, not Tích cực (two contributions by default).
    expect(line(before.body, stayed)?.proposed).toBe('satisfactory');
    const saved = await officer.request<ErrorBody>(
      'PUT',
      `/api/orgs/${world.sub.id}/year-review-thresholds`,
      {
        active: { attendance: 90, maxUnexcused: 0, minContributions: 1, maxLateTasks: 0 },
        satisfactory: { attendance: 70, maxUnexcused: 2 },
      },
    );
    expect(saved.status).toBe(200);
    const after = await review(secretaryA, cellA.id);
    expect(after.body.thresholds).toMatchObject({ source: 'inherited', orgName: world.sub.name });
    expect(line(after.body, stayed)?.proposed).toBe('active');
  });

  it('refuses thresholds out of order (400) and thresholds set on a cell (the secretary: 403)', async () => {
    const bad = await officer.request<ErrorBody>('PUT', `/api/orgs/${world.sub.id}/year-review-thresholds`, {
      active: { attendance: 60, maxUnexcused: 0, minContributions: 1, maxLateTasks: 0 },
      satisfactory: { attendance: 70, maxUnexcused: 2 },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields?.['active.attendance']).toMatch(/Tích cực/);
    const onCell = await secretaryA.request<ErrorBody>(
      'PUT',
      `/api/orgs/${cellA.id}/year-review-thresholds`,
      {
        active: { attendance: 90, maxUnexcused: 0, minContributions: 1, maxLateTasks: 0 },
        satisfactory: { attendance: 70, maxUnexcused: 2 },
      },
    );
    expect(onCell.status).toBe(403);
  });
});

describe('the cell’s assessment of its members', () => {
  it('records the proposed level, and another level only with a reason', async () => {
    const same = await assess(deputyA, stayed, {
      level: 'active',
      remark: 'Tham gia đầy đủ, phát biểu tích cực',
    });
    expect(same.status).toBe(200);
    expect(line(same.body, stayed)?.assessment).toMatchObject({ level: 'active', reason: null });
    const noReason = await assess(secretaryA, moved, { level: 'unsatisfactory' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.fields?.reason).toMatch(/lý do/);
    const withReason = await assess(secretaryA, moved, {
      level: 'unsatisfactory',
      reason: 'Không góp ý dự thảo nào trong năm',
    });
    expect(withReason.status).toBe(200);
    expect(line(withReason.body, moved)?.assessment).toMatchObject({
      level: 'unsatisfactory',
      reason: 'Không góp ý dự thảo nào trong năm',
    });
  });

  it('refuses bad input (400), a person not of the cell (409), and members writing (403)', async () => {
    expect((await assess(secretaryA, stayed, { level: 'excellent' })).status).toBe(400);
    const outsider = await assess(secretaryA, world.people.memberId, { level: 'active', reason: 'x' });
    expect(outsider.status).toBe(409);
    expect(outsider.body.error.code).toBe('YEAR_REVIEW_NOT_MEMBER');
    expect((await assess(memberA, stayed, { level: 'active' })).status).toBe(403);
    expect((await review(secretaryA, cellA.id)).body.permissions).toEqual({
      write: true,
      finalise: true,
      readAll: true,
    });
    expect((await review(deputyA, cellA.id)).body.permissions.finalise).toBe(false);
  });
});

describe('who reads the review', () => {
  it('a member reads their own line only; staff are refused; a sibling cell does not see it', async () => {
    const own = await review(memberA, cellA.id);
    expect(own.status).toBe(200);
    expect(own.body.members.map((m) => m.personId)).toEqual([stayed]);
    expect(own.body.cell).toBeNull();
    expect((await review(staff, cellA.id)).status).toBe(403);
    expect((await review(secretaryB, cellA.id)).status).toBe(404);
    const doc = await secretaryB.request(
      'GET',
      `/api/orgs/${cellA.id}/year-review/document?year=${YEAR}&part=members&format=html`,
    );
    expect(doc.status).toBe(404);
    const memberDoc = await memberA.request(
      'GET',
      `/api/orgs/${cellA.id}/year-review/document?year=${YEAR}&part=members&format=html`,
    );
    expect(memberDoc.status).toBe(403);
  });

  it('the committee above reads it whole; a committee is not a cell (409)', async () => {
    const whole = await review(inspector, cellA.id);
    expect(whole.status).toBe(200);
    expect(whole.body.members.length).toBe(4);
    expect(whole.body.permissions).toEqual({ write: false, finalise: false, readAll: true });
    const committee = await review(officer, world.sub.id);
    expect(committee.status).toBe(409);
    expect(committee.body.error.code).toBe('YEAR_REVIEW_NOT_CELL');
  });
});

describe('finalising: frozen documents going up with the annual report', () => {
  it('refuses to finalise without the self-assessment, then freezes both documents', async () => {
    const finalise = (client: ApiClient) =>
      client.request<Review & ErrorBody>('POST', `/api/orgs/${cellA.id}/year-review/finalise?year=${YEAR}`);
    const early = await finalise(secretaryA);
    expect(early.status).toBe(409);
    expect(early.body.error.message).toMatch(/tự đánh giá/);
    const self = await secretaryA.request<Review>(
      'PUT',
      `/api/orgs/${cellA.id}/year-review/self-assessment?year=${YEAR}`,
      {
        strengths: 'Duy trì sinh hoạt chuyên đề đều đặn.',
        limitations: 'Quý II và quý IV chưa tổ chức sinh hoạt chuyên đề.',
        direction: 'Mỗi quý ít nhất một chuyên đề, gửi dự thảo sớm.',
      },
    );
    expect(self.status).toBe(200);
    expect(self.body.cell?.selfAssessment.strengths).toBe('Duy trì sinh hoạt chuyên đề đều đặn.');
    expect((await finalise(deputyA)).status).toBe(403);
    const done = await finalise(secretaryA);
    expect(done.status).toBe(200);
    expect(done.body.status).toBe('final');
    expect(done.body.thresholds.frozen).toBe(true);
    // A member not assessed took the proposed level as the cell's assessment.
    const secA = cellA.memberIds[0] as string;
    expect(line(done.body, secA)?.assessment?.level).toBe(line(done.body, secA)?.proposed);
    expect(done.body.permissions).toEqual({ write: false, finalise: false, readAll: true });
    // The officers of the committee directly above are told it is there, with a link to the cell's year.
    const told = await officer.request<{ items: { kind: string; link: string }[] }>(
      'GET',
      '/api/notifications',
    );
    const note = told.body.items.find((n) => n.kind === 'year_review_finalised');
    expect(note?.link).toBe(`/units/${cellA.id}?tab=year-review&year=${YEAR}`);
    const late = await assess(secretaryA, stayed, { level: 'active' });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('YEAR_REVIEW_FINALISED');

    // A later change of thresholds does not change the finalised review.
    await officer.request('PUT', `/api/orgs/${world.sub.id}/year-review-thresholds`, {
      active: { attendance: 100, maxUnexcused: 0, minContributions: 9, maxLateTasks: 0 },
      satisfactory: { attendance: 100, maxUnexcused: 0 },
    });
    expect(line((await review(secretaryA, cellA.id)).body, stayed)?.proposed).toBe('active');

    const html = await officer.request<string>(
      'GET',
      `/api/orgs/${cellA.id}/year-review/document?year=${YEAR}&part=cell&format=html`,
    );
    expect(html.status).toBe(200);
    const text = String(html.body);
    expect(text).toContain('Quý II và quý IV chưa tổ chức sinh hoạt chuyên đề.');
    expect(text).toContain('Quy định 124-QĐ/TW');
    const members = await officer.request<string>(
      'GET',
      `/api/orgs/${cellA.id}/year-review/document?year=${YEAR}&part=members&format=html`,
    );
    expect(String(members.body)).toContain('Không góp ý dự thảo nào trong năm');
    expect(String(members.body)).toContain(`đến 01/06/${YEAR}`);
    const docx = await officer.download(
      `/api/orgs/${cellA.id}/year-review/document?year=${YEAR}&part=members&format=docx`,
    );
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-type')).toContain('wordprocessingml');
  });

  it('shows the committee directly above the review beside the cell’s annual report', async () => {
    await issuePeriodReport(database.db, system, cellA.id, YEAR, null);
    await issuePeriodReport(database.db, system, cellB.id, YEAR, null);
    const thisYear = new Date().getFullYear();
    const list = await officer.request<{
      reports: { unit: { id: string }; period: { quarter: number | null } | null; yearReview: unknown }[];
    }>('GET', `/api/orgs/${world.sub.id}/received-reports?year=${thisYear}`);
    expect(list.status).toBe(200);
    const annual = (cellId: string) =>
      list.body.reports.find((r) => r.unit.id === cellId && r.period?.quarter === null);
    expect(annual(cellA.id)?.yearReview).toMatchObject({ year: YEAR });
    expect(annual(cellB.id)?.yearReview).toBeNull();
  });
});
