import type { z } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import { newId } from '../../src/db/ids.ts';
import type { App } from '../../src/server/app.ts';
import type { MeSchema } from '../../src/server/auth/me.ts';
import type { MemberSchema, MemberSummarySchema } from '../../src/server/features/members/presenter.ts';
import type { RoleAssignmentSchema } from '../../src/server/features/roles/presenter.ts';
import { buildCell, buildPerson, buildWorld, giveRole, PASSWORD } from '../fixtures/factories.ts';
import { ApiClient, buildApp, type ErrorBody, loggedIn } from '../support/api-client.ts';
import { failInsertsInto } from '../support/fail-inserts.ts';
import { createTestDatabase } from '../support/test-db.ts';

type Member = z.infer<typeof MemberSchema>;
type MemberSummary = z.infer<typeof MemberSummarySchema>;
type RoleAssignment = z.infer<typeof RoleAssignmentSchema>;
type Me = z.infer<typeof MeSchema>;

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
  return { ...world, officer: await as('officer'), as };
}

/** Party card numbers are unique across the whole database: each test makes its own. */
const cardNumber = () => `0${newId().replace(/-/g, '').slice(-8)}`;

async function roster(client: ApiClient, unitId: string, query = ''): Promise<MemberSummary[]> {
  const res = await client.get<{ members: MemberSummary[] }>(`/api/orgs/${unitId}/members${query}`);
  expect(res.status).toBe(200);
  return res.body.members;
}

async function rosterIds(client: ApiClient, unitId: string, query = ''): Promise<string[]> {
  return (await roster(client, unitId, query)).map((m) => m.id).sort();
}

