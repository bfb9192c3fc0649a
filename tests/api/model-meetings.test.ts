import type { z } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import { addDays, todayInVietnam } from '../../src/domain/dates/local-date.ts';
import type { App } from '../../src/server/app.ts';
import type { MeetingCalendarSchema } from '../../src/server/features/meetings/delegates/routes.ts';
import type { ModelMeetingSchema } from '../../src/server/features/meetings/model/routes.ts';
import type { MeetingSchema } from '../../src/server/features/meetings/presenter.ts';
import {
  buildCell,
  buildCommittee,
  buildMeeting,
  buildPerson,
  buildUser,
  giveRole,
  PASSWORD,
} from '../fixtures/factories.ts';
import { ApiClient, buildApp, type ErrorBody, loggedIn } from '../support/api-client.ts';
import { createTestDatabase } from '../support/test-db.ts';

type Model = z.infer<typeof ModelMeetingSchema>;
type Meeting = z.infer<typeof MeetingSchema>;
type Calendar = z.infer<typeof MeetingCalendarSchema>;
interface NotificationList {
  items: { kind: string; params: Record<string, unknown>; link: string }[];
}
interface Inbox {
  items: { kind: string; params: Record<string, unknown>; link: string; unit: { id: string } }[];
}
interface Library {
  models: { id: string; sourceTopicId: string | null; title: string; lessons: string | null }[];
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

async function ok<T = Model>(res: Promise<{ status: number; body: unknown }>, status = 200): Promise<T> {
  const r = await res;
  expect(r.status, JSON.stringify(r.body)).toBe(status);
  return r.body as T;
}
async function refused(res: Promise<{ status: number; body: unknown }>) {
  const r = await res;
  return { status: r.status, code: (r.body as ErrorBody).error?.code };
}
const login = async (personId: string) => loggedIn(app, await buildUser(database.db, { personId }), PASSWORD);
const day = (n: number) => addDays(todayInVietnam(), n);
const url = (meetingId: string, rest = '') => `/api/meetings/${meetingId}/model${rest}`;

/**
 * A hospital committee (under a ward) with the host cell, two other cells (each with a secretary) and a
 * foreign commune with a cell. The hospital's officer, the cells' secretaries, a member of the host, signed in.
 */
let trees = 0;
async function buildTree() {
  const db = database.db;
  const ward = await buildCommittee(db, { name: `Đảng ủy phường Mẫu ${++trees}` });
  const hospital = await buildCommittee(db, { parentId: ward.id, name: 'Đảng ủy Bệnh viện' });
  const host = await buildCell(db, { parentId: hospital.id, name: 'Chi bộ Khoa Nội', members: 3 });
  const invited = await buildCell(db, { parentId: hospital.id, name: 'Chi bộ Khoa Ngoại', members: 2 });
  const other = await buildCell(db, { parentId: hospital.id, name: 'Chi bộ Khoa Sản', members: 2 });
  const foreign = await buildCommittee(db, { name: 'Đảng ủy xã Khác' });
  const foreignCell = await buildCell(db, { parentId: foreign.id, name: 'Chi bộ Thôn Khác', members: 2 });
  const [hostSecretaryId, memberId] = host.memberIds as [string, string];
  await giveRole(db, host.id, hostSecretaryId, 'secretary');
  const invitedSecretaryId = invited.memberIds[0] ?? '';
  await giveRole(db, invited.id, invitedSecretaryId, 'secretary');
  const otherSecretaryId = other.memberIds[0] ?? '';
  await giveRole(db, other.id, otherSecretaryId, 'secretary');
  const foreignSecretaryId = foreignCell.memberIds[0] ?? '';
  await giveRole(db, foreignCell.id, foreignSecretaryId, 'secretary');
  const officerId = await buildPerson(db, {
    unitId: other.id,
    status: 'staff',
    fullName: 'Trần Thị Tổ Chức',
  });
  await giveRole(db, hospital.id, officerId, 'officer');
  return {
    ward,
    hospital,
    host,
    invited,
    other,
    foreignCell,
    ids: { hostSecretaryId, invitedSecretaryId, officerId },
    officer: await login(officerId),
    hostSecretary: await login(hostSecretaryId),
    member: await login(memberId),
    invitedSecretary: await login(invitedSecretaryId),
    otherSecretary: await login(otherSecretaryId),
    foreignSecretary: await login(foreignSecretaryId),
  };
}
type Tree = Awaited<ReturnType<typeof buildTree>>;

const designate = (t: Tree, meetingId: string, cellIds: string[] | null = null, who = t.officer) =>
  who.post<Model>(url(meetingId), { purpose: 'Để các chi bộ học tập cách tổ chức thảo luận', cellIds });

describe('designating a model meeting (seed 001: "sinh hoạt chuyên đề mẫu")', () => {
  it('the officer designates a thematic meeting to come and invites chosen cells; their secretaries are told', async () => {
    const t = await buildTree();
    const m = await buildMeeting(database.db, t.host.id, { heldOn: day(6), place: 'Hội trường khoa Nội' });
    const before = await ok<Meeting>(t.officer.get(`/api/meetings/${m.id}`));
    expect(before.permissions.designateModel).toBe(true);
    expect(before.model).toBeNull();

    const model = await ok(designate(t, m.id, [t.invited.id]));
    expect(model.committeeName).toBe('Đảng ủy Bệnh viện');
    expect(model.invitedCells).toEqual([{ id: t.invited.id, name: 'Chi bộ Khoa Ngoại' }]);
    expect(model.purpose).toBe('Để các chi bộ học tập cách tổ chức thảo luận');
    expect(model.permissions.withdraw).toBe(true);
    expect(model.permissions.recordLessons).toBe(false);

    const after = await ok<Meeting>(t.hostSecretary.get(`/api/meetings/${m.id}`));
    expect(after.model?.committeeName).toBe('Đảng ủy Bệnh viện');
    expect(after.permissions.designateModel).toBe(false);

    const invitedNotes = await ok<NotificationList>(t.invitedSecretary.get('/api/notifications'));
    const note = invitedNotes.items.find((n) => n.kind === 'model_meeting_invited');
    expect(note?.link).toBe(`/model-meetings/${m.id}`);
    expect(note?.params).toMatchObject({
      cell: 'Chi bộ Khoa Nội',
      place: 'Hội trường khoa Nội',
      date: day(6),
    });
    const otherNotes = await ok<NotificationList>(t.otherSecretary.get('/api/notifications'));
    expect(otherNotes.items.some((n) => n.kind === 'model_meeting_invited')).toBe(false);

    // Twice: 409.
    expect(await refused(designate(t, m.id, [t.invited.id]))).toEqual({
      status: 409,
      code: 'MODEL_MEETING_EXISTS',
    });
  });

  it('"all" invites every other cell of the committee, never the host', async () => {
    const t = await buildTree();
    const m = await buildMeeting(database.db, t.host.id, { heldOn: day(6) });
    const model = await ok(designate(t, m.id, null));
    expect(model.invitedCells.map((c) => c.id).sort()).toEqual([t.invited.id, t.other.id].sort());
  });

  it('refuses a regular meeting, one ended or past, a cell outside the subtree, the host itself', async () => {
    const t = await buildTree();
    const db = database.db;
    const regular = await buildMeeting(db, t.host.id, { kind: 'regular', heldOn: day(6) });
    expect(await refused(designate(t, regular.id))).toEqual({
      status: 409,
      code: 'MODEL_MEETING_NOT_THEMATIC',
    });
    const ended = await buildMeeting(db, t.host.id, { status: 'ended' });
    expect(await refused(designate(t, ended.id))).toEqual({ status: 409, code: 'MODEL_MEETING_CLOSED' });
    const past = await buildMeeting(db, t.host.id, { heldOn: day(-2) });
    expect(await refused(designate(t, past.id))).toEqual({ status: 409, code: 'MODEL_MEETING_CLOSED' });
    const m = await buildMeeting(db, t.host.id, { heldOn: day(6) });
    expect(await refused(designate(t, m.id, [t.foreignCell.id]))).toEqual({
      status: 409,
      code: 'MODEL_MEETING_CELL_OUTSIDE',
    });
    expect(await refused(designate(t, m.id, [t.host.id]))).toEqual({
      status: 409,
      code: 'MODEL_MEETING_CELL_OUTSIDE',
    });
    const empty = await t.officer.post(url(m.id), { purpose: '   ', cellIds: null });
    expect(empty.status).toBe(400);
    // Nothing was written by the refusals.
    expect((await t.officer.get(url(m.id))).status).toBe(404);
  });

  it('only an officer above the cell designates: the host secretary 403, another cell 404', async () => {
    const t = await buildTree();
    const m = await buildMeeting(database.db, t.host.id, { heldOn: day(6) });
    expect((await designate(t, m.id, null, t.hostSecretary)).status).toBe(403);
    expect((await designate(t, m.id, null, t.invitedSecretary)).status).toBe(404);
    expect((await designate(t, m.id, null, t.foreignSecretary)).status).toBe(404);
  });
});

describe('the invited secretary', () => {
  it('reads only the invitation, attends as an observer named at the meeting, sees it on home and calendar', async () => {
    const t = await buildTree();
    const m = await buildMeeting(database.db, t.host.id, { heldOn: day(6), startsAt: '08:00' });
    await ok(designate(t, m.id, [t.invited.id]));

    const seen = await ok(t.invitedSecretary.get(url(m.id)));
    expect(seen).toMatchObject({
      cellName: 'Chi bộ Khoa Nội',
      heldOn: day(6),
      startsAt: '08:00',
      topicId: null,
    });
    expect(seen.topicTitle).toBe('Chuyên đề quý 1');
    expect(seen.permissions).toMatchObject({ openMeeting: false, attend: true, recordLessons: false });
    // Not the host cell's own record.
    expect((await t.invitedSecretary.get(`/api/meetings/${m.id}`)).status).toBe(404);
    // An uninvited sibling cell and a foreign tree see nothing.
    expect((await t.otherSecretary.get(url(m.id))).status).toBe(404);
    expect((await t.foreignSecretary.get(url(m.id))).status).toBe(404);
    expect((await t.otherSecretary.post(url(m.id, '/attend'))).status).toBe(404);

    const inbox = await ok<Inbox>(t.invitedSecretary.get('/api/me/inbox'));
    const item = inbox.items.find((i) => i.kind === 'model_meeting_invited');
    expect(item?.link).toBe(`/model-meetings/${m.id}`);
    expect(item?.unit.id).toBe(t.invited.id);
    const otherInbox = await ok<Inbox>(t.otherSecretary.get('/api/me/inbox'));
    expect(otherInbox.items.some((i) => i.kind === 'model_meeting_invited')).toBe(false);

    const attending = await ok(t.invitedSecretary.post(url(m.id, '/attend')));
    expect(attending.attending).toBe(true);
    expect(attending.observers.map((o) => o.unitName)).toEqual(['Chi bộ Khoa Ngoại']);
    expect(await refused(t.invitedSecretary.post(url(m.id, '/attend')))).toEqual({
      status: 409,
      code: 'MODEL_MEETING_ATTENDING',
    });
    // The host cell's meeting names them with the delegates (console, minutes, report).
    const meeting = await ok<Meeting>(t.hostSecretary.get(`/api/meetings/${m.id}`));
    expect(meeting.delegates).toEqual([
      expect.objectContaining({
        personId: t.ids.invitedSecretaryId,
        unitName: 'Chi bộ Khoa Ngoại',
        present: false,
      }),
    ]);
    const hostNotes = await ok<NotificationList>(t.hostSecretary.get('/api/notifications'));
    expect(hostNotes.items.some((n) => n.kind === 'delegate_registered')).toBe(true);

    const left = await ok(t.invitedSecretary.delete(url(m.id, '/attend')));
    expect(left.attending).toBe(false);
    expect((await ok<Meeting>(t.hostSecretary.get(`/api/meetings/${m.id}`))).delegates).toEqual([]);
  });

  it('the calendar feed carries the invitation; the committee’s calendar marks the model', async () => {
    const t = await buildTree();
    const m = await buildMeeting(database.db, t.host.id, { heldOn: day(9), startsAt: '19:30' });
    await ok(designate(t, m.id, [t.invited.id]));
    const created = await t.invitedSecretary.post<{ path: string }>('/api/me/calendar-feed');
    const feed = await new ApiClient(app).request<string>('GET', created.body.path);
    expect(feed.status).toBe(200);
    expect(feed.body).toContain('Sinh hoạt chuyên đề mẫu: Chuyên đề quý 1');
    // Lines of an .ics are folded at 75 octets.
    expect(feed.body.replace(/\r?\n /g, '')).toContain(`/model-meetings/${m.id}`);
    const otherFeed = await t.otherSecretary.post<{ path: string }>('/api/me/calendar-feed');
    const other = await new ApiClient(app).request<string>('GET', otherFeed.body.path);
    expect(other.body).not.toContain('Sinh hoạt chuyên đề mẫu');

    const calendar = await ok<Calendar>(
      t.officer.get(`/api/orgs/${t.hospital.id}/meeting-calendar?from=${day(0)}&to=${day(30)}`),
    );
    expect(calendar.meetings.find((x) => x.id === m.id)?.model).toBe(true);
  });
});

describe('withdrawing and the lessons drawn', () => {
  it('the officer withdraws before the meeting: the invitation, its observers and its page go', async () => {
    const t = await buildTree();
    const m = await buildMeeting(database.db, t.host.id, { heldOn: day(6) });
    await ok(designate(t, m.id, [t.invited.id]));
    await ok(t.invitedSecretary.post(url(m.id, '/attend')));
    expect((await t.hostSecretary.delete(url(m.id))).status).toBe(403);
    expect((await t.officer.delete(url(m.id))).status).toBe(204);
    expect((await t.invitedSecretary.get(url(m.id))).status).toBe(404);
    expect((await ok<Meeting>(t.hostSecretary.get(`/api/meetings/${m.id}`))).delegates).toEqual([]);
    const notes = await ok<NotificationList>(t.invitedSecretary.get('/api/notifications'));
    expect(notes.items.some((n) => n.kind === 'model_meeting_withdrawn')).toBe(true);
  });

  it('lessons only after the meeting ended; then the topic joins the library with them', async () => {
    const t = await buildTree();
    const db = database.db;
    const m = await buildMeeting(db, t.host.id, { heldOn: day(0) });
    await ok(designate(t, m.id, [t.invited.id]));
    const lessons = { lessons: 'Chuẩn bị kỹ dự thảo; mời đảng viên trẻ phát biểu trước.' };
    expect(await refused(t.officer.put(url(m.id, '/lessons'), lessons))).toEqual({
      status: 409,
      code: 'MODEL_MEETING_NOT_ENDED',
    });
    // The meeting was held and its topic presented (the meeting lifecycle is tested in meetings.test.ts).
    await db.updateTable('meeting').set({ status: 'ended' }).where('id', '=', m.id).execute();
    const topicId = (
      await db.selectFrom('meeting').select('topic_id').where('id', '=', m.id).executeTakeFirst()
    )?.topic_id;
    // Withdrawing is closed once it took place.
    expect(await refused(t.officer.delete(url(m.id)))).toEqual({ status: 409, code: 'MODEL_MEETING_CLOSED' });
    // A topic not finished does not join the library: nothing is recorded.
    expect(await refused(t.officer.put(url(m.id, '/lessons'), lessons))).toEqual({
      status: 409,
      code: 'TOPIC_NOT_FINISHED',
    });
    expect((await ok(t.officer.get(url(m.id)))).lessons).toBeNull();
    await db
      .updateTable('topic_preparation')
      .set({ status: 'presented' })
      .where('topic_id', '=', topicId ?? '')
      .execute();
    // The invited secretary and the member may not record them.
    expect((await t.invitedSecretary.put(url(m.id, '/lessons'), lessons)).status).toBe(404);
    expect((await t.member.put(url(m.id, '/lessons'), lessons)).status).toBe(403);

    const recorded = await ok(t.hostSecretary.put(url(m.id, '/lessons'), lessons));
    expect(recorded.lessons).toBe(lessons.lessons);
    expect(recorded.libraryModelId).not.toBeNull();
    // The library of the committee (and of its cells) shows the topic with the lessons.
    const library = await ok<Library>(t.invitedSecretary.get(`/api/orgs/${t.invited.id}/library`));
    expect(library.models).toEqual([
      expect.objectContaining({ sourceTopicId: topicId, title: 'Chuyên đề quý 1', lessons: lessons.lessons }),
    ]);
    // The officer corrects them: the same library entry, new lessons.
    const corrected = await ok(t.officer.put(url(m.id, '/lessons'), { lessons: 'Bài học đã bổ sung.' }));
    expect(corrected.libraryModelId).toBe(recorded.libraryModelId);
    const again = await ok<Library>(t.officer.get(`/api/orgs/${t.hospital.id}/library`));
    expect(again.models.map((x) => x.lessons)).toEqual(['Bài học đã bổ sung.']);
  });
});
