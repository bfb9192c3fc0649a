import type { z } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import { newId } from '../../src/db/ids.ts';
import { todayInVietnam } from '../../src/domain/dates/local-date.ts';
import type { App } from '../../src/server/app.ts';
import type { MeSchema } from '../../src/server/auth/me.ts';
import type { MemberSchema } from '../../src/server/features/members/presenter.ts';
import type { RoleAssignmentSchema } from '../../src/server/features/roles/presenter.ts';
import { buildCell, buildPerson, buildUser, buildWorld, PASSWORD } from '../fixtures/factories.ts';
import { type ApiClient, buildApp, type ErrorBody, loggedIn } from '../support/api-client.ts';
import { failInsertsInto } from '../support/fail-inserts.ts';
import { createTestDatabase } from '../support/test-db.ts';

type RoleAssignment = z.infer<typeof RoleAssignmentSchema>;
type Member = z.infer<typeof MemberSchema>;
type Me = z.infer<typeof MeSchema>;
interface AuditEntries {
  entries: { action: string; entityId: string }[];
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

/** The shared world plus a fresh cell (no roles yet) under the officer's committee. */
async function setUp() {
  const world = await buildWorld(database.db);
  const as = (who: keyof typeof world.users): Promise<ApiClient> => loggedIn(app, world.users[who], PASSWORD);
  const cell = await buildCell(database.db, { parentId: world.sub.id, name: 'Chi bộ Khoa Dược', members: 3 });
  const [first = '', second = '', third = ''] = cell.memberIds;
  return { ...world, as, officer: await as('officer'), fresh: { ...cell, first, second, third } };
}

async function rolesOf(client: ApiClient, unitId: string, history = false): Promise<RoleAssignment[]> {
  const res = await client.get<{ roles: RoleAssignment[] }>(
    `/api/orgs/${unitId}/roles${history ? '?history=true' : ''}`,
  );
  expect(res.status).toBe(200);
  return res.body.roles;
}

describe('assigning roles', () => {
  it('makes an official member secretary of their cell (201) and lists them in the cell’s roles', async () => {
    const w = await setUp();
    const res = await w.officer.post<RoleAssignment>(`/api/orgs/${w.fresh.id}/roles`, {
      personId: w.fresh.first,
      role: 'secretary',
      startedOn: '2025-01-01',
    });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      personId: w.fresh.first,
      personName: expect.stringMatching(/^Nguyễn Văn Thử/),
      unitId: w.fresh.id,
      unitName: 'Chi bộ Khoa Dược',
      role: 'secretary',
      startedOn: '2025-01-01',
      endedOn: null,
    });
    expect(await rolesOf(w.officer, w.fresh.id)).toEqual([res.body]);
    const member = await w.officer.get<Member>(`/api/members/${w.fresh.first}`);
    expect(member.body.roles).toEqual(['secretary']);
  });

  it('ends the previous secretary on the day the new one starts; history keeps both', async () => {
    const w = await setUp();
    const old = await w.officer.post<RoleAssignment>(`/api/orgs/${w.fresh.id}/roles`, {
      personId: w.fresh.first,
      role: 'secretary',
      startedOn: '2022-01-01',
    });
    const next = await w.officer.post<RoleAssignment>(`/api/orgs/${w.fresh.id}/roles`, {
      personId: w.fresh.second,
      role: 'secretary',
      startedOn: '2025-01-01',
    });
    expect(next.status).toBe(201);
    expect((await rolesOf(w.officer, w.fresh.id)).map((r) => r.id)).toEqual([next.body.id]);
    const history = await rolesOf(w.officer, w.fresh.id, true);
    expect(history.map((r) => [r.id, r.personId, r.startedOn, r.endedOn])).toEqual([
      [next.body.id, w.fresh.second, '2025-01-01', null],
      [old.body.id, w.fresh.first, '2022-01-01', '2025-01-01'],
    ]);
  });

  it('lets a cell have several cell committee members at once', async () => {
    const w = await setUp();
    for (const personId of [w.fresh.first, w.fresh.second]) {
      const res = await w.officer.post(`/api/orgs/${w.fresh.id}/roles`, {
        personId,
        role: 'committee_member',
        startedOn: '2025-01-01',
      });
      expect(res.status).toBe(201);
    }
    const current = await rolesOf(w.officer, w.fresh.id);
    expect(current.map((r) => r.personId).sort()).toEqual([w.fresh.first, w.fresh.second].sort());
  });

