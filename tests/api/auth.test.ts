import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import type { App } from '../../src/server/app.ts';
import {
  buildCell,
  buildCommittee,
  buildPerson,
  buildUser,
  giveRole,
  PASSWORD,
} from '../fixtures/factories.ts';
import { ApiClient, buildApp, loggedIn } from '../support/api-client.ts';
import { createTestDatabase } from '../support/test-db.ts';

let database: Database;
let app: App;
let secretary: string;
let cellId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  app = buildApp(database);
  const committee = await buildCommittee(database.db);
  const cell = await buildCell(database.db, { parentId: committee.id, name: 'Chi bộ Khoa Nội', members: 2 });
  cellId = cell.id;
  await giveRole(database.db, cell.id, cell.memberIds[0] ?? '', 'secretary');
  secretary = await buildUser(database.db, { personId: cell.memberIds[0] });
});
afterAll(() => database.close());

describe('health and API description', () => {
  it('answers health with the engine in use', async () => {
    const res = await new ApiClient(app).get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', database: process.env.TEST_DB });
  });

  it('publishes an OpenAPI 3.1 document with one tag per feature and a local reference page', async () => {
    const client = new ApiClient(app);
    const doc = await client.get<{
      openapi: string;
      paths: Record<string, Record<string, { tags: string[] }>>;
    }>('/api/openapi.json');
    expect(doc.body.openapi).toBe('3.1.0');
    const tags = new Set(
      Object.values(doc.body.paths).flatMap((ops) => Object.values(ops).flatMap((op) => op.tags)),
    );
    expect([...tags].sort()).toEqual([
      'accounts',
      'audit',
      'auth',
      'calendar',
      'commendations',
      'committee-reports',
      'documents',
      'follow-up',
      'health',
      'inbox',
      'inspections',
      'meetings',
      'members',
      'notifications',
      'numbering',
      'orgs',
      'oversight',
      'plans',
      'preparation',
      'quality',
      'roles',
      'roster-import',
      'search',
      'support',
      'topics',
      'year-review',
    ]);
    const page = await client.get<string>('/api/docs');
    expect(page.status).toBe(200);
    expect(page.body).toContain('/api/docs/swagger-ui-bundle.js');
    expect(page.body).not.toMatch(/<script>[^<]/);
    expect((await client.get('/api/docs/swagger-ui-bundle.js')).status).toBe(200);
  });

  it('answers an unknown API path with the JSON error shape, 404 signed in or not', async () => {
    expect((await new ApiClient(app).get('/api/nothing-here')).status).toBe(404);
    // A known operation still asks for sign-in first.
    expect((await new ApiClient(app).get('/api/members/some-id')).status).toBe(401);
    const res = await (await loggedIn(app, secretary, PASSWORD)).get('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: { code: 'NOT_FOUND', message: 'Không tìm thấy' } });
  });
});

describe('login', () => {
  it('starts a session in an HttpOnly SameSite cookie and returns the user with units and roles', async () => {
    const client = new ApiClient(app);
    const res = await client.login(secretary, PASSWORD);
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/cd_session=[^;]+/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const me = await client.get<{ units: { unitId: string; unitName: string; roles: string[] }[] }>(
      '/api/auth/me',
    );
    expect(me.body.units).toEqual([
      expect.objectContaining({
        unitId: cellId,
        unitName: 'Chi bộ Khoa Nội',
        roles: expect.arrayContaining(['secretary', 'member']),
      }),
    ]);
  });

  it('refuses a wrong password with a Vietnamese message and sets no cookie', async () => {
    const client = new ApiClient(app);
    const res = await client.login(secretary, 'sai-mat-khau');
    expect(res.status).toBe(401);
    expect(res.body).toEqual({
      error: { code: 'INVALID_CREDENTIALS', message: 'Tên đăng nhập hoặc mật khẩu không đúng' },
    });
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('answers in English when the browser prefers English', async () => {
    const client = new ApiClient(app, 'en-US,en;q=0.9');
    const res = await client.login(secretary, 'sai-mat-khau');
    expect(res.body).toMatchObject({ error: { message: 'Wrong username or password' } });
  });

  it('rejects an empty body with field messages', async () => {
    const res = await new ApiClient(app).post<{ error: { fields: Record<string, string> } }>(
      '/api/auth/login',
      {},
    );
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual({
      username: 'Không được để trống',
      password: 'Không được để trống',
    });
  });

  it('rejects malformed JSON with 400', async () => {
    const res = await new ApiClient(app).request('POST', '/api/auth/login', '{"username":', {});
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
  });

  it('makes the (username, address) pair wait after five failures, even with the right password', async () => {
    const committee = await buildCommittee(database.db);
    const cell = await buildCell(database.db, { parentId: committee.id, members: 1 });
    const username = await buildUser(database.db, { personId: cell.memberIds[0] });
    const client = new ApiClient(app);
    for (let i = 0; i < 5; i++) expect((await client.login(username, 'sai')).status).toBe(401);
    const blocked = await client.login(username, PASSWORD);
    expect(blocked.status).toBe(429);
    expect(blocked.body).toMatchObject({ error: { code: 'TOO_MANY_ATTEMPTS' } });
  });

  it('rotates the session at login: the cookie held before no longer works', async () => {
    const client = await loggedIn(app, secretary, PASSWORD);
    const before = client.cookie;
    await client.login(secretary, PASSWORD);
    expect(client.cookie).not.toBe(before);
    const stale = new ApiClient(app);
    stale.cookie = before;
    expect((await stale.get('/api/auth/me')).status).toBe(401);
    expect((await client.get('/api/auth/me')).status).toBe(200);
  });
});

describe('logout', () => {
  it('ends the session on the server, not only in the browser', async () => {
    const client = await loggedIn(app, secretary, PASSWORD);
    const cookie = client.cookie;
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    const replay = new ApiClient(app);
    replay.cookie = cookie;
    const res = await replay.get('/api/auth/me');
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ error: { code: 'UNAUTHENTICATED', message: 'Vui lòng đăng nhập' } });
  });
});

describe('CSRF defence', () => {
  it('refuses a cookie-authenticated write without the token and changes nothing', async () => {
    const client = await loggedIn(app, secretary, PASSWORD);
    const res = await client.request(
      'PUT',
      '/api/auth/locale',
      { locale: 'en' },
      { 'x-csrf-token': 'forged' },
    );
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ error: { code: 'CSRF_FAILED' } });
    const me = await client.get<{ locale: string }>('/api/auth/me');
    expect(me.body.locale).toBe('vi');
  });

  it('accepts the same write with the session token', async () => {
    const client = await loggedIn(app, secretary, PASSWORD);
    expect((await client.put('/api/auth/locale', { locale: 'en' })).status).toBe(204);
    expect((await client.get<{ locale: string }>('/api/auth/me')).body.locale).toBe('en');
    await client.put('/api/auth/locale', { locale: 'vi' });
  });
});

describe('security headers', () => {
  it('sends a strict content security policy and no-sniff on every response', async () => {
    const res = await new ApiClient(app).get('/api/health');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
  });
});

describe('disabled and removed people', () => {
  it('a member transferred out keeps a login but sees no unit', async () => {
    const committee = await buildCommittee(database.db);
    const cell = await buildCell(database.db, { parentId: committee.id });
    const personId = await buildPerson(database.db, { unitId: cell.id });
    const username = await buildUser(database.db, { personId });
    const admin = await loggedIn(app, await buildUser(database.db, { isAdmin: true }), PASSWORD);
    await admin.post(`/api/members/${personId}/status`, { status: 'transferred_out', on: '2026-01-01' });
    const client = await loggedIn(app, username, PASSWORD);
    expect((await client.get<{ units: unknown[] }>('/api/auth/me')).body.units).toEqual([]);
    expect((await client.get(`/api/orgs/${cell.id}`)).status).toBe(404);
  });
});
