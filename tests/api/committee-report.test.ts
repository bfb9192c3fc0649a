import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import { todayInVietnam } from '../../src/domain/dates/local-date.ts';
import type { App } from '../../src/server/app.ts';
import { issuePeriodReport } from '../../src/server/features/documents/index.ts';
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
import { docxText } from '../support/document-text.ts';
import { createTestDatabase } from '../support/test-db.ts';

interface Figures {
  cells: number;
  quarters: { quarter: number; held: number; missed: number }[];
  attendanceRate: number | null;
  tasks: { open: number; overdue: number };
  reports: { issued: number; late: number };
}
interface Report {
  committee: { id: string; name: string };
  endedQuarters: number[];
  cells: {
    id: string;
    name: string;
    meetings: { quarter: number; heldOn: string; topicTitle: string | null }[];
    missedQuarters: number[];
    attendanceRate: number | null;
    tasks: { open: number; overdue: number };
    report: { number: number | null; issuedOn: string | null; late: boolean };
  }[];
  committees: (Figures & { id: string; name: string; upwardReport: { number: number } | null })[];
  totals: Figures;
  draft: { assessment: string | null; recommendations: string | null; updatedAt: string | null };
  issued: { id: string; number: number; numberText: string; issuedOn: string } | null;
  missing: string | null;
  mayEdit: boolean;
  mayIssue: boolean;
}

/** The factories' actor: an administrator acting for the cell, as the seed does. */
const systemActor = { userId: 'system', personId: null, isAdmin: true, grants: [] };

let database: Database;
let app: App;

beforeAll(async () => {
  database = await createTestDatabase();
  app = buildApp(database);
});
afterAll(async () => {
  await database?.close();
});

