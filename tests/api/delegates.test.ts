import type { z } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import type { DB } from '../../src/db/schema.ts';
import { addDays, todayInVietnam } from '../../src/domain/dates/local-date.ts';
import type { App } from '../../src/server/app.ts';
import type { MeetingCalendarSchema } from '../../src/server/features/meetings/delegates/routes.ts';
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
import { type ApiClient, buildApp, type ErrorBody, loggedIn } from '../support/api-client.ts';
import { createTestDatabase } from '../support/test-db.ts';

type Meeting = z.infer<typeof MeetingSchema>;
type Calendar = z.infer<typeof MeetingCalendarSchema>;
interface NotificationList {
  items: { kind: string; params: Record<string, unknown>; link: string }[];
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

async function ok<T = Meeting>(res: Promise<{ status: number; body: unknown }>, status = 200): Promise<T> {
  const r = await res;
  expect(r.status, JSON.stringify(r.body)).toBe(status);
  return r.body as T;
}
async function refused(res: Promise<{ status: number; body: unknown }>) {
  const r = await res;
  const body = r.body as ErrorBody;
  return { status: r.status, code: body.error?.code, fields: body.error?.fields };
}

const today = () => todayInVietnam();
const login = async (personId: string): Promise<ApiClient> =>
  loggedIn(app, await buildUser(database.db, { personId }), PASSWORD);

/**
 * A ward committee with a cell of its own and two grassroots committees (a hospital with its cell, a school
 * with its cell); a foreign commune with a cell. The ward's officer, the hospital's inspector, the hospital
 * cell's secretary, deputy and a member, and a member of the ward's own cell, each signed in.
 */
let trees = 0;
async function buildTree() {
  const db = database.db;
  const ward = await buildCommittee(db, { name: `Đảng ủy phường Bến Thành ${++trees}` });
  const wardCell = await buildCell(db, { parentId: ward.id, name: 'Chi bộ Khu phố 3', members: 2 });
  const hospital = await buildCommittee(db, { parentId: ward.id, name: 'Đảng ủy Bệnh viện Quận' });
  const cell = await buildCell(db, { parentId: hospital.id, name: 'Chi bộ Khoa Nội', members: 4 });
  const school = await buildCommittee(db, { parentId: ward.id, name: 'Đảng ủy Trường THPT' });
  const schoolCell = await buildCell(db, { parentId: school.id, name: 'Chi bộ Tổ Toán', members: 2 });
  const foreign = await buildCommittee(db, { name: 'Đảng ủy xã Bên Ngoài' });
  const foreignCell = await buildCell(db, {
    parentId: foreign.id,
    name: 'Chi bộ Thôn Bên Ngoài',
    members: 2,
  });
  const [secretaryId, deputyId, memberId] = cell.memberIds as [string, string, string];
  await giveRole(db, cell.id, secretaryId, 'secretary');
  await giveRole(db, cell.id, deputyId, 'deputy');
  const officerId = await buildPerson(db, { unitId: wardCell.id, fullName: 'Trần Văn Phường' });
  await giveRole(db, ward.id, officerId, 'officer');
  const inspectorId = await buildPerson(db, { unitId: wardCell.id, fullName: 'Lê Thị Kiểm Tra' });
  await giveRole(db, hospital.id, inspectorId, 'inspector');
  const schoolOfficerId = await buildPerson(db, { unitId: schoolCell.id, fullName: 'Phạm Văn Trường' });
  await giveRole(db, school.id, schoolOfficerId, 'officer');
  return {
    ward,
    wardCell,
    hospital,
    cell,
    school,
    schoolCell,
    foreign,
    foreignCell,
    ids: { secretaryId, deputyId, memberId, officerId, inspectorId, schoolOfficerId },
    officer: await login(officerId),
    inspector: await login(inspectorId),
    schoolOfficer: await login(schoolOfficerId),
    secretary: await login(secretaryId),
    deputy: await login(deputyId),
    member: await login(memberId),
    outsider: await login(wardCell.memberIds[0] ?? ''),
  };
}
type Tree = Awaited<ReturnType<typeof buildTree>>;

const calendarUrl = (unitId: string, from: string, to: string) =>
  `/api/orgs/${unitId}/meeting-calendar?from=${from}&to=${to}`;
const delegatesUrl = (meetingId: string) => `/api/meetings/${meetingId}/delegates`;

describe('the committee’s calendar', () => {
  it('holds exactly the meetings of its subtree in the range (not cancelled ones, nor a foreign tree’s)', async () => {
    const t = await buildTree();
    const db = database.db;
    const day = (n: number) => addDays(today(), n);
    const inWard = await buildMeeting(db, t.wardCell.id, { heldOn: day(3), place: 'Nhà văn hóa khu phố 3' });
    const inHospital = await buildMeeting(db, t.cell.id, { heldOn: day(5), startsAt: '08:00' });
    const held = await buildMeeting(db, t.cell.id, { heldOn: day(1), status: 'ended' });
    const inSchool = await buildMeeting(db, t.schoolCell.id, { heldOn: day(5), startsAt: '07:30' });
    await buildMeeting(db, t.cell.id, { heldOn: day(6), status: 'cancelled' });
    await buildMeeting(db, t.cell.id, { heldOn: day(40) });
    await buildMeeting(db, t.foreignCell.id, { heldOn: day(4) });

    const ward = await ok<Calendar>(t.officer.get(calendarUrl(t.ward.id, day(0), day(30))));
    // The meeting started today was moved to today by its start (service.transition): it is still in range.
    expect(ward.meetings.map((m) => m.id)).toEqual([held.id, inWard.id, inSchool.id, inHospital.id]);
    expect(ward).toMatchObject({ committeeName: t.ward.name, mayAttend: true, truncated: false });
    expect(ward.meetings[1]).toMatchObject({
      cellId: t.wardCell.id,
      cellName: 'Chi bộ Khu phố 3',
      parentName: t.ward.name,
      kind: 'thematic',
      status: 'scheduled',
      heldOn: day(3),
      startsAt: '14:00',
      place: 'Nhà văn hóa khu phố 3',
      delegates: [],
      registered: false,
      canRegister: true,
    });
    expect(ward.meetings[1]?.topicTitle).toEqual(expect.any(String));
    expect(ward.meetings.find((m) => m.id === held.id)).toMatchObject({
      status: 'ended',
      canRegister: false,
    });

    // A committee below sees its own subtree only; the hospital's inspector reads it.
    const hospital = await ok<Calendar>(t.inspector.get(calendarUrl(t.hospital.id, day(0), day(30))));
    expect(hospital.meetings.map((m) => m.id)).toEqual([held.id, inHospital.id]);
    // The ward's officer reads a committee below theirs too.
    const fromAbove = await ok<Calendar>(t.officer.get(calendarUrl(t.school.id, day(0), day(30))));
    expect(fromAbove.meetings.map((m) => m.id)).toEqual([inSchool.id]);
  });

  it('is unknown to a sibling committee, to the ward above it, to the cells, and for a cell’s id (404)', async () => {
    const t = await buildTree();
    const range = [today(), addDays(today(), 30)] as const;
    expect((await refused(t.schoolOfficer.get(calendarUrl(t.hospital.id, ...range)))).status).toBe(404);
    expect((await refused(t.inspector.get(calendarUrl(t.ward.id, ...range)))).status).toBe(404);
    expect((await refused(t.secretary.get(calendarUrl(t.hospital.id, ...range)))).status).toBe(404);
    expect((await refused(t.officer.get(calendarUrl(t.foreign.id, ...range)))).status).toBe(404);
    expect((await refused(t.officer.get(calendarUrl(t.cell.id, ...range)))).status).toBe(404);
  });

  it('refuses a range of three months or more, a reversed one and a bad date (400, per field)', async () => {
    const t = await buildTree();
    const from = '2026-09-01';
    await ok<Calendar>(t.officer.get(calendarUrl(t.ward.id, from, '2026-11-30')));
    expect(await refused(t.officer.get(calendarUrl(t.ward.id, from, '2026-12-01')))).toEqual({
      status: 400,
      code: 'VALIDATION_FAILED',
      fields: { to: 'Mỗi lần xem lịch tối đa 3 tháng' },
    });
    expect(await refused(t.officer.get(calendarUrl(t.ward.id, from, '2026-08-31')))).toEqual({
      status: 400,
      code: 'VALIDATION_FAILED',
      fields: { to: 'Ngày kết thúc phải sau ngày bắt đầu' },
    });
    const bad = await refused(t.officer.get(calendarUrl(t.ward.id, '2026-02-30', '2026-03-10')));
    expect(bad).toMatchObject({ status: 400, fields: { from: 'Ngày không hợp lệ (định dạng YYYY-MM-DD)' } });
    const missing = await refused(t.officer.get(`/api/orgs/${t.ward.id}/meeting-calendar?from=${from}`));
    expect(missing).toMatchObject({ status: 400, fields: { to: 'Không được để trống' } });
  });
});

describe('registering to attend', () => {
  it('registers the committee’s officer as a delegate linked to their person; the cell’s secretary and deputy are told', async () => {
    const t = await buildTree();
    const heldOn = addDays(today(), 5);
    const m = await buildMeeting(database.db, t.cell.id, { heldOn, notice: true });
    const before = await ok(t.officer.get(`/api/meetings/${m.id}`));
    expect(before.permissions).toMatchObject({ registerAsDelegate: true, withdrawAsDelegate: false });

    const view = await ok(t.officer.post(delegatesUrl(m.id)));
    expect(view.delegates).toEqual([
      {
        id: expect.any(String),
        personId: t.ids.officerId,
        fullName: 'Trần Văn Phường',
        title: 'Cán bộ',
        unitName: t.ward.name,
        present: false,
        registeredAt: expect.any(String),
      },
    ]);
    // Not a guest typed in: the free-text list stays for outside guests.
    expect(view.guests).toEqual([]);
    expect(view.me.registeredDelegate).toBe(true);
    expect(view.permissions).toMatchObject({ registerAsDelegate: false, withdrawAsDelegate: true });

    // The hospital's inspector comes too, named with the hospital's committee.
    const both = await ok(t.inspector.post(delegatesUrl(m.id)));
    expect(both.delegates.map((d) => [d.fullName, d.title, d.unitName])).toEqual([
      ['Trần Văn Phường', 'Cán bộ', t.ward.name],
      ['Lê Thị Kiểm Tra', 'Cán bộ kiểm tra', 'Đảng ủy Bệnh viện Quận'],
    ]);

    for (const who of [t.secretary, t.deputy]) {
      const list = await ok<NotificationList>(who.get('/api/notifications'));
      const mine = list.items.filter((n) => n.kind === 'delegate_registered');
      expect(mine.map((n) => n.params.name)).toEqual(['Lê Thị Kiểm Tra', 'Trần Văn Phường']);
      expect(mine[1]).toMatchObject({
        params: { committee: t.ward.name, date: heldOn, time: '14:00' },
        link: `/meetings/${m.id}`,
      });
    }
    // Members are not told (the notice reached them already).
    const member = await ok<NotificationList>(t.member.get('/api/notifications'));
    expect(member.items.filter((n) => n.kind === 'delegate_registered')).toEqual([]);

    // The calendar shows who is coming.
    const cal = await ok<Calendar>(t.officer.get(calendarUrl(t.ward.id, today(), addDays(today(), 10))));
    expect(cal.meetings.find((x) => x.id === m.id)).toMatchObject({
      registered: true,
      canRegister: false,
      canWithdraw: true,
      delegates: [
        { personId: t.ids.officerId, fullName: 'Trần Văn Phường', title: 'Cán bộ', unitName: t.ward.name },
        { personId: t.ids.inspectorId, fullName: 'Lê Thị Kiểm Tra' },
      ],
    });
  });

  it('refuses twice (409), a meeting started, ended or cancelled (409), a cell’s own member (403), another cell’s member (404)', async () => {
    const t = await buildTree();
    const db = database.db;
    const m = await buildMeeting(db, t.cell.id, { heldOn: addDays(today(), 5) });
    await ok(t.officer.post(delegatesUrl(m.id)));
    expect(await refused(t.officer.post(delegatesUrl(m.id)))).toMatchObject({
      status: 409,
      code: 'MEETING_DELEGATE_REGISTERED',
    });
    for (const status of ['in_progress', 'ended', 'cancelled'] as const) {
      const closed = await buildMeeting(db, t.cell.id, { status });
      expect(await refused(t.officer.post(delegatesUrl(closed.id)))).toMatchObject({
        status: 409,
        code: 'MEETING_DELEGATE_CLOSED',
      });
    }
    // The secretary and a member of the cell hold no role of a committee above it.
    expect((await refused(t.member.post(delegatesUrl(m.id)))).status).toBe(403);
    expect((await refused(t.secretary.post(delegatesUrl(m.id)))).status).toBe(403);
    // A member of the ward's own cell does not see the hospital's cell.
    expect((await refused(t.outsider.post(delegatesUrl(m.id)))).status).toBe(404);
    // The school's officer is a committee beside the hospital, not above its cell.
    expect((await refused(t.schoolOfficer.post(delegatesUrl(m.id)))).status).toBe(404);
    const rows = await db
      .selectFrom('meeting_guest')
      .select('person_id')
      .where('meeting_id', '=', m.id)
      .execute();
    expect(rows).toEqual([{ person_id: t.ids.officerId }]);
  });

  it('withdraws before the meeting starts (the cell is told), not after (409); not registered: 404', async () => {
    const t = await buildTree();
    const m = await buildMeeting(database.db, t.cell.id, { heldOn: today() });
    await ok(t.officer.post(delegatesUrl(m.id)));
    await ok(t.inspector.post(delegatesUrl(m.id)));
    const after = await ok(t.officer.delete(`${delegatesUrl(m.id)}/me`));
    expect(after.delegates.map((d) => d.personId)).toEqual([t.ids.inspectorId]);
    expect(after.permissions).toMatchObject({ registerAsDelegate: true, withdrawAsDelegate: false });
    expect((await refused(t.officer.delete(`${delegatesUrl(m.id)}/me`))).status).toBe(404);
    expect((await refused(t.member.delete(`${delegatesUrl(m.id)}/me`))).status).toBe(403);
    const list = await ok<NotificationList>(t.secretary.get('/api/notifications'));
    expect(list.items.find((n) => n.kind === 'delegate_withdrawn')?.params).toMatchObject({
      name: 'Trần Văn Phường',
      committee: t.ward.name,
    });
    await ok(t.secretary.post(`/api/meetings/${m.id}/start`));
    expect(await refused(t.inspector.delete(`${delegatesUrl(m.id)}/me`))).toMatchObject({
      status: 409,
      code: 'MEETING_DELEGATE_CLOSED',
    });
  });
});

describe('the cell sees who is coming', () => {
  async function heldWithDelegates(t: Tree) {
    const m = await buildMeeting(database.db, t.cell.id, {
      heldOn: today(),
      minuteTakerId: t.ids.memberId,
      notice: true,
    });
    await ok(t.officer.post(delegatesUrl(m.id)));
    await ok(t.inspector.post(delegatesUrl(m.id)));
    await ok(t.secretary.post(`/api/meetings/${m.id}/start`));
    return m;
  }

  it('lists them on the meeting page; the console marks them present; the minutes and the documents name those present', async () => {
    const t = await buildTree();
    const m = await heldWithDelegates(t);
    const seen = await ok(t.secretary.get(`/api/meetings/${m.id}`));
    expect(seen.delegates.map((d) => [d.fullName, d.unitName, d.present])).toEqual([
      ['Trần Văn Phường', t.ward.name, false],
      ['Lê Thị Kiểm Tra', 'Đảng ủy Bệnh viện Quận', false],
    ]);
    const officerRow = seen.delegates[0]?.id ?? '';
    // Only the chair's side or the minute-taker keeps the record.
    expect(
      (await refused(t.deputy.put(`${delegatesUrl(m.id)}/${officerRow}`, { present: 'yes' }))).status,
    ).toBe(400);
    expect(
      (await refused(t.officer.put(`${delegatesUrl(m.id)}/${officerRow}`, { present: true }))).status,
    ).toBe(403);
    expect((await refused(t.secretary.put(`${delegatesUrl(m.id)}/nope`, { present: true }))).status).toBe(
      404,
    );
    const marked = await ok(t.member.put(`${delegatesUrl(m.id)}/${officerRow}`, { present: true }));
    expect(marked.delegates.map((d) => d.present)).toEqual([true, false]);
    // An outside guest is still typed in.
    await ok(
      t.secretary.post(`/api/meetings/${m.id}/guests`, { kind: 'staff', fullName: 'Hà Văn Viên Chức' }),
    );

    await ok(t.secretary.post(`/api/meetings/${m.id}/end`));
    const drafted = await ok(t.member.post(`/api/meetings/${m.id}/minutes/draft`));
    const text = drafted.minutes?.text ?? '';
    expect(text).toContain(`- Đại biểu: Trần Văn Phường, Cán bộ, ${t.ward.name}.`);
    // Registered but not marked present: not in the minutes.
    expect(text).not.toContain('Lê Thị Kiểm Tra');
    expect(text).toContain('- Cán bộ, nhân viên dự: Hà Văn Viên Chức.');

    const minutes = await t.secretary.download(`/api/meetings/${m.id}/minutes/document?format=html`);
    expect(minutes.status).toBe(200);
    expect(Buffer.from(minutes.bytes).toString('utf8')).toContain(`Trần Văn Phường, Cán bộ, ${t.ward.name}`);
    // The meeting's report to the committee names the delegates present too.
    const report = await t.secretary.download(`/api/meetings/${m.id}/report/document?format=html`);
    expect(report.status).toBe(200);
    const reportText = Buffer.from(report.bytes).toString('utf8');
    expect(reportText).toContain(`đại biểu: Trần Văn Phường, Cán bộ, ${t.ward.name}`);
    expect(reportText).not.toContain('Lê Thị Kiểm Tra');
    const notice = await t.secretary.download(`/api/meetings/${m.id}/notice/document?format=html`);
    expect(Buffer.from(notice.bytes).toString('utf8')).toContain(
      `đại biểu cấp ủy cấp trên: đồng chí Trần Văn Phường, Cán bộ, ${t.ward.name}; đồng chí Lê Thị Kiểm Tra, Cán bộ kiểm tra, Đảng ủy Bệnh viện Quận.`,
    );
  });

  it('keeps presence with the record: not on a cancelled meeting (409)', async () => {
    const t = await buildTree();
    const m = await buildMeeting(database.db, t.cell.id, { heldOn: addDays(today(), 2) });
    const view = await ok(t.officer.post(delegatesUrl(m.id)));
    await ok(t.secretary.post(`/api/meetings/${m.id}/cancel`));
    const row = view.delegates[0]?.id ?? '';
    expect((await refused(t.secretary.put(`${delegatesUrl(m.id)}/${row}`, { present: true }))).status).toBe(
      409,
    );
  });
});

describe('migration 0018', () => {
  it('keeps one registration per meeting and person, any number of guests typed in, present by default', async () => {
    const t = await buildTree();
    const db = database.db;
    const m = await buildMeeting(db, t.cell.id, { heldOn: addDays(today(), 3) });
    // Without `present`, as rows written before 0018: the column's default applies.
    const row = (id: string, personId: string | null) =>
      ({
        id,
        meeting_id: m.id,
        kind: 'delegate' as const,
        full_name: 'Đồng chí Khách',
        title: null,
        unit_name: null,
        person_id: personId,
        unit_id: null,
        created_at: '2026-01-01T00:00:00.000Z',
      }) as DB['meeting_guest'];
    // A guest typed in before 0018 had no presence: it counts as there (the column's default).
    await db
      .insertInto('meeting_guest')
      .values(row(`${m.id}-a`, null))
      .execute();
    await db
      .insertInto('meeting_guest')
      .values(row(`${m.id}-b`, null))
      .execute();
    await db
      .insertInto('meeting_guest')
      .values({ ...row(`${m.id}-c`, t.ids.officerId), present: 0 })
      .execute();
    await expect(
      db
        .insertInto('meeting_guest')
        .values(row(`${m.id}-d`, t.ids.officerId))
        .execute(),
    ).rejects.toThrow();
    const rows = await db
      .selectFrom('meeting_guest')
      .select(['id', 'present'])
      .where('meeting_id', '=', m.id)
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      { id: `${m.id}-a`, present: 1 },
      { id: `${m.id}-b`, present: 1 },
      { id: `${m.id}-c`, present: 0 },
    ]);
  });
});
