import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import type { App } from '../../src/server/app.ts';
import { buildMeeting, buildWorld, PASSWORD, type World } from '../fixtures/factories.ts';
import { type ApiClient, buildApp, loggedIn } from '../support/api-client.ts';
import { createTestDatabase } from '../support/test-db.ts';

let database: Database;
let app: App;
let world: World;
let officer: ApiClient;

beforeAll(async () => {
  database = await createTestDatabase();
  app = buildApp(database);
  world = await buildWorld(database.db);
  officer = await loggedIn(app, world.users.officer, PASSWORD);
});
afterAll(() => database.close());

describe('smoke', () => {
  it('answers', async () => {
    await buildMeeting(database.db, world.cell.id, {
      status: 'ended',
      kind: 'thematic',
      heldOn: '2025-05-10',
      present: [world.people.memberId],
      task: true,
    });
    const res = await officer.get(`/api/orgs/${world.sub.id}/oversight?year=2025`);
    expect(res.status).toBe(200);
    const x = await officer.download(`/api/orgs/${world.sub.id}/oversight/export?year=2025`);
    expect(x.status).toBe(200);
  });
});
