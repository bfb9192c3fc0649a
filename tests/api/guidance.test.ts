import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import type { App } from '../../src/server/app.ts';
import {
  buildCell,
  buildCommittee,
  buildGuidance,
  buildPerson,
  buildUser,
  buildWorld,
  giveRole,
  PASSWORD,
} from '../fixtures/factories.ts';
import { type ApiClient, buildApp, type ErrorBody, loggedIn } from '../support/api-client.ts';
import { createTestDatabase } from '../support/test-db.ts';

interface Guidance {
  id: string;
  committeeId: string;
  committeeName: string;
  year: number;
  referenceNumber: string;
  issuedOn: string;
  title: string;
  theme: string | null;
  documents: string[];
  topicGroups: string[];
  planDeadline: string;
  content: string | null;
  canEdit: boolean;
}
interface AuditEntries {
  entries: { action: string; entityId: string; actorName: string | null; before: unknown; after: unknown }[];
}

let database: Database;
let app: App;

beforeAll(async () => {
  database = await createTestDatabase();
  app = buildApp(database);
});
afterAll(async () => {
  await database?.close();
});

async function setUp() {
  const world = await buildWorld(database.db);
  const as = (who: keyof typeof world.users): Promise<ApiClient> => loggedIn(app, world.users[who], PASSWORD);
  return { ...world, as, officer: await as('officer') };
}

/** A login for a member of a cell who holds no role. */
async function memberOf(cellId: string): Promise<ApiClient> {
  const personId = await buildPerson(database.db, { unitId: cellId });
  return loggedIn(app, await buildUser(database.db, { personId }), PASSWORD);
}

/** Seed 000's guidance: "Thực hiện số …-CV/ĐUCS … về việc xây dựng kế hoạch, đăng ký nội dung sinh hoạt chuyên đề". */
const body = (overrides: Record<string, unknown> = {}) => ({
  year: 2026,
  referenceNumber: '25-CV/ĐU',
  issuedOn: '2026-01-05',
  title: 'Về việc xây dựng kế hoạch, đăng ký nội dung sinh hoạt chuyên đề năm 2026',
  theme: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  documents: ['Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018', 'Chỉ thị số 05-CT/TW ngày 15/5/2016'],
  topicGroups: ['ho_chi_minh_study', 'party_building'],
  planDeadline: '2026-01-31',
  content: 'Các chi bộ xây dựng kế hoạch và gửi về Đảng ủy trước ngày 31/01/2026.',
  ...overrides,
});

