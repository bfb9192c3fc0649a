import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import { todayInVietnam } from '../../src/domain/dates/local-date.ts';
import type { App } from '../../src/server/app.ts';
import {
  buildCell,
  buildCommittee,
  buildGroup,
  buildMeeting,
  buildPerson,
  buildResolution,
  buildReview,
  buildUser,
  giveRole,
  PASSWORD,
} from '../fixtures/factories.ts';
import { buildApp, type ErrorBody, loggedIn } from '../support/api-client.ts';
import { docxText } from '../support/document-text.ts';
import { overviewOf } from '../support/overview.ts';
import { createTestDatabase } from '../support/test-db.ts';

interface Issued {
  id: string;
  subject: string;
  number: number;
  title: string;
  issuedOn: string;
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

/** A cell with its secretary, a member and an officer of the committee above, each signed in. */
async function buildReportingCell() {
  const db = database.db;
  const committee = await buildCommittee(db, { name: 'Đảng ủy phường Mỹ Hòa' });
  const cell = await buildCell(db, { parentId: committee.id, name: 'Chi bộ Khu phố 5', members: 4 });
  const [secretaryId, memberId] = cell.memberIds as [string, string];
  await giveRole(db, cell.id, secretaryId, 'secretary');
  const officerId = await buildPerson(db, { unitId: (await buildCell(db, { parentId: committee.id })).id });
  await giveRole(db, committee.id, officerId, 'officer');
  const login = async (personId: string) => loggedIn(app, await buildUser(db, { personId }), PASSWORD);
  return {
    committee,
    cell,
    secretary: await login(secretaryId),
    member: await login(memberId),
    officer: await login(officerId),
  };
}

async function refused(res: Promise<{ status: number; body: unknown }>) {
  const r = await res;
  return { status: r.status, code: (r.body as ErrorBody).error?.code };
}

const year = Number(todayInVietnam().slice(0, 4));
const bcCounter = async (unitId: string) =>
  (
    await database.db
      .selectFrom('document_sequence')
      .select('last_number')
      .where('unit_id', '=', unitId)
      .where('kind', '=', 'BC')
      .executeTakeFirst()
  )?.last_number ?? 0;

describe('issuing the report of a meeting', () => {
  it('numbers it BC, freezes it as issued, and lists it for the committee above', async () => {
    const c = await buildReportingCell();
    const meeting = await buildMeeting(database.db, c.cell.id, { status: 'ended', evaluated: true });
    const res = await c.secretary.post<Issued>(`/api/meetings/${meeting.id}/report/issue`, {});
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      number: 1,
      subject: `meeting_report:${meeting.id}`,
      issuedOn: todayInVietnam(),
      title: expect.stringMatching(/^Báo cáo /),
    });

    // The cell is renamed afterwards: the issued report stays as it was signed.
    await database.db
      .updateTable('org_unit')
      .set({ name: 'Chi bộ Khu phố 5 mới' })
      .where('id', '=', c.cell.id)
      .execute();
    const file = await c.officer.download(`/api/meetings/${meeting.id}/report/document?format=docx`);
    expect(file.status).toBe(200);
    const text = docxText(file.bytes);
    expect(text).toContain('Số 01-BC/CB');
    expect(text).toContain('CHI BỘ KHU PHỐ 5');
    expect(text).not.toContain('MỚI');
    const again = await c.officer.download(`/api/issued-reports/${res.body.id}/document?format=docx`);
    expect(docxText(again.bytes)).toBe(text);

    const list = await c.officer.get<{ reports: Issued[]; mayIssue: boolean }>(
      `/api/orgs/${c.cell.id}/issued-reports?year=${year}`,
    );
    expect(list.body.reports.map((r) => [r.number, r.subject])).toEqual([
      [1, `meeting_report:${meeting.id}`],
    ]);
    expect((await c.member.get(`/api/orgs/${c.cell.id}/issued-reports?year=${year}`)).status).toBe(200);
    expect(list.body.mayIssue).toBe(false);
    const own = await c.secretary.get<{ mayIssue: boolean }>(
      `/api/orgs/${c.cell.id}/issued-reports?year=${year}`,
    );
    expect(own.body.mayIssue).toBe(true);
    // The committee's overview counts each cell's reports of the year.
    const overview = await overviewOf(c.officer, `/api/orgs/${c.committee.id}/plans?year=${year}`);
    expect(overview.body.cells.find((x) => x.cellId === c.cell.id)?.reports).toEqual({
      count: 1,
      lastOn: todayInVietnam(),
    });
    expect(overview.body.cells.filter((x) => x.cellId !== c.cell.id).map((x) => x.reports)).toEqual([
      { count: 0, lastOn: null },
    ]);
    const seen = await c.member.get<{ reportIssued: unknown }>(`/api/meetings/${meeting.id}`);
    expect(seen.body.reportIssued).toEqual({ id: res.body.id, number: 1, issuedOn: todayInVietnam() });
  });

