import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import { newId, nowIso } from '../../src/db/ids.ts';
import { todayInVietnam } from '../../src/domain/dates/local-date.ts';
import { endedReportPeriods } from '../../src/domain/inbox/inbox.ts';
import type { App } from '../../src/server/app.ts';
import {
  reportDeadlinesBelowCommittees,
  reportDeadlinesOf,
} from '../../src/server/features/guidance/index.ts';
import {
  buildCell,
  buildCommittee,
  buildMeeting,
  buildPerson,
  buildUser,
  giveRole,
  PASSWORD,
} from '../fixtures/factories.ts';
import { type ApiClient, buildApp, type ErrorBody, loggedIn } from '../support/api-client.ts';
import { createTestDatabase } from '../support/test-db.ts';

interface Receipt {
  receivedAt: string;
  receivedBy: string | null;
  remark: string | null;
  remarkedAt: string | null;
  remarkedBy: string | null;
}
interface Received {
  reports: {
    id: string;
    unit: { id: string; name: string };
    subject: string;
    state: 'unread' | 'read' | 'received';
    receipt: Receipt | null;
    dueOn: string | null;
    late: boolean;
  }[];
  missing: { unit: { id: string }; year: number; quarter: number | null; dueOn: string; late: boolean }[];
  mayReceive: boolean;
}
interface CellReports {
  reports: {
    id: string;
    subject: string;
    receipt: Omit<Receipt, 'remarkedBy'> | null;
    dueOn: string | null;
    late: boolean;
  }[];
  periods: {
    year: number;
    quarter: number | null;
    dueOn: string;
    issuedOn: string | null;
    late: boolean;
    missing: boolean;
  }[];
}
interface InboxItem {
  kind: string;
  unit: { id: string };
  dueOn: string | null;
  link: string;
  params: Record<string, unknown>;
}

let database: Database;
let app: App;
const today = todayInVietnam();
const thisYear = Number(today.slice(0, 4));
/** A past year: every period report of it is due by now, whatever day the tests run. */
const PAST = 2025;

const login = async (personId: string) => loggedIn(app, await buildUser(database.db, { personId }), PASSWORD);

/** Units made by a test are founded today; these have existed since before the past year they report on. */
const foundedLongAgo = (unitId: string) =>
  database.db
    .updateTable('org_unit')
    .set({ created_at: `${PAST - 1}-12-01T00:00:00.000Z` })
    .where('id', '=', unitId)
    .execute();

/** A person at home in a cell under the committee who holds the committee's role. */
async function committeeRole(committeeId: string, role: 'officer' | 'inspector', name: string) {
  const home = await buildCell(database.db, { parentId: committeeId });
  await foundedLongAgo(home.id);
  const personId = await buildPerson(database.db, { unitId: home.id, fullName: name });
  await giveRole(database.db, committeeId, personId, role);
  return { personId, client: await login(personId) };
}

/** A cell with a secretary, a deputy and a member, each signed in. */
async function reportingCell(parentId: string, name: string) {
  const cell = await buildCell(database.db, { parentId, name, members: 3 });
  await foundedLongAgo(cell.id);
  const [secretaryId, deputyId, memberId] = cell.memberIds as [string, string, string];
  await giveRole(database.db, cell.id, secretaryId, 'secretary');
  await giveRole(database.db, cell.id, deputyId, 'deputy');
  return {
    id: cell.id,
    secretaryId,
    deputyId,
    memberId,
    secretary: await login(secretaryId),
    member: await login(memberId),
  };
}

const guidance = (year: number, deadlines: { quarterReportDay?: number; annualReportDueOn?: string }) => ({
  year,
  referenceNumber: `${year}-CV/ĐU`,
  issuedOn: `${year}-01-05`,
  title: `Về việc xây dựng kế hoạch sinh hoạt chuyên đề năm ${year}`,
  documents: ['Hướng dẫn số 12-HD/BTCTW'],
  topicGroups: ['ho_chi_minh_study'],
  planDeadline: `${year}-01-31`,
  ...deadlines,
});