async function guidanceOf(client: ApiClient, unitId: string, query = ''): Promise<Guidance[]> {
  const res = await client.get<{ guidance: Guidance[] }>(`/api/orgs/${unitId}/guidance${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.guidance;
}

async function issue(client: ApiClient, committeeId: string, overrides: Record<string, unknown> = {}) {
  const res = await client.post<Guidance>(`/api/orgs/${committeeId}/guidance`, body(overrides));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

describe('issuing guidance', () => {
  it('lets an officer issue the year’s guidance for their committee (201), listed for the committee', async () => {
    const w = await setUp();
    const res = await w.officer.post<Guidance>(`/api/orgs/${w.sub.id}/guidance`, body());
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      committeeId: w.sub.id,
      committeeName: 'Đảng ủy Bệnh viện Thử Nghiệm',
      year: 2026,
      referenceNumber: '25-CV/ĐU',
      issuedOn: '2026-01-05',
      title: 'Về việc xây dựng kế hoạch, đăng ký nội dung sinh hoạt chuyên đề năm 2026',
      theme: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
      documents: ['Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018', 'Chỉ thị số 05-CT/TW ngày 15/5/2016'],
      topicGroups: ['ho_chi_minh_study', 'party_building'],
      planDeadline: '2026-01-31',
      content: 'Các chi bộ xây dựng kế hoạch và gửi về Đảng ủy trước ngày 31/01/2026.',
      // No report deadlines set: the defaults apply (report-deadlines.ts).
      quarterReportDay: null,
      annualReportDueOn: null,
      canEdit: true,
    });
    expect(await guidanceOf(w.officer, w.sub.id)).toEqual([res.body]);
  });

  it('stores empty optional texts as null and accepts a deadline on the day of issue', async () => {
    const w = await setUp();
    const res = await w.officer.post<Guidance>(
      `/api/orgs/${w.sub.id}/guidance`,
      body({ theme: '  ', content: '', documents: [], topicGroups: [], planDeadline: '2026-01-05' }),
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      theme: null,
      content: null,
      documents: [],
      topicGroups: [],
      planDeadline: '2026-01-05',
    });
    expect((await guidanceOf(w.officer, w.sub.id)).map((g) => g.id)).toEqual([res.body.id]);
  });

  it('writes an audit entry with the officer’s name and what was issued', async () => {
    const w = await setUp();
    const issued = await issue(w.officer, w.sub.id);
    const audit = await (await w.as('admin')).get<AuditEntries>(`/api/audit?entityId=${issued.id}`);
    expect(audit.status).toBe(200);
    expect(audit.body.entries).toEqual([
      expect.objectContaining({
        action: 'guidance.issue',
        entityId: issued.id,
        actorName: 'Trần Thị Cán Bộ',
        before: null,
        after: expect.objectContaining({ committee_id: w.sub.id, reference_number: '25-CV/ĐU', year: 2026 }),
      }),
    ]);
  });

  it('refuses guidance on a cell with 409 GUIDANCE_NOT_COMMITTEE and stores nothing', async () => {
    const w = await setUp();
    const res = await w.officer.post<ErrorBody>(`/api/orgs/${w.cell.id}/guidance`, body());
    expect(res.status).toBe(409);
    expect(res.body.error).toEqual({
      code: 'GUIDANCE_NOT_COMMITTEE',
      message: 'Chỉ đảng ủy mới ban hành hướng dẫn',
    });
    expect(await guidanceOf(w.officer, w.cell.id)).toEqual([]);
  });

  it('refuses a plan deadline before the date of issue with 400 and fields.planDeadline', async () => {
    const w = await setUp();
    const res = await w.officer.post<ErrorBody>(
      `/api/orgs/${w.sub.id}/guidance`,
      body({ issuedOn: '2026-02-01', planDeadline: '2026-01-31' }),
    );
    expect(res.status).toBe(400);
    expect(res.body.error).toEqual({
      code: 'VALIDATION_FAILED',
      message: 'Dữ liệu chưa hợp lệ',
      fields: { planDeadline: 'Hạn nộp kế hoạch không được trước ngày ban hành' },
    });
    expect(await guidanceOf(w.officer, w.sub.id)).toEqual([]);
  });

  for (const year of [1999, 2101, 2026.5, 'năm nay']) {
    it(`refuses the year ${JSON.stringify(year)} with 400 and fields.year`, async () => {
      const w = await setUp();
      const res = await w.officer.post<ErrorBody>(`/api/orgs/${w.sub.id}/guidance`, body({ year }));
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
      expect(Object.keys(res.body.error.fields ?? {})).toEqual(['year']);
      expect(await guidanceOf(w.officer, w.sub.id)).toEqual([]);
    });
  }

  it('refuses a missing title, an empty reference number and a malformed date with 400, field by field', async () => {
    const w = await setUp();
    const { title: _title, ...withoutTitle } = body();
    const res = await w.officer.post<ErrorBody>(`/api/orgs/${w.sub.id}/guidance`, {
      ...withoutTitle,
      referenceNumber: '   ',
      issuedOn: '05/01/2026',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual({
      title: 'Không được để trống',
      referenceNumber: 'Không được để trống',
      issuedOn: 'Ngày không hợp lệ (định dạng YYYY-MM-DD)',
    });
    expect(await guidanceOf(w.officer, w.sub.id)).toEqual([]);
  });
});

describe('seeing guidance from below', () => {
  it('shows a cell the guidance of its committee and of every committee above, newest first', async () => {
    const w = await setUp();
    const fromSub = await issue(w.officer, w.sub.id, { issuedOn: '2026-01-10', referenceNumber: '07-CV/ĐU' });
    const fromRootId = await buildGuidance(database.db, w.root.id, 2026); // issued 2026-01-05
    const lastYearId = await buildGuidance(database.db, w.root.id, 2025);

    const member = await w.as('member');
    const seen = await guidanceOf(member, w.cell.id);
    expect(seen.map((g) => [g.id, g.committeeName, g.year])).toEqual([
      [fromSub.id, 'Đảng ủy Bệnh viện Thử Nghiệm', 2026],
      [fromRootId, 'Đảng ủy phường Thử Nghiệm', 2026],
      [lastYearId, 'Đảng ủy phường Thử Nghiệm', 2025],
    ]);
    // The member reads what the officer issued, but may not correct it.
    expect(seen[0]).toEqual({ ...fromSub, canEdit: false });
    expect((await guidanceOf(member, w.cell.id, '?year=2025')).map((g) => g.id)).toEqual([lastYearId]);
    expect((await guidanceOf(member, w.cell.id, '?year=2027')).map((g) => g.id)).toEqual([]);
  });

  it('does not show a committee’s guidance to a cell in another committee', async () => {
    const w = await setUp();
    const fromSub = await issue(w.officer, w.sub.id);
    const fromRootId = await buildGuidance(database.db, w.root.id, 2026);

    // A sibling sub-committee under the same root: its cells see the root's guidance, not our sub's.
    const otherSub = await buildCommittee(database.db, {
      parentId: w.root.id,
      name: 'Đảng ủy Trường Thử Nghiệm',
    });
    const otherCell = await buildCell(database.db, { parentId: otherSub.id, name: 'Chi bộ Tổ Toán' });
    const neighbour = await memberOf(otherCell.id);
    expect((await guidanceOf(neighbour, otherCell.id)).map((g) => g.id)).toEqual([fromRootId]);

    // A cell of another tree sees neither.
    const foreign = await memberOf(w.foreignCell.id);
    expect(await guidanceOf(foreign, w.foreignCell.id)).toEqual([]);
    expect((await guidanceOf(await w.as('admin'), w.foreignCell.id)).map((g) => g.id)).not.toContain(
      fromSub.id,
    );
  });

  it('shows a cell directly under the root committee (a village cell) the root’s guidance only', async () => {
    const w = await setUp();
    await issue(w.officer, w.sub.id);
    const fromRootId = await buildGuidance(database.db, w.root.id, 2026);
    const village = await buildCell(database.db, { parentId: w.root.id, name: 'Chi bộ Tổ dân phố 3' });
    const member = await memberOf(village.id);
    expect((await guidanceOf(member, village.id)).map((g) => g.id)).toEqual([fromRootId]);
  });

  it('answers 404 to a member asking for the guidance of a cell they cannot see', async () => {
    const w = await setUp();
    await issue(w.officer, w.sub.id);
    const res = await (await w.as('member')).get<ErrorBody>(`/api/orgs/${w.foreignCell.id}/guidance`);
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('NOT_FOUND');
  });

  it('lets an officer of the root issue guidance that reaches every cell of the tree', async () => {
    const w = await setUp();
    const rootOfficerId = await buildPerson(database.db, {
      unitId: w.sibling.id,
      fullName: 'Phạm Văn Tuyên Giáo',
    });
    await giveRole(database.db, w.root.id, rootOfficerId, 'officer');
    const rootOfficer = await loggedIn(
      app,
      await buildUser(database.db, { personId: rootOfficerId }),
      PASSWORD,
    );
    const issued = await issue(rootOfficer, w.root.id, { referenceNumber: '01-HD/ĐU' });
    for (const cellId of [w.cell.id, w.sibling.id]) {
      expect((await guidanceOf(await w.as('admin'), cellId)).map((g) => g.id)).toEqual([issued.id]);
    }
    expect((await guidanceOf(await w.as('secretary'), w.cell.id)).map((g) => g.referenceNumber)).toEqual([
      '01-HD/ĐU',
    ]);
  });
});

describe('correcting guidance', () => {
  it('saves the whole guidance with PUT (200), seen from below, with an audit entry before/after', async () => {
    const w = await setUp();
    const issued = await issue(w.officer, w.sub.id);
    const res = await w.officer.put<Guidance>(
      `/api/guidance/${issued.id}`,
      body({
        referenceNumber: '25a-CV/ĐU',
        planDeadline: '2026-02-15',
        documents: ['Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018'],
        theme: null,
      }),
    );
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      ...issued,
      referenceNumber: '25a-CV/ĐU',
      planDeadline: '2026-02-15',
      documents: ['Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018'],
      theme: null,
    });
    expect(await guidanceOf(await w.as('member'), w.cell.id)).toEqual([{ ...res.body, canEdit: false }]);

    const audit = await (await w.as('admin')).get<AuditEntries>(`/api/audit?entityId=${issued.id}`);
    const update = audit.body.entries.find((e) => e.action === 'guidance.update');
    expect(update).toMatchObject({
      actorName: 'Trần Thị Cán Bộ',
      before: { reference_number: '25-CV/ĐU', plan_deadline: '2026-01-31' },
      after: { reference_number: '25a-CV/ĐU', plan_deadline: '2026-02-15' },
    });
  });

  it('refuses a correction with the deadline before the issue date (400) and keeps the guidance', async () => {
    const w = await setUp();
    const issued = await issue(w.officer, w.sub.id);
    const res = await w.officer.put<ErrorBody>(
      `/api/guidance/${issued.id}`,
      body({ issuedOn: '2026-03-01', planDeadline: '2026-02-28' }),
    );
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual({
      planDeadline: 'Hạn nộp kế hoạch không được trước ngày ban hành',
    });
    expect(await guidanceOf(w.officer, w.sub.id)).toEqual([issued]);
  });

  it('refuses a correction with a bad year (400) and keeps the guidance', async () => {
    const w = await setUp();
    const issued = await issue(w.officer, w.sub.id);
    const res = await w.officer.put<ErrorBody>(`/api/guidance/${issued.id}`, body({ year: 1975 }));
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields ?? {})).toEqual(['year']);
    expect(await guidanceOf(w.officer, w.sub.id)).toEqual([issued]);
  });

  it('says for each guidance listed whether the user may correct it (canEdit): its committee’s officers or above', async () => {
    const w = await setUp();
    const fromSub = await issue(w.officer, w.sub.id, { issuedOn: '2026-01-10' });
    const fromRootId = await buildGuidance(database.db, w.root.id, 2026);
    const canEdit = async (client: ApiClient, unitId: string) =>
      (await guidanceOf(client, unitId)).map((g) => [g.id, g.canEdit]);

    // The sub-committee's officer corrects its own guidance, not the root's above it.
    expect(await canEdit(w.officer, w.cell.id)).toEqual([
      [fromSub.id, true],
      [fromRootId, false],
    ]);
    expect(await canEdit(w.officer, w.sub.id)).toEqual([
      [fromSub.id, true],
      [fromRootId, false],
    ]);
    // The inspector of the same committee and the people of the cell read it only.
    for (const who of ['inspector', 'secretary', 'member'] as const) {
      expect(await canEdit(await w.as(who), w.cell.id)).toEqual([
        [fromSub.id, false],
        [fromRootId, false],
      ]);
    }
    // An officer of the root may correct both (the sub-committee is below the root).
    const rootOfficerId = await buildPerson(database.db, { unitId: w.sibling.id });
    await giveRole(database.db, w.root.id, rootOfficerId, 'officer');
    const rootOfficer = await loggedIn(
      app,
      await buildUser(database.db, { personId: rootOfficerId }),
      PASSWORD,
    );
    expect(await canEdit(rootOfficer, w.cell.id)).toEqual([
      [fromSub.id, true],
      [fromRootId, true],
    ]);
    // The flags follow the policy: what canEdit allows is accepted, what it refuses answers 403.
    expect(
      (await rootOfficer.put(`/api/guidance/${fromSub.id}`, body({ issuedOn: '2026-01-10' }))).status,
    ).toBe(200);
    expect((await (await w.as('inspector')).put(`/api/guidance/${fromSub.id}`, body())).status).toBe(403);
  });

  it('answers 404 for unknown guidance', async () => {
    const w = await setUp();
    const res = await w.officer.put<ErrorBody>('/api/guidance/00000000-0000-7000-8000-000000000000', body());
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('NOT_FOUND');
  });
});
