/**
 * Guidance of cells that struggle (issue 15; seed 000: "đảng ủy cấp trên trực tiếp chỉ đạo, hướng dẫn cách sinh
 * hoạt"): the committee marks a cell, assigns one of its committee members, records visits and notes; the cell
 * invites the committee to comment on a topic's drafts, and withdraws the invitation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import { addDays, todayInVietnam } from '../../src/domain/dates/local-date.ts';
import type { NotificationKind } from '../../src/domain/notifications/kinds.ts';
import type { App } from '../../src/server/app.ts';
import {
  buildCommittee,
  buildPerson,
  buildPreparation,
  buildUser,
  buildWorld,
  giveRole,
  PASSWORD,
  type World,
} from '../fixtures/factories.ts';
import { type ApiClient, buildApp, type ErrorBody, loggedIn } from '../support/api-client.ts';
import { createTestDatabase } from '../support/test-db.ts';

interface Visit {
  id: string;
  kind: 'visit' | 'note';
  onDate: string;
  findings: string;
  advice: string | null;
  recordedByName: string | null;
}
interface SupportRecord {
  id: string;
  cellId: string;
  status: 'open' | 'ended';
  reason: string;
  assignee: { id: string; name: string };
  startedOn: string;
  endedOn: string | null;
  endNote: string | null;
  lastVisitOn: string | null;
  visitCount: number;
  visits: Visit[];
  permissions: { manage: boolean; record: boolean };
}
interface Overview {
  unitKind: 'cell' | 'committee';
  records: SupportRecord[];
  candidates: { id: string; name: string; role: string }[];
  permissions: { mark: boolean };
}
interface TopicView {
  draft: { id: string; html: string } | null;
  versions: { id: string; kind: string }[];
  committeeInvitation: { invitedAt: string } | null;
  invitedGuest: boolean;
  permissions: { comment: boolean; inviteCommittee: boolean };
}

let database: Database;
let app: App;
let world: World;
let officer: ApiClient;
let inspector: ApiClient;
let secretary: ApiClient;
let deputy: ApiClient;
let member: ApiClient;
let follower: ApiClient;
let followerId: string;
let rootOfficer: ApiClient;
let siblingOfficer: ApiClient;
let siblingCommitteeMemberId: string;

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
  // The committee's own committee member (đảng ủy viên), a member of the sibling cell.
  followerId = await buildPerson(database.db, { unitId: world.sibling.id, fullName: 'Đỗ Văn Ủy Viên' });
  await giveRole(database.db, world.sub.id, followerId, 'committee_member');
  follower = await loggedIn(app, await buildUser(database.db, { personId: followerId }), PASSWORD);
  const rootOfficerId = await buildPerson(database.db, { unitId: world.root.id, status: 'staff' });
  await giveRole(database.db, world.root.id, rootOfficerId, 'officer');
  rootOfficer = await loggedIn(app, await buildUser(database.db, { personId: rootOfficerId }), PASSWORD);
  // A sibling committee under the same ward: the cells of the hospital committee are not theirs.
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
  siblingCommitteeMemberId = await buildPerson(database.db, { unitId: siblingCommittee.id, status: 'staff' });
  await giveRole(database.db, siblingCommittee.id, siblingCommitteeMemberId, 'committee_member');
});
afterAll(() => database.close());

const cellUrl = () => `/api/orgs/${world.cell.id}/support`;
const mark = (client: ApiClient, body: Record<string, unknown>) =>
  client.post<SupportRecord & ErrorBody>(cellUrl(), body);
const markBody = () => ({
  reason: 'Chi bộ chưa chuẩn bị chuyên đề bằng văn bản hai quý liền',
  assigneeId: followerId,
  startedOn: addDays(today, -30),
});
const notificationsOf = (personId: string, kind: NotificationKind) =>
  database.db
    .selectFrom('notification')
    .selectAll()
    .where('person_id', '=', personId)
    .where('kind', '=', kind)
    .execute();

let recordId = '';

describe('marking a cell as needing guidance', () => {
  it('refuses bad input with a message per field (400)', async () => {
    const res = await mark(officer, { reason: '  ', assigneeId: followerId, startedOn: '2026-13-40' });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields ?? {}).sort()).toEqual(['reason', 'startedOn']);
    expect(res.body.error.fields?.reason).toBe('Không được để trống');
  });

  it('refuses an assignee who is no committee member or officer above the cell (400 on the field)', async () => {
    for (const assigneeId of [world.people.secretaryId, world.people.memberId, siblingCommitteeMemberId]) {
      const res = await mark(officer, { ...markBody(), assigneeId });
      expect(res.status).toBe(400);
      expect(res.body.error.fields?.assigneeId).toContain('đảng ủy viên');
    }
    expect(await database.db.selectFrom('cell_support').selectAll().execute()).toEqual([]);
  });

  it('is refused to the cell (403), to an inspector (403), and unknown to a sibling committee (404)', async () => {
    expect((await mark(member, markBody())).status).toBe(403);
    expect((await mark(secretary, markBody())).status).toBe(403);
    expect((await mark(inspector, markBody())).status).toBe(403);
    expect((await mark(follower, markBody())).status).toBe(403);
    expect((await mark(siblingOfficer, markBody())).status).toBe(404);
  });

  it('lets an officer above mark the cell and assign the committee member, who is told', async () => {
    const before = await officer.get<Overview>(cellUrl());
    expect(before.body.permissions.mark).toBe(true);
    expect(before.body.candidates.map((c) => c.id)).toEqual(
      expect.arrayContaining([followerId, world.people.officerId]),
    );
    expect(before.body.candidates.map((c) => c.id)).not.toContain(siblingCommitteeMemberId);

    const res = await mark(officer, markBody());
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.status).toBe('open');
    expect(res.body.assignee).toEqual({ id: followerId, name: 'Đỗ Văn Ủy Viên' });
    recordId = res.body.id;
    const told = await notificationsOf(followerId, 'support_assigned');
    expect(told).toHaveLength(1);
    expect(told[0]?.link).toBe(`/units/${world.cell.id}?tab=support`);
  });

  it('keeps one open record per cell (409)', async () => {
    const res = await mark(rootOfficer, markBody());
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('SUPPORT_ALREADY_OPEN');
    expect((await officer.get<Overview>(cellUrl())).body.permissions.mark).toBe(false);
  });

  it('refuses a committee or a foreign cell as the target', async () => {
    const res = await officer.post<ErrorBody>(`/api/orgs/${world.sub.id}/support`, markBody());
    expect(res.status).toBe(403);
    const root = await rootOfficer.post<ErrorBody>(`/api/orgs/${world.sub.id}/support`, markBody());
    expect(root.status).toBe(409);
    expect(root.body.error.code).toBe('SUPPORT_NOT_CELL');
    expect((await officer.post(`/api/orgs/${world.foreignCell.id}/support`, markBody())).status).toBe(404);
  });
});

describe('reading the records', () => {
  it('shows the cell’s record to the committees above and to its secretary and deputy, not to members', async () => {
    for (const client of [officer, inspector, follower, rootOfficer, secretary, deputy]) {
      const res = await client.get<Overview>(cellUrl());
      expect(res.status).toBe(200);
      expect(res.body.records.map((r) => r.id)).toEqual([recordId]);
    }
    expect((await member.get(cellUrl())).status).toBe(403);
    expect((await siblingOfficer.get(cellUrl())).status).toBe(404);
  });

  it('lists a committee’s open records of its subtree, at any depth, to its people only', async () => {
    for (const [client, unit] of [
      [officer, world.sub.id],
      [follower, world.sub.id],
      [rootOfficer, world.root.id],
    ] as const) {
      const res = await client.get<Overview>(`/api/orgs/${unit}/support`);
      expect(res.status).toBe(200);
      expect(res.body.unitKind).toBe('committee');
      expect(res.body.records.map((r) => [r.cellId, r.assignee.id])).toEqual([[world.cell.id, followerId]]);
    }
    expect((await siblingOfficer.get<Overview>(`/api/orgs/${world.sub.id}/support`)).status).toBe(404);
    expect((await secretary.get(`/api/orgs/${world.sub.id}/support`)).status).toBe(404);
  });
});

describe('visits and notes', () => {
  const visitUrl = () => `/api/supports/${recordId}/visits`;
  const visit = {
    kind: 'visit',
    onDate: addDays(today, -2),
    findings: 'Chi bộ chưa phân công người chuẩn bị dự thảo quý này',
    advice: 'Hướng dẫn bí thư phân công theo khả năng, gửi dự thảo trước 3 ngày',
  };

  it('lets the assigned member record a visit; the cell’s secretary and deputy are told and read it', async () => {
    const res = await follower.post<Visit>(visitUrl(), visit);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.recordedByName).toBe('Đỗ Văn Ủy Viên');
    for (const personId of [world.people.secretaryId, world.people.deputyId]) {
      const told = await notificationsOf(personId, 'support_entry');
      expect(told).toHaveLength(1);
      expect(JSON.parse(told[0]?.params_json ?? '{}')).toMatchObject({
        entryKind: 'visit',
        date: visit.onDate,
      });
    }
    const seen = await secretary.get<Overview>(cellUrl());
    const record = seen.body.records[0];
    expect(record?.visits.map((v) => [v.kind, v.findings, v.advice])).toEqual([
      ['visit', visit.findings, visit.advice],
    ]);
    expect(record?.lastVisitOn).toBe(visit.onDate);
    expect(record?.permissions).toEqual({ manage: false, record: false });
    const list = await officer.get<Overview>(`/api/orgs/${world.sub.id}/support`);
    expect(list.body.records[0]?.lastVisitOn).toBe(visit.onDate);
  });

  it('lets an officer above add a note; refuses the cell and an inspector (403)', async () => {
    const note = { kind: 'note', onDate: today, findings: 'Đã gọi điện nhắc bí thư' };
    expect((await officer.post(visitUrl(), note)).status).toBe(201);
    for (const client of [secretary, member, inspector])
      expect((await client.post(visitUrl(), note)).status).toBe(403);
    expect((await siblingOfficer.post(visitUrl(), note)).status).toBe(404);
  });

  it('refuses bad input: an unknown kind, empty findings, a date in the future or before the start', async () => {
    const bad = await follower.post<ErrorBody>(visitUrl(), { kind: 'call', onDate: today, findings: '' });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields ?? {}).sort()).toEqual(['findings', 'kind']);
    const future = await follower.post<ErrorBody>(visitUrl(), { ...visit, onDate: addDays(today, 1) });
    expect(future.status).toBe(400);
    expect(future.body.error.fields?.onDate).toBe('Ngày làm việc không được sau hôm nay');
    const early = await follower.post<ErrorBody>(visitUrl(), { ...visit, onDate: addDays(today, -60) });
    expect(early.body.error.fields?.onDate).toBe('Ngày làm việc không được trước ngày bắt đầu theo dõi');
  });
});

describe("the cell's invitation to comment on a draft not yet distributed", () => {
  let topicId = '';
  let draftId = '';
  const comment = { body: 'Đề nghị nêu rõ nguyên nhân chậm chuẩn bị và giải pháp của chi ủy.' };

  beforeAll(async () => {
    const prep = await buildPreparation(database.db, world.cell.id, { status: 'draft1_writing' });
    topicId = prep.topicId;
    draftId = prep.draftIds[0] ?? '';
  });

  it('without an invitation, the committee reads no undistributed draft (404) and cannot comment (403)', async () => {
    const view = await follower.get<TopicView>(`/api/topics/${topicId}`);
    expect(view.status).toBe(200);
    expect(view.body.draft).toBeNull();
    expect(view.body.invitedGuest).toBe(false);
    expect((await follower.get(`/api/topics/${topicId}/versions/${draftId}`)).status).toBe(404);
    expect((await follower.post(`/api/topics/${topicId}/comments`, comment)).status).toBe(403);
    expect((await officer.get(`/api/topics/${topicId}/versions/${draftId}`)).status).toBe(404);
  });

  it('is sent by the secretary (or deputy) only', async () => {
    for (const client of [member, officer, follower])
      expect((await client.post(`/api/topics/${topicId}/committee-invitation`)).status).toBe(403);
    expect((await siblingOfficer.post(`/api/topics/${topicId}/committee-invitation`)).status).toBe(404);
    const res = await secretary.post<TopicView>(`/api/topics/${topicId}/committee-invitation`);
    expect(res.status).toBe(201);
    expect(res.body.committeeInvitation).not.toBeNull();
    expect(res.body.permissions.inviteCommittee).toBe(true);
    expect(
      (await deputy.post<ErrorBody>(`/api/topics/${topicId}/committee-invitation`)).body.error.code,
    ).toBe('PREP_ALREADY_INVITED');
    expect(await notificationsOf(followerId, 'committee_invited')).toHaveLength(1);
    expect(await notificationsOf(world.people.officerId, 'committee_invited')).toHaveLength(1);
  });

  it('lets the assigned member read the draft and comment on it, and lists it on their home', async () => {
    const view = await follower.get<TopicView>(`/api/topics/${topicId}`);
    expect(view.body.invitedGuest).toBe(true);
    expect(view.body.draft?.id).toBe(draftId);
    expect(view.body.permissions.comment).toBe(true);
    expect((await follower.get(`/api/topics/${topicId}/versions/${draftId}`)).status).toBe(200);
    const res = await follower.post(`/api/topics/${topicId}/comments`, comment);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const stored = await database.db
      .selectFrom('topic_comment')
      .selectAll()
      .where('topic_id', '=', topicId)
      .execute();
    expect(stored.map((c) => [c.person_id, c.version_id])).toEqual([[followerId, draftId]]);
    const inbox = await follower.get<{ items: { kind: string; link: string }[] }>('/api/me/inbox');
    expect(inbox.body.items.map((i) => [i.kind, i.link])).toEqual(
      expect.arrayContaining([
        ['support_assigned', `/units/${world.cell.id}?tab=support`],
        ['draft_invited', `/topics/${topicId}`],
      ]),
    );
  });

  it('lets the officers of the committee directly above read it, not those higher or elsewhere', async () => {
    expect((await officer.get(`/api/topics/${topicId}/versions/${draftId}`)).status).toBe(200);
    expect((await rootOfficer.get(`/api/topics/${topicId}/versions/${draftId}`)).status).toBe(404);
    expect((await inspector.get(`/api/topics/${topicId}/versions/${draftId}`)).status).toBe(404);
    expect((await siblingOfficer.get(`/api/topics/${topicId}/versions/${draftId}`)).status).toBe(404);
    expect((await rootOfficer.post(`/api/topics/${topicId}/comments`, comment)).status).toBe(403);
  });

  it('is withdrawn by the secretary, which revokes the reading and the commenting', async () => {
    expect((await member.delete(`/api/topics/${topicId}/committee-invitation`)).status).toBe(403);
    const res = await secretary.delete<TopicView>(`/api/topics/${topicId}/committee-invitation`);
    expect(res.status).toBe(200);
    expect(res.body.committeeInvitation).toBeNull();
    expect((await follower.get(`/api/topics/${topicId}/versions/${draftId}`)).status).toBe(404);
    expect((await follower.post(`/api/topics/${topicId}/comments`, comment)).status).toBe(403);
    const view = await follower.get<TopicView>(`/api/topics/${topicId}`);
    expect(view.body.draft).toBeNull();
    const again = await secretary.delete<ErrorBody>(`/api/topics/${topicId}/committee-invitation`);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('PREP_NOT_INVITED');
    const inbox = await follower.get<{ items: { kind: string }[] }>('/api/me/inbox');
    expect(inbox.body.items.map((i) => i.kind)).not.toContain('draft_invited');
  });
});

describe('reassigning and ending', () => {
  const url = () => `/api/supports/${recordId}`;

  it('refuses an empty change, an end without a note, an ineligible person (400) and the cell (403)', async () => {
    expect((await officer.patch(url(), {})).status).toBe(400);
    const noNote = await officer.patch<ErrorBody>(url(), { endedOn: today });
    expect(noNote.status).toBe(400);
    expect(noNote.body.error.fields?.endNote).toBeDefined();
    const before = await officer.patch<ErrorBody>(url(), { endedOn: addDays(today, -40), endNote: 'Xong' });
    expect(before.body.error.fields?.endedOn).toBe('Ngày kết thúc không được trước ngày bắt đầu theo dõi');
    const wrong = await officer.patch<ErrorBody>(url(), { assigneeId: world.people.memberId });
    expect(wrong.status).toBe(400);
    expect((await secretary.patch(url(), { assigneeId: world.people.officerId })).status).toBe(403);
    expect((await follower.patch(url(), { assigneeId: world.people.officerId })).status).toBe(403);
  });

  it('reassigns to an officer, who is told and may now record', async () => {
    const res = await officer.patch<SupportRecord>(url(), { assigneeId: world.people.officerId });
    expect(res.status).toBe(200);
    expect(res.body.assignee.id).toBe(world.people.officerId);
    // The officer caused it: not told of their own act. The former assignee no longer records.
    expect(await notificationsOf(world.people.officerId, 'support_assigned')).toHaveLength(0);
    const note = { kind: 'note', onDate: today, findings: 'Đã bàn giao theo dõi' };
    expect((await follower.post(`${url()}/visits`, note)).status).toBe(403);
    const back = await rootOfficer.patch<SupportRecord>(url(), { assigneeId: followerId });
    expect(back.body.assignee.id).toBe(followerId);
    expect(await notificationsOf(followerId, 'support_assigned')).toHaveLength(2);
  });

  it('ends with a closing note; nothing more is recorded, and the cell may be marked again', async () => {
    const res = await officer.patch<SupportRecord>(url(), {
      endedOn: today,
      endNote: 'Chi bộ đã tự chuẩn bị chuyên đề quý này đạt yêu cầu',
    });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('ended');
    expect(res.body.endNote).toBe('Chi bộ đã tự chuẩn bị chuyên đề quý này đạt yêu cầu');
    const late = await follower.post<ErrorBody>(`${url()}/visits`, {
      kind: 'note',
      onDate: today,
      findings: 'Ghi thêm',
    });
    expect(late.status).toBe(409);
    expect((await officer.patch<ErrorBody>(url(), { reason: 'Sửa lý do' })).body.error.code).toBe(
      'SUPPORT_ENDED',
    );
    expect((await officer.get<Overview>(`/api/orgs/${world.sub.id}/support`)).body.records).toEqual([]);
    const again = await mark(officer, { ...markBody(), startedOn: today });
    expect(again.status).toBe(201);
    const all = await officer.get<Overview>(cellUrl());
    expect(all.body.records.map((r) => r.status).sort()).toEqual(['ended', 'open']);
  });

  it('audits every change', async () => {
    const actions = await database.db
      .selectFrom('audit_log')
      .select('action')
      .where('unit_id', '=', world.cell.id)
      .where('action', 'like', 'support.%')
      .execute();
    expect(new Set(actions.map((a) => a.action))).toEqual(
      new Set(['support.mark', 'support.record', 'support.change', 'support.end']),
    );
  });
});
