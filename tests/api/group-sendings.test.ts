import type { z } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import { todayInVietnam } from '../../src/domain/dates/local-date.ts';
import type { App } from '../../src/server/app.ts';
import type { PreparationSchema } from '../../src/server/features/preparation/presenter.ts';
import {
  buildCell,
  buildCommittee,
  buildPerson,
  buildPreparation,
  buildUser,
  giveRole,
  PASSWORD,
} from '../fixtures/factories.ts';
import { buildApp, type ErrorBody, loggedIn } from '../support/api-client.ts';
import { createTestDatabase } from '../support/test-db.ts';

type Prep = z.infer<typeof PreparationSchema>;

let database: Database;
let app: App;

beforeAll(async () => {
  database = await createTestDatabase();
  app = buildApp(database);
});
afterAll(async () => {
  await database?.close();
});

/** A large cell with two party groups, each with a leader and a member; a topic at `status`. */
async function groupedCell(status: 'final' | 'presented' = 'final', groups = 2) {
  const db = database.db;
  const committee = await buildCommittee(db);
  const cell = await buildCell(db, { parentId: committee.id, members: 4, groups });
  const members: string[] = [];
  for (const [i, groupId] of cell.groupIds.entries()) {
    const leader = await buildPerson(db, { unitId: cell.id, groupId, fullName: `Tổ trưởng ${i + 1}` });
    await giveRole(db, groupId, leader, 'group_leader');
    members.push(await buildPerson(db, { unitId: cell.id, groupId }));
  }
  const p = await buildPreparation(db, cell.id, { status });
  const login = async (personId: string) => loggedIn(app, await buildUser(db, { personId }), PASSWORD);
  return {
    cell,
    p,
    members,
    secretary: await login(p.secretaryId),
    preparer: await login(p.preparerId),
    login,
    url: `/api/topics/${p.topicId}/group-sendings`,
  };
}

describe('sending a finished topic to the party groups (seed 000: "có thể gửi cho tổ đảng")', () => {
  it('records the sending per group, to its leader, today; each member sees it through their group', async () => {
    const c = await groupedCell();
    const before = await c.secretary.get<Prep>(`/api/topics/${c.p.topicId}`);
    expect(before.body.permissions.sendToGroups).toBe(true);
    expect(before.body.groups.map((g) => g.sentOn)).toEqual([null, null]);

    const [first, second] = c.cell.groupIds as [string, string];
    const sent = await c.secretary.post<Prep>(c.url, { groupIds: [first] });
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    const today = todayInVietnam();
    expect(sent.body.groups).toEqual([
      { id: first, name: 'Tổ đảng số 1', leaderName: 'Tổ trưởng 1', sentOn: today },
      { id: second, name: 'Tổ đảng số 2', leaderName: 'Tổ trưởng 2', sentOn: null },
    ]);
    expect(sent.body.permissions.sendToGroups).toBe(true);

    const inFirst = await c.login(c.members[0] ?? '');
    expect((await inFirst.get<Prep>(`/api/topics/${c.p.topicId}`)).body.myGroup).toEqual({
      name: 'Tổ đảng số 1',
      leaderName: 'Tổ trưởng 1',
      sentOn: today,
    });
    const inSecond = await c.login(c.members[1] ?? '');
    expect((await inSecond.get<Prep>(`/api/topics/${c.p.topicId}`)).body.myGroup?.sentOn).toBeNull();

    // Without a list: every group not sent to yet; then each group has had it once.
    const rest = await c.secretary.post<Prep>(c.url, {});
    expect(rest.body.groups.map((g) => g.sentOn)).toEqual([today, today]);
    expect(rest.body.permissions.sendToGroups).toBe(false);
    const again = await c.secretary.post<ErrorBody>(c.url, { groupIds: [first] });
    expect([again.status, again.body.error.code]).toEqual([409, 'PREP_GROUPS_ALREADY_SENT']);
  });

  it('refuses a topic not finished (409), a cell without groups (409), a group of another cell (400), and anyone but the secretary (403)', async () => {
    const early = await groupedCell('presented');
    const notFinished = await early.secretary.post<ErrorBody>(early.url, {});
    expect([notFinished.status, notFinished.body.error.code]).toEqual([409, 'PREP_GROUPS_NOT_FINISHED']);
    expect(
      (await early.secretary.get<Prep>(`/api/topics/${early.p.topicId}`)).body.permissions.sendToGroups,
    ).toBe(false);

    const flat = await groupedCell('final', 0);
    const none = await flat.secretary.post<ErrorBody>(flat.url, {});
    expect([none.status, none.body.error.code]).toEqual([409, 'PREP_GROUPS_NO_GROUPS']);

    const c = await groupedCell();
    const foreign = await c.secretary.post<ErrorBody>(c.url, { groupIds: [flat.cell.id] });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.fields).toEqual({ groupIds: 'Tổ đảng không thuộc chi bộ' });
    expect((await c.preparer.post(c.url, {})).status).toBe(403);
    expect(
      (await c.secretary.get<Prep>(`/api/topics/${c.p.topicId}`)).body.groups.map((g) => g.sentOn),
    ).toEqual([null, null]);
  });
});
