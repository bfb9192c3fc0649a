import type { z } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import { newId } from '../../src/db/ids.ts';
import type { App } from '../../src/server/app.ts';
import type { OrgUnitSchema } from '../../src/server/features/orgs/presenter.ts';
import {
  buildCell,
  buildCommittee,
  buildPerson,
  buildUser,
  buildWorld,
  giveRole,
  PASSWORD,
} from '../fixtures/factories.ts';
import { type ApiClient, buildApp, type ErrorBody, loggedIn } from '../support/api-client.ts';
import { walkOrgTree } from '../support/org-tree.ts';
import { createTestDatabase } from '../support/test-db.ts';

type Unit = z.infer<typeof OrgUnitSchema>;
interface UnitDetail extends Unit {
  ancestors: { id: string; name: string; kind: string }[];
  children: Unit[];
  permissions: {
    readMembers: boolean;
    manage: boolean;
    manageMembers: boolean;
    importMembers: boolean;
    manageRoles: boolean;
    readAudit: boolean;
    readMeetingCalendar: boolean;
    readUpwardReport: boolean;
    readSupport: boolean;
    readInspections: boolean;
    readReceivedReports: boolean;
  };
  assignableRoles: string[];
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

/** A fresh two-tree world and a way to sign in as any of its users. */
async function setUp() {
  const world = await buildWorld(database.db);
  const as = (who: keyof typeof world.users): Promise<ApiClient> => loggedIn(app, world.users[who], PASSWORD);
  return { ...world, as };
}

async function visibleIds(client: ApiClient): Promise<string[]> {
  return (await walkOrgTree(client)).map((u) => u.id).sort();
}

/** A second committee under the root, with its own officer (who sits in a cell of that committee). */
async function buildSecondCommittee(rootId: string) {
  const committee = await buildCommittee(database.db, {
    parentId: rootId,
    name: 'Đảng ủy Trường Thử Nghiệm',
  });
  const cell = await buildCell(database.db, { parentId: committee.id, name: 'Chi bộ Giáo viên', members: 1 });
  const officerId = await buildPerson(database.db, { unitId: cell.id, fullName: 'Đỗ Thị Tổ Chức' });
  await giveRole(database.db, committee.id, officerId, 'officer');
  const officer = await loggedIn(app, await buildUser(database.db, { personId: officerId }), PASSWORD);
  return { committee, cell, officer };
}

describe('listing units', () => {
  it('shows an officer of a sub-committee exactly that committee, its cells and their groups', async () => {
    const w = await setUp();
    const ids = await visibleIds(await w.as('officer'));
    expect(ids).toEqual([w.sub.id, w.cell.id, ...w.cell.groupIds, w.sibling.id].sort());
    expect(ids).not.toContain(w.root.id);
    expect(ids).not.toContain(w.foreignRoot.id);
    expect(ids).not.toContain(w.foreignCell.id);
  });

  it('shows a cell secretary only their cell and its party group', async () => {
    const w = await setUp();
    expect(await visibleIds(await w.as('secretary'))).toEqual([w.cell.id, ...w.cell.groupIds].sort());
  });

  it('shows an administrator every unit, both trees included', async () => {
    const w = await setUp();
    const all = await database.db.selectFrom('org_unit').select('id').execute();
    const ids = await visibleIds(await w.as('admin'));
    expect(ids).toEqual(all.map((u) => u.id).sort());
    expect(ids).toEqual(expect.arrayContaining([w.root.id, w.foreignRoot.id, w.foreignCell.id]));
  });

  it('marks the units an officer may manage and those a secretary may not', async () => {
    const w = await setUp();
    const officerUnits = await walkOrgTree(await w.as('officer'));
    expect(officerUnits.every((u) => u.canManage)).toBe(true);
    const secretaryUnits = await walkOrgTree(await w.as('secretary'));
    expect(secretaryUnits.map((u) => u.canManage)).toEqual([false, false]);
  });

  it('counts the people who live in a cell', async () => {
    const w = await setUp();
    const units = await walkOrgTree(await w.as('officer'));
    // 4 members + 1 staff in the cell; 2 members + officer + inspector in the sibling.
    expect(units.find((u) => u.id === w.cell.id)?.memberCount).toBe(5);
    expect(units.find((u) => u.id === w.sibling.id)?.memberCount).toBe(4);
  });
});

describe('reading one unit', () => {
  it('gives the unit with its ancestors from the root down and its children', async () => {
    const w = await setUp();
    const res = await (await w.as('officer')).get<UnitDetail>(`/api/orgs/${w.cell.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: w.cell.id,
      kind: 'cell',
      name: 'Chi bộ Khoa Nội',
      parentId: w.sub.id,
    });
    expect(res.body.ancestors.map((a) => a.id)).toEqual([w.root.id, w.sub.id]);
    expect(res.body.children.map((c) => c.id)).toEqual(w.cell.groupIds);
    expect(res.body.permissions).toEqual({
      manage: true,
      readMembers: true,
      manageMembers: true,
      importMembers: true,
      manageRoles: true,
      readAudit: true,
      // A cell has no calendar of meetings below it; its committee has (the officer registers there).
      readMeetingCalendar: false,
      // A cell has no committee report of its own (only committees report upward on their subtree).
      readUpwardReport: false,
      // The committee above reads a cell's guidance records (and marks it as needing guidance).
      readSupport: true,
      // The committee above reads the cell's inspections; reports received are a committee's.
      readInspections: true,
      readReceivedReports: false,
    });
    expect([...res.body.assignableRoles].sort()).toEqual(['committee_member', 'deputy', 'secretary']);
    const committee = await (await w.as('officer')).get<UnitDetail>(`/api/orgs/${w.sub.id}`);
    expect(committee.body.permissions.readMeetingCalendar).toBe(true);
  });

  it('flags the inspections and received-reports tabs exactly where their reads answer 200', async () => {
    const w = await setUp();
    const who = ['officer', 'inspector', 'secretary', 'member', 'staff'] as const;
    for (const role of who) {
      const client = await w.as(role);
      for (const unitId of [w.sub.id, w.cell.id, w.sibling.id]) {
        const unit = await client.get<UnitDetail>(`/api/orgs/${unitId}`);
        if (unit.status !== 200) continue; // a unit the role does not see has no page
        const inspections = await client.get(`/api/orgs/${unitId}/inspections`);
        expect([role, unitId, unit.body.permissions.readInspections]).toEqual([
          role,
          unitId,
          inspections.status === 200,
        ]);
        const received = await client.get(`/api/orgs/${unitId}/received-reports?year=2026`);
        expect([role, unitId, unit.body.permissions.readReceivedReports]).toEqual([
          role,
          unitId,
          received.status === 200,
        ]);
      }
    }
    // The cell's own member sees the inspections tab of the cell (its own, once concluded); staff do not.
    expect(
      (await (await w.as('member')).get<UnitDetail>(`/api/orgs/${w.cell.id}`)).body.permissions,
    ).toMatchObject({
      readMembers: true,
      // Importing the roster from a file is the secretary's, the deputy's and the officers' (issue 18).
      importMembers: false,
      readInspections: true,
      readReceivedReports: false,
    });
    expect(
      (await (await w.as('secretary')).get<UnitDetail>(`/api/orgs/${w.cell.id}`)).body.permissions,
    ).toMatchObject({ manageMembers: false, importMembers: true });
    // Staff are not party members: no roster, no inspections (issue 19).
    expect(
      (await (await w.as('staff')).get<UnitDetail>(`/api/orgs/${w.cell.id}`)).body.permissions,
    ).toMatchObject({
      readMembers: false,
      readInspections: false,
    });
  });

  it('answers 404 for an unknown id', async () => {
    const w = await setUp();
    const res = await (await w.as('admin')).get<ErrorBody>(`/api/orgs/${newId()}`);
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: { code: 'NOT_FOUND', message: 'Không tìm thấy' } });
  });

  it('answers 404, not 403, for a unit in a foreign tree (its existence stays secret)', async () => {
    const w = await setUp();
    const res = await (await w.as('officer')).get<ErrorBody>(`/api/orgs/${w.foreignCell.id}`);
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('NOT_FOUND');
  });

  it('answers 404 to a secretary asking for the committee above their cell', async () => {
    const w = await setUp();
    const res = await (await w.as('secretary')).get<ErrorBody>(`/api/orgs/${w.sub.id}`);
    expect(res.status).toBe(404);
  });
});

describe('creating units', () => {
  it('lets an officer create a cell under their committee', async () => {
    const w = await setUp();
    const officer = await w.as('officer');
    const res = await officer.post<Unit>('/api/orgs', {
      parentId: w.sub.id,
      kind: 'cell',
      name: 'Chi bộ Khoa Nhi',
      shortName: 'Khoa Nhi',
      place: 'Thử Nghiệm',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      parentId: w.sub.id,
      kind: 'cell',
      name: 'Chi bộ Khoa Nhi',
      shortName: 'Khoa Nhi',
      place: 'Thử Nghiệm',
      memberCount: 0,
    });
    const read = await officer.get<UnitDetail>(`/api/orgs/${res.body.id}`);
    expect(read.status).toBe(200);
    expect(read.body.ancestors.map((a) => a.id)).toEqual([w.root.id, w.sub.id]);
    expect(await visibleIds(officer)).toContain(res.body.id);
  });

  it('lets an officer create a party group inside a cell of their committee', async () => {
    const w = await setUp();
    const officer = await w.as('officer');
    const res = await officer.post<Unit>('/api/orgs', {
      parentId: w.sibling.id,
      kind: 'group',
      name: 'Tổ đảng 1',
    });
    expect(res.status).toBe(201);
    const parent = await officer.get<UnitDetail>(`/api/orgs/${w.sibling.id}`);
    expect(parent.body.children.map((c) => c.id)).toEqual([res.body.id]);
  });

  it('refuses a cell under a cell with 409 ORG_CHILD_NOT_ALLOWED and a field message', async () => {
    const w = await setUp();
    const officer = await w.as('officer');
    const before = await visibleIds(officer);
    const res = await officer.post<ErrorBody>('/api/orgs', {
      parentId: w.cell.id,
      kind: 'cell',
      name: 'Chi bộ lồng',
    });
    expect(res.status).toBe(409);
    expect(res.body).toEqual({
      error: {
        code: 'ORG_CHILD_NOT_ALLOWED',
        message: 'Không thể đặt loại đơn vị này dưới đơn vị cha đã chọn',
        fields: { kind: 'Không thể đặt loại đơn vị này dưới đơn vị cha đã chọn' },
      },
    });
    expect(await visibleIds(officer)).toEqual(before);
  });

  it('refuses a committee under a party group', async () => {
    const w = await setUp();
    const res = await (await w.as('admin')).post<ErrorBody>('/api/orgs', {
      parentId: w.cell.groupIds[0],
      kind: 'committee',
      name: 'Đảng ủy dưới tổ',
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('ORG_CHILD_NOT_ALLOWED');
  });

  it('refuses an officer a new root unit with 403', async () => {
    const w = await setUp();
    const officer = await w.as('officer');
    const before = await visibleIds(officer);
    const res = await officer.post<ErrorBody>('/api/orgs', {
      parentId: null,
      kind: 'committee',
      name: 'Tỉnh ủy mới',
    });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('FORBIDDEN');
    expect(await visibleIds(officer)).toEqual(before);
  });

  it('lets an administrator create a root committee', async () => {
    const w = await setUp();
    const admin = await w.as('admin');
    const res = await admin.post<Unit>('/api/orgs', {
      parentId: null,
      kind: 'committee',
      name: 'Tỉnh ủy Thử Nghiệm',
    });
    expect(res.status).toBe(201);
    expect(res.body.parentId).toBeNull();
    const read = await admin.get<UnitDetail>(`/api/orgs/${res.body.id}`);
    expect(read.body.ancestors).toEqual([]);
  });

  it('refuses a cell as a root unit, even for an administrator', async () => {
    const w = await setUp();
    const res = await (await w.as('admin')).post<ErrorBody>('/api/orgs', {
      parentId: null,
      kind: 'cell',
      name: 'Chi bộ mồ côi',
    });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({
      code: 'ORG_ROOT_NOT_ALLOWED',
      fields: { kind: 'Chỉ đảng ủy mới là đơn vị gốc' },
    });
  });

  it('answers 404 when an officer creates a unit under a foreign committee', async () => {
    const w = await setUp();
    const res = await (await w.as('officer')).post<ErrorBody>('/api/orgs', {
      parentId: w.foreignRoot.id,
      kind: 'cell',
      name: 'Chi bộ lạc',
    });
    expect(res.status).toBe(404);
    const foreign = await (await w.as('admin')).get<UnitDetail>(`/api/orgs/${w.foreignRoot.id}`);
    expect(foreign.body.children.map((c) => c.name)).not.toContain('Chi bộ lạc');
  });

  it('refuses a blank name with 400 and a field message', async () => {
    const w = await setUp();
    const res = await (await w.as('officer')).post<ErrorBody>('/api/orgs', {
      parentId: w.sub.id,
      kind: 'cell',
      name: '   ',
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { name: 'Không được để trống' },
    });
  });
});

describe('renaming units', () => {
  it('lets an officer rename a cell and change its short name and place', async () => {
    const w = await setUp();
    const officer = await w.as('officer');
    const res = await officer.patch<Unit>(`/api/orgs/${w.cell.id}`, {
      name: 'Chi bộ Khoa Nội tổng hợp',
      shortName: 'Nội TH',
      place: 'Hòa Bình',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      name: 'Chi bộ Khoa Nội tổng hợp',
      shortName: 'Nội TH',
      place: 'Hòa Bình',
    });
    const read = await officer.get<UnitDetail>(`/api/orgs/${w.cell.id}`);
    expect(read.body).toMatchObject({
      name: 'Chi bộ Khoa Nội tổng hợp',
      shortName: 'Nội TH',
      place: 'Hòa Bình',
    });
  });

  it('clears the short name when it is sent empty', async () => {
    const w = await setUp();
    const officer = await w.as('officer');
    await officer.patch(`/api/orgs/${w.cell.id}`, { shortName: 'Khoa Nội' });
    const res = await officer.patch<Unit>(`/api/orgs/${w.cell.id}`, { shortName: '' });
    expect(res.status).toBe(200);
    expect((await officer.get<UnitDetail>(`/api/orgs/${w.cell.id}`)).body.shortName).toBeNull();
  });

  it('answers 403 to a secretary renaming their own cell, and keeps the name', async () => {
    const w = await setUp();
    const secretary = await w.as('secretary');
    const res = await secretary.patch<ErrorBody>(`/api/orgs/${w.cell.id}`, { name: 'Chi bộ của tôi' });
    expect(res.status).toBe(403);
    expect(res.body).toEqual({
      error: { code: 'FORBIDDEN', message: 'Bạn không có quyền thực hiện thao tác này' },
    });
    expect((await secretary.get<UnitDetail>(`/api/orgs/${w.cell.id}`)).body.name).toBe('Chi bộ Khoa Nội');
  });

  it('answers 404 to an officer renaming a foreign cell, and keeps the name', async () => {
    const w = await setUp();
    const res = await (await w.as('officer')).patch<ErrorBody>(`/api/orgs/${w.foreignCell.id}`, {
      name: 'Đổi tên',
    });
    expect(res.status).toBe(404);
    const read = await (await w.as('admin')).get<UnitDetail>(`/api/orgs/${w.foreignCell.id}`);
    expect(read.body.name).toBe('Chi bộ Thôn Bên Ngoài');
  });

  it('answers 404 for an unknown id', async () => {
    const w = await setUp();
    const res = await (await w.as('admin')).patch<ErrorBody>(`/api/orgs/${newId()}`, { name: 'Không có' });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('NOT_FOUND');
  });
});

// Practice (domain/meetings/draft-gate.ts): the days a cell expects a topic's draft to reach members before
// the meeting are its own setting, edited with the unit's other settings, 3 by default, 0 to 30.
describe('the cell’s draft lead time', () => {
  it('defaults to 3 days, and lets an officer set it from 0 to 30 days and back to the default', async () => {
    const w = await setUp();
    const officer = await w.as('officer');
    const read = async () => (await officer.get<UnitDetail>(`/api/orgs/${w.cell.id}`)).body;
    expect(await read()).toMatchObject({ draftLeadDays: 3, draftLeadDaysSet: false });
    for (const days of [5, 0, 30]) {
      const res = await officer.patch<Unit>(`/api/orgs/${w.cell.id}`, { draftLeadDays: days });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ draftLeadDays: days, draftLeadDaysSet: true });
      expect(await read()).toMatchObject({ draftLeadDays: days, draftLeadDaysSet: true });
    }
    // Another change of the unit leaves the setting as it is; null returns to the default.
    await officer.patch(`/api/orgs/${w.cell.id}`, { place: 'Hòa Bình' });
    expect((await read()).draftLeadDays).toBe(30);
    await officer.patch(`/api/orgs/${w.cell.id}`, { draftLeadDays: null });
    expect(await read()).toMatchObject({ draftLeadDays: 3, draftLeadDaysSet: false });
  });

  it('refuses a value outside 0–30 or not a whole number (400 on draftLeadDays) and keeps the setting', async () => {
    const w = await setUp();
    const officer = await w.as('officer');
    await officer.patch(`/api/orgs/${w.cell.id}`, { draftLeadDays: 4 });
    for (const [value, message] of [
      [-1, 'Phải từ 0 trở lên'],
      [31, 'Không được vượt quá 30'],
      [2.5, 'Giá trị không hợp lệ'],
      ['3', 'Giá trị không hợp lệ'],
    ] as const) {
      const res = await officer.patch<ErrorBody>(`/api/orgs/${w.cell.id}`, { draftLeadDays: value });
      expect(res.status, String(value)).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'VALIDATION_FAILED', fields: { draftLeadDays: message } });
    }
    expect((await officer.get<UnitDetail>(`/api/orgs/${w.cell.id}`)).body.draftLeadDays).toBe(4);
  });

  it('belongs to cells only (400 on a committee), and to the officers above, not the cell’s secretary (403)', async () => {
    const w = await setUp();
    const officer = await w.as('officer');
    const res = await officer.patch<ErrorBody>(`/api/orgs/${w.sub.id}`, { draftLeadDays: 5 });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual({ draftLeadDays: 'Chỉ chi bộ mới có thiết lập này' });
    const secretary = await w.as('secretary');
    expect((await secretary.patch(`/api/orgs/${w.cell.id}`, { draftLeadDays: 1 })).status).toBe(403);
    expect((await officer.get<UnitDetail>(`/api/orgs/${w.cell.id}`)).body.draftLeadDays).toBe(3);
  });
});

// Practice (domain/notifications/reminders.ts): the reminders' lead times are the cell's settings, edited with
// its other settings: 2 days before a comment window closes, 3 before a task or a review falls due, 0 to 30.
describe('the cell’s reminder lead times', () => {
  it('default to 2 and 3 days; an officer sets them from 0 to 30 and back; a wrong value is refused (400)', async () => {
    const w = await setUp();
    const officer = await w.as('officer');
    const read = async () => (await officer.get<UnitDetail>(`/api/orgs/${w.cell.id}`)).body;
    expect(await read()).toMatchObject({
      commentReminderDays: 2,
      commentReminderDaysSet: false,
      taskReminderDays: 3,
      taskReminderDaysSet: false,
    });
    const res = await officer.patch<Unit>(`/api/orgs/${w.cell.id}`, {
      commentReminderDays: 5,
      taskReminderDays: 0,
    });
    expect(res.status).toBe(200);
    expect(await read()).toMatchObject({
      commentReminderDays: 5,
      commentReminderDaysSet: true,
      taskReminderDays: 0,
      taskReminderDaysSet: true,
    });
    for (const [field, value, message] of [
      ['commentReminderDays', 31, 'Không được vượt quá 30'],
      ['taskReminderDays', -1, 'Phải từ 0 trở lên'],
      ['taskReminderDays', 1.5, 'Giá trị không hợp lệ'],
    ] as const) {
      const bad = await officer.patch<ErrorBody>(`/api/orgs/${w.cell.id}`, { [field]: value });
      expect(bad.status, `${field} ${value}`).toBe(400);
      expect(bad.body.error.fields).toEqual({ [field]: message });
    }
    await officer.patch(`/api/orgs/${w.cell.id}`, { commentReminderDays: null });
    expect(await read()).toMatchObject({
      commentReminderDays: 2,
      commentReminderDaysSet: false,
      taskReminderDays: 0,
    });
  });

  it('belong to cells only (400 on a committee), and to the officers above, not the cell’s secretary (403)', async () => {
    const w = await setUp();
    const officer = await w.as('officer');
    const res = await officer.patch<ErrorBody>(`/api/orgs/${w.sub.id}`, { taskReminderDays: 5 });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual({ taskReminderDays: 'Chỉ chi bộ mới có thiết lập này' });
    const secretary = await w.as('secretary');
    expect((await secretary.patch(`/api/orgs/${w.cell.id}`, { commentReminderDays: 1 })).status).toBe(403);
  });
});

describe('moving units', () => {
  it('moves a cell with its groups under another committee; the closure follows', async () => {
    const w = await setUp();
    const second = await buildSecondCommittee(w.root.id);
    const admin = await w.as('admin');
    const [groupId] = w.cell.groupIds;

    const res = await admin.patch<Unit>(`/api/orgs/${w.cell.id}`, { parentId: second.committee.id });
    expect(res.status).toBe(200);
    expect(res.body.parentId).toBe(second.committee.id);

    // The new committee's officer now sees the cell and its group; the old one's officer no longer does.
    const seenByNew = await visibleIds(second.officer);
    expect(seenByNew).toEqual(expect.arrayContaining([w.cell.id, groupId]));
    const seenByOld = await visibleIds(await w.as('officer'));
    expect(seenByOld).not.toContain(w.cell.id);
    expect(seenByOld).not.toContain(groupId);

    const group = await admin.get<UnitDetail>(`/api/orgs/${groupId}`);
    expect(group.body.ancestors.map((a) => a.id)).toEqual([w.root.id, second.committee.id, w.cell.id]);
    const oldParent = await admin.get<UnitDetail>(`/api/orgs/${w.sub.id}`);
    expect(oldParent.body.children.map((c) => c.id)).not.toContain(w.cell.id);
  });

  it('lets the moved cell’s new officer manage it and stops the old officer', async () => {
    const w = await setUp();
    const second = await buildSecondCommittee(w.root.id);
    await (await w.as('admin')).patch(`/api/orgs/${w.cell.id}`, { parentId: second.committee.id });

    const renamed = await second.officer.patch<Unit>(`/api/orgs/${w.cell.id}`, {
      name: 'Chi bộ Khoa Nội (mới)',
    });
    expect(renamed.status).toBe(200);
    const refused = await (await w.as('officer')).patch<ErrorBody>(`/api/orgs/${w.cell.id}`, { name: 'Cũ' });
    expect(refused.status).toBe(404);
  });

  it('keeps the members of a moved cell seeing their own cell', async () => {
    const w = await setUp();
    const second = await buildSecondCommittee(w.root.id);
    await (await w.as('admin')).patch(`/api/orgs/${w.cell.id}`, { parentId: second.committee.id });
    expect(await visibleIds(await w.as('member'))).toEqual([w.cell.id, ...w.cell.groupIds].sort());
  });

  it('answers 404 when an officer moves a cell under a committee they cannot see', async () => {
    const w = await setUp();
    const second = await buildSecondCommittee(w.root.id);
    const res = await (await w.as('officer')).patch<ErrorBody>(`/api/orgs/${w.cell.id}`, {
      parentId: second.committee.id,
    });
    expect(res.status).toBe(404);
    expect((await (await w.as('admin')).get<UnitDetail>(`/api/orgs/${w.cell.id}`)).body.parentId).toBe(
      w.sub.id,
    );
  });

  it('refuses moving a committee under its own sub-committee with 409', async () => {
    const w = await setUp();
    const admin = await w.as('admin');
    const lower = await buildCommittee(database.db, { parentId: w.sub.id, name: 'Đảng ủy Khối Nội' });
    const res = await admin.patch<ErrorBody>(`/api/orgs/${w.sub.id}`, { parentId: lower.id });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({
      code: 'ORG_MOVE_INTO_ITSELF',
      fields: { parentId: 'Không thể chuyển đơn vị vào chính nó hoặc đơn vị cấp dưới của nó' },
    });
    const read = await admin.get<UnitDetail>(`/api/orgs/${lower.id}`);
    expect(read.body.ancestors.map((a) => a.id)).toEqual([w.root.id, w.sub.id]);
  });

  it('refuses moving a committee under itself with 409', async () => {
    const w = await setUp();
    const res = await (await w.as('admin')).patch<ErrorBody>(`/api/orgs/${w.sub.id}`, { parentId: w.sub.id });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('ORG_MOVE_INTO_ITSELF');
  });

  it('refuses moving a committee under a cell with 409 ORG_CHILD_NOT_ALLOWED', async () => {
    const w = await setUp();
    const admin = await w.as('admin');
    const lower = await buildCommittee(database.db, { parentId: w.sub.id });
    const res = await admin.patch<ErrorBody>(`/api/orgs/${lower.id}`, { parentId: w.sibling.id });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({
      code: 'ORG_CHILD_NOT_ALLOWED',
      fields: { parentId: expect.any(String) },
    });
    expect((await admin.get<UnitDetail>(`/api/orgs/${lower.id}`)).body.parentId).toBe(w.sub.id);
  });
  it('never leaves the people of a moved party group in a different cell from the group', async () => {
    // A group's people live in the group's cell (MEMBER_GROUP_NOT_IN_CELL). Moving a group that still
    // has people to another cell must either be refused or take the people along.
    const w = await setUp();
    const officer = await w.as('officer');
    const [groupId = ''] = w.cell.groupIds;
    await buildPerson(database.db, { unitId: w.cell.id, groupId, fullName: 'Người Trong Tổ' });
    await officer.patch(`/api/orgs/${groupId}`, { parentId: w.sibling.id });

    const group = await officer.get<UnitDetail>(`/api/orgs/${groupId}`);
    const people = await officer.get<{ members: { unitId: string }[] }>(`/api/orgs/${groupId}/members`);
    expect(people.body.members.length).toBeGreaterThan(0);
    for (const person of people.body.members) expect(person.unitId).toBe(group.body.parentId);
  });
});

describe('deleting units', () => {
  it('refuses deleting a cell that still has people with 409 ORG_NOT_EMPTY', async () => {
    const w = await setUp();
    const officer = await w.as('officer');
    const res = await officer.delete<ErrorBody>(`/api/orgs/${w.sibling.id}`);
    expect(res.status).toBe(409);
    expect(res.body).toEqual({
      error: {
        code: 'ORG_NOT_EMPTY',
        message: 'Đơn vị còn đơn vị trực thuộc hoặc đảng viên, không thể xóa',
      },
    });
    expect((await officer.get(`/api/orgs/${w.sibling.id}`)).status).toBe(200);
  });

  it('refuses deleting a committee that still has subunits', async () => {
    const w = await setUp();
    const res = await (await w.as('admin')).delete<ErrorBody>(`/api/orgs/${w.foreignRoot.id}`);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('ORG_NOT_EMPTY');
  });

  it('deletes an empty cell with 204, after which it is gone', async () => {
    const w = await setUp();
    const officer = await w.as('officer');
    const created = await officer.post<Unit>('/api/orgs', {
      parentId: w.sub.id,
      kind: 'cell',
      name: 'Chi bộ tạm',
    });
    const res = await officer.delete(`/api/orgs/${created.body.id}`);
    expect(res.status).toBe(204);
    expect(res.body).toBe('');
    expect((await officer.get(`/api/orgs/${created.body.id}`)).status).toBe(404);
    expect(await visibleIds(officer)).not.toContain(created.body.id);
  });

  it('answers 404 to deleting the same unit twice', async () => {
    const w = await setUp();
    const officer = await w.as('officer');
    const created = await officer.post<Unit>('/api/orgs', {
      parentId: w.sub.id,
      kind: 'cell',
      name: 'Chi bộ tạm',
    });
    await officer.delete(`/api/orgs/${created.body.id}`);
    expect((await officer.delete(`/api/orgs/${created.body.id}`)).status).toBe(404);
  });

  it('answers 404 to an officer deleting an empty unit in a foreign tree, and keeps it', async () => {
    const w = await setUp();
    const admin = await w.as('admin');
    const foreignEmpty = await admin.post<Unit>('/api/orgs', {
      parentId: w.foreignRoot.id,
      kind: 'cell',
      name: 'Chi bộ Thôn Trống',
    });
    const res = await (await w.as('officer')).delete<ErrorBody>(`/api/orgs/${foreignEmpty.body.id}`);
    expect(res.status).toBe(404);
    expect((await admin.get(`/api/orgs/${foreignEmpty.body.id}`)).status).toBe(200);
  });

  it('answers 403 to a secretary deleting a party group of their own cell', async () => {
    const w = await setUp();
    const secretary = await w.as('secretary');
    const [groupId] = w.cell.groupIds;
    const res = await secretary.delete<ErrorBody>(`/api/orgs/${groupId}`);
    expect(res.status).toBe(403);
    expect((await secretary.get(`/api/orgs/${groupId}`)).status).toBe(200);
  });
});