/** The last quarter that has ended by today: its report may be issued, its missed meetings count. */
function lastEndedQuarter() {
  const today = todayInVietnam();
  const q = Math.ceil(Number(today.slice(5, 7)) / 3);
  const year = Number(today.slice(0, 4));
  return q === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: q - 1 };
}
const { year, quarter } = lastEndedQuarter();
const inQuarter = (day: number) =>
  `${year}-${String(quarter * 3 - 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

const login = async (personId: string) => loggedIn(app, await buildUser(database.db, { personId }), PASSWORD);
async function officerOf(unitId: string, homeCellId: string, role: 'officer' | 'inspector' = 'officer') {
  const personId = await buildPerson(database.db, { unitId: homeCellId });
  await giveRole(database.db, unitId, personId, role);
  return login(personId);
}

/**
 * A hand-counted tree with two levels of committees under the ward:
 *   ward ─ A (held, a task given), B (missed)
 *        ├ hospital ─ C (held), D (held), E (missed)
 *        │          └ department ─ F (held)
 *        └ sibling ─ G (held)   — a committee beside the hospital, which must see nothing of it
 * Every unit existed since 2025 (a cell counts only from its creation).
 */
async function buildTree() {
  const db = database.db;
  const ward = await buildCommittee(db, { name: 'Đảng ủy phường Thử Báo Cáo' });
  const hospital = await buildCommittee(db, { parentId: ward.id, name: 'Đảng ủy Bệnh viện Thử Báo Cáo' });
  const department = await buildCommittee(db, { parentId: hospital.id, name: 'Đảng ủy Khối Nội' });
  const sibling = await buildCommittee(db, { parentId: ward.id, name: 'Đảng ủy Công ty Bên Cạnh' });
  const cell = (parentId: string, name: string) => buildCell(db, { parentId, name, members: 3 });
  const c = {
    A: await cell(ward.id, 'Chi bộ Khu phố A'),
    B: await cell(ward.id, 'Chi bộ Khu phố B'),
    C: await cell(hospital.id, 'Chi bộ Khoa C'),
    D: await cell(hospital.id, 'Chi bộ Khoa D'),
    E: await cell(hospital.id, 'Chi bộ Khoa E'),
    F: await cell(department.id, 'Chi bộ Khoa F'),
    G: await cell(sibling.id, 'Chi bộ Phân xưởng G'),
  };
  const ids = [ward, hospital, department, sibling, ...Object.values(c)].map((u) => u.id);
  await db
    .updateTable('org_unit')
    .set({ created_at: '2025-01-01T00:00:00.000Z' })
    .where('id', 'in', ids)
    .execute();
  for (const x of Object.values(c)) await giveRole(db, x.id, x.memberIds[0] ?? '', 'secretary');
  const held = (x: { id: string; memberIds: string[] }, day: number, task = false) =>
    buildMeeting(db, x.id, {
      status: 'ended',
      heldOn: inQuarter(day),
      present: x.memberIds.slice(0, 2),
      task,
    });
  await held(c.A, 10, true);
  await held(c.C, 11);
  await held(c.D, 12);
  await held(c.F, 13);
  await held(c.G, 14);
  return {
    ward,
    hospital,
    department,
    sibling,
    c,
    wardOfficer: await officerOf(ward.id, c.B.id),
    hospitalOfficer: await officerOf(hospital.id, c.E.id),
    hospitalOfficer2: await officerOf(hospital.id, c.E.id),
    hospitalInspector: await officerOf(hospital.id, c.E.id, 'inspector'),
    siblingOfficer: await officerOf(sibling.id, c.G.id),
    secretaryC: await login(c.C.memberIds[0] ?? ''),
  };
}

const reportUrl = (id: string, q: number | null = quarter, y = year) =>
  `/api/orgs/${id}/committee-report?year=${y}${q === null ? '' : `&quarter=${q}`}`;
const codeOf = (body: unknown) => (body as ErrorBody).error?.code;
const bcCounter = async (unitId: string) =>
  (
    await database.db
      .selectFrom('document_sequence')
      .select('last_number')
      .where('unit_id', '=', unitId)
      .where('kind', '=', 'BC')
      .executeTakeFirst()
  )?.last_number ?? 0;
const heldIn = (f: Figures) => f.quarters.find((q) => q.quarter === quarter)?.held;
const missedIn = (f: Figures) => f.quarters.find((q) => q.quarter === quarter)?.missed;

let tree: Awaited<ReturnType<typeof buildTree>>;
beforeAll(async () => {
  tree = await buildTree();
});

describe('the figures of a committee’s report', () => {
  it('equal the sum of its cells’, at every level (hand-counted)', async () => {
    const hospital = (await tree.hospitalOfficer.get<Report>(reportUrl(tree.hospital.id))).body;
    // The hospital: C, D held; E missed; the department's F held.
    expect(hospital.cells.map((c) => [c.name, c.meetings.length, c.missedQuarters])).toEqual([
      ['Chi bộ Khoa C', 1, []],
      ['Chi bộ Khoa D', 1, []],
      ['Chi bộ Khoa E', 0, [quarter]],
    ]);
    expect(hospital.cells[0]?.meetings[0]?.heldOn).toBe(inQuarter(11));
    expect(hospital.committees.map((c) => [c.name, c.cells, heldIn(c), missedIn(c)])).toEqual([
      ['Đảng ủy Khối Nội', 1, 1, 0],
    ]);
    expect([hospital.totals.cells, heldIn(hospital.totals), missedIn(hospital.totals)]).toEqual([4, 3, 1]);

    const ward = (await tree.wardOfficer.get<Report>(reportUrl(tree.ward.id))).body;
    expect(ward.cells.map((c) => [c.name, c.meetings.length, c.tasks.open])).toEqual([
      ['Chi bộ Khu phố A', 1, 1],
      ['Chi bộ Khu phố B', 0, 0],
    ]);
    const hospitalRow = ward.committees.find((c) => c.id === tree.hospital.id);
    // The ward's row of the hospital is the hospital's own totals.
    expect(hospitalRow).toMatchObject({ ...hospital.totals, name: 'Đảng ủy Bệnh viện Thử Báo Cáo' });
    // Ward: A, C, D, F, G held; B, E missed; one task given (at A).
    expect([ward.totals.cells, heldIn(ward.totals), missedIn(ward.totals), ward.totals.tasks.open]).toEqual([
      7, 5, 2, 1,
    ]);
    // The totals are the direct cells plus the child committees, nothing counted twice.
    const rows = [
      ...ward.committees,
      ...ward.cells.map((c) => ({ cells: 1, held: c.meetings.length, tasks: c.tasks })),
    ];
    expect(ward.totals.cells).toBe(rows.reduce((a, r) => a + r.cells, 0));
    expect(ward.totals.tasks.open).toBe(rows.reduce((a, r) => a + r.tasks.open, 0));
    expect(heldIn(ward.totals)).toBe(
      ward.committees.reduce((a, r) => a + (heldIn(r) ?? 0), 0) +
        ward.cells.reduce((a, c) => a + c.meetings.length, 0),
    );
    expect(ward.endedQuarters).toContain(quarter);
  });

  it('cite a cell’s report once it issued it, and count the reports sent', async () => {
    await issuePeriodReport(database.db, systemActor, tree.c.D.id, year, quarter);
    const hospital = (await tree.hospitalOfficer.get<Report>(reportUrl(tree.hospital.id))).body;
    const d = hospital.cells.find((c) => c.id === tree.c.D.id);
    expect(d?.report).toMatchObject({ number: 1, issuedOn: todayInVietnam() });
    expect(hospital.totals.reports.issued).toBe(1);
    const file = await tree.hospitalOfficer.download(
      `/api/orgs/${tree.hospital.id}/report/document?format=docx&year=${year}&quarter=${quarter}`,
    );
    expect(file.status).toBe(200);
    const text = docxText(file.bytes);
    expect(text).toContain('ĐẢNG ỦY BỆNH VIỆN THỬ BÁO CÁO');
    expect(text).toContain('Số       -BC/ĐU');
    expect(text).toContain('Chi bộ Khoa E');
    expect(text).toContain('Đảng ủy Khối Nội');
    expect(text).toContain('T/M ĐẢNG ỦY');
  });
});

describe('the officer’s text and issuing', () => {
  it('saves the draft, guarded against a concurrent save', async () => {
    const url = `/api/orgs/${tree.department.id}/committee-report`;
    const officer = await officerOf(tree.department.id, tree.c.F.id);
    const other = await officerOf(tree.department.id, tree.c.F.id);
    const first = await officer.put<Report>(url, {
      year,
      quarter,
      assessment: 'Chi bộ tổ chức sinh hoạt chuyên đề đúng kế hoạch.',
      expectedUpdatedAt: null,
    });
    expect(first.status).toBe(200);
    expect(first.body.draft).toMatchObject({
      assessment: 'Chi bộ tổ chức sinh hoạt chuyên đề đúng kế hoạch.',
    });
    expect(first.body.missing).toBeNull();
    // The other officer opened the empty report before the first save: theirs is refused, not lost over it.
    const stale = await other.put(url, { year, quarter, assessment: 'Khác', expectedUpdatedAt: null });
    expect([stale.status, codeOf(stale.body)]).toEqual([409, 'COMMITTEE_REPORT_CHANGED']);
    const second = await other.put<Report>(url, {
      year,
      quarter,
      assessment: 'Chi bộ tổ chức đúng kế hoạch.',
      recommendations: 'Đề nghị tập huấn cho bí thư chi bộ.',
      expectedUpdatedAt: first.body.draft.updatedAt,
    });
    expect(second.status).toBe(200);
    const late = await officer.put(url, {
      year,
      quarter,
      assessment: 'Ghi đè',
      expectedUpdatedAt: first.body.draft.updatedAt,
    });
    expect([late.status, codeOf(late.body)]).toEqual([409, 'COMMITTEE_REPORT_CHANGED']);
    const now = (await officer.get<Report>(reportUrl(tree.department.id))).body.draft;
    expect(now).toMatchObject({
      assessment: 'Chi bộ tổ chức đúng kế hoạch.',
      recommendations: 'Đề nghị tập huấn cho bí thư chi bộ.',
    });
    // The year's report is another draft.
    const annual = (await officer.get<Report>(reportUrl(tree.department.id, null))).body;
    expect(annual.draft).toEqual({ assessment: null, recommendations: null, updatedAt: null });
  });

  it('issues once, numbered in the committee’s own series, frozen, and tells the committee above', async () => {
    const h = tree.hospital.id;
    const issue = (client: ApiClient, q: number | null = quarter, y = year) =>
      client.post<{ id: string; number: number; subject: string } & ErrorBody>(
        `/api/orgs/${h}/report/issue`,
        {
          year: y,
          quarter: q,
        },
      );
    // Not before the assessment is written.
    const empty = await issue(tree.hospitalOfficer);
    expect([empty.status, codeOf(empty.body)]).toEqual([409, 'COMMITTEE_REPORT_ASSESSMENT_MISSING']);
    await tree.hospitalOfficer.put(`/api/orgs/${h}/committee-report`, {
      year,
      quarter,
      assessment: 'Ba trong bốn chi bộ tổ chức sinh hoạt chuyên đề.',
      recommendations: 'Đề nghị Đảng ủy phường hướng dẫn Chi bộ Khoa E.',
    });
    // Not before the period's last month.
    const early = await issue(tree.hospitalOfficer, 1, year + 1);
    expect([early.status, codeOf(early.body)]).toEqual([409, 'REPORT_PERIOD_NOT_DUE']);
    // Only the committee's own officer.
    for (const client of [tree.hospitalInspector, tree.wardOfficer])
      expect((await issue(client)).status).toBe(403);
    expect((await issue(tree.secretaryC)).status).toBe(404);
    expect((await issue(tree.siblingOfficer)).status).toBe(404);

    const cellBefore = await bcCounter(tree.c.D.id);
    const issued = await issue(tree.hospitalOfficer);
    expect(issued.status).toBe(201);
    expect(issued.body).toMatchObject({
      number: 1,
      subject: `period_report:${year}-Q${quarter}`,
    });
    const again = await issue(tree.hospitalOfficer2);
    expect([again.status, codeOf(again.body)]).toEqual([409, 'REPORT_ALREADY_ISSUED']);
    expect(await bcCounter(h)).toBe(1);
    // The committee's series is its own: a cell's numbers run on unaffected.
    expect(await bcCounter(tree.c.D.id)).toBe(cellBefore);
    await issuePeriodReport(database.db, systemActor, tree.c.C.id, year, quarter);
    expect(await bcCounter(tree.c.C.id)).toBe(1);

    const view = (await tree.hospitalOfficer.get<Report>(reportUrl(h))).body;
    expect(view.issued).toMatchObject({ number: 1, numberText: 'Số 01-BC/ĐU', issuedOn: todayInVietnam() });
    expect([view.mayEdit, view.mayIssue]).toEqual([false, false]);
    const edit = await tree.hospitalOfficer.put(`/api/orgs/${h}/committee-report`, {
      year,
      quarter,
      assessment: 'Sửa sau khi ban hành',
    });
    expect([edit.status, codeOf(edit.body)]).toEqual([409, 'COMMITTEE_REPORT_ISSUED']);

    // Frozen: E holds its meeting late, the data changes, the issued report does not.
    const doc = `/api/orgs/${h}/report/document?format=docx&year=${year}&quarter=${quarter}`;
    const before = docxText((await tree.hospitalOfficer.download(doc)).bytes);
    expect(before).toContain('Số 01-BC/ĐU');
    expect(before).toContain('Ba trong bốn chi bộ tổ chức sinh hoạt chuyên đề.');
    expect(before).toContain('Đề nghị Đảng ủy phường hướng dẫn Chi bộ Khoa E.');
    await buildMeeting(database.db, tree.c.E.id, {
      status: 'ended',
      heldOn: inQuarter(20),
      present: tree.c.E.memberIds,
    });
    expect(heldIn((await tree.hospitalOfficer.get<Report>(reportUrl(h))).body.totals)).toBe(4);
    expect(docxText((await tree.hospitalOfficer.download(doc)).bytes)).toBe(before);

    // It reaches the ward: its officers are told, its report row cites the number, its list shows it.
    const notes = await tree.wardOfficer.get<{ items: { kind: string; link: string }[] }>(
      '/api/notifications',
    );
    expect(notes.body.items).toContainEqual(
      expect.objectContaining({
        kind: 'report_issued',
        link: `/units/${h}?tab=report&year=${year}&quarter=${quarter}`,
      }),
    );
    const ward = (await tree.wardOfficer.get<Report>(reportUrl(tree.ward.id))).body;
    expect(ward.committees.find((c) => c.id === h)?.upwardReport).toMatchObject({ number: 1 });
    const list = await tree.wardOfficer.get<{ reports: { number: number; subject: string }[] }>(
      `/api/orgs/${h}/issued-reports?year=${todayInVietnam().slice(0, 4)}`,
    );
    expect(list.body.reports).toContainEqual(
      expect.objectContaining({ number: 1, subject: `period_report:${year}-Q${quarter}` }),
    );
    const frozen = await tree.wardOfficer.download(
      `/api/issued-reports/${issued.body.id}/document?format=docx`,
    );
    expect(docxText(frozen.bytes)).toBe(before);
  });
});

describe('who sees a committee’s report', () => {
  it('its officers and inspectors and the committees above; a sibling committee nothing, a cell nothing', async () => {
    const url = reportUrl(tree.hospital.id);
    expect((await tree.hospitalInspector.get(url)).status).toBe(200);
    const ward = await tree.wardOfficer.get<Report>(url);
    expect([ward.status, ward.body.mayEdit]).toEqual([200, false]);
    expect((await tree.siblingOfficer.get(url)).status).toBe(404);
    expect((await tree.hospitalOfficer.get(reportUrl(tree.sibling.id))).status).toBe(404);
    expect((await tree.secretaryC.get(url)).status).toBe(404);
    // Writing: the committee's officers only.
    const body = { year, quarter: 2, assessment: 'Đánh giá' };
    expect(
      (await tree.hospitalInspector.put(`/api/orgs/${tree.hospital.id}/committee-report`, body)).status,
    ).toBe(403);
    expect((await tree.wardOfficer.put(`/api/orgs/${tree.hospital.id}/committee-report`, body)).status).toBe(
      403,
    );
    expect(
      (await tree.siblingOfficer.put(`/api/orgs/${tree.hospital.id}/committee-report`, body)).status,
    ).toBe(404);
    // A cell has its own report, not this one.
    const cell = await tree.hospitalOfficer.get(reportUrl(tree.c.C.id));
    expect([cell.status, codeOf(cell.body)]).toEqual([409, 'COMMITTEE_REPORT_NOT_COMMITTEE']);
    expect((await tree.hospitalOfficer.get(reportUrl('khong-co-don-vi-nay'))).status).toBe(404);
  });

  it('refuses bad input with a message per field', async () => {
    const bad = await tree.hospitalOfficer.get(
      `/api/orgs/${tree.hospital.id}/committee-report?year=abc&quarter=5`,
    );
    expect(bad.status).toBe(400);
    expect(Object.keys((bad.body as ErrorBody).error.fields ?? {}).sort()).toEqual(['quarter', 'year']);
    const put = await tree.hospitalOfficer.put(`/api/orgs/${tree.hospital.id}/committee-report`, {
      year,
      quarter: 0,
      assessment: 'x'.repeat(50_001),
    });
    expect(put.status).toBe(400);
    const fields = (put.body as ErrorBody).error.fields ?? {};
    expect(Object.keys(fields).sort()).toEqual(['assessment', 'quarter']);
    expect(fields.assessment).toMatch(/\p{L}/u);
  });
});
