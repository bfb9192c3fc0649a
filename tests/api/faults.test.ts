/**
 * Failures found by probing (issue 19, "Failures found"): each test here failed before its fix.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import { type App, createApp } from '../../src/server/app.ts';
import {
  buildCell,
  buildMeeting,
  buildRegistration,
  buildUser,
  buildWorld,
  giveRole,
  nextPlanYear,
  PASSWORD,
  type World,
} from '../fixtures/factories.ts';
import { ApiClient, buildApp, type ErrorBody, loggedIn } from '../support/api-client.ts';
import { createTestDatabase } from '../support/test-db.ts';

let database: Database;
let app: App;
let world: World;

beforeAll(async () => {
  database = await createTestDatabase();
  app = buildApp(database);
  world = await buildWorld(database.db);
});
afterAll(async () => {
  await database.close();
});

describe('an unknown /api path', () => {
  it('answers a JSON 404 in the error shape, not the web page, signed in or not', async () => {
    const webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cd-web-'));
    fs.writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>app</title>');
    const withWeb = createApp(database, { secureCookies: false, sessionDays: 7, webDir });
    const anonymous = new ApiClient(withWeb);
    const signedIn = await loggedIn(withWeb, world.users.member, PASSWORD);
    for (const client of [anonymous, signedIn]) {
      for (const [method, url] of [
        ['GET', '/api/no-such-thing'],
        ['GET', '/api/members/x/nothing-here'],
        ['POST', '/api/no-such-thing'],
      ] as const) {
        const res = await client.request<ErrorBody>(method, url, method === 'POST' ? {} : undefined);
        expect(res.headers.get('content-type'), `${method} ${url}`).toContain('application/json');
        expect(res.status).toBe(404);
        expect(res.body.error.code).toBe('NOT_FOUND');
      }
    }
    // The web page is still served for the client's own routes.
    const page = await anonymous.get<string>('/plans/123');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    fs.rmSync(webDir, { recursive: true, force: true });
  });
});

describe('a NUL character (U+0000) in any text', () => {
  const NUL = '\u0000';
  const expectRefused = (res: { status: number; body: unknown }, field: string) => {
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    const body = res.body as ErrorBody;
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.fields?.[field]).toBe('Có ký tự không hợp lệ (ký tự NUL)');
  };

  it('is refused with 400 in a login username', async () => {
    const res = await new ApiClient(app).post('/api/auth/login', {
      username: `${world.users.member}${NUL}`,
      password: PASSWORD,
    });
    expectRefused(res, 'username');
  });

  it('is refused with 400 in a path id, a query string and a body text', async () => {
    const officer = await loggedIn(app, world.users.officer, PASSWORD);
    expectRefused(await officer.get(`/api/members/abc%00def`), '_path');
    expectRefused(await officer.get(`/api/orgs/${world.cell.id}/members?q=a%00b`), 'q');
    const created = await officer.post('/api/members', {
      unitId: world.cell.id,
      fullName: `Nguyễn Văn${NUL} A`,
      status: 'official',
      statusSince: '2024-01-01',
    });
    expectRefused(created, 'fullName');
    // Nested texts are named by their path.
    const nested = await officer.post('/api/members', {
      unitId: world.cell.id,
      fullName: 'Nguyễn Văn A',
      status: 'official',
      statusSince: '2024-01-01',
      extra: [{ note: `x${NUL}` }],
    });
    expectRefused(nested, 'extra.0.note');
    // The same request without the character passes validation (the guard is not a blanket refusal).
    const fine = await officer.get(`/api/orgs/${world.cell.id}/members?q=ab`);
    expect(fine.status).toBe(200);
  });

  // The fuzzer's finding: a lone surrogate was stored as U+FFFD by the drivers, so not what was sent.
  it('refuses text that is not Unicode: a lone surrogate in a body, bytes of no UTF-8 in a path', async () => {
    const officer = await loggedIn(app, world.users.officer, PASSWORD);
    const before = await database.db.selectFrom('person').select('id').execute();
    const res = await officer.post<ErrorBody>('/api/members', {
      unitId: world.cell.id,
      fullName: 'Nguyễn Văn \uD800A',
      status: 'official',
      statusSince: '2024-01-01',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields?.fullName).toBe('Có ký tự không hợp lệ (không phải văn bản Unicode)');
    expect(await database.db.selectFrom('person').select('id').execute()).toHaveLength(before.length);
    const path = await officer.get<ErrorBody>('/api/members/%ED%A0%80');
    expect(path.status).toBe(400);
    expect(Object.keys(path.body.error.fields ?? {})).toEqual(['_path']);
    // A whole pair (an emoji) is Unicode and passes.
    const emoji = await officer.get(`/api/orgs/${world.cell.id}/members?q=${encodeURIComponent('🇻🇳')}`);
    expect(emoji.status).toBe(200);
  });
});

describe.runIf(process.env.TEST_DB === 'postgres')('PostgreSQL going away and coming back', () => {
  async function asAdmin(run: (admin: pg.Client) => Promise<unknown>) {
    const admin = new pg.Client({ connectionString: inject('postgresAdminUrl') });
    await admin.connect();
    try {
      await run(admin);
    } finally {
      await admin.end();
    }
  }
  const terminate = (admin: pg.Client, name: string) =>
    admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1', [name]);

  it('survives its idle connections being terminated, answers 503 while away, recovers by itself', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const member = await loggedIn(app, world.users.member, PASSWORD);
    const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(database.db);
    const name = rows[0]?.name ?? '';
    // Several idle pooled connections. The probe reads the database on every request (`/auth/me` may be
    // answered from the session's cache: auth/me.ts).
    const probe = '/api/orgs';
    await Promise.all(Array.from({ length: 5 }, () => member.get(probe)));

    // A restart: the server ends every connection; the idle ones error in the pool.
    await asAdmin((admin) => terminate(admin, name));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await member.get(probe)).status).toBe(200);

    // Away: no connection is accepted.
    await asAdmin(async (admin) => {
      await admin.query(`alter database ${name} allow_connections false`);
      await terminate(admin, name);
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const away = await member.get<ErrorBody>(probe);
    expect(away.status).toBe(503);
    expect(away.body.error.code).toBe('DATABASE_UNAVAILABLE');
    const health = await new ApiClient(app).get('/api/health');
    expect(health.status).toBe(503);
    expect(health.body).toEqual({ status: 'down', database: 'postgres' });

    // Back: the very next request works again, with no restart of the app.
    await asAdmin((admin) => admin.query(`alter database ${name} allow_connections true`));
    expect((await member.get(probe)).status).toBe(200);
    expect((await new ApiClient(app).get('/api/health')).body).toEqual({
      status: 'ok',
      database: 'postgres',
    });
    warn.mockRestore();
  });

  // Found by `npm run crash`: a connection held between a transaction's statements has no pool listener, and
  // its `error` event ended the process when PostgreSQL restarted.
  it('survives a connection terminated in the middle of a transaction', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(database.db);
    const name = rows[0]?.name ?? '';
    const transaction = database.db.transaction().execute(async (trx) => {
      await sql`select 1`.execute(trx);
      // The client is checked out and idle here while the server ends it.
      await asAdmin((admin) => terminate(admin, name));
      await new Promise((resolve) => setTimeout(resolve, 200));
      await sql`select 1`.execute(trx);
    });
    await expect(transaction).rejects.toThrow();
    const member = await loggedIn(app, world.users.member, PASSWORD);
    expect((await member.get('/api/auth/me')).status).toBe(200);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('PostgreSQL closed a connection in use'));
    warn.mockRestore();
  });
});

describe('concurrent writes that collide on a unique rule', () => {
  it('50 parallel "start the plan" for one cell and year: one 201, the rest 409 PLAN_EXISTS, never 500', async () => {
    const secretary = await loggedIn(app, world.users.secretary, PASSWORD);
    const year = nextPlanYear();
    const answers = await Promise.all(
      Array.from({ length: 50 }, () =>
        secretary.post<ErrorBody>(`/api/orgs/${world.cell.id}/plans`, { year }),
      ),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    for (const refused of answers.filter((a) => a.status === 409)) {
      expect(refused.body.error.code).toBe('PLAN_EXISTS');
      expect(refused.body.error.message).toBe('Chi bộ đã có kế hoạch cho năm này');
    }
  });

  it('ten members entered at once with the same card number: one 201, nine 409 MEMBER_CARD_TAKEN', async () => {
    const officer = await loggedIn(app, world.users.officer, PASSWORD);
    const cardNumber = `CARD-${Date.now()}`;
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        officer.post<ErrorBody>('/api/members', {
          unitId: world.cell.id,
          fullName: `Đảng Viên Trùng Thẻ ${i}`,
          status: 'official',
          statusSince: '2024-01-01',
          cardNumber,
        }),
      ),
    );
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    const refused = answers.filter((a) => a.status !== 201);
    expect(refused.map((a) => a.status)).toEqual(Array(9).fill(409));
    for (const r of refused) expect(r.body.error.fields?.cardNumber).toBe('Số thẻ đảng viên đã tồn tại');
    const stored = await database.db
      .selectFrom('person')
      .where('card_number', '=', cardNumber)
      .select('id')
      .execute();
    expect(stored).toHaveLength(1);
  });

  it('20 parallel withdrawals of one registration: one 204 and one audit row, the rest 404', async () => {
    const registrationId = await buildRegistration(database.db, world.cell.id, world.people.memberId);
    const member = await loggedIn(app, world.users.member, PASSWORD);
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => member.delete<ErrorBody>(`/api/registrations/${registrationId}`)),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 204)).toHaveLength(1);
    expect(statuses.filter((s) => s === 404)).toHaveLength(19);
    const audits = await database.db
      .selectFrom('audit_log')
      .where('entity_id', '=', registrationId)
      .where('action', '=', 'topic.withdraw')
      .select('id')
      .execute();
    expect(audits).toHaveLength(1);
  });
});

describe('concurrent attendance marks of different people on one meeting', () => {
  it('all pass on both engines (18 at once): only changes of the same row conflict', async () => {
    const cell = await buildCell(database.db, { parentId: world.sub.id, members: 18 });
    const secretaryId = cell.memberIds[0] as string;
    await giveRole(database.db, cell.id, secretaryId, 'secretary');
    const secretary = await loggedIn(app, await buildUser(database.db, { personId: secretaryId }), PASSWORD);
    const meeting = await buildMeeting(database.db, cell.id, { status: 'in_progress' });
    const answers = await Promise.all(
      cell.memberIds.map((personId) =>
        secretary.put<ErrorBody>(`/api/meetings/${meeting.id}/attendance/${personId}`, { state: 'present' }),
      ),
    );
    expect(answers.map((a) => (a.status === 200 ? 200 : `${a.status} ${a.body.error?.code}`))).toEqual(
      Array(18).fill(200),
    );
    const marked = await database.db
      .selectFrom('meeting_attendance')
      .where('meeting_id', '=', meeting.id)
      .where('state', '=', 'present')
      .select('person_id')
      .execute();
    expect(marked).toHaveLength(18);
  });
});

describe('an event stream lives as long as its session', () => {
  /** Reads until the stream ends; the text read, or null when it is still open after `ms`. */
  async function readToEnd(res: Response, ms: number): Promise<string | null> {
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let text = '';
    const deadline = Date.now() + ms;
    while (Date.now() < deadline) {
      const timeout = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), deadline - Date.now()));
      const chunk = await Promise.race([reader.read(), timeout]);
      if (chunk === 'timeout') break;
      if (chunk.done) return text;
      text += decoder.decode(chunk.value);
    }
    await reader.cancel();
    return null;
  }

  it("ends a meeting's stream and the bell's stream at logout", async () => {
    const meeting = await buildMeeting(database.db, world.cell.id, { status: 'in_progress' });
    const member = await loggedIn(app, world.users.member, PASSWORD);
    const consoleStream = await member.stream(`/api/meetings/${meeting.id}/events`);
    const bell = await member.stream('/api/notifications/events');
    expect([consoleStream.status, bell.status]).toEqual([200, 200]);
    const ended = Promise.all([readToEnd(consoleStream, 3000), readToEnd(bell, 3000)]);
    await new Promise((r) => setTimeout(r, 100));
    expect((await member.post('/api/auth/logout')).status).toBe(204);
    const [consoleText, bellText] = await ended;
    expect(consoleText).toContain('event: ready');
    expect(bellText).toContain('event: ready');
  });

  it('ends the stream when the session expires', async () => {
    const member = await loggedIn(app, world.users.member, PASSWORD);
    const sessionIds = await database.db.selectFrom('session').select('id').execute();
    const soon = new Date(Date.now() + 1000).toISOString();
    for (const { id } of sessionIds) {
      await database.db.updateTable('session').set({ expires_at: soon }).where('id', '=', id).execute();
    }
    const bell = await member.stream('/api/notifications/events');
    expect(bell.status).toBe(200);
    expect(await readToEnd(bell, 4000)).toContain('event: ready');
  });
});
