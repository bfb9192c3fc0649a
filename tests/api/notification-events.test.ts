/**
 * Every event of the year becomes one notification per right recipient, in the transaction of the change,
 * and never reaches anyone outside the unit (issue 14).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import type { NotificationKind } from '../../src/domain/notifications/kinds.ts';
import type { App } from '../../src/server/app.ts';
import {
  buildMeeting,
  buildPerson,
  buildResolution,
  buildWorld,
  giveRole,
  PASSWORD,
  type World,
} from '../fixtures/factories.ts';
import { type ApiClient, buildApp, loggedIn } from '../support/api-client.ts';
import { createTestDatabase } from '../support/test-db.ts';

let database: Database;
let app: App;
let world: World;
let secretary: ApiClient;
let officer: ApiClient;

beforeAll(async () => {
  database = await createTestDatabase();
  app = buildApp(database);
  world = await buildWorld(database.db);
  secretary = await loggedIn(app, world.users.secretary, PASSWORD);
  officer = await loggedIn(app, world.users.officer, PASSWORD);
});
afterAll(() => database.close());

/** Who received notifications of a kind with this link, sorted. */
async function recipients(kind: NotificationKind, link: string) {
  const rows = await database.db
    .selectFrom('notification')
    .select('person_id')
    .where('kind', '=', kind)
    .where('link', '=', link)
    .execute();
  return rows.map((r) => r.person_id).sort();
}
const sorted = (ids: readonly (string | undefined)[]) => ids.map((id) => id ?? '').sort();
const ok = async <T>(p: Promise<{ status: number; body: T }>) => {
  const res = await p;
  expect([200, 201], JSON.stringify(res.body)).toContain(res.status);
  return res.body;
};
/** Everyone outside the cell who must never see its meeting notifications. */
const outsiders = () => [
  world.people.officerId,
  world.people.inspectorId,
  world.people.staffId,
  ...world.sibling.memberIds,
  ...world.foreignCell.memberIds,
];

describe('a meeting notice, a change and a cancellation', () => {
  it('reach everyone on the roll but the secretary who acted, and nobody outside the cell', async () => {
    const m = await buildMeeting(database.db, world.cell.id, { notice: false });
    const link = `/meetings/${m.id}`;
    await ok(secretary.post(`/api/meetings/${m.id}/notice`));
    const roll = sorted(world.cell.memberIds.filter((id) => id !== world.people.secretaryId));
    expect(await recipients('meeting_notice', link)).toEqual(roll);
    const notice = await database.db
      .selectFrom('notification')
      .select('params_json')
      .where('kind', '=', 'meeting_notice')
      .where('link', '=', link)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(notice.params_json)).toMatchObject({ time: '14:00', place: 'Hội trường tầng 2' });

    type View = {
      topic: { id: string } | null;
      kind: string;
      partOrder: string;
      heldOn: string;
      startsAt: string;
      place: string;
      updatedAt: string;
      agenda: { part: string; kind: string; title: string | null; plannedMinutes: number }[];
    };
    const v = await ok(secretary.get<View>(`/api/meetings/${m.id}`));
    const details = {
      topicId: v.topic?.id ?? null,
      kind: v.kind,
      partOrder: v.partOrder,
      heldOn: v.heldOn,
      startsAt: v.startsAt,
      agenda: v.agenda.map((i) => ({
        part: i.part,
        kind: i.kind,
        title: i.title,
        minutes: i.plannedMinutes,
      })),
    };
    // The agenda alone changed: nothing to tell.
    await ok(secretary.put(`/api/meetings/${m.id}`, { ...details, place: v.place }));
    expect(await recipients('meeting_changed', link)).toEqual([]);
    await ok(secretary.put(`/api/meetings/${m.id}`, { ...details, place: 'Phòng họp tầng 3' }));
    expect(await recipients('meeting_changed', link)).toEqual(roll);

    await ok(secretary.post(`/api/meetings/${m.id}/cancel`));
    expect(await recipients('meeting_cancelled', link)).toEqual(roll);
    for (const kind of ['meeting_notice', 'meeting_changed', 'meeting_cancelled'] as const)
      for (const id of outsiders()) expect(await recipients(kind, link)).not.toContain(id);
  });

  it('a meeting cancelled before its notice tells nobody', async () => {
    const m = await buildMeeting(database.db, world.cell.id, { notice: false });
    await ok(secretary.post(`/api/meetings/${m.id}/cancel`));
    expect(await recipients('meeting_cancelled', `/meetings/${m.id}`)).toEqual([]);
  });
});

