import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import type { App } from '../../src/server/app.ts';
import { buildCell, buildCommittee, buildUser, PASSWORD } from '../fixtures/factories.ts';
import { ApiClient, buildApp, loggedIn } from '../support/api-client.ts';
import { createTestDatabase } from '../support/test-db.ts';

let database: Database;
let app: App;
let memberA: string;
let memberB: string;

beforeAll(async () => {
  database = await createTestDatabase();
  app = buildApp(database);
  const committee = await buildCommittee(database.db);
  const cell = await buildCell(database.db, { parentId: committee.id, name: 'Chi bộ Khu phố 3', members: 2 });
  memberA = await buildUser(database.db, { personId: cell.memberIds[0] });
  memberB = await buildUser(database.db, { personId: cell.memberIds[1] });
});
afterAll(() => database.close());

type Me = { textSize: string };

describe('text size (issue 18: readability)', () => {
  it('starts at the normal size', async () => {
    const client = await loggedIn(app, memberA, PASSWORD);
    expect((await client.get<Me>('/api/auth/me')).body.textSize).toBe('normal');
  });

  it('is kept on the account, so a new session on another phone finds it', async () => {
    const phone1 = await loggedIn(app, memberA, PASSWORD);
    expect((await phone1.put('/api/auth/text-size', { textSize: 'xlarge' })).status).toBe(204);
    const phone2 = await loggedIn(app, memberA, PASSWORD);
    expect((await phone2.get<Me>('/api/auth/me')).body.textSize).toBe('xlarge');
    expect((await phone2.put('/api/auth/text-size', { textSize: 'large' })).status).toBe(204);
    expect((await phone1.get<Me>('/api/auth/me')).body.textSize).toBe('large');
  });

  it("changes only the signed-in person's own setting", async () => {
    const a = await loggedIn(app, memberA, PASSWORD);
    const b = await loggedIn(app, memberB, PASSWORD);
    await b.put('/api/auth/text-size', { textSize: 'normal' });
    expect((await a.put('/api/auth/text-size', { textSize: 'xlarge' })).status).toBe(204);
    expect((await b.get<Me>('/api/auth/me')).body.textSize).toBe('normal');
    expect((await a.get<Me>('/api/auth/me')).body.textSize).toBe('xlarge');
  });

  it('refuses an unknown size with a field message in Vietnamese and keeps the old one', async () => {
    const client = await loggedIn(app, memberA, PASSWORD);
    await client.put('/api/auth/text-size', { textSize: 'large' });
    const res = await client.put<{ error: { code: string; fields: Record<string, string> } }>(
      '/api/auth/text-size',
      { textSize: 'huge' },
    );
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    expect(res.body.error.fields.textSize).toMatch(/[àáảãạâăđêôơư]/i);
    expect((await client.get<Me>('/api/auth/me')).body.textSize).toBe('large');
  });

  it('needs a signed-in person', async () => {
    const res = await new ApiClient(app).put('/api/auth/text-size', { textSize: 'large' });
    expect(res.status).toBe(401);
  });
});