/** The cell's period report of a past year, issued through the API, then dated as if sent on `on`. */
async function periodReportOn(
  cell: { id: string; secretary: ApiClient },
  quarter: number | null,
  on: string,
) {
  const res = await cell.secretary.post<{ id: string }>(`/api/orgs/${cell.id}/report/issue`, {
    year: PAST,
    quarter,
  });
  expect(res.status).toBe(201);
  await database.db
    .updateTable('issued_document')
    .set({ issued_on: on, issued_at: `${on}T03:00:00.000Z` })
    .where('id', '=', res.body.id)
    .execute();
  return res.body.id;
}

const inbox = async (c: ApiClient) => (await c.get<{ items: InboxItem[] }>('/api/me/inbox')).body.items;

beforeAll(async () => {
  database = await createTestDatabase();
  app = buildApp(database);
});
afterAll(async () => {
  await database?.close();
});

describe('reports received by the committee directly above', () => {
  let province: { id: string };
  let ward: { id: string };
  let sibling: { id: string };
  let cell: Awaited<ReturnType<typeof reportingCell>>;
  let wardOfficer: Awaited<ReturnType<typeof committeeRole>>;
  let provinceOfficer: Awaited<ReturnType<typeof committeeRole>>;
  let siblingOfficer: Awaited<ReturnType<typeof committeeRole>>;
  let reportId: string;

  beforeAll(async () => {
    province = await buildCommittee(database.db, { name: 'Tỉnh ủy Thử Nghiệm' });
    ward = await buildCommittee(database.db, { parentId: province.id, name: 'Đảng ủy phường Mỹ Hòa' });
    sibling = await buildCommittee(database.db, { parentId: province.id, name: 'Đảng ủy xã Bên Cạnh' });
    cell = await reportingCell(ward.id, 'Chi bộ Khu phố 5');
    wardOfficer = await committeeRole(ward.id, 'officer', 'Trần Thị Cán Bộ');
    provinceOfficer = await committeeRole(province.id, 'officer', 'Lê Văn Tỉnh');
    siblingOfficer = await committeeRole(sibling.id, 'officer', 'Phạm Văn Bên Cạnh');
    const meeting = await buildMeeting(database.db, cell.id, { status: 'ended', evaluated: true });
    const issued = await cell.secretary.post<{ id: string }>(`/api/meetings/${meeting.id}/report/issue`, {});
    expect(issued.status).toBe(201);
    reportId = issued.body.id;
  });

  const listOf = async (c: ApiClient, committeeId: string, year = thisYear) =>
    c.get<Received>(`/api/orgs/${committeeId}/received-reports?year=${year}`);

  it('tells only the officers of the committee directly above that the report was issued', async () => {
    const told = await database.db
      .selectFrom('notification')
      .select('person_id')
      .where('kind', '=', 'report_issued')
      .where('unit_id', '=', cell.id)
      .execute();
    expect(told.map((n) => n.person_id)).toEqual([wardOfficer.personId]);
  });

  it('lists the report as unread for the ward, not for the province, which still reads it', async () => {
    const ward1 = await listOf(wardOfficer.client, ward.id);
    expect(ward1.status).toBe(200);
    expect(ward1.body.mayReceive).toBe(true);
    expect(ward1.body.reports).toEqual([
      expect.objectContaining({
        id: reportId,
        unit: expect.objectContaining({ id: cell.id }),
        state: 'unread',
      }),
    ]);
    expect(ward1.body.reports[0]).toMatchObject({ receipt: null, dueOn: null, late: false });
    // The ward's to-do: read it (linked to its list); the province has neither a row nor a to-do.
    expect((await inbox(wardOfficer.client)).filter((i) => i.kind === 'report_unread')).toEqual([
      expect.objectContaining({
        unit: expect.objectContaining({ id: cell.id }),
        link: `/units/${ward.id}?tab=received`,
      }),
    ]);
    const provinceList = await listOf(provinceOfficer.client, province.id);
    expect(provinceList.body.reports.map((r) => r.id)).not.toContain(reportId);
    expect(provinceList.body.missing.map((m) => m.unit.id)).not.toContain(cell.id);
    expect((await inbox(provinceOfficer.client)).filter((i) => i.kind === 'report_unread')).toEqual([]);
    expect(
      (await provinceOfficer.client.download(`/api/issued-reports/${reportId}/document?format=html`)).status,
    ).toBe(200);
    // The province follows the ward's list but does not receive for it.
    const followed = await listOf(provinceOfficer.client, ward.id);
    expect(followed.status).toBe(200);
    expect(followed.body.mayReceive).toBe(false);
  });

  it('shows the report read once the officer opened it', async () => {
    await wardOfficer.client.download(`/api/issued-reports/${reportId}/document?format=html`);
    expect((await listOf(wardOfficer.client, ward.id)).body.reports[0]?.state).toBe('read');
  });

  it('refuses the receipt to the province (403), a sibling committee (404), the cell’s own people (403)', async () => {
    const code = async (c: ApiClient) => {
      const r = await c.post(`/api/issued-reports/${reportId}/receipt`, {});
      return { status: r.status, code: (r.body as ErrorBody).error?.code };
    };
    expect(await code(provinceOfficer.client)).toEqual({ status: 403, code: 'FORBIDDEN' });
    expect(await code(siblingOfficer.client)).toEqual({ status: 404, code: 'NOT_FOUND' });
    expect(await code(cell.secretary)).toEqual({ status: 403, code: 'FORBIDDEN' });
    expect(await code(cell.member)).toEqual({ status: 403, code: 'FORBIDDEN' });
    expect((await listOf(siblingOfficer.client, ward.id)).status).toBe(404);
    expect((await listOf(cell.member, ward.id)).status).toBe(404);
    expect(
      await database.db
        .selectFrom('report_receipt')
        .selectAll()
        .where('document_id', '=', reportId)
        .execute(),
    ).toEqual([]);
  });

  it('receives it with a remark: the secretary and the deputy are told, the cell sees it', async () => {
    const res = await wardOfficer.client.post<Receipt>(`/api/issued-reports/${reportId}/receipt`, {
      remark: 'Đề nghị chi bộ bổ sung kết quả thực hiện.',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      receivedBy: 'Trần Thị Cán Bộ',
      remark: 'Đề nghị chi bộ bổ sung kết quả thực hiện.',
    });
    const row = (await listOf(wardOfficer.client, ward.id)).body.reports[0];
    expect(row).toMatchObject({
      state: 'received',
      receipt: { receivedBy: 'Trần Thị Cán Bộ', remarkedBy: 'Trần Thị Cán Bộ' },
    });
    const told = await database.db
      .selectFrom('notification')
      .select(['person_id', 'params_json', 'link'])
      .where('kind', '=', 'report_remark')
      .execute();
    expect(told.map((n) => n.person_id).sort()).toEqual([cell.secretaryId, cell.deputyId].sort());
    expect(JSON.parse(told[0]?.params_json ?? '{}')).toMatchObject({
      remark: 'Đề nghị chi bộ bổ sung kết quả thực hiện.',
      number: 'Số 01-BC/CB',
    });
    expect(told[0]?.link).toBe(`/units/${cell.id}?tab=meetings`);
    const mine = await cell.secretary.get<CellReports>(
      `/api/orgs/${cell.id}/issued-reports?year=${thisYear}`,
    );
    expect(mine.body.reports.find((r) => r.id === reportId)?.receipt).toMatchObject({
      receivedBy: 'Trần Thị Cán Bộ',
      remark: 'Đề nghị chi bộ bổ sung kết quả thực hiện.',
    });
    // Received: it leaves the ward's to-do.
    expect((await inbox(wardOfficer.client)).filter((i) => i.kind === 'report_unread')).toEqual([]);
  });

  it('a second call changes the remark, never the receipt, and is audited', async () => {
    const first = await database.db
      .selectFrom('report_receipt')
      .selectAll()
      .where('document_id', '=', reportId)
      .executeTakeFirstOrThrow();
    const res = await wardOfficer.client.post<Receipt>(`/api/issued-reports/${reportId}/receipt`, {
      remark: 'Đã bổ sung, đồng ý.',
    });
    expect(res.status).toBe(200);
    expect(res.body.receivedAt).toBe(first.received_at);
    expect(res.body.remark).toBe('Đã bổ sung, đồng ý.');
    expect(res.body.remarkedAt && res.body.remarkedAt >= first.received_at).toBe(true);
    // Without a remark the call changes nothing and tells nobody again.
    await wardOfficer.client.post(`/api/issued-reports/${reportId}/receipt`, {});
    expect((await listOf(wardOfficer.client, ward.id)).body.reports[0]?.receipt?.remark).toBe(
      'Đã bổ sung, đồng ý.',
    );
    const audits = await database.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', reportId)
      .where('action', 'in', ['report.receive', 'report.remark'])
      .orderBy('at')
      .execute();
    expect(audits.map((a) => a.action)).toEqual(['report.receive', 'report.remark', 'report.remark']);
    const told = await database.db
      .selectFrom('notification')
      .select('id')
      .where('kind', '=', 'report_remark')
      .execute();
    expect(told).toHaveLength(4);
  });

  it('brings a committee’s own report to its parent’s list in the same way', async () => {
    const id = newId();
    await database.db
      .insertInto('issued_document')
      .values({
        id,
        unit_id: ward.id,
        subject: `period_report:${thisYear}-Q1`,
        kind: 'BC',
        number: 1,
        title: 'Báo cáo kết quả sinh hoạt chuyên đề quý I',
        document_json: '{}',
        issued_on: `${thisYear}-04-02`,
        issued_at: nowIso(),
        issued_by: wardOfficer.personId,
      })
      .execute();
    const list = await listOf(provinceOfficer.client, province.id);
    expect(list.body.reports.map((r) => r.id)).toEqual([id]);
    expect(list.body.reports[0]).toMatchObject({
      unit: { id: ward.id },
      dueOn: `${thisYear}-04-10`,
      late: false,
    });
    expect((await provinceOfficer.client.post(`/api/issued-reports/${id}/receipt`, {})).status).toBe(200);
    expect((await wardOfficer.client.post(`/api/issued-reports/${id}/receipt`, {})).status).toBe(403);
  });

  it('answers 409 for a cell’s list and 400 for bad input', async () => {
    const notCommittee = await wardOfficer.client.get(
      `/api/orgs/${cell.id}/received-reports?year=${thisYear}`,
    );
    expect(notCommittee.status).toBe(409);
    expect((notCommittee.body as ErrorBody).error?.code).toBe('RECEIVED_NOT_COMMITTEE');
    const badYear = await wardOfficer.client.get(`/api/orgs/${ward.id}/received-reports?year=abc`);
    expect(badYear.status).toBe(400);
    expect((badYear.body as ErrorBody).error?.fields?.year).toBeTruthy();
    const long = await wardOfficer.client.post(`/api/issued-reports/${reportId}/receipt`, {
      remark: 'x'.repeat(2001),
    });
    expect(long.status).toBe(400);
    expect((long.body as ErrorBody).error?.fields?.remark).toBe('Tối đa 2000 ký tự');
  });
});

