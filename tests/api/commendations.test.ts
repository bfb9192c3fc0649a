/**
 * Commendations (issue 16; seed 000: "kịp thời biểu dương, khen thưởng những nhân tố tích cực trong việc nâng cao
 * chất lượng sinh hoạt chuyên đề"): the committee records, corrects and withdraws the praise or reward of a cell,
 * a member or a topic of its subtree; the cell sees its own; the year's list exports as .xlsx and appears in the
 * committee's annual report.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import type { App } from '../../src/server/app.ts';
import {
  buildCommittee,
  buildPerson,
  buildPlan,
  buildUser,
  buildWorld,
  giveRole,
  PASSWORD,
  type World,
} from '../fixtures/factories.ts';
import { type ApiClient, buildApp, type ErrorBody, loggedIn } from '../support/api-client.ts';
import { docxText } from '../support/document-text.ts';
import { createTestDatabase } from '../support/test-db.ts';

interface Commendation {
  id: string;
  committeeId: string;
  subjectKind: 'unit' | 'person' | 'topic';
  unitId: string;
  personId: string | null;
  topicId: string | null;
  subject: string;
  kind: 'praise' | 'reward';
  form: string;
  formOther: string | null;
  reason: string;
  decisionNumber: string;
  decisionDate: string;
  year: number;
}
interface List {
  unitKind: string;
  commendations: Commendation[];
  subjects: { units: { id: string }[]; people: { id: string }[]; topics: { id: string }[] };
  permissions: { write: boolean };
}

const YEAR = 2026;
let database: Database;
let app: App;
let world: World;
let officer: ApiClient;
let secretary: ApiClient;
let member: ApiClient;
let rootOfficer: ApiClient;
let siblingOfficer: ApiClient;

beforeAll(async () => {
  database = await createTestDatabase();
  app = buildApp(database);
  world = await buildWorld(database.db);
  officer = await loggedIn(app, world.users.officer, PASSWORD);
  secretary = await loggedIn(app, world.users.secretary, PASSWORD);
  member = await loggedIn(app, world.users.member, PASSWORD);
  const rootOfficerId = await buildPerson(database.db, { unitId: world.root.id, status: 'staff' });
  await giveRole(database.db, world.root.id, rootOfficerId, 'officer');
  rootOfficer = await loggedIn(app, await buildUser(database.db, { personId: rootOfficerId }), PASSWORD);
  const siblingCommittee = await buildCommittee(database.db, {
    parentId: world.root.id,
    name: 'Đảng ủy Khối',
  });
  const siblingOfficerId = await buildPerson(database.db, { unitId: siblingCommittee.id, status: 'staff' });
  await giveRole(database.db, siblingCommittee.id, siblingOfficerId, 'officer');
  siblingOfficer = await loggedIn(
    app,
    await buildUser(database.db, { personId: siblingOfficerId }),
    PASSWORD,
  );
});
afterAll(() => database.close());

const committeeUrl = () => `/api/orgs/${world.sub.id}/commendations`;
const cellBody = (over: Record<string, unknown> = {}) => ({
  subjectKind: 'unit',
  unitId: world.cell.id,
  kind: 'reward',
  form: 'certificate',
  reason: 'Tổ chức sinh hoạt chuyên đề có chất lượng, đủ bốn quý',
  decisionNumber: '125-QĐ/ĐU',
  decisionDate: '2026-12-20',
  year: YEAR,
  ...over,
});
const notificationsOf = (personId: string) =>
  database.db
    .selectFrom('notification')
    .selectAll()
    .where('person_id', '=', personId)
    .where('kind', '=', 'commendation_recorded')
    .execute();

describe('recording a commendation', () => {
  it('an officer commends a cell; its secretary is told; the committee and the cell list it', async () => {
    const res = await officer.post<Commendation>(committeeUrl(), cellBody());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      subjectKind: 'unit',
      unitId: world.cell.id,
      subject: 'Chi bộ Khoa Nội',
      decisionNumber: '125-QĐ/ĐU',
      year: YEAR,
    });
    expect(await notificationsOf(world.people.secretaryId)).toHaveLength(1);
    expect(await notificationsOf(world.people.memberId)).toHaveLength(0);

    const list = await officer.get<List>(`${committeeUrl()}?year=${YEAR}`);
    expect(list.status).toBe(200);
    expect(list.body.commendations.map((c) => c.id)).toContain(res.body.id);
    expect(list.body.permissions.write).toBe(true);
    expect(list.body.subjects.units.map((u) => u.id)).toContain(world.cell.id);

    const own = await secretary.get<List>(`/api/orgs/${world.cell.id}/commendations?year=${YEAR}`);
    expect(own.status).toBe(200);
    expect(own.body.commendations.map((c) => c.id)).toEqual([res.body.id]);
    expect(own.body.permissions.write).toBe(false);
    // Another year's list does not hold it.
    const other = await secretary.get<List>(`/api/orgs/${world.cell.id}/commendations?year=${YEAR - 1}`);
    expect(other.body.commendations).toEqual([]);
    // The sibling cell's list does not hold it either.
    const sibling = await officer.get<List>(`/api/orgs/${world.sibling.id}/commendations?year=${YEAR}`);
    expect(sibling.body.commendations).toEqual([]);
  });

  it('commends a member (who is told, and finds it on their record) and a topic of a cell under it', async () => {
    const res = await rootOfficer.post<Commendation>(
      `/api/orgs/${world.root.id}/commendations`,
      cellBody({
        subjectKind: 'person',
        unitId: null,
        personId: world.people.memberId,
        kind: 'praise',
        form: 'conference',
      }),
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      unitId: world.cell.id,
      personId: world.people.memberId,
      kind: 'praise',
    });
    expect(await notificationsOf(world.people.memberId)).toHaveLength(1);
    const record = await member.get<List>(
      `/api/orgs/${world.cell.id}/commendations?personId=${world.people.memberId}`,
    );
    expect(record.body.commendations.map((c) => c.id)).toEqual([res.body.id]);

    const plan = await buildPlan(database.db, world.cell.id, { status: 'acknowledged', year: YEAR });
    const topic = await database.db
      .selectFrom('plan_topic')
      .select(['id', 'title'])
      .where('plan_id', '=', plan.id)
      .orderBy('position')
      .executeTakeFirstOrThrow();
    const t = await officer.post<Commendation>(
      committeeUrl(),
      cellBody({
        subjectKind: 'topic',
        unitId: null,
        topicId: topic.id,
        form: 'other',
        formOther: 'Thư khen của Bí thư',
      }),
    );
    expect(t.status).toBe(201);
    expect(t.body).toMatchObject({
      unitId: world.cell.id,
      topicId: topic.id,
      formOther: 'Thư khen của Bí thư',
    });
    expect(t.body.subject).toContain(topic.title);
  });

  it('refuses bad input with the field (400) and a subject outside the subtree (409)', async () => {
    const empty = await officer.post<ErrorBody>(
      committeeUrl(),
      cellBody({ reason: '  ', decisionDate: '20/12/2026' }),
    );
    expect(empty.status).toBe(400);
    expect(Object.keys(empty.body.error.fields ?? {})).toEqual(
      expect.arrayContaining(['reason', 'decisionDate']),
    );
    const other = await officer.post<ErrorBody>(committeeUrl(), cellBody({ form: 'other' }));
    expect(other.status).toBe(400);
    expect(other.body.error.fields?.formOther).toBeTruthy();
    const before = await officer.post<ErrorBody>(committeeUrl(), cellBody({ decisionDate: '2025-12-01' }));
    expect(before.status).toBe(400);
    expect(before.body.error.fields?.decisionDate).toBeTruthy();
    const noSubject = await officer.post<ErrorBody>(committeeUrl(), cellBody({ unitId: null }));
    expect(noSubject.status).toBe(400);
    const foreign = await officer.post<ErrorBody>(committeeUrl(), cellBody({ unitId: world.foreignCell.id }));
    expect(foreign.status).toBe(409);
    expect(foreign.body.error.code).toBe('COMMENDATION_NOT_IN_SUBTREE');
    const itself = await officer.post<ErrorBody>(committeeUrl(), cellBody({ unitId: world.sub.id }));
    expect(itself.body.error.code).toBe('COMMENDATION_NOT_IN_SUBTREE');
  });

  it('a sibling committee finds neither the committee’s list nor its commendations (404); a cell member may not write (403)', async () => {
    const created = await officer.post<Commendation>(committeeUrl(), cellBody({ decisionNumber: '7-QĐ/ĐU' }));
    expect((await siblingOfficer.get(committeeUrl())).status).toBe(404);
    expect((await siblingOfficer.post(committeeUrl(), cellBody())).status).toBe(404);
    expect((await siblingOfficer.put(`/api/commendations/${created.body.id}`, cellBody())).status).toBe(404);
    expect((await siblingOfficer.delete(`/api/commendations/${created.body.id}`)).status).toBe(404);
    expect((await member.post(`/api/orgs/${world.cell.id}/commendations`, cellBody())).status).toBe(403);
    expect((await member.put(`/api/commendations/${created.body.id}`, cellBody())).status).toBe(403);
    expect((await secretary.delete(`/api/commendations/${created.body.id}`)).status).toBe(403);
    expect((await officer.get('/api/orgs/00000000-0000-0000-0000-000000000000/commendations')).status).toBe(
      404,
    );
  });
});

describe('a member’s record after a transfer', () => {
  it('shows the commendations received in the earlier cell too; the earlier cell keeps only its own', async () => {
    const personId = await buildPerson(database.db, { unitId: world.cell.id, fullName: 'Đỗ Văn Chuyển' });
    const before = await officer.post<Commendation>(
      committeeUrl(),
      cellBody({ subjectKind: 'person', unitId: null, personId, decisionNumber: '11-QĐ/ĐU' }),
    );
    expect(before.status).toBe(201);
    const moved = await officer.post(`/api/members/${personId}/transfer`, {
      toUnitId: world.sibling.id,
      on: '2026-06-01',
    });
    expect(moved.status).toBe(200);
    const after = await officer.post<Commendation>(
      committeeUrl(),
      cellBody({ subjectKind: 'person', unitId: null, personId, decisionNumber: '12-QĐ/ĐU' }),
    );
    expect(after.status).toBe(201);
    expect(after.body.unitId).toBe(world.sibling.id);
    // The record, read from the cell the member is in today: both, the earlier one naming the earlier cell.
    const record = await officer.get<List>(
      `/api/orgs/${world.sibling.id}/commendations?personId=${personId}`,
    );
    expect(record.status).toBe(200);
    expect(record.body.commendations.map((c) => [c.decisionNumber, c.unitId]).sort()).toEqual([
      ['11-QĐ/ĐU', world.cell.id],
      ['12-QĐ/ĐU', world.sibling.id],
    ]);
    // The earlier cell, whom the member left, keeps what was given while there, not what came after.
    const old = await secretary.get<List>(`/api/orgs/${world.cell.id}/commendations?personId=${personId}`);
    expect(old.body.commendations.map((c) => c.decisionNumber)).toEqual(['11-QĐ/ĐU']);
    // The new cell's own list is the cell's, not the member's past.
    const cellList = await officer.get<List>(`/api/orgs/${world.sibling.id}/commendations?year=${YEAR}`);
    expect(cellList.body.commendations.map((c) => c.decisionNumber)).not.toContain('11-QĐ/ĐU');
  });
});

describe('correcting and withdrawing', () => {
  it('the committee edits and deletes, each audited', async () => {
    const created = await officer.post<Commendation>(committeeUrl(), cellBody({ decisionNumber: '9-QĐ/ĐU' }));
    const edited = await officer.put<Commendation>(
      `/api/commendations/${created.body.id}`,
      cellBody({ decisionNumber: '10-QĐ/ĐU', kind: 'praise', form: 'letter' }),
    );
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ decisionNumber: '10-QĐ/ĐU', kind: 'praise', form: 'letter' });
    const del = await officer.delete(`/api/commendations/${created.body.id}`);
    expect(del.status).toBe(204);
    expect((await officer.delete(`/api/commendations/${created.body.id}`)).status).toBe(404);
    const audit = await database.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', created.body.id)
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual([
      'commendation.change',
      'commendation.delete',
      'commendation.record',
    ]);
  });
});

describe('the year’s list as .xlsx and in the annual report', () => {
  it('reads back with Vietnamese headers, a row per commendation of the year', async () => {
    const list = (await officer.get<List>(`${committeeUrl()}?year=${YEAR}`)).body.commendations;
    const res = await officer.download(`${committeeUrl()}/export?year=${YEAR}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.bytes.buffer as ArrayBuffer);
    const sheet = book.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    const values = (r: number) => (sheet.getRow(r).values as unknown[]).slice(1);
    expect(values(1)[0]).toContain(`Biểu dương, khen thưởng năm ${YEAR}`);
    expect(values(2)).toEqual([
      'STT',
      'Năm',
      'Đối tượng',
      'Hình thức',
      'Biểu dương / Khen thưởng',
      'Lý do',
      'Số quyết định',
      'Ngày quyết định',
      'Cấp ủy quyết định',
    ]);
    expect(sheet.rowCount).toBe(list.length + 2);
    const numbers = Array.from({ length: list.length }, (_, i) => values(i + 3)[6]);
    expect(numbers).toEqual(list.map((c) => c.decisionNumber));
    const row = Array.from({ length: list.length }, (_, i) => values(i + 3)).find(
      (r) => r[6] === '125-QĐ/ĐU',
    );
    expect(row?.slice(1)).toEqual([
      2026,
      'Chi bộ Khoa Nội',
      'Giấy khen',
      'Khen thưởng',
      'Tổ chức sinh hoạt chuyên đề có chất lượng, đủ bốn quý',
      '125-QĐ/ĐU',
      new Date(Date.UTC(2026, 11, 20)),
      'Đảng ủy Bệnh viện Thử Nghiệm',
    ]);
  });

  it('the committee’s annual report lists them under "Biểu dương, khen thưởng"; a quarter’s report does not', async () => {
    const annual = await officer.download(
      `/api/orgs/${world.sub.id}/report/document?format=docx&year=${YEAR}`,
    );
    expect(annual.status).toBe(200);
    const text = docxText(annual.bytes);
    expect(text).toContain('BIỂU DƯƠNG, KHEN THƯỞNG');
    expect(text).toContain('125-QĐ/ĐU');
    expect(text).toContain('Tổ chức sinh hoạt chuyên đề có chất lượng, đủ bốn quý');
    const quarter = await officer.download(
      `/api/orgs/${world.sub.id}/report/document?format=docx&year=${YEAR}&quarter=4`,
    );
    expect(quarter.status).toBe(200);
    expect(docxText(quarter.bytes)).not.toContain('BIỂU DƯƠNG, KHEN THƯỞNG');
  });
});
