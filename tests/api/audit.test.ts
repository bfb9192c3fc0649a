import type { z } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import { newId } from '../../src/db/ids.ts';
import type { App } from '../../src/server/app.ts';
import type { MeSchema } from '../../src/server/auth/me.ts';
import type { OrgUnitSchema } from '../../src/server/features/orgs/presenter.ts';
import { buildWorld, PASSWORD } from '../fixtures/factories.ts';
import { ApiClient, buildApp, type ErrorBody, loggedIn } from '../support/api-client.ts';
import { walkOrgTree } from '../support/org-tree.ts';
import { createTestDatabase } from '../support/test-db.ts';

type Me = z.infer<typeof MeSchema>;
type Unit = z.infer<typeof OrgUnitSchema>;
interface AuditEntry {
  id: string;
  at: string;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  unitId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
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

async function setUp() {
  const world = await buildWorld(database.db);
  const as = (who: keyof typeof world.users): Promise<ApiClient> => loggedIn(app, world.users[who], PASSWORD);
  return { ...world, as, officer: await as('officer'), admin: await as('admin') };
}

async function audit(client: ApiClient, query: string): Promise<AuditEntry[]> {
  const res = await client.get<{ entries: AuditEntry[] }>(`/api/audit?${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.entries;
}

describe('what the audit log records', () => {
  it('shows a member update with the actor’s name and the values before and after', async () => {
    const w = await setUp();
    const updated = await w.officer.patch(`/api/members/${w.people.memberId}`, { phone: '0912 345 678' });
    expect(updated.status).toBe(200);

    const [entry] = await audit(w.admin, `entityId=${w.people.memberId}`);
    expect(entry).toMatchObject({
      actorName: 'Trần Thị Cán Bộ',
      action: 'member.update',
      entityType: 'person',
      entityId: w.people.memberId,
      unitId: w.cell.id,
    });
    expect(entry?.before).toMatchObject({ id: w.people.memberId, phone: null });
    expect(entry?.after).toMatchObject({ id: w.people.memberId, phone: '0912 345 678' });
    expect(Date.parse(entry?.at ?? '')).not.toBeNaN();
  });

  it('lists an entity’s entries newest first', async () => {
    const w = await setUp();
    await w.officer.patch(`/api/members/${w.people.memberId}`, { phone: '0901' });
    // Entries are ordered by their instant (milliseconds): keep the two writes apart.
    await new Promise((resolve) => setTimeout(resolve, 5));
    await w.officer.post(`/api/members/${w.people.memberId}/status`, { status: 'exempt', on: '2025-01-01' });
    const entries = await audit(w.officer, `entityId=${w.people.memberId}`);
    expect(entries.map((e) => e.action)).toEqual(['member.status', 'member.update', 'member.create']);
    expect(entries[0]?.before).toMatchObject({ status: 'official' });
    expect(entries[0]?.after).toMatchObject({ status: 'exempt', status_since: '2025-01-01' });
  });

  it('records a new unit with its values after and nothing before', async () => {
    const w = await setUp();
    const created = await w.officer.post<Unit>('/api/orgs', {
      parentId: w.sub.id,
      kind: 'cell',
      name: 'Chi bộ Khoa Mắt',
    });
    const [entry] = await audit(w.officer, `entityId=${created.body.id}`);
    expect(entry).toMatchObject({
      action: 'org.create',
      entityType: 'org_unit',
      unitId: created.body.id,
      before: null,
    });
    expect(entry?.after).toMatchObject({ name: 'Chi bộ Khoa Mắt', kind: 'cell', parent_id: w.sub.id });
  });

  it('records the end of a replaced secretary’s term with the values before and after', async () => {
    const w = await setUp();
    const old = (
      await w.officer.get<{ roles: { id: string; role: string }[] }>(`/api/orgs/${w.cell.id}/roles`)
    ).body.roles.find((r) => r.role === 'secretary');
    const res = await w.officer.post(`/api/orgs/${w.cell.id}/roles`, {
      personId: w.people.memberId,
      role: 'secretary',
      startedOn: '2025-01-01',
    });
    expect(res.status).toBe(201);
    const [entry] = await audit(w.officer, `entityId=${old?.id}`);
    expect(entry).toMatchObject({ action: 'role.end', actorName: 'Trần Thị Cán Bộ', unitId: w.cell.id });
    expect(entry?.before).toMatchObject({
      person_id: w.people.secretaryId,
      role: 'secretary',
      ended_on: null,
    });
    expect(entry?.after).toMatchObject({
      person_id: w.people.secretaryId,
      role: 'secretary',
      ended_on: '2025-01-01',
    });
  });

  it('names an administrator without a person by their username', async () => {
    const w = await setUp();
    await w.admin.patch(`/api/orgs/${w.cell.id}`, { place: 'Hòa Bình' });
    const [entry] = await audit(w.admin, `entityId=${w.cell.id}`);
    expect(entry).toMatchObject({ action: 'org.update', actorName: w.users.admin });
  });

  it('records a sign-in against the account (shown to administrators)', async () => {
    const w = await setUp();
    const me = await w.admin.get<Me>('/api/auth/me');
    const entries = await audit(w.admin, `entityId=${me.body.id}`);
    expect(entries.map((e) => [e.action, e.entityType, e.unitId])).toContainEqual([
      'auth.login',
      'user_account',
      null,
    ]);
  });
});

describe('who may read the audit log', () => {
  it('shows an officer the entries of their own subtree only', async () => {
    const w = await setUp();
    await w.admin.patch(`/api/orgs/${w.root.id}`, { place: 'Phường Thử Nghiệm' });
    await w.admin.patch(`/api/orgs/${w.foreignCell.id}`, { place: 'Xã Bên Ngoài' });
    await w.admin.patch(`/api/orgs/${w.cell.id}`, { place: 'Khu A' });

    const subtree = (await walkOrgTree(w.officer)).map((u) => u.id);
    const entries = await audit(w.officer, 'limit=500');
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => e.unitId !== null && subtree.includes(e.unitId))).toBe(true);
    const updated = entries.filter((e) => e.action === 'org.update').map((e) => e.entityId);
    expect(updated).toContain(w.cell.id);
    expect(updated).not.toContain(w.root.id);
    expect(updated).not.toContain(w.foreignCell.id);
  });

  it('gives an officer no entries of a foreign entity, while the administrator sees them', async () => {
    const w = await setUp();
    await w.admin.patch(`/api/orgs/${w.foreignCell.id}`, { place: 'Xã Bên Ngoài' });
    expect(await audit(w.officer, `entityId=${w.foreignCell.id}`)).toEqual([]);
    expect((await audit(w.admin, `entityId=${w.foreignCell.id}`)).map((e) => e.action)).toContain(
      'org.update',
    );
  });

  it('answers 404 to an officer asking for the log of a unit outside their subtree', async () => {
    const w = await setUp();
    expect((await w.officer.get<ErrorBody>(`/api/audit?unitId=${w.foreignRoot.id}`)).status).toBe(404);
    expect((await w.officer.get<ErrorBody>(`/api/audit?unitId=${w.root.id}`)).status).toBe(404);
  });

  it('narrows an officer’s log to one cell when asked', async () => {
    const w = await setUp();
    await w.officer.patch(`/api/members/${w.people.memberId}`, { phone: '0902' });
    const entries = await audit(w.officer, `unitId=${w.cell.id}&limit=500`);
    const cellAndGroups = [w.cell.id, ...w.cell.groupIds];
    expect(entries.every((e) => e.unitId !== null && cellAndGroups.includes(e.unitId))).toBe(true);
    expect(entries.map((e) => e.entityId)).toContain(w.people.memberId);
  });

  it('lets an inspector read the log of their committee', async () => {
    const w = await setUp();
    await w.officer.patch(`/api/members/${w.people.memberId}`, { phone: '0903' });
    const entries = await audit(await w.as('inspector'), `entityId=${w.people.memberId}`);
    expect(entries[0]).toMatchObject({ action: 'member.update', actorName: 'Trần Thị Cán Bộ' });
  });

  it('answers 403 to a plain member', async () => {
    const w = await setUp();
    const member = await w.as('member');
    const res = await member.get<ErrorBody>('/api/audit');
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('FORBIDDEN');
    expect((await member.get(`/api/audit?unitId=${w.cell.id}`)).status).toBe(403);
  });

  it('answers 403 to a cell secretary, even for their own cell', async () => {
    const w = await setUp();
    const secretary = await w.as('secretary');
    expect((await secretary.get('/api/audit')).status).toBe(403);
    expect((await secretary.get(`/api/audit?unitId=${w.cell.id}`)).status).toBe(403);
  });

  it('answers 401 without a session', async () => {
    expect((await new ApiClient(app).get('/api/audit')).status).toBe(401);
  });

  it('refuses a limit outside 1–500 with 400', async () => {
    const w = await setUp();
    expect((await w.admin.get<ErrorBody>('/api/audit?limit=0')).status).toBe(400);
    const res = await w.admin.get<ErrorBody>('/api/audit?limit=501');
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields ?? {})).toEqual(['limit']);
  });
});

describe('refused writes leave no trace', () => {
  it('writes no audit row for a 409 profile update', async () => {
    const w = await setUp();
    const card = `0${newId().replace(/-/g, '').slice(-8)}`;
    await w.officer.patch(`/api/members/${w.people.deputyId}`, { cardNumber: card });
    const before = await audit(w.admin, `entityId=${w.people.memberId}`);
    const res = await w.officer.patch<ErrorBody>(`/api/members/${w.people.memberId}`, {
      phone: '0904',
      cardNumber: card,
    });
    expect(res.status).toBe(409);
    expect(await audit(w.admin, `entityId=${w.people.memberId}`)).toEqual(before);
  });

  it('writes no audit row for a refused status change', async () => {
    const w = await setUp();
    const before = await audit(w.admin, `entityId=${w.people.memberId}`);
    const res = await w.officer.post(`/api/members/${w.people.memberId}/status`, {
      status: 'probationary',
      on: '2025-01-01',
    });
    expect(res.status).toBe(409);
    expect(await audit(w.admin, `entityId=${w.people.memberId}`)).toEqual(before);
  });

  it('writes no audit row for a refused unit or member creation', async () => {
    const w = await setUp();
    const before = await audit(w.admin, `unitId=${w.sub.id}&limit=500`);
    const badUnit = await w.officer.post('/api/orgs', {
      parentId: w.cell.id,
      kind: 'cell',
      name: 'Chi bộ lồng',
    });
    const badMember = await w.officer.post('/api/members', {
      unitId: w.sub.id,
      fullName: 'Sai Chỗ',
      status: 'official',
      statusSince: '2020-01-01',
    });
    expect([badUnit.status, badMember.status]).toEqual([409, 409]);
    expect(await audit(w.admin, `unitId=${w.sub.id}&limit=500`)).toEqual(before);
  });

  it('writes no audit row for a forbidden write', async () => {
    const w = await setUp();
    const before = await audit(w.admin, `entityId=${w.cell.id}`);
    const res = await (await w.as('secretary')).patch(`/api/orgs/${w.cell.id}`, { name: 'Chi bộ của tôi' });
    expect(res.status).toBe(403);
    expect(await audit(w.admin, `entityId=${w.cell.id}`)).toEqual(before);
  });
});
