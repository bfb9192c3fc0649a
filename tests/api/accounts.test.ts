import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import type { App } from '../../src/server/app.ts';
import { buildPerson, buildUser, buildWorld, giveRole, PASSWORD } from '../fixtures/factories.ts';
import { ApiClient, buildApp, type ErrorBody, loggedIn } from '../support/api-client.ts';
import { createTestDatabase } from '../support/test-db.ts';

let database: Database;
let app: App;

beforeAll(async () => {
  database = await createTestDatabase();
  app = buildApp(database);
});
afterAll(() => database.close());

const NEW_PASSWORD = 'Hoa-sen-giua-ho-2026';

async function setUp() {
  const world = await buildWorld(database.db);
  const officer = await loggedIn(app, world.users.officer, PASSWORD);
  const admin = await loggedIn(app, world.users.admin, PASSWORD);
  return { ...world, officer, admin };
}

/** A person of the world's cell with a login; the password is PASSWORD. */
async function personWithLogin(unitId: string) {
  const personId = await buildPerson(database.db, { unitId });
  const username = await buildUser(database.db, { personId });
  return { personId, username };
}

const accountRow = (username: string) =>
  database.db
    .selectFrom('user_account')
    .selectAll()
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
const sessionCount = async (username: string) => {
  const account = await accountRow(username);
  const row = await database.db
    .selectFrom('session')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', account.id)
    .executeTakeFirstOrThrow();
  return Number(row.n);
};
const auditActions = async (username: string) => {
  const account = await accountRow(username);
  const rows = await database.db
    .selectFrom('audit_log')
    .select(['action', 'after_json'])
    .where('entity_id', '=', account.id)
    .orderBy('at')
    .execute();
  return rows;
};