  it('refuses the same role twice to the same person with 409 ROLE_ALREADY_HELD', async () => {
    const w = await setUp();
    const body = { personId: w.fresh.first, role: 'secretary', startedOn: '2025-01-01' };
    await w.officer.post(`/api/orgs/${w.fresh.id}/roles`, body);
    const res = await w.officer.post<ErrorBody>(`/api/orgs/${w.fresh.id}/roles`, {
      ...body,
      startedOn: '2025-06-01',
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('ROLE_ALREADY_HELD');
    expect((await rolesOf(w.officer, w.fresh.id, true)).map((r) => r.startedOn)).toEqual(['2025-01-01']);
  });

  it('refuses a probationary member as secretary with 409 ROLE_HOLDER_NOT_MEMBER', async () => {
    const w = await setUp();
    const probationary = await buildPerson(database.db, { unitId: w.fresh.id, status: 'probationary' });
    const res = await w.officer.post<ErrorBody>(`/api/orgs/${w.fresh.id}/roles`, {
      personId: probationary,
      role: 'secretary',
      startedOn: '2025-01-01',
    });
    expect(res.status).toBe(409);
    expect(res.body.error).toEqual({
      code: 'ROLE_HOLDER_NOT_MEMBER',
      message: 'Chức danh trong chi bộ chỉ giao cho đảng viên chính thức của chi bộ',
      fields: { personId: 'Chức danh trong chi bộ chỉ giao cho đảng viên chính thức của chi bộ' },
    });
    expect(await rolesOf(w.officer, w.fresh.id, true)).toEqual([]);
  });

  it('refuses a member of another cell as secretary with 409 ROLE_HOLDER_NOT_MEMBER', async () => {
    const w = await setUp();
    const res = await w.officer.post<ErrorBody>(`/api/orgs/${w.fresh.id}/roles`, {
      personId: w.people.memberId,
      role: 'secretary',
      startedOn: '2025-01-01',
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('ROLE_HOLDER_NOT_MEMBER');
    expect(await rolesOf(w.officer, w.fresh.id, true)).toEqual([]);
  });

  it('refuses non-member staff as deputy with 409 ROLE_HOLDER_NOT_MEMBER', async () => {
    const w = await setUp();
    const res = await w.officer.post<ErrorBody>(`/api/orgs/${w.cell.id}/roles`, {
      personId: w.people.staffId,
      role: 'deputy',
      startedOn: '2025-01-01',
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('ROLE_HOLDER_NOT_MEMBER');
  });

  it('refuses a role that does not belong to the unit’s kind (officer of a cell) with 409', async () => {
    const w = await setUp();
    const res = await w.officer.post<ErrorBody>(`/api/orgs/${w.fresh.id}/roles`, {
      personId: w.fresh.first,
      role: 'officer',
      startedOn: '2025-01-01',
    });
    expect(res.status).toBe(409);
    expect(res.body.error).toEqual({
      code: 'ROLE_NOT_FOR_UNIT',
      message: 'Chức danh này không áp dụng cho loại đơn vị này',
      fields: { role: 'Chức danh này không áp dụng cho loại đơn vị này' },
    });
    expect(await rolesOf(w.officer, w.fresh.id, true)).toEqual([]);
  });

  it('refuses a secretary role on a committee with 409 ROLE_NOT_FOR_UNIT', async () => {
    const w = await setUp();
    const res = await (await w.as('admin')).post<ErrorBody>(`/api/orgs/${w.sub.id}/roles`, {
      personId: w.fresh.first,
      role: 'secretary',
      startedOn: '2025-01-01',
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('ROLE_NOT_FOR_UNIT');
  });

  it('answers 403 to a secretary assigning a deputy in their own cell', async () => {
    const w = await setUp();
    const secretary = await w.as('secretary');
    const res = await secretary.post<ErrorBody>(`/api/orgs/${w.cell.id}/roles`, {
      personId: w.people.memberId,
      role: 'deputy',
      startedOn: '2025-01-01',
    });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('FORBIDDEN');
    const current = await rolesOf(secretary, w.cell.id);
    expect(current.find((r) => r.role === 'deputy')?.personId).toBe(w.people.deputyId);
  });

  it('answers 403 to an officer making themselves officer of their own committee', async () => {
    const w = await setUp();
    const res = await w.officer.post<ErrorBody>(`/api/orgs/${w.sub.id}/roles`, {
      personId: w.people.officerId,
      role: 'officer',
      startedOn: '2025-01-01',
    });
    expect(res.status).toBe(403);
    expect(await rolesOf(w.officer, w.sub.id)).toHaveLength(2);
  });

  it('answers 403 to an officer making a colleague officer of their own committee', async () => {
    const w = await setUp();
    const res = await w.officer.post<ErrorBody>(`/api/orgs/${w.sub.id}/roles`, {
      personId: w.fresh.first,
      role: 'officer',
      startedOn: '2025-01-01',
    });
    expect(res.status).toBe(403);
    expect((await rolesOf(w.officer, w.sub.id)).map((r) => r.personId)).not.toContain(w.fresh.first);
  });

  it('lets an administrator appoint an officer of a committee, who can then manage it', async () => {
    const w = await setUp();
    const res = await (await w.as('admin')).post<RoleAssignment>(`/api/orgs/${w.sub.id}/roles`, {
      personId: w.fresh.first,
      role: 'officer',
      startedOn: '2025-01-01',
    });
    expect(res.status).toBe(201);
    const appointed = await loggedIn(
      app,
      await buildUser(database.db, { personId: w.fresh.first }),
      PASSWORD,
    );
    const renamed = await appointed.patch(`/api/orgs/${w.sibling.id}`, {
      name: 'Chi bộ Khoa Ngoại tổng hợp',
    });
    expect(renamed.status).toBe(200);
  });

  it('answers 404 to an officer assigning a role in a foreign cell', async () => {
    const w = await setUp();
    const res = await w.officer.post<ErrorBody>(`/api/orgs/${w.foreignCell.id}/roles`, {
      personId: w.foreignCell.memberIds[0],
      role: 'secretary',
      startedOn: '2025-01-01',
    });
    expect(res.status).toBe(404);
    expect(await rolesOf(await w.as('admin'), w.foreignCell.id, true)).toEqual([]);
  });

  it('answers 404 when the person is unknown', async () => {
    const w = await setUp();
    const res = await w.officer.post<ErrorBody>(`/api/orgs/${w.fresh.id}/roles`, {
      personId: newId(),
      role: 'secretary',
      startedOn: '2025-01-01',
    });
    expect(res.status).toBe(404);
  });

  it('refuses to start a new secretary before the current one started', async () => {
    // Ending the current holder on the new start date would give them an end before their start.
    const w = await setUp();
    await w.officer.post(`/api/orgs/${w.fresh.id}/roles`, {
      personId: w.fresh.first,
      role: 'secretary',
      startedOn: '2024-01-01',
    });
    const res = await w.officer.post<ErrorBody>(`/api/orgs/${w.fresh.id}/roles`, {
      personId: w.fresh.second,
      role: 'secretary',
      startedOn: '2023-01-01',
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('DATE_BEFORE_CURRENT');
    for (const r of await rolesOf(w.officer, w.fresh.id, true)) {
      if (r.endedOn) expect(r.endedOn >= r.startedOn).toBe(true);
    }
  });
});

describe('ending roles', () => {
  it('ends a role on a date: it leaves the current list and stays in the history', async () => {
    const w = await setUp();
    const deputy = (await rolesOf(w.officer, w.cell.id)).find((r) => r.role === 'deputy');
    const res = await w.officer.post<RoleAssignment>(`/api/roles/${deputy?.id}/end`, {
      endedOn: '2025-12-31',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: deputy?.id, role: 'deputy', endedOn: '2025-12-31' });
    expect((await rolesOf(w.officer, w.cell.id)).map((r) => r.role)).toEqual(['secretary']);
    const history = await rolesOf(w.officer, w.cell.id, true);
    expect(history.find((r) => r.id === deputy?.id)?.endedOn).toBe('2025-12-31');
  });

  it('refuses ending the same role twice with 409 ROLE_ALREADY_ENDED and keeps the first date', async () => {
    const w = await setUp();
    const deputy = (await rolesOf(w.officer, w.cell.id)).find((r) => r.role === 'deputy');
    await w.officer.post(`/api/roles/${deputy?.id}/end`, { endedOn: '2025-12-31' });
    const res = await w.officer.post<ErrorBody>(`/api/roles/${deputy?.id}/end`, { endedOn: '2026-01-31' });
    expect(res.status).toBe(409);
    expect(res.body.error).toEqual({ code: 'ROLE_ALREADY_ENDED', message: 'Chức danh này đã kết thúc' });
    const history = await rolesOf(w.officer, w.cell.id, true);
    expect(history.find((r) => r.id === deputy?.id)?.endedOn).toBe('2025-12-31');
  });

  it('refuses an end date before the start with 409 DATE_BEFORE_CURRENT', async () => {
    const w = await setUp();
    const deputy = (await rolesOf(w.officer, w.cell.id)).find((r) => r.role === 'deputy');
    const res = await w.officer.post<ErrorBody>(`/api/roles/${deputy?.id}/end`, { endedOn: '2019-12-31' });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({
      code: 'DATE_BEFORE_CURRENT',
      fields: { endedOn: expect.any(String) },
    });
    expect((await rolesOf(w.officer, w.cell.id)).map((r) => r.role).sort()).toEqual(['deputy', 'secretary']);
  });

  it('answers 403 to a secretary ending the deputy of their own cell', async () => {
    const w = await setUp();
    const secretary = await w.as('secretary');
    const deputy = (await rolesOf(secretary, w.cell.id)).find((r) => r.role === 'deputy');
    const res = await secretary.post<ErrorBody>(`/api/roles/${deputy?.id}/end`, { endedOn: '2025-12-31' });
    expect(res.status).toBe(403);
    expect((await rolesOf(secretary, w.cell.id)).map((r) => r.id)).toContain(deputy?.id);
  });

  it('answers 404 for an unknown role id', async () => {
    const w = await setUp();
    const res = await w.officer.post<ErrorBody>(`/api/roles/${newId()}/end`, { endedOn: '2025-12-31' });
    expect(res.status).toBe(404);
  });

  it('takes the role off GET /auth/me once it has ended', async () => {
    const w = await setUp();
    const secretary = await w.as('secretary');
    const before = await secretary.get<Me>('/api/auth/me');
    expect(before.body.units.find((u) => u.unitId === w.cell.id)?.roles.sort()).toEqual([
      'member',
      'secretary',
    ]);

    const role = (await rolesOf(w.officer, w.cell.id)).find((r) => r.role === 'secretary');
    const ended = await w.officer.post(`/api/roles/${role?.id}/end`, { endedOn: todayInVietnam() });
    expect(ended.status).toBe(200);

    const after = await secretary.get<Me>('/api/auth/me');
    expect(after.body.units.find((u) => u.unitId === w.cell.id)?.roles).toEqual(['member']);
  });
});

describe('a failed assignment', () => {
  it('leaves the previous secretary in post when inserting the new one fails', async () => {
    // assignRole first ends the current secretary, then inserts the new one. A trigger makes that insert
    // fail: the end of the previous term must be rolled back with it, and no audit row may remain.
    const w = await setUp();
    const admin = await w.as('admin');
    const old = await w.officer.post<RoleAssignment>(`/api/orgs/${w.fresh.id}/roles`, {
      personId: w.fresh.first,
      role: 'secretary',
      startedOn: '2022-01-01',
    });
    const auditBefore = await admin.get<AuditEntries>(`/api/audit?unitId=${w.fresh.id}&limit=500`);

    const dropTrigger = await failInsertsInto(database, 'role_assignment', 'person_id', w.fresh.second);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const res = await w.officer.post<ErrorBody>(`/api/orgs/${w.fresh.id}/roles`, {
        personId: w.fresh.second,
        role: 'secretary',
        startedOn: '2025-01-01',
      });
      expect(res.status).toBe(500);
      expect(String(logged.mock.calls[0]?.[0])).toContain('forced failure for a rollback test');
    } finally {
      logged.mockRestore();
      await dropTrigger();
    }

    const history = await rolesOf(w.officer, w.fresh.id, true);
    expect(history.map((r) => [r.id, r.endedOn])).toEqual([[old.body.id, null]]);
    const auditAfter = await admin.get<AuditEntries>(`/api/audit?unitId=${w.fresh.id}&limit=500`);
    expect(auditAfter.body.entries).toEqual(auditBefore.body.entries);
  });
});