async function createMember(client: ApiClient, body: Record<string, unknown>): Promise<Member> {
  const res = await client.post<Member>('/api/members', body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

describe('adding people', () => {
  it('adds an official member with every profile field, and shows them on the roster', async () => {
    const w = await setUp();
    const card = cardNumber();
    const body = {
      unitId: w.sibling.id,
      fullName: 'Phạm Văn Bình',
      gender: 'male',
      birthDate: '1980-01-02',
      phone: '0912 345 678',
      email: 'binh@example.vn',
      status: 'official',
      statusSince: '2015-05-19',
      joinedOn: '2014-05-19',
      officialOn: '2015-05-19',
      cardNumber: card,
    };
    const created = await createMember(w.officer, body);
    expect(created).toMatchObject({
      fullName: 'Phạm Văn Bình',
      gender: 'male',
      birthDate: '1980-01-02',
      phone: '0912 345 678',
      email: 'binh@example.vn',
      status: 'official',
      statusSince: '2015-05-19',
      unitId: w.sibling.id,
      unitName: 'Chi bộ Khoa Ngoại',
      joinedOn: '2014-05-19',
      officialOn: '2015-05-19',
      probationEndsOn: null,
      cardNumber: card,
      roles: [],
      account: null,
    });

    const read = await w.officer.get<Member>(`/api/members/${created.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(created);
    expect(read.body.periods).toEqual([
      {
        id: expect.any(String),
        unitId: w.sibling.id,
        unitName: 'Chi bộ Khoa Ngoại',
        status: 'official',
        startedOn: '2015-05-19',
        endedOn: null,
        note: null,
      },
    ]);
    expect(await rosterIds(w.officer, w.sibling.id)).toContain(created.id);
  });

  it('adds a probationary member whose probation ends 12 months after joining', async () => {
    const w = await setUp();
    const created = await createMember(w.officer, {
      unitId: w.cell.id,
      fullName: 'Lê Thị Dự Bị',
      status: 'probationary',
      statusSince: '2025-01-31',
    });
    // Joining defaults to the start of probation.
    expect(created).toMatchObject({
      status: 'probationary',
      joinedOn: '2025-01-31',
      probationEndsOn: '2026-01-31',
      nextStatuses: ['official', 'transferred_out'],
    });
    const listed = (await roster(w.officer, w.cell.id)).find((m) => m.id === created.id);
    expect(listed?.probationEndsOn).toBe('2026-01-31');
  });

  it('ends the probation of a member admitted on 29 February on 28 February a year later', async () => {
    const w = await setUp();
    const created = await createMember(w.officer, {
      unitId: w.cell.id,
      fullName: 'Hoàng Văn Nhuận',
      status: 'probationary',
      statusSince: '2024-02-29',
      joinedOn: '2024-02-29',
    });
    expect(created.probationEndsOn).toBe('2025-02-28');
  });

  it('adds non-member staff directly to a committee', async () => {
    const w = await setUp();
    const created = await createMember(w.officer, {
      unitId: w.sub.id,
      fullName: 'Vũ Thị Văn Thư',
      status: 'staff',
      statusSince: '2023-09-01',
    });
    expect(created).toMatchObject({ status: 'staff', unitId: w.sub.id, joinedOn: null, nextStatuses: [] });
    expect(await rosterIds(w.officer, w.sub.id)).toEqual([created.id]);
  });

  it('puts a member into a party group of their cell, and the group roster shows them', async () => {
    const w = await setUp();
    const [groupId] = w.cell.groupIds;
    const created = await createMember(w.officer, {
      unitId: w.cell.id,
      groupId,
      fullName: 'Đinh Văn Tổ',
      status: 'official',
      statusSince: '2019-02-03',
    });
    expect(created).toMatchObject({ groupId, groupName: 'Tổ đảng số 1' });
    expect(await rosterIds(w.officer, groupId ?? '')).toEqual([created.id]);
  });

  it('refuses a party group of another cell with 409 MEMBER_GROUP_NOT_IN_CELL', async () => {
    const w = await setUp();
    const before = await rosterIds(w.officer, w.sibling.id);
    const res = await w.officer.post<ErrorBody>('/api/members', {
      unitId: w.sibling.id,
      groupId: w.cell.groupIds[0],
      fullName: 'Sai Tổ',
      status: 'official',
      statusSince: '2019-02-03',
    });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({
      code: 'MEMBER_GROUP_NOT_IN_CELL',
      fields: { groupId: expect.any(String) },
    });
    expect(await rosterIds(w.officer, w.sibling.id)).toEqual(before);
  });

  it('refuses a party member in a committee with 409 MEMBER_NOT_IN_CELL, and writes nothing', async () => {
    const w = await setUp();
    const res = await w.officer.post<ErrorBody>('/api/members', {
      unitId: w.sub.id,
      fullName: 'Trịnh Văn Sai Chỗ',
      status: 'official',
      statusSince: '2020-01-01',
    });
    expect(res.status).toBe(409);
    expect(res.body).toEqual({
      error: {
        code: 'MEMBER_NOT_IN_CELL',
        message: 'Đảng viên phải sinh hoạt tại một chi bộ',
        fields: { unitId: 'Đảng viên phải sinh hoạt tại một chi bộ' },
      },
    });
    expect(await rosterIds(w.officer, w.sub.id)).toEqual([]);
  });

  it('refuses an invalid body with 400 and Vietnamese field messages, and writes nothing', async () => {
    const w = await setUp();
    const before = await rosterIds(w.officer, w.cell.id);
    const res = await w.officer.post<ErrorBody>('/api/members', {
      unitId: w.cell.id,
      fullName: '  ',
      status: 'official',
      statusSince: '2026-02-30',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    expect(res.body.error.message).toBe('Dữ liệu chưa hợp lệ');
    expect(res.body.error.fields).toEqual({
      fullName: 'Không được để trống',
      statusSince: 'Ngày không hợp lệ (định dạng YYYY-MM-DD)',
    });
    expect(await rosterIds(w.officer, w.cell.id)).toEqual(before);
  });

  it('says "required" for a missing field and names a bad status', async () => {
    const w = await setUp();
    const res = await w.officer.post<ErrorBody>('/api/members', {
      unitId: w.cell.id,
      fullName: 'Nguyễn Văn Thiếu',
      status: 'boss',
    });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields ?? {}).sort()).toEqual(['status', 'statusSince']);
    expect(res.body.error.fields?.statusSince).toBe('Không được để trống');
  });

  it('refuses a second person with the same party card number with 409, and writes nothing', async () => {
    const w = await setUp();
    const card = cardNumber();
    await createMember(w.officer, {
      unitId: w.cell.id,
      fullName: 'Người Có Thẻ',
      status: 'official',
      statusSince: '2020-01-01',
      cardNumber: card,
    });
    const before = await rosterIds(w.officer, w.sibling.id);
    const res = await w.officer.post<ErrorBody>('/api/members', {
      unitId: w.sibling.id,
      fullName: 'Người Trùng Thẻ',
      status: 'official',
      statusSince: '2020-01-01',
      cardNumber: card,
    });
    expect(res.status).toBe(409);
    expect(res.body.error).toEqual({
      code: 'MEMBER_CARD_TAKEN',
      message: 'Số thẻ đảng viên đã tồn tại',
      fields: { cardNumber: 'Số thẻ đảng viên đã tồn tại' },
    });
    expect(await rosterIds(w.officer, w.sibling.id)).toEqual(before);
  });

  it('answers 403 to a secretary adding someone to their own cell', async () => {
    const w = await setUp();
    const secretary = await w.as('secretary');
    const before = await rosterIds(secretary, w.cell.id);
    const res = await secretary.post<ErrorBody>('/api/members', {
      unitId: w.cell.id,
      fullName: 'Người Mới',
      status: 'official',
      statusSince: '2020-01-01',
    });
    expect(res.status).toBe(403);
    expect(await rosterIds(secretary, w.cell.id)).toEqual(before);
  });

  it('answers 404 to an officer adding someone to a foreign cell', async () => {
    const w = await setUp();
    const res = await w.officer.post<ErrorBody>('/api/members', {
      unitId: w.foreignCell.id,
      fullName: 'Người Lạ',
      status: 'official',
      statusSince: '2020-01-01',
    });
    expect(res.status).toBe(404);
    expect(await rosterIds(await w.as('admin'), w.foreignCell.id)).toEqual(
      [...w.foreignCell.memberIds].sort(),
    );
  });
});

describe('the language of error messages', () => {
  const invalid = (unitId: string) => ({
    unitId,
    fullName: '',
    status: 'official',
    statusSince: '2026-02-30',
  });

  it('answers in English when the cd_lang cookie says en', async () => {
    const w = await setUp();
    const officer = await w.as('officer');
    officer.cookie = `${officer.cookie}; cd_lang=en`;
    const res = await officer.post<ErrorBody>('/api/members', invalid(w.cell.id));
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      error: {
        code: 'VALIDATION_FAILED',
        message: 'The data is not valid',
        fields: { fullName: 'Required', statusSince: 'Invalid date (format YYYY-MM-DD)' },
      },
    });
  });

  it('keeps the account’s Vietnamese over an English accept-language header', async () => {
    const w = await setUp();
    const english = new ApiClient(app, 'en-US,en;q=0.9');
    await english.login(w.users.officer, PASSWORD);
    const res = await english.post<ErrorBody>('/api/members', invalid(w.cell.id));
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('Dữ liệu chưa hợp lệ');
    expect(res.body.error.fields?.fullName).toBe('Không được để trống');
  });

  it('answers in English after the user chooses English for their account', async () => {
    const w = await setUp();
    const officer = await w.as('officer');
    expect((await officer.put('/api/auth/locale', { locale: 'en' })).status).toBe(204);
    const res = await officer.post<ErrorBody>('/api/members', invalid(w.cell.id));
    expect(res.body.error.message).toBe('The data is not valid');
    expect(res.body.error.fields?.statusSince).toBe('Invalid date (format YYYY-MM-DD)');
  });

  it('follows accept-language before sign-in', async () => {
    const res = await new ApiClient(app, 'en-GB,en;q=0.8').post<ErrorBody>('/api/members', {});
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: { code: 'UNAUTHENTICATED', message: 'Please sign in' } });
  });
});

describe('the roster', () => {
  async function namedCell(w: Awaited<ReturnType<typeof setUp>>) {
    const cell = await buildCell(database.db, { parentId: w.sub.id, name: 'Chi bộ Tìm Kiếm' });
    const ids = {
      duc: await buildPerson(database.db, { unitId: cell.id, fullName: 'Nguyễn Văn Đức' }),
      an: await buildPerson(database.db, {
        unitId: cell.id,
        fullName: 'Nguyễn Văn An',
        status: 'probationary',
      }),
      lan: await buildPerson(database.db, { unitId: cell.id, fullName: 'Trần Thị Lan' }),
      hoa: await buildPerson(database.db, { unitId: cell.id, fullName: 'Nguyễn Thị Hoa', status: 'exempt' }),
    };
    return { cell, ids };
  }

  it('lists everyone in the cell, sorted by name without diacritics', async () => {
    const w = await setUp();
    const { cell } = await namedCell(w);
    const names = (await roster(w.officer, cell.id)).map((m) => m.fullName);
    expect(names).toEqual(['Nguyễn Thị Hoa', 'Nguyễn Văn An', 'Nguyễn Văn Đức', 'Trần Thị Lan']);
  });

  it('filters by status', async () => {
    const w = await setUp();
    const { cell, ids } = await namedCell(w);
    expect(await rosterIds(w.officer, cell.id, '?status=probationary')).toEqual([ids.an]);
    expect(await rosterIds(w.officer, cell.id, '?status=exempt')).toEqual([ids.hoa]);
    expect(await rosterIds(w.officer, cell.id, '?status=official')).toEqual([ids.duc, ids.lan].sort());
  });

  it('finds "Nguyễn Văn …" when searching "nguyen van" without diacritics', async () => {
    const w = await setUp();
    const { cell, ids } = await namedCell(w);
    expect(await rosterIds(w.officer, cell.id, '?q=nguyen%20van')).toEqual([ids.duc, ids.an].sort());
  });

  it('finds đ by d and ignores case and tones in the query', async () => {
    const w = await setUp();
    const { cell, ids } = await namedCell(w);
    expect(await rosterIds(w.officer, cell.id, '?q=duc')).toEqual([ids.duc]);
    expect(await rosterIds(w.officer, cell.id, `?q=${encodeURIComponent('NGUYỄN VĂN ĐỨC')}`)).toEqual([
      ids.duc,
    ]);
  });

  it('finds a person by party card number or phone as well as by name', async () => {
    const w = await setUp();
    const { cell } = await namedCell(w);
    const card = cardNumber();
    const created = await createMember(w.officer, {
      unitId: cell.id,
      fullName: 'Võ Thị Tìm Thẻ',
      status: 'official',
      statusSince: '2020-01-01',
      cardNumber: card,
      phone: '0987654321',
    });
    expect(await rosterIds(w.officer, cell.id, `?q=${card}`)).toEqual([created.id]);
    expect(await rosterIds(w.officer, cell.id, '?q=0987654')).toEqual([created.id]);
  });

  it('combines the search with the status filter', async () => {
    const w = await setUp();
    const { cell, ids } = await namedCell(w);
    expect(await rosterIds(w.officer, cell.id, '?q=nguyen&status=official')).toEqual([ids.duc]);
  });

  it('treats % and _ in a query as plain text, not wildcards', async () => {
    const w = await setUp();
    const { cell } = await namedCell(w);
    expect(await rosterIds(w.officer, cell.id, '?q=%25%25%25xyz')).toEqual([]);
  });

  it('shows the roles people hold today', async () => {
    const w = await setUp();
    const listed = await roster(w.officer, w.cell.id);
    expect(listed.find((m) => m.id === w.people.secretaryId)?.roles).toEqual(['secretary']);
    expect(listed.find((m) => m.id === w.people.memberId)?.roles).toEqual([]);
  });

  it('lets a plain member read their own cell’s roster but not a sibling cell’s', async () => {
    const w = await setUp();
    const member = await w.as('member');
    expect(await rosterIds(member, w.cell.id)).toContain(w.people.memberId);
    expect((await member.get(`/api/orgs/${w.sibling.id}/members`)).status).toBe(404);
  });

  it('lists a committee’s own roster empty, and its whole subtree with scope=subtree', async () => {
    const w = await setUp();
    const admin = await w.as('admin');
    expect(await rosterIds(admin, w.sub.id)).toEqual([]);
    const everyone = await rosterIds(admin, w.sub.id, '?scope=subtree');
    expect(everyone).toEqual(
      expect.arrayContaining([w.people.memberId, w.people.officerId, w.people.staffId]),
    );
    expect(everyone).not.toContain(w.foreignCell.memberIds[0]);
    expect(everyone).toHaveLength(w.cell.memberIds.length + w.sibling.memberIds.length + 3);
  });

  it('answers 404 to an officer reading a foreign cell’s roster', async () => {
    const w = await setUp();
    const res = await w.officer.get<ErrorBody>(`/api/orgs/${w.foreignCell.id}/members`);
    expect(res.status).toBe(404);
  });

  // Issue 19: card numbers and birth dates are kept by the cell's committee and the committee's officers.
  it('shows card numbers and birth dates to the cell’s secretary and the officers, not to the other members', async () => {
    const w = await setUp();
    const card = cardNumber();
    const kept = await createMember(w.officer, {
      unitId: w.cell.id,
      fullName: 'Đỗ Thị Hồ Sơ',
      birthDate: '1980-04-30',
      status: 'official',
      statusSince: '2010-01-01',
      cardNumber: card,
      phone: '0912000111',
    });
    const secretary = await w.as('secretary');
    const member = await w.as('member');
    for (const keeper of [w.officer, secretary]) {
      const row = (await roster(keeper, w.cell.id)).find((m) => m.id === kept.id);
      expect(row).toMatchObject({ cardNumber: card, birthDate: '1980-04-30', phone: '0912000111' });
      expect((await keeper.get<Member>(`/api/members/${kept.id}`)).body.cardNumber).toBe(card);
    }
    const seen = (await roster(member, w.cell.id)).find((m) => m.id === kept.id);
    expect(seen).toMatchObject({
      fullName: 'Đỗ Thị Hồ Sơ',
      cardNumber: null,
      birthDate: null,
      phone: '0912000111',
    });
    expect((await member.get<Member>(`/api/members/${kept.id}`)).body).toMatchObject({
      cardNumber: null,
      birthDate: null,
    });
    // A search by card number is no way round it.
    expect(await rosterIds(member, w.cell.id, `?q=${card}`)).toEqual([]);
    expect(await rosterIds(secretary, w.cell.id, `?q=${card}`)).toEqual([kept.id]);
  });

  it('shows a member their own card number and birth date', async () => {
    const w = await setUp();
    await database.db
      .updateTable('person')
      .set({ card_number: cardNumber(), birth_date: '1975-09-02' })
      .where('id', '=', w.people.memberId)
      .execute();
    const member = await w.as('member');
    const own = await member.get<Member>(`/api/members/${w.people.memberId}`);
    expect(own.body).toMatchObject({ birthDate: '1975-09-02', cardNumber: expect.any(String) });
    const row = (await roster(member, w.cell.id)).find((m) => m.id === w.people.memberId);
    expect(row?.birthDate).toBe('1975-09-02');
  });

  it('shows non-member staff their own record, not the party roster or the other members', async () => {
    const w = await setUp();
    const staff = await w.as('staff');
    expect((await staff.get(`/api/orgs/${w.cell.id}/members`)).status).toBe(403);
    expect((await staff.get(`/api/members/${w.people.memberId}`)).status).toBe(403);
    const own = await staff.get<Member>(`/api/members/${w.people.staffId}`);
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ id: w.people.staffId, status: 'staff', permissions: { manage: false } });
  });
});

describe('editing a profile', () => {
  it('saves the changes and shows them on the member page', async () => {
    const w = await setUp();
    const res = await w.officer.patch<Member>(`/api/members/${w.people.memberId}`, {
      fullName: 'Nguyễn Văn Sửa',
      phone: '0987 654 321',
      email: 'sua@example.vn',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      fullName: 'Nguyễn Văn Sửa',
      phone: '0987 654 321',
      email: 'sua@example.vn',
    });
    const read = await w.officer.get<Member>(`/api/members/${w.people.memberId}`);
    expect(read.body).toMatchObject({
      fullName: 'Nguyễn Văn Sửa',
      phone: '0987 654 321',
      email: 'sua@example.vn',
    });
    expect(await rosterIds(w.officer, w.cell.id, '?q=nguyen%20van%20sua')).toEqual([w.people.memberId]);
  });

  it('refuses taking another person’s card number with 409 and keeps the old one', async () => {
    const w = await setUp();
    const card = cardNumber();
    await w.officer.patch(`/api/members/${w.people.deputyId}`, { cardNumber: card });
    const res = await w.officer.patch<ErrorBody>(`/api/members/${w.people.memberId}`, { cardNumber: card });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('MEMBER_CARD_TAKEN');
    expect((await w.officer.get<Member>(`/api/members/${w.people.memberId}`)).body.cardNumber).toBeNull();
  });

  it('lets a person keep their own card number when saving again', async () => {
    const w = await setUp();
    const card = cardNumber();
    await w.officer.patch(`/api/members/${w.people.memberId}`, { cardNumber: card });
    const res = await w.officer.patch<Member>(`/api/members/${w.people.memberId}`, {
      cardNumber: card,
      phone: '0901',
    });
    expect(res.status).toBe(200);
    expect(res.body.cardNumber).toBe(card);
  });

  it('answers 404 for an unknown person and for a person in a foreign cell', async () => {
    const w = await setUp();
    expect((await w.officer.get(`/api/members/${newId()}`)).status).toBe(404);
    const foreignId = w.foreignCell.memberIds[0];
    expect((await w.officer.get(`/api/members/${foreignId}`)).status).toBe(404);
    expect((await w.officer.patch(`/api/members/${foreignId}`, { phone: '0900' })).status).toBe(404);
  });
});

describe('changing status', () => {
  it('makes a probationary member official: sets officialOn and adds a period', async () => {
    const w = await setUp();
    const id = await buildPerson(database.db, { unitId: w.cell.id, status: 'probationary' });
    const res = await w.officer.post<Member>(`/api/members/${id}/status`, {
      status: 'official',
      on: '2021-01-05',
      note: 'Quyết định công nhận đảng viên chính thức',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'official',
      statusSince: '2021-01-05',
      officialOn: '2021-01-05',
      probationEndsOn: null,
      nextStatuses: ['exempt', 'transferred_out'],
    });
    const read = await w.officer.get<Member>(`/api/members/${id}`);
    expect(read.body.periods.map((p) => [p.status, p.startedOn, p.endedOn, p.note])).toEqual([
      ['official', '2021-01-05', null, 'Quyết định công nhận đảng viên chính thức'],
      ['probationary', '2020-01-01', '2021-01-05', null],
    ]);
  });

  it('refuses official → probationary with 409 and leaves the member as they were', async () => {
    const w = await setUp();
    const res = await w.officer.post<ErrorBody>(`/api/members/${w.people.memberId}/status`, {
      status: 'probationary',
      on: '2025-01-01',
    });
    expect(res.status).toBe(409);
    expect(res.body.error).toEqual({
      code: 'MEMBER_STATUS_CHANGE_NOT_ALLOWED',
      message: 'Không thể chuyển từ trạng thái hiện tại sang trạng thái này',
      fields: { status: 'Không thể chuyển từ trạng thái hiện tại sang trạng thái này' },
    });
    const read = await w.officer.get<Member>(`/api/members/${w.people.memberId}`);
    expect(read.body.status).toBe('official');
    expect(read.body.periods).toHaveLength(1);
  });

  it('refuses a date before the current status began with 409 DATE_BEFORE_CURRENT', async () => {
    const w = await setUp();
    const res = await w.officer.post<ErrorBody>(`/api/members/${w.people.memberId}/status`, {
      status: 'exempt',
      on: '2019-12-31',
    });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'DATE_BEFORE_CURRENT', fields: { on: expect.any(String) } });
    const read = await w.officer.get<Member>(`/api/members/${w.people.memberId}`);
    expect(read.body).toMatchObject({ status: 'official', statusSince: '2020-01-01' });
    expect(read.body.periods).toHaveLength(1);
  });

  it('refuses a status change on 30 February with 400', async () => {
    const w = await setUp();
    const res = await w.officer.post<ErrorBody>(`/api/members/${w.people.memberId}/status`, {
      status: 'exempt',
      on: '2026-02-30',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual({ on: 'Ngày không hợp lệ (định dạng YYYY-MM-DD)' });
  });

  it('takes a member transferred out off the roster and ends their roles in the cell', async () => {
    const w = await setUp();
    const res = await w.officer.post<Member>(`/api/members/${w.people.secretaryId}/status`, {
      status: 'transferred_out',
      on: '2025-06-30',
    });
    expect(res.status).toBe(200);
    expect(res.body.roles).toEqual([]);
    expect(res.body.roleHistory.map((r) => [r.role, r.endedOn])).toEqual([['secretary', '2025-06-30']]);
    expect(await rosterIds(w.officer, w.cell.id)).not.toContain(w.people.secretaryId);
    expect(await rosterIds(w.officer, w.cell.id, '?status=transferred_out')).toEqual([w.people.secretaryId]);
  });

  it('ends committee roles too when a member is transferred out, so they lose the powers', async () => {
    // A person transferred out cannot be given a committee role (ROLE_HOLDER_NOT_MEMBER); they should not
    // keep one either.
    const w = await setUp();
    const admin = await w.as('admin');
    const res = await admin.post<Member>(`/api/members/${w.people.officerId}/status`, {
      status: 'transferred_out',
      on: '2025-06-30',
    });
    expect(res.status).toBe(200);
    expect(res.body.roles).toEqual([]);
    expect(res.body.roleHistory.map((r) => [r.role, r.endedOn])).toEqual([['officer', '2025-06-30']]);
    expect((await w.officer.patch(`/api/orgs/${w.cell.id}`, { place: 'Khu B' })).status).toBe(404);
  });

  it('answers 403 to a secretary changing a member’s status', async () => {
    const w = await setUp();
    const res = await (await w.as('secretary')).post<ErrorBody>(`/api/members/${w.people.memberId}/status`, {
      status: 'exempt',
      on: '2025-01-01',
    });
    expect(res.status).toBe(403);
    expect((await w.officer.get<Member>(`/api/members/${w.people.memberId}`)).body.status).toBe('official');
  });
});

describe('transferring a member', () => {
  it('moves the person to the new cell’s roster and off the old one', async () => {
    const w = await setUp();
    const res = await w.officer.post<Member>(`/api/members/${w.people.memberId}/transfer`, {
      toUnitId: w.sibling.id,
      on: '2026-03-01',
      note: 'Chuyển sinh hoạt nội bộ',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      unitId: w.sibling.id,
      unitName: 'Chi bộ Khoa Ngoại',
      status: 'official',
    });
    expect(await rosterIds(w.officer, w.cell.id)).not.toContain(w.people.memberId);
    expect(await rosterIds(w.officer, w.sibling.id)).toContain(w.people.memberId);
  });

  it('closes the old period on the transfer date and opens one in the new cell', async () => {
    const w = await setUp();
    await w.officer.post(`/api/members/${w.people.memberId}/transfer`, {
      toUnitId: w.sibling.id,
      on: '2026-03-01',
    });
    const read = await w.officer.get<Member>(`/api/members/${w.people.memberId}`);
    expect(read.body.periods.map((p) => [p.unitId, p.status, p.startedOn, p.endedOn])).toEqual([
      [w.sibling.id, 'official', '2026-03-01', null],
      [w.cell.id, 'official', '2020-01-01', '2026-03-01'],
    ]);
  });

  it('ends the roles the person held in the old cell; the role history shows the end date', async () => {
    const w = await setUp();
    const res = await w.officer.post<Member>(`/api/members/${w.people.secretaryId}/transfer`, {
      toUnitId: w.sibling.id,
      on: '2026-03-01',
    });
    expect(res.status).toBe(200);
    expect(res.body.roles).toEqual([]);
    expect(res.body.roleHistory).toEqual([
      expect.objectContaining({
        role: 'secretary',
        unitId: w.cell.id,
        startedOn: '2020-01-01',
        endedOn: '2026-03-01',
      }),
    ]);
    const current = await w.officer.get<{ roles: RoleAssignment[] }>(`/api/orgs/${w.cell.id}/roles`);
    expect(current.body.roles.map((r) => r.role)).toEqual(['deputy']);
  });

  it('ends a party group leadership and the group seat when the person leaves the cell', async () => {
    const w = await setUp();
    const [groupId = ''] = w.cell.groupIds;
    const id = await buildPerson(database.db, { unitId: w.cell.id, groupId, fullName: 'Tổ Trưởng Cũ' });
    await giveRole(database.db, groupId, id, 'group_leader');
    const res = await w.officer.post<Member>(`/api/members/${id}/transfer`, {
      toUnitId: w.sibling.id,
      on: '2026-03-01',
    });
    expect(res.body).toMatchObject({ groupId: null, roles: [] });
    expect(res.body.roleHistory.map((r) => [r.role, r.endedOn])).toEqual([['group_leader', '2026-03-01']]);
    expect(await rosterIds(w.officer, groupId)).not.toContain(id);
  });

  it('keeps a committee role when the person changes cell', async () => {
    const w = await setUp();
    const res = await w.officer.post<Member>(`/api/members/${w.people.inspectorId}/transfer`, {
      toUnitId: w.cell.id,
      on: '2026-03-01',
    });
    expect(res.status).toBe(200);
    expect(res.body.roles).toEqual(['inspector']);
  });

  it('answers 404 to a transfer into a foreign cell and leaves the person where they were', async () => {
    const w = await setUp();
    const res = await w.officer.post<ErrorBody>(`/api/members/${w.people.memberId}/transfer`, {
      toUnitId: w.foreignCell.id,
      on: '2026-03-01',
    });
    expect(res.status).toBe(404);
    const read = await w.officer.get<Member>(`/api/members/${w.people.memberId}`);
    expect(read.body.unitId).toBe(w.cell.id);
    expect(read.body.periods).toHaveLength(1);
  });

  it('refuses a transfer into the cell the person is already in with 409', async () => {
    const w = await setUp();
    const res = await w.officer.post<ErrorBody>(`/api/members/${w.people.memberId}/transfer`, {
      toUnitId: w.cell.id,
      on: '2026-03-01',
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('MEMBER_TRANSFER_SAME_UNIT');
  });

  it('refuses moving a party member into a committee with 409 MEMBER_NOT_IN_CELL', async () => {
    const w = await setUp();
    const res = await w.officer.post<ErrorBody>(`/api/members/${w.people.memberId}/transfer`, {
      toUnitId: w.sub.id,
      on: '2026-03-01',
    });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({
      code: 'MEMBER_NOT_IN_CELL',
      fields: { toUnitId: expect.any(String) },
    });
    expect((await w.officer.get<Member>(`/api/members/${w.people.memberId}`)).body.unitId).toBe(w.cell.id);
  });

  it('refuses a transfer dated before the current status began with 409', async () => {
    const w = await setUp();
    const res = await w.officer.post<ErrorBody>(`/api/members/${w.people.memberId}/transfer`, {
      toUnitId: w.sibling.id,
      on: '2019-06-01',
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('DATE_BEFORE_CURRENT');
  });

  it('refuses a transfer dated before the person arrived in their current cell', async () => {
    // After a first transfer the status (official since 2020) is unchanged, but the current period
    // began on the transfer day: a second transfer cannot end that period before it started.
    const w = await setUp();
    const first = await w.officer.post(`/api/members/${w.people.memberId}/transfer`, {
      toUnitId: w.sibling.id,
      on: '2026-03-01',
    });
    expect(first.status).toBe(200);
    const res = await w.officer.post<ErrorBody>(`/api/members/${w.people.memberId}/transfer`, {
      toUnitId: w.cell.id,
      on: '2025-01-01',
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('DATE_BEFORE_CURRENT');
    const read = await w.officer.get<Member>(`/api/members/${w.people.memberId}`);
    for (const p of read.body.periods) if (p.endedOn) expect(p.endedOn >= p.startedOn).toBe(true);
  });

  it('refuses a status change dated before the person arrived in their current cell', async () => {
    const w = await setUp();
    await w.officer.post(`/api/members/${w.people.memberId}/transfer`, {
      toUnitId: w.sibling.id,
      on: '2026-03-01',
    });
    const res = await w.officer.post<ErrorBody>(`/api/members/${w.people.memberId}/status`, {
      status: 'exempt',
      on: '2025-01-01',
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('DATE_BEFORE_CURRENT');
    const read = await w.officer.get<Member>(`/api/members/${w.people.memberId}`);
    for (const p of read.body.periods) if (p.endedOn) expect(p.endedOn >= p.startedOn).toBe(true);
  });

  it('brings a member transferred out back with the status they left with', async () => {
    const w = await setUp();
    const id = await buildPerson(database.db, { unitId: w.cell.id, status: 'exempt' });
    await w.officer.post(`/api/members/${id}/status`, { status: 'transferred_out', on: '2024-05-01' });
    const res = await w.officer.post<Member>(`/api/members/${id}/transfer`, {
      toUnitId: w.sibling.id,
      on: '2025-05-01',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'exempt', statusSince: '2025-05-01', unitId: w.sibling.id });
    expect(await rosterIds(w.officer, w.sibling.id)).toContain(id);
  });

  it('shows the whole history on the member page, newest first', async () => {
    const w = await setUp();
    const id = await buildPerson(database.db, { unitId: w.cell.id, status: 'probationary' });
    await w.officer.post(`/api/members/${id}/status`, { status: 'official', on: '2021-01-01' });
    await w.officer.post(`/api/members/${id}/transfer`, { toUnitId: w.sibling.id, on: '2023-07-01' });
    await w.officer.post(`/api/members/${id}/status`, { status: 'exempt', on: '2025-02-01' });
    const read = await w.officer.get<Member>(`/api/members/${id}`);
    expect(read.body.periods.map((p) => [p.unitName, p.status, p.startedOn, p.endedOn])).toEqual([
      ['Chi bộ Khoa Ngoại', 'exempt', '2025-02-01', null],
      ['Chi bộ Khoa Ngoại', 'official', '2023-07-01', '2025-02-01'],
      ['Chi bộ Khoa Nội', 'official', '2021-01-01', '2023-07-01'],
      ['Chi bộ Khoa Nội', 'probationary', '2020-01-01', '2021-01-01'],
    ]);
  });

  it('rolls back the whole transfer when its last step fails', async () => {
    // The transfer ends the secretary role, closes the old period, then opens the new period. A trigger
    // makes that last insert fail: nothing of the earlier steps may stay behind.
    const w = await setUp();
    const admin = await w.as('admin');
    const roleId = (await w.officer.get<Member>(`/api/members/${w.people.secretaryId}`)).body.roleHistory[0]
      ?.id;
    const auditCount = async () =>
      (await admin.get<{ entries: unknown[] }>(`/api/audit?entityId=${w.people.secretaryId}`)).body.entries
        .length +
      (await admin.get<{ entries: unknown[] }>(`/api/audit?entityId=${roleId}`)).body.entries.length;
    const auditBefore = await auditCount();
    const dropTrigger = await failInsertsInto(database, 'membership_period', 'unit_id', w.sibling.id);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const res = await w.officer.post<ErrorBody>(`/api/members/${w.people.secretaryId}/transfer`, {
        toUnitId: w.sibling.id,
        on: '2026-03-01',
      });
      expect(res.status).toBe(500);
      expect(res.body.error.code).toBe('INTERNAL');
      expect(String(logged.mock.calls[0]?.[0])).toContain('forced failure for a rollback test');
    } finally {
      logged.mockRestore();
      await dropTrigger();
    }
    const read = await w.officer.get<Member>(`/api/members/${w.people.secretaryId}`);
    expect(read.body).toMatchObject({ unitId: w.cell.id, roles: ['secretary'] });
    expect(read.body.periods.map((p) => [p.unitId, p.endedOn])).toEqual([[w.cell.id, null]]);
    expect(read.body.roleHistory.map((r) => r.endedOn)).toEqual([null]);
    // Neither the role's end nor the transfer was recorded.
    expect(await auditCount()).toBe(auditBefore);
  });
});

describe('accounts', () => {
  it('creates a login for a person, who can then sign in as themselves', async () => {
    const w = await setUp();
    const username = `nguyenvanbinh.${newId().slice(-6)}`;
    const res = await w.officer.post<{ username: string }>(`/api/members/${w.people.deputyId}/account`, {
      username: username.toUpperCase(),
      password: 'mot-mat-khau-du-dai',
    });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ username });
    expect((await w.officer.get<Member>(`/api/members/${w.people.deputyId}`)).body.account).toEqual({
      username,
      disabled: false,
      mustChangePassword: false,
      canManage: true,
    });

    const deputy = new ApiClient(app);
    const login = await deputy.login(username, 'mot-mat-khau-du-dai');
    expect(login.status).toBe(200);
    const me = await deputy.get<Me>('/api/auth/me');
    expect(me.body.person?.id).toBe(w.people.deputyId);
    expect(me.body.units.find((u) => u.unitId === w.cell.id)?.roles.sort()).toEqual(['deputy', 'member']);
  });

  it('refuses a username already in use with 409, and the person stays without a login', async () => {
    const w = await setUp();
    const res = await w.officer.post<ErrorBody>(`/api/members/${w.people.deputyId}/account`, {
      username: w.users.member,
      password: 'mot-mat-khau-du-dai',
    });
    expect(res.status).toBe(409);
    expect(res.body.error).toEqual({
      code: 'USERNAME_TAKEN',
      message: 'Tên đăng nhập đã được sử dụng',
      fields: { username: 'Tên đăng nhập đã được sử dụng' },
    });
    expect((await w.officer.get<Member>(`/api/members/${w.people.deputyId}`)).body.account).toBeNull();
  });

  it('refuses a second login for the same person with 409 ACCOUNT_EXISTS', async () => {
    const w = await setUp();
    const res = await w.officer.post<ErrorBody>(`/api/members/${w.people.memberId}/account`, {
      username: `another.${newId().slice(-6)}`,
      password: 'mot-mat-khau-du-dai',
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('ACCOUNT_EXISTS');
    const read = await w.officer.get<Member>(`/api/members/${w.people.memberId}`);
    expect(read.body.account).toMatchObject({ username: w.users.member, disabled: false });
  });

  it('refuses a short password and an invalid username with 400', async () => {
    const w = await setUp();
    const res = await w.officer.post<ErrorBody>(`/api/members/${w.people.deputyId}/account`, {
      username: 'có dấu',
      password: 'ngan',
    });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields ?? {}).sort()).toEqual(['password', 'username']);
  });
});
