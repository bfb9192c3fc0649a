// The session's actor is cached in memory between requests (src/server/auth/actor-cache.ts). Each test warms
// the cache with a request, makes the write, and checks the very next request: no revoked session or removed
// role may act, on either engine.
import type { z } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import { todayInVietnam } from '../../src/domain/dates/local-date.ts';
import { type App, createApp } from '../../src/server/app.ts';
import { QUIET_MS } from '../../src/server/auth/actor-cache.ts';
import type { MeSchema } from '../../src/server/auth/me.ts';
import type { RoleAssignmentSchema } from '../../src/server/features/roles/presenter.ts';
import { buildPerson, buildUser, buildWorld, PASSWORD } from '../fixtures/factories.ts';
import { ApiClient, buildApp, type ErrorBody, loggedIn } from '../support/api-client.ts';
import { createTestDatabase } from '../support/test-db.ts';

type Me = z.infer<typeof MeSchema>;
type RoleAssignment = z.infer<typeof RoleAssignmentSchema>;

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
  return { ...world, as, admin: await as('admin'), officer: await as('officer') };
}

/** Two requests: the first loads the actor, the second is served from the cache. */
async function warm(client: ApiClient, path: string) {
  expect((await client.get(path)).status).toBe(200);
  expect((await client.get(path)).status).toBe(200);
}

const rolesIn = (me: Me, unitId: string) => me.units.find((u) => u.unitId === unitId)?.roles ?? [];

