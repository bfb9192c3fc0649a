import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import { NOTIFICATION_KINDS } from '../../src/domain/notifications/kinds.ts';
import type { App } from '../../src/server/app.ts';
import { notify } from '../../src/server/notifications/notify.ts';
import {
  buildPlan,
  buildPreparation,
  buildUser,
  buildWorld,
  PASSWORD,
  type World,
} from '../fixtures/factories.ts';
import { type ApiClient, buildApp, type ErrorBody, loggedIn } from '../support/api-client.ts';
import { createTestDatabase } from '../support/test-db.ts';

interface Item {
  id: string;
  kind: string;
  unitId: string;
  unitName: string;
  params: Record<string, string | number | null>;
  link: string;
  createdAt: string;
  readAt: string | null;
}
interface List {
  items: Item[];
  unread: number;
  total: number;
}

let database: Database;
let app: App;
let world: World;
let officer: ApiClient;
let secretary: ApiClient;
let member: ApiClient;
let staff: ApiClient;
let deputy: ApiClient;
let foreign: ApiClient;

beforeAll(async () => {
  database = await createTestDatabase();
  app = buildApp(database);
  world = await buildWorld(database.db);
  officer = await loggedIn(app, world.users.officer, PASSWORD);
  secretary = await loggedIn(app, world.users.secretary, PASSWORD);
  member = await loggedIn(app, world.users.member, PASSWORD);
  staff = await loggedIn(app, world.users.staff, PASSWORD);
  deputy = await loggedIn(app, await buildUser(database.db, { personId: world.people.deputyId }), PASSWORD);
  const foreignPerson = world.foreignCell.memberIds[0] ?? '';
  foreign = await loggedIn(app, await buildUser(database.db, { personId: foreignPerson }), PASSWORD);
});
afterAll(() => database.close());

