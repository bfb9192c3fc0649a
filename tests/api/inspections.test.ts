/**
 * Inspection and supervision of cells (issue 16; seed 002: "thường xuyên kiểm tra, nhắc nhở các chi bộ"): the
 * committee's inspector plans, records the visit, issues the numbered conclusion with requests; the cell sees
 * it once issued and answers; the committee closes each request (or asks again) until the inspection closes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import { addDays, todayInVietnam } from '../../src/domain/dates/local-date.ts';
import type { NotificationKind } from '../../src/domain/notifications/kinds.ts';
import type { App } from '../../src/server/app.ts';
import { proposeScore } from '../../src/server/features/quality/index.ts';
import {
  buildCommittee,
  buildMeeting,
  buildPerson,
  buildUser,
  buildWorld,
  giveRole,
  PASSWORD,
  type World,
} from '../fixtures/factories.ts';
import { type ApiClient, buildApp, type ErrorBody, loggedIn } from '../support/api-client.ts';
import { docxText } from '../support/document-text.ts';
import { createTestDatabase } from '../support/test-db.ts';

interface Request {
  id: string;
  text: string;
  dueOn: string;
  status: 'open' | 'answered' | 'closed';
  late: boolean;
  answer: string | null;
  answeredOn: string | null;
  reviewNote: string | null;
}
interface Inspection {
  id: string;
  cell: { id: string; name: string };
  kind: 'inspection' | 'supervision';
  content: string;
  plannedOn: string;
  status: 'planned' | 'visited' | 'concluded' | 'closed';
  visitedOn: string | null;
  visitors: { id: string; name: string }[];
  team: { id: string; name: string }[];
  findings: string | null;
  conclusion: string | null;
  conclusionNumber: string | null;
  conclusionIssuedOn: string | null;
  closedOn: string | null;
  requests: Request[];
  permissions: { manage: boolean; answer: boolean; editPlan: boolean; deletePlan: boolean };
  rubricLevel: string | null;
  proposedRubricLevel: { level: string | null; meetings: number; from: string; to: string } | null;
}
interface List {
  unitKind: 'cell' | 'committee';
  inspections: Inspection[];
  cells: { id: string }[];
  permissions: { plan: boolean };
}

let database: Database;
let app: App;
let world: World;
let officer: ApiClient;
let inspector: ApiClient;
let secretary: ApiClient;
let deputy: ApiClient;
let member: ApiClient;
let siblingSecretary: ApiClient;
let rootOfficer: ApiClient;
let siblingCommitteeOfficer: ApiClient;
let foreignCellId: string;

const today = todayInVietnam();

beforeAll(async () => {
  database = await createTestDatabase();
  app = buildApp(database);
  world = await buildWorld(database.db);
  officer = await loggedIn(app, world.users.officer, PASSWORD);
  inspector = await loggedIn(app, world.users.inspector, PASSWORD);
  secretary = await loggedIn(app, world.users.secretary, PASSWORD);
  member = await loggedIn(app, world.users.member, PASSWORD);
  deputy = await loggedIn(app, await buildUser(database.db, { personId: world.people.deputyId }), PASSWORD);
  const siblingSecretaryId = world.sibling.memberIds[0] ?? '';
  await giveRole(database.db, world.sibling.id, siblingSecretaryId, 'secretary');
  siblingSecretary = await loggedIn(
    app,
    await buildUser(database.db, { personId: siblingSecretaryId }),
    PASSWORD,
  );
  const rootOfficerId = await buildPerson(database.db, { unitId: world.root.id, status: 'staff' });
  await giveRole(database.db, world.root.id, rootOfficerId, 'officer');
  rootOfficer = await loggedIn(app, await buildUser(database.db, { personId: rootOfficerId }), PASSWORD);
  const siblingCommittee = await buildCommittee(database.db, {
    parentId: world.root.id,
    name: 'Đảng ủy Khối',
  });
  const siblingOfficerId = await buildPerson(database.db, { unitId: siblingCommittee.id, status: 'staff' });
  await giveRole(database.db, siblingCommittee.id, siblingOfficerId, 'officer');
  siblingCommitteeOfficer = await loggedIn(
    app,
    await buildUser(database.db, { personId: siblingOfficerId }),
    PASSWORD,
  );
  foreignCellId = world.foreignCell.id;
});
afterAll(() => database.close());

const committeeUrl = () => `/api/orgs/${world.sub.id}/inspections`;
const planBody = () => ({
  cellId: world.cell.id,
  kind: 'inspection',
  content: 'Việc thực hiện quy định về sinh hoạt chuyên đề và chất lượng sinh hoạt chi bộ',
  plannedOn: today,
  teamIds: [world.people.inspectorId, world.people.officerId],
});
const notificationsOf = (personId: string, kind: NotificationKind) =>
  database.db
    .selectFrom('notification')
    .selectAll()
    .where('person_id', '=', personId)
    .where('kind', '=', kind)
    .execute();

let inspectionId = '';
let requestIds: string[] = [];

describe('planning', () => {
  it('refuses bad input with a message per field (400)', async () => {
    const res = await inspector.post<ErrorBody>(committeeUrl(), {
      ...planBody(),
      kind: 'audit',
      content: '  ',
      plannedOn: '2026-13-40',
    });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields ?? {}).sort()).toEqual(['content', 'kind', 'plannedOn']);
    expect(res.body.error.fields?.content).toBe('Không được để trống');
  });

  it('refuses a cell outside the committee and a team member not of the committee (400 on the field)', async () => {
    const outside = await inspector.post<ErrorBody>(committeeUrl(), { ...planBody(), cellId: foreignCellId });
    expect(outside.status).toBe(400);
    expect(outside.body.error.fields?.cellId).toContain('chi bộ trực thuộc');
    const team = await inspector.post<ErrorBody>(committeeUrl(), {
      ...planBody(),
      teamIds: [world.people.secretaryId],
    });
    expect(team.status).toBe(400);
    expect(team.body.error.fields?.teamIds).toContain('đảng ủy');
    expect(await database.db.selectFrom('inspection').selectAll().execute()).toEqual([]);
  });

  it('is not the cell’s to plan (404: the committee is not theirs to see), nor a committee above’s (403)', async () => {
    expect((await secretary.post(committeeUrl(), planBody())).status).toBe(404);
    expect((await member.post(committeeUrl(), planBody())).status).toBe(404);
    expect((await rootOfficer.post(committeeUrl(), planBody())).status).toBe(403);
    expect((await siblingCommitteeOfficer.post(committeeUrl(), planBody())).status).toBe(404);
  });

  it('lets the committee’s inspector plan one inspection per cell and date (409 for a second)', async () => {
    const res = await inspector.post<Inspection>(committeeUrl(), planBody());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: 'planned',
      kind: 'inspection',
      plannedOn: today,
      visitedOn: null,
    });
    expect(res.body.team.map((p) => p.id).sort()).toEqual(
      [world.people.inspectorId, world.people.officerId].sort(),
    );
    expect(res.body.permissions).toEqual({ manage: true, answer: false, editPlan: true, deletePlan: true });
    inspectionId = res.body.id;
    const again = await officer.post<ErrorBody>(committeeUrl(), planBody());
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('INSPECTION_ALREADY_PLANNED');
  });

  it('keeps the plan from the cell until the conclusion (404, and an empty list)', async () => {
    expect((await secretary.get(`/api/inspections/${inspectionId}`)).status).toBe(404);
    const cellList = await secretary.get<List>(`/api/orgs/${world.cell.id}/inspections`);
    expect(cellList.status).toBe(200);
    expect(cellList.body.inspections).toEqual([]);
    const asCommittee = await officer.get<List>(`/api/orgs/${world.cell.id}/inspections`);
    expect(asCommittee.body.inspections.map((i) => i.id)).toEqual([inspectionId]);
    const committee = await rootOfficer.get<List>(
      `/api/orgs/${world.sub.id}/inspections?year=${today.slice(0, 4)}`,
    );
    expect(committee.status).toBe(200);
    expect(committee.body.inspections.map((i) => i.id)).toEqual([inspectionId]);
    expect(committee.body.permissions.plan).toBe(false);
    const own = await inspector.get<List>(committeeUrl());
    expect(own.body.permissions.plan).toBe(true);
    expect(own.body.cells.map((c) => c.id).sort()).toEqual([world.cell.id, world.sibling.id].sort());
    expect((await siblingCommitteeOfficer.get(committeeUrl())).status).toBe(404);
  });
});

describe('the visit and the conclusion', () => {
  it('issues no conclusion before the visit (409)', async () => {
    const res = await inspector.post<ErrorBody>(`/api/inspections/${inspectionId}/conclusion`, {
      conclusion: 'Chi bộ thực hiện nghiêm',
      requests: [],
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('INSPECTION_NOT_VISITED');
  });

  it('records the visit: a future date or no visitor is refused (400)', async () => {
    const url = `/api/inspections/${inspectionId}/visit`;
    const future = await inspector.put<ErrorBody>(url, {
      visitedOn: addDays(today, 1),
      visitorIds: [world.people.inspectorId],
      findings: 'Chi bộ có kế hoạch',
    });
    expect(future.status).toBe(400);
    expect(future.body.error.fields?.visitedOn).toContain('sau hôm nay');
    const none = await inspector.put<ErrorBody>(url, { visitedOn: today, visitorIds: [], findings: '' });
    expect(none.status).toBe(400);
    expect(Object.keys(none.body.error.fields ?? {}).sort()).toEqual(['findings', 'visitorIds']);
    expect((await member.put(url, { visitedOn: today, visitorIds: [], findings: 'x' })).status).toBe(400);
    const ok = await inspector.put<Inspection>(url, {
      visitedOn: today,
      visitorIds: [world.people.inspectorId],
      findings:
        'Chi bộ xây dựng kế hoạch sinh hoạt chuyên đề năm; biên bản quý II chưa ghi đủ ý kiến thảo luận.',
      assessment: 'Chi bộ thực hiện cơ bản đúng quy định.',
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ status: 'visited', visitedOn: today });
    expect(ok.body.visitors.map((v) => v.id)).toEqual([world.people.inspectorId]);
    // A cell member cannot see the working papers at all.
    expect(
      (await member.put(url, { visitedOn: today, visitorIds: [world.people.inspectorId], findings: 'x' }))
        .status,
    ).toBe(404);
  });

  it('refuses a deadline before the day of issue (400 on the request’s field), issuing nothing', async () => {
    const res = await inspector.post<ErrorBody>(`/api/inspections/${inspectionId}/conclusion`, {
      conclusion: 'Chi bộ cần khắc phục',
      requests: [{ text: 'Bổ sung biên bản', dueOn: addDays(today, -1) }],
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields?.['requests.0.dueOn']).toContain('trước ngày ban hành');
    const seq = await database.db
      .selectFrom('document_sequence')
      .selectAll()
      .where('kind', '=', 'TB')
      .execute();
    expect(seq).toEqual([]);
  });

  it('issues the numbered conclusion (TB of the committee), frozen, and tells the secretary and deputy', async () => {
    const res = await inspector.post<Inspection>(`/api/inspections/${inspectionId}/conclusion`, {
      conclusion:
        'Chi bộ thực hiện cơ bản đúng quy định về sinh hoạt chuyên đề; cần khắc phục việc ghi biên bản.',
      requests: [
        { text: 'Bổ sung đầy đủ ý kiến thảo luận vào biên bản sinh hoạt', dueOn: addDays(today, 30) },
        { text: 'Báo cáo kết quả khắc phục về Đảng ủy', dueOn: addDays(today, 45) },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'concluded',
      conclusionNumber: '01-TB/ĐU',
      conclusionIssuedOn: today,
    });
    expect(res.body.requests.map((r) => r.status)).toEqual(['open', 'open']);
    requestIds = res.body.requests.map((r) => r.id);
    expect(await notificationsOf(world.people.secretaryId, 'inspection_concluded')).toHaveLength(1);
    expect(await notificationsOf(world.people.deputyId, 'inspection_concluded')).toHaveLength(1);
    expect(await notificationsOf(world.people.memberId, 'inspection_concluded')).toHaveLength(0);
    const again = await inspector.post<ErrorBody>(`/api/inspections/${inspectionId}/conclusion`, {
      conclusion: 'Lần nữa',
      requests: [],
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('INSPECTION_CONCLUDED');
    const visit = await inspector.put<ErrorBody>(`/api/inspections/${inspectionId}/visit`, {
      visitedOn: today,
      visitorIds: [world.people.inspectorId],
      findings: 'Sửa sau khi ban hành',
    });
    expect(visit.status).toBe(409);
  });

  it('renders the conclusion as issued: numbered, with the requests and their deadlines', async () => {
    const file = await secretary.download(`/api/inspections/${inspectionId}/conclusion/document?format=docx`);
    expect(file.status).toBe(200);
    const text = docxText(file.bytes);
    expect(text).toContain('Số 01-TB/ĐU');
    expect(text).toContain('Kết luận kiểm tra đối với Chi bộ Khoa Nội');
    expect(text).toContain('Bổ sung đầy đủ ý kiến thảo luận vào biên bản sinh hoạt');
    expect(text).toContain(addDays(today, 30).split('-').reverse().join('/'));
    expect(text).toContain('T/M ĐẢNG ỦY');
  });
});

describe('the cell’s side', () => {
  it('shows the cell its issued inspection; a sibling cell and another committee see nothing (404)', async () => {
    const mine = await secretary.get<Inspection>(`/api/inspections/${inspectionId}`);
    expect(mine.status).toBe(200);
    expect(mine.body.permissions).toEqual({
      manage: false,
      answer: true,
      editPlan: false,
      deletePlan: false,
    });
    const list = await member.get<List>(`/api/orgs/${world.cell.id}/inspections`);
    expect(list.body.inspections.map((i) => i.id)).toEqual([inspectionId]);
    expect((await member.get<Inspection>(`/api/inspections/${inspectionId}`)).body.permissions.answer).toBe(
      false,
    );
    expect((await siblingSecretary.get(`/api/inspections/${inspectionId}`)).status).toBe(404);
    expect((await siblingSecretary.get(`/api/orgs/${world.cell.id}/inspections`)).status).toBe(404);
    expect((await siblingCommitteeOfficer.get(`/api/inspections/${inspectionId}`)).status).toBe(404);
    const sibling = await siblingSecretary.get<List>(`/api/orgs/${world.sibling.id}/inspections`);
    expect(sibling.body.inspections).toEqual([]);
  });

  it('puts each open request on the secretary’s to-do list, due on its deadline', async () => {
    const inbox = await secretary.get<{ items: { kind: string; dueOn: string; link: string }[] }>(
      '/api/me/inbox',
    );
    const items = inbox.body.items.filter((i) => i.kind === 'inspection_request');
    expect(items.map((i) => i.dueOn).sort()).toEqual([addDays(today, 30), addDays(today, 45)]);
    expect(items[0]?.link).toBe(`/inspections/${inspectionId}`);
    const memberInbox = await member.get<{ items: { kind: string }[] }>('/api/me/inbox');
    expect(memberInbox.body.items.filter((i) => i.kind === 'inspection_request')).toEqual([]);
  });

  it('lets the secretary answer (a member 403, the committee 403; bad input 400); the team is told', async () => {
    const url = `/api/inspection-requests/${requestIds[0]}/answer`;
    const body = {
      answer: 'Chi bộ đã bổ sung biên bản quý II, đọc lại tại buổi sinh hoạt tháng sau.',
      answeredOn: today,
    };
    expect((await member.post(url, body)).status).toBe(403);
    expect((await inspector.post(url, body)).status).toBe(403);
    const bad = await secretary.post<ErrorBody>(url, { answer: ' ', answeredOn: 'hôm qua' });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields ?? {}).sort()).toEqual(['answer', 'answeredOn']);
    const closeEarly = await officer.post<ErrorBody>(`/api/inspection-requests/${requestIds[0]}/review`, {
      decision: 'close',
    });
    expect(closeEarly.status).toBe(409);
    expect(closeEarly.body.error.code).toBe('INSPECTION_REQUEST_NOT_ANSWERED');
    const res = await secretary.post<Inspection>(url, body);
    expect(res.status).toBe(200);
    expect(res.body.requests[0]).toMatchObject({
      status: 'answered',
      answeredOn: today,
      answer: body.answer,
    });
    expect(await notificationsOf(world.people.inspectorId, 'inspection_answered')).toHaveLength(1);
  });
});

describe('follow-up until closed', () => {
  it('asks again with a word (required), back to the cell’s to-do; the cell answers again', async () => {
    const url = `/api/inspection-requests/${requestIds[0]}/review`;
    expect((await secretary.post(url, { decision: 'close' })).status).toBe(403);
    const noNote = await officer.post<ErrorBody>(url, { decision: 'ask_again' });
    expect(noNote.status).toBe(400);
    expect(noNote.body.error.fields?.note).toBeTruthy();
    const again = await officer.post<Inspection>(url, {
      decision: 'ask_again',
      note: 'Đề nghị gửi kèm bản sao biên bản đã bổ sung',
    });
    expect(again.status).toBe(200);
    expect(again.body.requests[0]).toMatchObject({
      status: 'open',
      reviewNote: 'Đề nghị gửi kèm bản sao biên bản đã bổ sung',
    });
    expect(await notificationsOf(world.people.secretaryId, 'inspection_asked_again')).toHaveLength(1);
    const answer = await deputy.post<Inspection>(`/api/inspection-requests/${requestIds[0]}/answer`, {
      answer: 'Đã gửi bản sao biên bản bổ sung.',
      answeredOn: today,
    });
    expect(answer.status).toBe(200);
  });

  it('closes the inspection when its last request is closed', async () => {
    const first = await officer.post<Inspection>(`/api/inspection-requests/${requestIds[0]}/review`, {
      decision: 'close',
    });
    expect(first.body).toMatchObject({ status: 'concluded', closedOn: null });
    await secretary.post(`/api/inspection-requests/${requestIds[1]}/answer`, {
      answer: 'Chi bộ đã báo cáo kết quả khắc phục.',
      answeredOn: today,
    });
    const last = await inspector.post<Inspection>(`/api/inspection-requests/${requestIds[1]}/review`, {
      decision: 'close',
      note: 'Chi bộ đã khắc phục.',
    });
    expect(last.status).toBe(200);
    expect(last.body).toMatchObject({ status: 'closed', closedOn: today });
    expect(last.body.permissions.manage).toBe(false);
    const closed = await secretary.post<ErrorBody>(`/api/inspection-requests/${requestIds[1]}/answer`, {
      answer: 'Thêm',
      answeredOn: today,
    });
    expect(closed.status).toBe(409);
    expect(closed.body.error.code).toBe('INSPECTION_REQUEST_CLOSED');
    const inbox = await secretary.get<{ items: { kind: string }[] }>('/api/me/inbox');
    expect(inbox.body.items.filter((i) => i.kind === 'inspection_request')).toEqual([]);
  });

  it('flags an unanswered request past its deadline as late', async () => {
    const plan = await inspector.post<Inspection>(committeeUrl(), {
      ...planBody(),
      kind: 'supervision',
      cellId: world.sibling.id,
    });
    await inspector.put(`/api/inspections/${plan.body.id}/visit`, {
      visitedOn: today,
      visitorIds: [world.people.officerId],
      findings: 'Chi bộ chưa tổ chức sinh hoạt chuyên đề quý này.',
    });
    const issued = await officer.post<Inspection>(`/api/inspections/${plan.body.id}/conclusion`, {
      conclusion: 'Đề nghị chi bộ tổ chức sinh hoạt chuyên đề.',
      requests: [{ text: 'Tổ chức sinh hoạt chuyên đề', dueOn: today }],
    });
    expect(issued.body.conclusionNumber).toBe('02-TB/ĐU');
    expect(issued.body.requests[0]?.late).toBe(false);
    // A day past the deadline, seen from the database as it would be tomorrow.
    await database.db
      .updateTable('inspection_request')
      .set({ due_on: addDays(today, -1) })
      .where('inspection_id', '=', plan.body.id)
      .execute();
    const later = await officer.get<Inspection>(`/api/inspections/${plan.body.id}`);
    expect(later.body.requests[0]?.late).toBe(true);
    const list = await officer.get<{ inspections: { id: string; lateRequestCount: number }[] }>(
      committeeUrl(),
    );
    expect(list.body.inspections.find((i) => i.id === plan.body.id)?.lateRequestCount).toBe(1);
  });
});

const auditOf = (entityId: string, action: string) =>
  database.db
    .selectFrom('audit_log')
    .selectAll()
    .where('entity_id', '=', entityId)
    .where('action', '=', action)
    .execute();

describe('correcting and withdrawing a plan', () => {
  const year = Number(today.slice(0, 4));
  const plan = async (plannedOn: string) => {
    const res = await inspector.post<Inspection>(committeeUrl(), { ...planBody(), plannedOn });
    expect(res.status).toBe(201);
    return res.body;
  };

  it('the committee corrects a planned inspection (audited); a clash with another date of the cell is 409', async () => {
    const first = await plan(`${year}-03-02`);
    expect(first.permissions).toMatchObject({ editPlan: true, deletePlan: true });
    const body = {
      kind: 'supervision',
      content: 'Việc lấy ý kiến dự thảo chuyên đề',
      plannedOn: `${year}-03-09`,
      teamIds: [world.people.inspectorId],
    };
    const res = await inspector.put<Inspection>(`/api/inspections/${first.id}`, body);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      kind: 'supervision',
      content: 'Việc lấy ý kiến dự thảo chuyên đề',
      plannedOn: `${year}-03-09`,
      team: [{ id: world.people.inspectorId, name: 'Lê Văn Kiểm Tra' }],
    });
    const [audit] = await auditOf(first.id, 'inspection.edit_plan');
    expect(JSON.parse(audit?.before_json ?? '{}')).toMatchObject({
      planned_on: `${year}-03-02`,
      kind: 'inspection',
    });
    const other = await plan(`${year}-03-16`);
    const clash = await inspector.put<ErrorBody>(`/api/inspections/${other.id}`, body);
    expect(clash.status).toBe(409);
    expect(clash.body.error.code).toBe('INSPECTION_ALREADY_PLANNED');
    const bad = await inspector.put<ErrorBody>(`/api/inspections/${other.id}`, { ...body, content: ' ' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields?.content).toBeTruthy();
    // The cell does not see the plan (404); a committee above reads it but does not manage it (403).
    expect((await secretary.put(`/api/inspections/${other.id}`, body)).status).toBe(404);
    expect((await rootOfficer.put(`/api/inspections/${other.id}`, body)).status).toBe(403);
  });

  it('withdraws a plan before the visit (audited, gone: 404); after the visit 409; after the conclusion 409', async () => {
    const planned = await plan(`${year}-04-06`);
    expect((await rootOfficer.request('DELETE', `/api/inspections/${planned.id}`)).status).toBe(403);
    const gone = await inspector.request('DELETE', `/api/inspections/${planned.id}`);
    expect(gone.status).toBe(204);
    expect((await inspector.get(`/api/inspections/${planned.id}`)).status).toBe(404);
    expect(await auditOf(planned.id, 'inspection.delete_plan')).toHaveLength(1);

    const visited = await plan(`${year}-04-13`);
    const visit = await inspector.put<Inspection>(`/api/inspections/${visited.id}/visit`, {
      visitedOn: today,
      visitorIds: [world.people.inspectorId],
      findings: 'Chi bộ có kế hoạch',
    });
    expect(visit.body.permissions).toMatchObject({ editPlan: true, deletePlan: false });
    const refused = await inspector.request<ErrorBody>('DELETE', `/api/inspections/${visited.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('INSPECTION_VISITED');
    expect((await inspector.get(`/api/inspections/${visited.id}`)).status).toBe(200);

    // The first inspection of this file is concluded: its plan is frozen.
    const concluded = await inspector.get<Inspection>(`/api/inspections/${inspectionId}`);
    expect(concluded.body.permissions).toMatchObject({ editPlan: false, deletePlan: false });
    const edit = await inspector.put<ErrorBody>(`/api/inspections/${inspectionId}`, {
      kind: 'inspection',
      content: 'Sửa sau khi ban hành',
      plannedOn: today,
      teamIds: [],
    });
    expect(edit.status).toBe(409);
    expect(edit.body.error.code).toBe('INSPECTION_CONCLUDED');
    expect((await inspector.request('DELETE', `/api/inspections/${inspectionId}`)).status).toBe(409);
  });
});

describe('the visit’s assessment against the rubric', () => {
  it('proposes the level of the cell’s confirmed scores in the period; the team records a level; the conclusion states it', async () => {
    const year = Number(today.slice(0, 4));
    const system = { userId: 'system', personId: null, isAdmin: true, grants: [] };
    const scored = async (heldOn: string, confirmed: 'good' | 'fair' | null) => {
      const m = await buildMeeting(database.db, world.cell.id, { status: 'ended', heldOn });
      await proposeScore(database.db, system, m.id, { manual: {} });
      if (confirmed)
        await database.db
          .updateTable('meeting_quality')
          .set({ confirmed_level: confirmed, confirmed_at: new Date().toISOString() })
          .where('meeting_id', '=', m.id)
          .execute();
    };
    await scored(`${year}-01-01`, 'good');
    await scored(today, 'fair');
    await scored(today, null); // proposed only: not counted
    await scored(`${year - 1}-12-31`, 'good'); // before the period: not counted
    const res = await inspector.post<Inspection>(committeeUrl(), {
      ...planBody(),
      plannedOn: `${year}-05-04`,
    });
    expect(res.status).toBe(201);
    const id = res.body.id;
    // Good and fair average to 2.5: the lower level (periodLevel).
    expect(res.body.proposedRubricLevel).toEqual({
      level: 'fair',
      meetings: 2,
      from: `${year}-01-01`,
      to: today,
    });
    expect(res.body.rubricLevel).toBeNull();

    const bad = await inspector.put<ErrorBody>(`/api/inspections/${id}/visit`, {
      visitedOn: today,
      visitorIds: [world.people.inspectorId],
      findings: 'Chi bộ sinh hoạt đều',
      rubricLevel: 'excellent',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields?.rubricLevel).toBeTruthy();
    const visit = await inspector.put<Inspection>(`/api/inspections/${id}/visit`, {
      visitedOn: today,
      visitorIds: [world.people.inspectorId],
      findings: 'Chi bộ sinh hoạt đều',
      rubricLevel: 'good',
    });
    expect(visit.status).toBe(200);
    expect(visit.body.rubricLevel).toBe('good');
    const issued = await inspector.post<Inspection>(`/api/inspections/${id}/conclusion`, {
      conclusion: 'Chi bộ thực hiện tốt',
      requests: [],
    });
    expect(issued.status).toBe(200);
    // The cell reads the level the team gave, not the committee's working proposal.
    const own = await secretary.get<Inspection>(`/api/inspections/${id}`);
    expect(own.body).toMatchObject({ rubricLevel: 'good', proposedRubricLevel: null });
    const file = await secretary.download(`/api/inspections/${id}/conclusion/document?format=docx`);
    expect(docxText(file.bytes)).toContain(
      'Chất lượng sinh hoạt chi bộ theo tiêu chí đánh giá của cấp ủy: Tốt.',
    );
  });
});