describe('a task recorded at the meeting', () => {
  it('tells its owner only; a collective task tells nobody', async () => {
    const m = await buildMeeting(database.db, world.cell.id, { status: 'in_progress' });
    const before = await recipients('task_assigned', '/my-work');
    await ok(
      secretary.post(`/api/meetings/${m.id}/tasks`, {
        title: 'Rà soát hồ sơ đảng viên',
        ownerId: world.people.memberId,
        dueOn: '2026-12-31',
      }),
    );
    await ok(secretary.post(`/api/meetings/${m.id}/tasks`, { title: 'Cả chi bộ tham gia trực Tết' }));
    const after = await recipients('task_assigned', '/my-work');
    expect(after.length - before.length).toBe(1);
    const row = await database.db
      .selectFrom('notification')
      .select(['person_id', 'params_json', 'unit_id'])
      .where('kind', '=', 'task_assigned')
      .orderBy('created_at', 'desc')
      .executeTakeFirstOrThrow();
    expect(row.person_id).toBe(world.people.memberId);
    expect(row.unit_id).toBe(world.cell.id);
    expect(JSON.parse(row.params_json)).toEqual({ task: 'Rà soát hồ sơ đảng viên', due: '2026-12-31' });
  });

  it('tells the owner of a task made from an adopted resolution decision (seed 003)', async () => {
    const ownerId = world.cell.memberIds[2] ?? '';
    await buildResolution(database.db, world.cell.id, {
      tasks: [{ title: 'Giới thiệu hai quần chúng ưu tú', ownerId, dueOn: '2026-12-20' }],
      until: 'completed',
    });
    const rows = await database.db
      .selectFrom('notification')
      .select(['person_id', 'params_json'])
      .where('kind', '=', 'task_assigned')
      .execute();
    const mine = rows.filter((r) => JSON.parse(r.params_json).task === 'Giới thiệu hai quần chúng ưu tú');
    expect(mine.map((r) => r.person_id)).toEqual([ownerId]);
  });
});

describe('minutes ready for signature', () => {
  it('tell the chair and the minute-taker, not the one who drafted them nor anyone else', async () => {
    const takerId = world.cell.memberIds[2] ?? '';
    const chairId = world.people.deputyId;
    const m = await buildMeeting(database.db, world.cell.id, {
      status: 'ended',
      chairId,
      minuteTakerId: takerId,
    });
    await ok(secretary.post(`/api/meetings/${m.id}/minutes/draft`));
    const link = `/meetings/${m.id}`;
    expect(await recipients('minutes_to_sign', link)).toEqual(sorted([chairId, takerId]));
    // Drafted again (the text replaced): the signers were told already.
    await ok(secretary.post(`/api/meetings/${m.id}/minutes/draft`));
    expect(await recipients('minutes_to_sign', link)).toEqual(sorted([chairId, takerId]));
  });
});

describe('an issued report', () => {
  it('tells the officers of the committee directly above the cell, nobody else', async () => {
    // An officer of the committee above that one is not the cell's direct committee.
    const rootOfficerId = await buildPerson(database.db, { unitId: world.root.id, status: 'staff' });
    await giveRole(database.db, world.root.id, rootOfficerId, 'officer');
    const m = await buildMeeting(database.db, world.cell.id, { status: 'ended', evaluated: true });
    await ok(secretary.post(`/api/meetings/${m.id}/report/issue`));
    const link = `/meetings/${m.id}`;
    expect(await recipients('report_issued', link)).toEqual([world.people.officerId]);
    const row = await database.db
      .selectFrom('notification')
      .select(['params_json', 'unit_id'])
      .where('kind', '=', 'report_issued')
      .where('link', '=', link)
      .executeTakeFirstOrThrow();
    expect(row.unit_id).toBe(world.cell.id);
    expect(JSON.parse(row.params_json).title).toMatch(/^Báo cáo/);
    // The officer sees it in the bell, worded from its kind.
    const bell = await ok(officer.get<{ items: { kind: string; link: string }[] }>('/api/notifications'));
    expect(bell.items.some((i) => i.kind === 'report_issued' && i.link === link)).toBe(true);
  });
});