const list = async (client: ApiClient) => {
  const res = await client.get<List>('/api/notifications');
  expect(res.status).toBe(200);
  return res.body;
};
const countRows = async () =>
  Number(
    (
      await database.db
        .selectFrom('notification')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('a returned plan', () => {
  it("tells the cell's secretary and deputy, with the remark and a link to the plan; nobody else", async () => {
    const plan = await buildPlan(database.db, world.cell.id, { status: 'submitted' });
    const before = await countRows();
    const res = await officer.post(`/api/plans/${plan.id}/return`, { remark: 'Bổ sung căn cứ Chỉ thị 05.' });
    expect(res.status).toBe(200);
    expect((await countRows()) - before).toBe(2);

    for (const client of [secretary, deputy]) {
      const body = await list(client);
      const item = body.items.find((i) => i.link === `/plans/${plan.id}`);
      expect(item).toMatchObject({
        kind: 'plan_returned',
        unitId: world.cell.id,
        unitName: 'Chi bộ Khoa Nội',
        readAt: null,
        params: { year: plan.year, remark: 'Bổ sung căn cứ Chỉ thị 05.' },
      });
      expect(body.unread).toBeGreaterThanOrEqual(1);
    }
    for (const client of [member, staff, officer, foreign]) {
      expect((await list(client)).items.some((i) => i.link === `/plans/${plan.id}`)).toBe(false);
    }
  });
});

describe('a distributed draft', () => {
  it('tells every member expected to read it, not the approver, staff or another cell', async () => {
    const preparerId = world.cell.memberIds[2] ?? '';
    const { topicId } = await buildPreparation(database.db, world.cell.id, {
      status: 'draft1_submitted',
      preparerId,
    });
    const before = await list(member);
    const res = await secretary.post(`/api/topics/${topicId}/approve`, {});
    expect(res.status, JSON.stringify(res.body)).toBe(200);

    const after = await list(member);
    expect(after.unread).toBe(before.unread + 1);
    const item = after.items[0];
    expect(item).toMatchObject({
      kind: 'draft_distributed',
      link: `/topics/${topicId}`,
      unitId: world.cell.id,
    });
    expect(item?.params.topic).toBe('Chuyên đề quý 1');
    expect(item?.params.dueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // The deputy reads it too; the approving secretary is not told of her own act; staff are not readers.
    expect((await list(deputy)).items.some((i) => i.link === `/topics/${topicId}`)).toBe(true);
    for (const client of [secretary, staff, officer, foreign])
      expect((await list(client)).items.some((i) => i.link === `/topics/${topicId}`)).toBe(false);
  });
});

describe('notify()', () => {
  it('never writes to anyone outside the unit, whoever the caller names', async () => {
    const outsider = world.foreignCell.memberIds[1] ?? '';
    const sibling = world.sibling.memberIds[0] ?? '';
    const ids = await database.db.transaction().execute((trx) =>
      notify(trx, {
        kind: 'committee_reminder',
        unitId: world.cell.id,
        recipients: { personIds: [world.people.memberId, outsider, sibling, world.people.officerId] },
        params: { message: 'Nộp báo cáo quý' },
        link: `/units/${world.cell.id}`,
      }),
    );
    const rows = await database.db
      .selectFrom('notification')
      .select('person_id')
      .where('id', 'in', ids)
      .execute();
    // The officer of the committee above is in scope; a sibling cell's and a foreign member are not.
    expect(rows.map((r) => r.person_id).sort()).toEqual(
      [world.people.memberId, world.people.officerId].sort(),
    );
  });

  it('writes nothing when the transaction that caused it rolls back', async () => {
    const before = await countRows();
    await expect(
      database.db.transaction().execute(async (trx) => {
        await notify(trx, {
          kind: 'meeting_cancelled',
          unitId: world.cell.id,
          recipients: { personIds: [world.people.memberId] },
          params: { date: '2026-05-01' },
          link: '/',
        });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await countRows()).toBe(before);
  });
});

describe('reading notifications', () => {
  it("marks the person's own read, by id or all; another person's ids change nothing", async () => {
    const mine = await list(member);
    expect(mine.unread).toBeGreaterThan(0);
    const first = mine.items.find((i) => i.readAt === null);
    if (!first) throw new Error('no unread notification');

    const theirs = await secretary.post<{ changed: number }>('/api/notifications/read', { ids: [first.id] });
    expect(theirs.status).toBe(200);
    expect(theirs.body.changed).toBe(0);
    expect((await list(member)).unread).toBe(mine.unread);

    const one = await member.post<{ changed: number; unread: number }>('/api/notifications/read', {
      ids: [first.id],
    });
    expect(one.body).toEqual({ changed: 1, unread: mine.unread - 1 });
    expect((await list(member)).items.find((i) => i.id === first.id)?.readAt).not.toBeNull();

    const all = await member.post<{ changed: number; unread: number }>('/api/notifications/read', {
      all: true,
    });
    expect(all.body).toEqual({ changed: mine.unread - 1, unread: 0 });
  });

  it('asks for ids or all (400)', async () => {
    const res = await member.post<ErrorBody>('/api/notifications/read', {});
    expect(res.status).toBe(400);
    expect(res.body.error.fields?.ids).toBeTruthy();
  });

  it('pages newest first', async () => {
    const page = await secretary.get<List>('/api/notifications?limit=1&offset=0');
    expect(page.body.items).toHaveLength(1);
    expect(page.body.total).toBeGreaterThanOrEqual(1);
    const all = await list(secretary);
    const sorted = [...all.items].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    expect(all.items.map((i) => i.createdAt)).toEqual(sorted.map((i) => i.createdAt));
  });
});

describe('the live stream', () => {
  it('sends the new unread count when a notification arrives', async () => {
    const res = await member.stream('/api/notifications/events');
    expect(res.status).toBe(200);
    const reader = res.body?.getReader();
    if (!reader) throw new Error('no stream');
    const decoder = new TextDecoder();
    let text = '';
    const readUntil = async (needle: string) => {
      const deadline = Date.now() + 5000;
      while (!text.includes(needle) && Date.now() < deadline) {
        const { value, done } = await reader.read();
        if (done) break;
        text += decoder.decode(value);
      }
    };
    await readUntil('event: ready');
    const unreadBefore = (await list(member)).unread;
    const { topicId } = await buildPreparation(database.db, world.cell.id, {
      status: 'draft1_submitted',
      preparerId: world.cell.memberIds[2] ?? '',
    });
    expect((await secretary.post(`/api/topics/${topicId}/approve`, {})).status).toBe(200);
    await readUntil('event: unread');
    await reader.cancel();
    expect(text).toContain(`event: unread\ndata: ${unreadBefore + 1}`);
  });
});

describe('notification settings', () => {
  it('lists every kind with its channel; e-mail is off without SMTP_URL; choices are kept', async () => {
    const res = await member.get<{ emailEnabled: boolean; kinds: { kind: string; email: boolean }[] }>(
      '/api/me/notification-settings',
    );
    expect(res.status).toBe(200);
    expect(res.body.emailEnabled).toBe(false);
    expect(res.body.kinds).toHaveLength(NOTIFICATION_KINDS.length);
    expect(res.body.kinds.find((k) => k.kind === 'draft_distributed')?.email).toBe(true);

    const saved = await member.put<{ kinds: { kind: string; email: boolean }[] }>(
      '/api/me/notification-settings',
      {
        kinds: [{ kind: 'draft_distributed', email: false }],
      },
    );
    expect(saved.status).toBe(200);
    expect(saved.body.kinds.find((k) => k.kind === 'draft_distributed')?.email).toBe(false);
    // Another person's choices are their own.
    const other = await secretary.get<{ kinds: { kind: string; email: boolean }[] }>(
      '/api/me/notification-settings',
    );
    expect(other.body.kinds.find((k) => k.kind === 'draft_distributed')?.email).toBe(true);
  });

  it('refuses an unknown kind (400)', async () => {
    const res = await member.put<ErrorBody>('/api/me/notification-settings', {
      kinds: [{ kind: 'x', email: true }],
    });
    expect(res.status).toBe(400);
  });
});