describe('the cached actor of a session', () => {
  it('loses a role the moment it is ended: the next request is refused', async () => {
    const w = await setUp();
    const personId = await buildPerson(database.db, { unitId: w.sibling.id, fullName: 'Phạm Văn Tạm Thời' });
    const given = await w.admin.post<RoleAssignment>(`/api/orgs/${w.sub.id}/roles`, {
      personId,
      role: 'officer',
      startedOn: '2024-01-01',
    });
    expect(given.status).toBe(201);
    const officer = await loggedIn(app, await buildUser(database.db, { personId }), PASSWORD);
    await warm(officer, `/api/orgs/${w.cell.id}/members`);

    const ended = await w.admin.post(`/api/roles/${given.body.id}/end`, { endedOn: todayInVietnam() });
    expect(ended.status).toBe(200);
    expect([403, 404]).toContain((await officer.get(`/api/orgs/${w.cell.id}/members`)).status);
    const me = await officer.get<Me>('/api/auth/me');
    expect(rolesIn(me.body, w.sub.id)).toEqual([]);
  });

  it('gains a role the moment it is given', async () => {
    const w = await setUp();
    const personId = await buildPerson(database.db, { unitId: w.sibling.id, fullName: 'Đỗ Thị Mới Giao' });
    const client = await loggedIn(app, await buildUser(database.db, { personId }), PASSWORD);
    await warm(client, '/api/auth/me');
    expect([403, 404]).toContain((await client.get(`/api/orgs/${w.cell.id}/members`)).status);

    const given = await w.admin.post(`/api/orgs/${w.sub.id}/roles`, {
      personId,
      role: 'officer',
      startedOn: '2024-01-01',
    });
    expect(given.status).toBe(201);
    expect((await client.get(`/api/orgs/${w.cell.id}/members`)).status).toBe(200);
  });

  it('ends with sign-out: the same cookie is 401 on the next request', async () => {
    const w = await setUp();
    const member = await w.as('member');
    await warm(member, '/api/auth/me');
    const stolen = new ApiClient(app);
    stolen.cookie = member.cookie;
    expect((await stolen.get('/api/auth/me')).status).toBe(200);
    expect((await member.post('/api/auth/logout')).status).toBe(204);
    expect((await stolen.get('/api/auth/me')).status).toBe(401);
  });

  it('ends the other sessions at once when the password changes; this one goes on', async () => {
    const w = await setUp();
    const phone = await w.as('member');
    const laptop = await w.as('member');
    await warm(phone, '/api/auth/me');
    await warm(laptop, '/api/auth/me');
    const res = await laptop.put('/api/auth/password', {
      currentPassword: PASSWORD,
      newPassword: 'Hoa-sen-giua-ho-2026',
    });
    expect(res.status).toBe(204);
    expect((await phone.get('/api/auth/me')).status).toBe(401);
    expect((await laptop.get('/api/auth/me')).status).toBe(200);
  });

  it('ends every session of a locked account, and of one whose password the officer reset', async () => {
    const w = await setUp();
    const member = await w.as('member');
    const secretary = await w.as('secretary');
    await warm(member, '/api/auth/me');
    await warm(secretary, '/api/auth/me');

    const locked = await w.officer.post(`/api/members/${w.people.memberId}/account/disable`);
    expect(locked.status).toBe(204);
    expect((await member.get('/api/auth/me')).status).toBe(401);

    const reset = await w.officer.post(`/api/members/${w.people.secretaryId}/account/password-reset`);
    expect(reset.status).toBe(200);
    expect((await secretary.get('/api/auth/me')).status).toBe(401);
  });

  it('follows a member’s status and transfer on the next request', async () => {
    const w = await setUp();
    const member = await w.as('member');
    await warm(member, `/api/orgs/${w.cell.id}/members`);

    const moved = await w.officer.post(`/api/members/${w.people.memberId}/transfer`, {
      toUnitId: w.sibling.id,
      on: todayInVietnam(),
    });
    expect(moved.status).toBe(200);
    expect([403, 404]).toContain((await member.get(`/api/orgs/${w.cell.id}/members`)).status);
    expect((await member.get(`/api/orgs/${w.sibling.id}/members`)).status).toBe(200);

    const out = await w.officer.post(`/api/members/${w.people.memberId}/status`, {
      status: 'transferred_out',
      on: todayInVietnam(),
    });
    expect(out.status).toBe(200);
    expect([403, 404]).toContain((await member.get(`/api/orgs/${w.sibling.id}/members`)).status);
  });

  it('shows the new name on the home page once the officer corrects it', async () => {
    const w = await setUp();
    const member = await w.as('member');
    await warm(member, '/api/auth/me');
    const renamed = await w.officer.patch(`/api/members/${w.people.memberId}`, {
      fullName: 'Nguyễn Văn Đã Sửa',
    });
    expect(renamed.status).toBe(200);
    expect((await member.get<Me>('/api/auth/me')).body.person?.fullName).toBe('Nguyễn Văn Đã Sửa');
  });

  it('names a unit as it was just renamed, from a session past its quiet window too', async () => {
    const w = await setUp();
    // The set-up's writes and sign-ins keep those sessions out of the cache for QUIET_MS: the clock moves past it
    // (and stands still after, so the cached session outlives the test), so that /auth/me is made once and kept.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + QUIET_MS + 1_000);
      await warm(w.officer, '/api/auth/me');
      const renamed = await w.admin.patch(`/api/orgs/${w.sub.id}`, { name: 'Đảng ủy Bệnh viện Đã Đổi Tên' });
      expect(renamed.status).toBe(200);
      const me = await w.officer.get<Me>('/api/auth/me');
      expect(me.body.units.find((u) => u.unitId === w.sub.id)?.unitName).toBe('Đảng ủy Bệnh viện Đã Đổi Tên');
    } finally {
      vi.useRealTimers();
    }
  });

  it('answers in the language the user just chose', async () => {
    const w = await setUp();
    const member = await w.as('member');
    await warm(member, '/api/auth/me');
    const before = await member.get<ErrorBody>('/api/members/khong-co-nguoi-nay');
    expect(before.status).toBe(404);
    expect((await member.put('/api/auth/locale', { locale: 'en' })).status).toBe(204);
    const after = await member.get<ErrorBody>('/api/members/khong-co-nguoi-nay');
    expect(after.status).toBe(404);
    expect(after.body.error.message).not.toBe(before.body.error.message);
    expect(after.body.error.message).toMatch(/^[\x20-\x7e]+$/);
  });
});

describe('response headers', () => {
  it('keeps the security headers in use and drops the obsolete ones', async () => {
    const res = await new ApiClient(app).get('/api/health');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    for (const gone of ['x-xss-protection', 'x-download-options', 'x-permitted-cross-domain-policies'])
      expect(res.headers.get(gone)).toBeNull();
    // Plain HTTP in tests (no secure cookies): no HSTS; over HTTPS it is sent.
    expect(res.headers.get('strict-transport-security')).toBeNull();
    const https = createApp(database, { secureCookies: true, sessionDays: 7 });
    const secure = await https.request('/api/health');
    expect(secure.headers.get('strict-transport-security')).toContain('max-age=');
  });
});