  it('issues a report once, without spending a number on the refusal', async () => {
    const c = await buildReportingCell();
    const meeting = await buildMeeting(database.db, c.cell.id, { status: 'ended', evaluated: true });
    await c.secretary.post(`/api/meetings/${meeting.id}/report/issue`, {});
    expect(await refused(c.secretary.post(`/api/meetings/${meeting.id}/report/issue`, {}))).toEqual({
      status: 409,
      code: 'REPORT_ALREADY_ISSUED',
    });
    expect(await bcCounter(c.cell.id)).toBe(1);
    const running = await buildMeeting(database.db, c.cell.id, { status: 'in_progress' });
    expect(await refused(c.secretary.post(`/api/meetings/${running.id}/report/issue`, {}))).toMatchObject({
      status: 409,
    });
    expect(await refused(c.member.post(`/api/meetings/${meeting.id}/report/issue`, {}))).toMatchObject({
      status: 403,
    });
    expect(await refused(c.officer.post(`/api/meetings/${meeting.id}/report/issue`, {}))).toMatchObject({
      status: 403,
    });
    expect(await bcCounter(c.cell.id)).toBe(1);
  });

  it('gives one number when two issue requests race', async () => {
    const c = await buildReportingCell();
    const meeting = await buildMeeting(database.db, c.cell.id, { status: 'ended', evaluated: true });
    const results = await Promise.all([
      c.secretary.post(`/api/meetings/${meeting.id}/report/issue`, {}),
      c.secretary.post(`/api/meetings/${meeting.id}/report/issue`, {}),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(await bcCounter(c.cell.id)).toBe(1);
  });
});

describe('issuing a quarterly or annual report', () => {
  it('issues a period that has come to its last month, and refuses one still ahead', async () => {
    const c = await buildReportingCell();
    expect(
      await refused(c.secretary.post(`/api/orgs/${c.cell.id}/report/issue`, { year: year + 1, quarter: 1 })),
    ).toEqual({
      status: 409,
      code: 'REPORT_PERIOD_NOT_DUE',
    });
    expect(
      await refused(c.secretary.post(`/api/orgs/${c.cell.id}/report/issue`, { year: year, quarter: 5 })),
    ).toMatchObject({
      status: 400,
    });
    // A cell reports its thematic meetings, a committee its subtree (committee-report.test.ts); a party group
    // issues no report, whoever asks.
    const admin = await loggedIn(app, await buildUser(database.db, { isAdmin: true }), PASSWORD);
    const group = await buildGroup(database.db, c.cell.id);
    expect(await refused(admin.post(`/api/orgs/${group.id}/report/issue`, { year: year - 1 }))).toEqual({
      status: 409,
      code: 'MEETING_NOT_CELL',
    });
    // The committee's own report waits for its assessment, not for a cell.
    expect(await refused(admin.post(`/api/orgs/${c.committee.id}/report/issue`, { year: year - 1 }))).toEqual(
      {
        status: 409,
        code: 'COMMITTEE_REPORT_ASSESSMENT_MISSING',
      },
    );
    const res = await c.secretary.post<Issued>(`/api/orgs/${c.cell.id}/report/issue`, {
      year: year - 1,
      quarter: 4,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ number: 1, subject: `period_report:${year - 1}-Q4` });
    const annual = await c.secretary.post<Issued>(`/api/orgs/${c.cell.id}/report/issue`, { year: year - 1 });
    expect(annual.body).toMatchObject({ number: 2, subject: `period_report:${year - 1}` });
    const file = await c.officer.download(
      `/api/orgs/${c.cell.id}/report/document?format=docx&year=${year - 1}`,
    );
    expect(docxText(file.bytes)).toContain('Số 02-BC/CB');
    // A period not issued is still the draft to sign, its number line blank.
    const draft = await c.officer.download(
      `/api/orgs/${c.cell.id}/report/document?format=docx&year=${year - 1}&quarter=3`,
    );
    expect(docxText(draft.bytes)).toMatch(/Số\s+-BC\/CB/);
  });
});

describe('a resolution review, issued', () => {
  it('joins the cell’s run of reports and downloads as it was issued', async () => {
    const c = await buildReportingCell();
    const meeting = await buildMeeting(database.db, c.cell.id, { status: 'ended', evaluated: true });
    await c.secretary.post(`/api/meetings/${meeting.id}/report/issue`, {});
    const r = await buildResolution(database.db, c.cell.id);
    const reviewId = await buildReview(database.db, r.topicId, { written: true });
    const issued = await c.secretary.post<{ number: number }>(`/api/reviews/${reviewId}/issue`, {});
    expect(issued.body.number).toBe(2);
    const list = await c.officer.get<{ reports: Issued[] }>(
      `/api/orgs/${c.cell.id}/issued-reports?year=${year}`,
    );
    expect(list.body.reports.map((x) => [x.number, x.subject])).toEqual([
      [1, `meeting_report:${meeting.id}`],
      [2, `review:${reviewId}`],
    ]);
    expect(list.body.reports[1]?.title).toBe(
      'Báo cáo sơ kết việc thực hiện Nghị quyết số 01-NQ/CB, ngày ' +
        todayInVietnam().split('-').reverse().join('/'),
    );
    await database.db
      .updateTable('org_unit')
      .set({ name: 'Chi bộ đổi tên' })
      .where('id', '=', c.cell.id)
      .execute();
    const text = docxText((await c.member.download(`/api/reviews/${reviewId}/document?format=docx`)).bytes);
    expect(text).toContain('Số 02-BC/CB');
    expect(text).not.toContain('ĐỔI TÊN');
  });
});

describe('the secretary’s evaluation of a meeting', () => {
  it('is written after the meeting, goes up with its report, and is fixed once the report is issued', async () => {
    const c = await buildReportingCell();
    const running = await buildMeeting(database.db, c.cell.id, { status: 'in_progress' });
    const body = {
      preparer: 'Đồng chí chuẩn bị công phu, số liệu cụ thể.',
      result: 'Đạt yêu cầu.',
      lessons: '',
    };
    expect(await refused(c.secretary.put(`/api/meetings/${running.id}/evaluation`, body))).toEqual({
      status: 409,
      code: 'EVALUATION_MEETING_NOT_ENDED',
    });
    const meeting = await buildMeeting(database.db, c.cell.id, { status: 'ended' });
    expect(await refused(c.member.put(`/api/meetings/${meeting.id}/evaluation`, body))).toMatchObject({
      status: 403,
    });
    expect(
      await refused(
        c.secretary.put(`/api/meetings/${meeting.id}/evaluation`, { result: 'x'.repeat(20_001) }),
      ),
    ).toMatchObject({ status: 400 });
    const saved = await c.secretary.put<{ evaluation: unknown; permissions: { evaluate: boolean } }>(
      `/api/meetings/${meeting.id}/evaluation`,
      body,
    );
    expect(saved.status).toBe(200);
    expect(saved.body.evaluation).toMatchObject({
      preparer: body.preparer,
      result: 'Đạt yêu cầu.',
      lessons: null,
    });
    expect(saved.body.permissions.evaluate).toBe(true);
    const seen = await c.member.get<{ evaluation: unknown; permissions: { evaluate: boolean } }>(
      `/api/meetings/${meeting.id}`,
    );
    expect(seen.body.evaluation).toEqual(saved.body.evaluation);
    expect(seen.body.permissions.evaluate).toBe(false);

    await c.secretary.post(`/api/meetings/${meeting.id}/report/issue`, {});
    const text = docxText(
      (await c.officer.download(`/api/meetings/${meeting.id}/report/document?format=docx`)).bytes,
    );
    expect(text).toContain('IV. NHẬN XÉT, ĐÁNH GIÁ');
    expect(text).toContain(body.preparer);
    expect(await refused(c.secretary.put(`/api/meetings/${meeting.id}/evaluation`, body))).toEqual({
      status: 409,
      code: 'EVALUATION_REPORT_ISSUED',
    });
  });

  it('joins the preparer’s year-end scorecard', async () => {
    const c = await buildReportingCell();
    const r = await buildResolution(database.db, c.cell.id);
    const remark = 'Chuẩn bị chu đáo, số liệu sát thực tế; cần trình bày ngắn gọn hơn.';
    expect(
      (await c.secretary.put(`/api/meetings/${r.meetingId}/evaluation`, { preparer: remark })).status,
    ).toBe(200);
    // The factory's plans take years of their own: the card is the plan's year.
    const { year: planYear } = await database.db
      .selectFrom('plan_topic as t')
      .innerJoin('plan as p', 'p.id', 't.plan_id')
      .select('p.year')
      .where('t.id', '=', r.topicId)
      .executeTakeFirstOrThrow();
    const card = await c.secretary.download(
      `/api/members/${r.preparerId}/scorecard/document?format=docx&year=${planYear}`,
    );
    expect(card.status).toBe(200);
    expect(docxText(card.bytes)).toContain(`(đã hoàn chỉnh). Nhận xét của bí thư: ${remark}`);
  });
});
