import type { z } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import { addDays, todayInVietnam } from '../../src/domain/dates/local-date.ts';
import type { App } from '../../src/server/app.ts';
import type { MeetingSchema } from '../../src/server/features/meetings/presenter.ts';
import {
  buildCell,
  buildCommittee,
  buildPlan,
  buildPreparation,
  buildUser,
  giveRole,
  markDraftDistributed,
  PASSWORD,
} from '../fixtures/factories.ts';
import { buildApp, type ErrorBody, loggedIn } from '../support/api-client.ts';
import { docxText } from '../support/document-text.ts';
import { createTestDatabase } from '../support/test-db.ts';

// The process as the seeds state it (issue 13): the draft gate of seed 000, the report's start time.
type Meeting = z.infer<typeof MeetingSchema>;

let database: Database;
let app: App;

beforeAll(async () => {
  database = await createTestDatabase();
  app = buildApp(database);
});
afterAll(async () => {
  await database?.close();
});

/** A cell of five official members: a secretary and a minute-taker, signed in. */
async function processCell() {
  const db = database.db;
  const committee = await buildCommittee(db);
  const cell = await buildCell(db, { parentId: committee.id, members: 5 });
  const [secretaryId = '', takerId = '', memberId = ''] = cell.memberIds;
  await giveRole(db, cell.id, secretaryId, 'secretary');
  const secretary = await loggedIn(app, await buildUser(db, { personId: secretaryId }), PASSWORD);
  const member = await loggedIn(app, await buildUser(db, { personId: memberId }), PASSWORD);
  return { cell, secretary, member, ids: { secretaryId, takerId, memberId } };
}
type Cell = Awaited<ReturnType<typeof processCell>>;

async function ok<T = Meeting>(res: Promise<{ status: number; body: unknown }>, status = 200): Promise<T> {
  const r = await res;
  expect(r.status, JSON.stringify(r.body)).toBe(status);
  return r.body as T;
}

const schedule = (c: Cell, body: Record<string, unknown>) =>
  ok(
    c.secretary.post<Meeting>(`/api/orgs/${c.cell.id}/meetings`, {
      kind: 'thematic',
      heldOn: addDays(todayInVietnam(), 5),
      startsAt: '14:00',
      place: 'Phòng họp chi bộ',
      ...body,
    }),
    201,
  );

/** A topic of the cell's adopted plan whose preparation never started: its draft never reached members. */
async function undistributedTopic(c: Cell) {
  const plan = await buildPlan(database.db, c.cell.id, { status: 'adopted' });
  return database.db
    .selectFrom('plan_topic')
    .select('id')
    .where('plan_id', '=', plan.id)
    .where('quarter', '=', 1)
    .executeTakeFirstOrThrow();
}

describe('a thematic meeting starts only once its draft was approved and sent (seed 000)', () => {
  it('answers 409 with the reason while the draft has not gone to members, and starts once it has', async () => {
    const c = await processCell();
    const topic = await undistributedTopic(c);
    for (const kind of ['thematic', 'combined']) {
      const m = await schedule(c, { kind, topicId: topic.id });
      const res = await c.secretary.post(`/api/meetings/${m.id}/start`);
      expect(res.status).toBe(409);
      expect((res.body as ErrorBody).error).toMatchObject({
        code: 'MEETING_DRAFT_NOT_DISTRIBUTED',
        message:
          'Dự thảo chuyên đề chưa được thông qua và gửi đến đảng viên, chưa thể bắt đầu buổi sinh hoạt chuyên đề',
      });
      expect((await ok(c.secretary.get(`/api/meetings/${m.id}`))).status).toBe('scheduled');
    }
    // Through the real steps: draft 1 approved goes to every member.
    const prep = await buildPreparation(database.db, c.cell.id, { status: 'distributed' });
    const m = await schedule(c, { topicId: prep.topicId });
    expect(m.draftDistributedAt).not.toBeNull();
    expect((await ok(c.secretary.post(`/api/meetings/${m.id}/start`))).status).toBe('in_progress');
  });

  it('warns on the meeting page and writes in the minutes when the draft went out less than 3 days before', async () => {
    const c = await processCell();
    const topic = await undistributedTopic(c);
    const heldOn = addDays(todayInVietnam(), 5);
    // Sent 4 days before the meeting, 06:00 in Việt Nam: no warning.
    await markDraftDistributed(database.db, topic.id, `${addDays(heldOn, -4)}T06:00:00+07:00`);
    const early = await schedule(c, { topicId: topic.id, heldOn });
    expect(early.draftLeadWarning).toBeNull();
    // Sent 2 days before: a warning, with the day it went out.
    const sentOn = addDays(heldOn, -2);
    await markDraftDistributed(database.db, topic.id, `${sentOn}T06:00:00+07:00`);
    const late = await ok(c.secretary.get(`/api/meetings/${early.id}`));
    expect(late.draftLeadWarning).toEqual({ code: 'DRAFT_SENT_LATE', sentOn, days: 2, required: 3 });
    // A meeting held in the past keeps its date: the minutes write the same interval down.
    await markDraftDistributed(database.db, topic.id, '2026-03-09T01:00:00.000Z');
    const past = await schedule(c, { topicId: topic.id, heldOn: '2026-03-10' });
    expect(past.draftLeadWarning).toMatchObject({ sentOn: '2026-03-09', days: 1 });
    const url = `/api/meetings/${past.id}`;
    await ok(c.secretary.put(`${url}/roles`, { minuteTakerId: c.ids.takerId }));
    await ok(c.secretary.post(`${url}/start`));
    await ok(c.secretary.post(`${url}/end`));
    const drafted = await ok(c.secretary.post(`${url}/minutes/draft`));
    expect(drafted.minutes?.text).toContain(
      '- Lưu ý: dự thảo chuyên đề được gửi đến đảng viên ngày 09/03/2026, trước buổi sinh hoạt 1 ngày (ít hơn 3 ngày để đảng viên nghiên cứu, góp ý).',
    );
  });
});

describe('the meeting report', () => {
  it('gives the time the meeting actually started, as the minutes record it, not the scheduled time', async () => {
    const c = await processCell();
    const prep = await buildPreparation(database.db, c.cell.id, { status: 'distributed' });
    // Scheduled for 05:17, a time nobody starts at in a test run's same minute.
    const m = await schedule(c, { topicId: prep.topicId, heldOn: '2026-03-10', startsAt: '05:17' });
    const url = `/api/meetings/${m.id}`;
    await ok(c.secretary.put(`${url}/roles`, { minuteTakerId: c.ids.takerId }));
    const started = await ok(c.secretary.post(`${url}/start`));
    await ok(c.secretary.post(`${url}/end`));
    const minutes = await ok(c.secretary.post(`${url}/minutes/draft`));
    const local = new Date(Date.parse(started.startedAt ?? '') + 7 * 3600_000).toISOString();
    const clock = `${local.slice(11, 13)} giờ ${local.slice(14, 16)}`;
    expect(minutes.minutes?.text).toContain(`vào lúc ${clock}`);
    const res = await app.request(`${url}/report/document?format=docx`, {
      headers: { cookie: c.secretary.cookie },
    });
    expect(res.status).toBe(200);
    const text = docxText(new Uint8Array(await res.arrayBuffer()));
    expect(text).toContain(`lúc ${clock}, ngày 10 tháng 3 năm 2026`);
    if (clock !== '05 giờ 17') expect(text).not.toContain('lúc 05 giờ 17');
  });
});