describe('changing one’s own password', () => {
  it('needs the current password, ends every other session and keeps this one, and is audited', async () => {
    const w = await setUp();
    const { username } = await personWithLogin(w.cell.id);
    const phone = await loggedIn(app, username, PASSWORD);
    const laptop = await loggedIn(app, username, PASSWORD);

    const wrong = await laptop.put<ErrorBody>('/api/auth/password', {
      currentPassword: 'khong-phai-mat-khau',
      newPassword: NEW_PASSWORD,
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields).toEqual({ currentPassword: 'Mật khẩu hiện tại không đúng' });

    const res = await laptop.put('/api/auth/password', {
      currentPassword: PASSWORD,
      newPassword: NEW_PASSWORD,
    });
    expect(res.status).toBe(204);
    expect((await laptop.get('/api/auth/me')).status).toBe(200);
    expect((await phone.get('/api/auth/me')).status).toBe(401);
    expect(await sessionCount(username)).toBe(1);
    expect((await new ApiClient(app).login(username, PASSWORD)).status).toBe(401);
    expect((await new ApiClient(app).login(username, NEW_PASSWORD)).status).toBe(200);

    const audit = await auditActions(username);
    expect(audit.map((a) => a.action)).toContain('account.password_change');
    expect(JSON.stringify(audit)).not.toContain(NEW_PASSWORD);
  });

  it('refuses a weak new password and says why, in Vietnamese', async () => {
    const w = await setUp();
    const { username } = await personWithLogin(w.cell.id);
    const client = await loggedIn(app, username, PASSWORD);
    const cases: [string, string, string][] = [
      ['ngan-qua', 'PASSWORD_TOO_SHORT', 'Mật khẩu cần ít nhất 10 ký tự'],
      [`x-${username}-y`, 'PASSWORD_CONTAINS_USERNAME', 'Mật khẩu không được chứa tên đăng nhập'],
      [
        'Matkhau@2026',
        'PASSWORD_TOO_COMMON',
        'Mật khẩu này quá phổ biến, dễ bị đoán; hãy chọn mật khẩu khác',
      ],
      [PASSWORD, 'PASSWORD_SAME_AS_CURRENT', 'Mật khẩu mới phải khác mật khẩu hiện tại'],
    ];
    for (const [newPassword, code, message] of cases) {
      const res = await client.put<ErrorBody>('/api/auth/password', {
        currentPassword: PASSWORD,
        newPassword,
      });
      expect(res.status, newPassword).toBe(400);
      expect(res.body.error).toEqual({ code, message, fields: { newPassword: message } });
    }
    expect((await new ApiClient(app).login(username, PASSWORD)).status).toBe(200);
  });
});

describe('an officer resets a password', () => {
  it('makes a temporary password shown once; the person must change it before anything else', async () => {
    const w = await setUp();
    const { personId, username } = await personWithLogin(w.cell.id);
    const before = await loggedIn(app, username, PASSWORD);

    const res = await w.officer.post<{ username: string; temporaryPassword: string }>(
      `/api/members/${personId}/account/password-reset`,
      {},
    );
    expect(res.status).toBe(200);
    expect(res.body.username).toBe(username);
    expect(res.body.temporaryPassword).toMatch(/^[a-zA-Z2-9]{12}$/);
    expect((await before.get('/api/auth/me')).status).toBe(401);
    expect((await new ApiClient(app).login(username, PASSWORD)).status).toBe(401);

    const person = new ApiClient(app);
    const login = await person.login(username, res.body.temporaryPassword);
    expect(login.status).toBe(200);
    expect(login.body).toMatchObject({ mustChangePassword: true });
    const blocked = await person.get<ErrorBody>(`/api/orgs/${w.cell.id}`);
    expect(blocked.status).toBe(403);
    expect(blocked.body.error).toEqual({
      code: 'PASSWORD_CHANGE_REQUIRED',
      message: 'Bạn cần đổi mật khẩu trước khi tiếp tục',
    });
    expect((await person.get('/api/me/inbox')).status).toBe(403);

    const changed = await person.put('/api/auth/password', {
      currentPassword: res.body.temporaryPassword,
      newPassword: NEW_PASSWORD,
    });
    expect(changed.status).toBe(204);
    expect((await person.get<{ mustChangePassword: boolean }>('/api/auth/me')).body.mustChangePassword).toBe(
      false,
    );
    expect((await person.get(`/api/orgs/${w.cell.id}`)).status).toBe(200);

    const audit = await auditActions(username);
    const reset = audit.find((a) => a.action === 'account.password_reset');
    expect(reset).toBeDefined();
    expect(reset?.after_json).not.toContain(res.body.temporaryPassword);
  });

  it('sets a typed password under the same rules', async () => {
    const w = await setUp();
    const { personId, username } = await personWithLogin(w.cell.id);
    const weak = await w.officer.post<ErrorBody>(`/api/members/${personId}/account/password-reset`, {
      password: '1234567890',
    });
    expect(weak.status).toBe(400);
    expect(weak.body.error.fields).toEqual({
      password: 'Mật khẩu này quá phổ biến, dễ bị đoán; hãy chọn mật khẩu khác',
    });
    const res = await w.officer.post(`/api/members/${personId}/account/password-reset`, {
      password: NEW_PASSWORD,
    });
    expect(res.body).toEqual({ username, temporaryPassword: null });
    const login = await new ApiClient(app).login(username, NEW_PASSWORD);
    expect(login.body).toMatchObject({ mustChangePassword: true });
    const member = await w.officer.get<{ account: unknown }>(`/api/members/${personId}`);
    expect(member.body.account).toEqual({
      username,
      disabled: false,
      mustChangePassword: true,
      canManage: true,
    });
  });

  it('refuses one’s own account, a person without a login, and a person holding a role beyond the officer', async () => {
    const w = await setUp();
    const own = await w.officer.post<ErrorBody>(
      `/api/members/${w.people.officerId}/account/password-reset`,
      {},
    );
    expect(own.status).toBe(409);
    expect(own.body.error.code).toBe('ACCOUNT_OWN');

    const loginless = await buildPerson(database.db, { unitId: w.cell.id });
    const none = await w.officer.post<ErrorBody>(`/api/members/${loginless}/account/password-reset`, {});
    expect(none.status).toBe(409);
    expect(none.body.error.message).toBe('Người này chưa có tài khoản đăng nhập');

    // A ward officer whose home cell sits under the hospital committee: the hospital's officer cannot take over.
    const { personId, username } = await personWithLogin(w.cell.id);
    await giveRole(database.db, w.root.id, personId, 'officer');
    const higher = await w.officer.post<ErrorBody>(`/api/members/${personId}/account/password-reset`, {});
    expect(higher.status).toBe(403);
    expect(higher.body.error.code).toBe('ACCOUNT_BEYOND_REACH');
    expect((await w.officer.post(`/api/members/${personId}/account/disable`)).status).toBe(403);
    expect((await new ApiClient(app).login(username, PASSWORD)).status).toBe(200);
    // The administrator can.
    expect((await w.admin.post(`/api/members/${personId}/account/password-reset`, {})).status).toBe(200);
  });
});

describe('disabling and re-enabling an account', () => {
  it('ends the sessions and refuses sign-in until re-enabled; both audited', async () => {
    const w = await setUp();
    const { personId, username } = await personWithLogin(w.cell.id);
    const session = await loggedIn(app, username, PASSWORD);

    expect((await w.officer.post(`/api/members/${personId}/account/disable`)).status).toBe(204);
    expect((await session.get('/api/auth/me')).status).toBe(401);
    expect(await sessionCount(username)).toBe(0);
    const refused = await new ApiClient(app).login(username, PASSWORD);
    expect(refused.status).toBe(403);
    expect(refused.body).toEqual({
      error: {
        code: 'ACCOUNT_DISABLED',
        message: 'Tài khoản đã bị khóa. Vui lòng liên hệ cấp ủy để được mở lại',
      },
    });
    // A wrong password says nothing about the account's state.
    expect((await new ApiClient(app).login(username, 'sai-mat-khau')).body).toMatchObject({
      error: { code: 'INVALID_CREDENTIALS' },
    });
    const again = await w.officer.post<ErrorBody>(`/api/members/${personId}/account/disable`);
    expect(again.body.error.code).toBe('ACCOUNT_ALREADY_DISABLED');
    const member = await w.officer.get<{ account: { disabled: boolean } }>(`/api/members/${personId}`);
    expect(member.body.account.disabled).toBe(true);

    expect((await w.officer.post(`/api/members/${personId}/account/enable`)).status).toBe(204);
    expect((await new ApiClient(app).login(username, PASSWORD)).status).toBe(200);
    const actions = (await auditActions(username)).map((a) => a.action);
    expect(actions.filter((a) => a.startsWith('account.'))).toEqual(['account.disable', 'account.enable']);
  });
});

describe('sign-in limits', () => {
  const from = (address: string) => {
    const client = new ApiClient(app);
    client.address = address;
    return client;
  };

  it('slows down only the (username, address) pair: the person at another address signs in', async () => {
    const w = await setUp();
    const { username } = await personWithLogin(w.cell.id);
    const attacker = from('203.0.113.7');
    for (let i = 0; i < 5; i++) expect((await attacker.login(username, `sai-${i}`)).status).toBe(401);
    const blocked = await attacker.login(username, PASSWORD);
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('retry-after')).toMatch(/^(29|30)$/);
    expect(blocked.body).toEqual({
      error: {
        code: 'TOO_MANY_ATTEMPTS',
        message: expect.stringMatching(/^Đăng nhập sai nhiều lần\. Vui lòng thử lại sau (29|30) giây$/),
      },
    });
    // The person, from their own address, is not locked out.
    expect((await from('198.51.100.20').login(username, PASSWORD)).status).toBe(200);
  });

  it('doubles the wait with each further failure of the pair', async () => {
    const w = await setUp();
    const { username } = await personWithLogin(w.cell.id);
    const account = await accountRow(username);
    const longAgo = new Date(Date.now() - 3_600_000).toISOString();
    // Six failures an hour ago: the pair's waits have passed, a seventh attempt is let through and fails.
    await database.db
      .insertInto('login_failure')
      .values(
        Array.from({ length: 6 }, (_, i) => ({
          id: `old-${account.id}-${i}`,
          username,
          ip: '203.0.113.8',
          at: longAgo,
        })),
      )
      .execute();
    const attacker = from('203.0.113.8');
    expect((await attacker.login(username, 'sai')).status).toBe(401);
    const blocked = await attacker.login(username, 'sai');
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('retry-after')).toMatch(/^(119|120)$/);
    expect(blocked.body).toMatchObject({
      error: { message: 'Đăng nhập sai nhiều lần. Vui lòng thử lại sau 2 phút' },
    });
  });

  it('limits one address across many usernames (password spraying)', async () => {
    const sprayer = from('203.0.113.9');
    const now = new Date(Date.now() - 60_000).toISOString();
    await database.db
      .insertInto('login_failure')
      .values(
        Array.from({ length: 50 }, (_, i) => ({
          id: `spray-${i}`,
          username: `nguoi${i}`,
          ip: '203.0.113.9',
          at: now,
        })),
      )
      .execute();
    const w = await setUp();
    const blocked = await sprayer.login(w.users.member, PASSWORD);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(13 * 60);
    expect((await from('203.0.113.10').login(w.users.member, PASSWORD)).status).toBe(200);
  });

  it('locks a username for every address only at a much higher threshold', async () => {
    const w = await setUp();
    const { username } = await personWithLogin(w.cell.id);
    const recent = new Date(Date.now() - 60_000).toISOString();
    const spread = (n: number, prefix: string) =>
      Array.from({ length: n }, (_, i) => ({
        id: `${prefix}-${username}-${i}`,
        username,
        ip: `10.1.${i % 250}.${i % 7}`,
        at: recent,
      }));
    await database.db.insertInto('login_failure').values(spread(150, 'a')).execute();
    // 150 failures from many addresses: the person still signs in from theirs.
    expect((await from('198.51.100.30').login(username, PASSWORD)).status).toBe(200);
    await database.db.insertInto('login_failure').values(spread(50, 'b')).execute();
    const locked = await from('198.51.100.31').login(username, PASSWORD);
    expect(locked.status).toBe(429);
  });
});