describe('deadlines and lateness', () => {
  let province: { id: string };
  let ward: { id: string };
  let bareWard: { id: string };
  let freeRoot: { id: string };
  let a: Awaited<ReturnType<typeof reportingCell>>;
  let b: Awaited<ReturnType<typeof reportingCell>>;
  let c: Awaited<ReturnType<typeof reportingCell>>;
  let d: Awaited<ReturnType<typeof reportingCell>>;
  let wardOfficer: ApiClient;
  let bareOfficer: ApiClient;
  let freeOfficer: ApiClient;

  beforeAll(async () => {
    province = await buildCommittee(database.db, { name: 'Tỉnh ủy Hạn Báo Cáo' });
    ward = await buildCommittee(database.db, { parentId: province.id, name: 'Đảng ủy phường Có Hướng Dẫn' });
    bareWard = await buildCommittee(database.db, {
      parentId: province.id,
      name: 'Đảng ủy xã Không Hướng Dẫn',
    });
    freeRoot = await buildCommittee(database.db, { name: 'Đảng ủy xã Mặc Định' });
    a = await reportingCell(ward.id, 'Chi bộ A');
    b = await reportingCell(ward.id, 'Chi bộ B');
    c = await reportingCell(bareWard.id, 'Chi bộ C');
    d = await reportingCell(freeRoot.id, 'Chi bộ D');
    const provinceOfficer = (await committeeRole(province.id, 'officer', 'Cán bộ Tỉnh')).client;
    wardOfficer = (await committeeRole(ward.id, 'officer', 'Cán bộ Phường')).client;
    bareOfficer = (await committeeRole(bareWard.id, 'officer', 'Cán bộ Xã')).client;
    freeOfficer = (await committeeRole(freeRoot.id, 'officer', 'Cán bộ Mặc Định')).client;
    // The province sets the 20th; the ward, nearer to its cells, the 5th and 15 December.
    const byProvince = await provinceOfficer.post(
      `/api/orgs/${province.id}/guidance`,
      guidance(PAST, { quarterReportDay: 20 }),
    );
    expect(byProvince.status).toBe(201);
    const byWard = await wardOfficer.post<{ quarterReportDay: number; annualReportDueOn: string }>(
      `/api/orgs/${ward.id}/guidance`,
      guidance(PAST, { quarterReportDay: 5, annualReportDueOn: `${PAST}-12-15` }),
    );
    expect(byWard.status).toBe(201);
    expect(byWard.body).toMatchObject({ quarterReportDay: 5, annualReportDueOn: `${PAST}-12-15` });
    for (const cell of [a, b, c, d]) await periodReportOn(cell, 3, `${PAST}-10-08`);
    await periodReportOn(d, 2, `${PAST}-07-12`);
  });

  const listOf = async (client: ApiClient, committeeId: string) =>
    (await client.get<Received>(`/api/orgs/${committeeId}/received-reports?year=${PAST}`)).body;

  it('follows the nearest guidance: the ward’s 5th makes a report of the 8th late', async () => {
    const list = await listOf(wardOfficer, ward.id);
    expect(list.reports.find((r) => r.unit.id === a.id)).toMatchObject({
      dueOn: `${PAST}-10-05`,
      late: true,
    });
  });

  it('falls back to the province’s guidance where the ward issued none', async () => {
    const list = await listOf(bareOfficer, bareWard.id);
    expect(list.reports.find((r) => r.unit.id === c.id)).toMatchObject({
      dueOn: `${PAST}-10-20`,
      late: false,
    });
  });

  it('uses the default, the 10th, without any guidance', async () => {
    const list = await listOf(freeOfficer, freeRoot.id);
    const due = Object.fromEntries(list.reports.map((r) => [r.subject, { dueOn: r.dueOn, late: r.late }]));
    expect(due).toEqual({
      [`period_report:${PAST}-Q3`]: { dueOn: `${PAST}-10-10`, late: false },
      [`period_report:${PAST}-Q2`]: { dueOn: `${PAST}-07-10`, late: true },
    });
    expect(list.missing.filter((m) => m.unit.id === d.id).map((m) => [m.quarter, m.dueOn])).toEqual([
      [1, `${PAST}-04-10`],
      [4, `${PAST + 1}-01-10`],
      [null, `${PAST}-12-20`],
    ]);
  });

  it('lists each cell’s missing period reports, late, on the committee’s side', async () => {
    const list = await listOf(wardOfficer, ward.id);
    const missing = (cellId: string) =>
      list.missing.filter((m) => m.unit.id === cellId).map((m) => [m.quarter, m.dueOn, m.late]);
    expect(missing(a.id)).toEqual([
      [1, `${PAST}-04-05`, true],
      [2, `${PAST}-07-05`, true],
      [4, `${PAST + 1}-01-05`, true],
      [null, `${PAST}-12-15`, true],
    ]);
    expect(missing(b.id).map(([quarter]) => quarter)).toEqual([1, 2, 4, null]);
    // The officer's home cell is one of the ward's cells too, with no report at all: five rows.
    expect(list.missing).toHaveLength(4 + 4 + 5);
    expect(list.missing.every((m) => m.year === PAST && m.late)).toBe(true);
  });

  it('asks no report of a period a cell was founded during: a cell founded on 2 July owes Q3 on from Q4', async () => {
    const late = await reportingCell(ward.id, 'Chi bộ Thành Lập Giữa Năm');
    await database.db
      .updateTable('org_unit')
      .set({ created_at: `${PAST}-07-02T03:00:00.000Z` })
      .where('id', '=', late.id)
      .execute();
    const list = await listOf(wardOfficer, ward.id);
    expect(list.missing.filter((m) => m.unit.id === late.id).map((m) => m.quarter)).toEqual([4, null]);
    const own = await late.secretary.get<{ periods: { quarter: number | null }[] }>(
      `/api/orgs/${late.id}/issued-reports?year=${PAST}`,
    );
    expect(own.body.periods.map((p) => p.quarter)).toEqual([4, null]);
  });

  it('shows the cell its periods with their due day, late and missing', async () => {
    const res = await a.secretary.get<CellReports>(`/api/orgs/${a.id}/issued-reports?year=${PAST}`);
    expect(res.status).toBe(200);
    expect(res.body.periods).toEqual([
      { year: PAST, quarter: 1, dueOn: `${PAST}-04-05`, issuedOn: null, late: true, missing: true },
      { year: PAST, quarter: 2, dueOn: `${PAST}-07-05`, issuedOn: null, late: true, missing: true },
      {
        year: PAST,
        quarter: 3,
        dueOn: `${PAST}-10-05`,
        issuedOn: `${PAST}-10-08`,
        late: true,
        missing: false,
      },
      { year: PAST, quarter: 4, dueOn: `${PAST + 1}-01-05`, issuedOn: null, late: true, missing: true },
      { year: PAST, quarter: null, dueOn: `${PAST}-12-15`, issuedOn: null, late: true, missing: true },
    ]);
    expect(res.body.reports).toEqual([
      expect.objectContaining({
        subject: `period_report:${PAST}-Q3`,
        dueOn: `${PAST}-10-05`,
        late: true,
        receipt: null,
      }),
    ]);
  });

  it('gives the deadlines below every committee of a subtree in one call, the defaults outside any guidance', async () => {
    // Judged per committee: the units below the ward work under its guidance, those below the bare ward under
    // the province's; a committee outside the subtree gets the defaults.
    const below = await reportDeadlinesBelowCommittees(database.db, province.id, [PAST]);
    expect(below(ward.id, PAST)).toEqual({ quarterReportDay: 5, annualReportDueOn: `${PAST}-12-15` });
    expect(below(bareWard.id, PAST)).toEqual({ quarterReportDay: 20, annualReportDueOn: null });
    expect(below(freeRoot.id, PAST)).toEqual({ quarterReportDay: 10, annualReportDueOn: null });
    const byIds = await reportDeadlinesOf(database.db, [a.id, c.id, d.id], [PAST, PAST + 1]);
    expect([byIds(a.id, PAST), byIds(c.id, PAST), byIds(d.id, PAST), byIds(a.id, PAST + 1)]).toEqual([
      below(ward.id, PAST),
      below(bareWard.id, PAST),
      below(freeRoot.id, PAST),
      { quarterReportDay: 10, annualReportDueOn: null },
    ]);
  });

  it('dates the secretary’s report to-do by the guidance of its year', async () => {
    const years = [thisYear - 1, thisYear];
    for (const year of years) {
      const res = await wardOfficer.post(
        `/api/orgs/${ward.id}/guidance`,
        guidance(year, { quarterReportDay: 3 }),
      );
      expect(res.status).toBe(201);
    }
    const expected = endedReportPeriods(today, () => ({ quarterReportDay: 3, annualReportDueOn: null }));
    const items = (await inbox(b.secretary)).filter((i) => i.kind === 'report_to_issue' && !i.params.heldOn);
    expect(items.map((i) => [i.params.year, i.params.quarter, i.dueOn])).toEqual(
      expect.arrayContaining(expected.map((p) => [p.year, p.quarter, p.dueOn])),
    );
    expect(items).toHaveLength(expected.length);
  });

  it('refuses a bad deadline day and an annual date outside December–January (400)', async () => {
    const day = await wardOfficer.post(
      `/api/orgs/${ward.id}/guidance`,
      guidance(PAST, { quarterReportDay: 29 }),
    );
    expect(day.status).toBe(400);
    expect((day.body as ErrorBody).error?.fields?.quarterReportDay).toBe('Không được vượt quá 28');
    const annual = await wardOfficer.post(
      `/api/orgs/${ward.id}/guidance`,
      guidance(PAST, { annualReportDueOn: `${PAST}-11-30` }),
    );
    expect(annual.status).toBe(400);
    expect((annual.body as ErrorBody).error?.fields?.annualReportDueOn).toMatch(/01\/12/);
  });
});
