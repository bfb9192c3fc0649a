import { randomUUID } from 'node:crypto';
import type { z } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import { addDays, todayInVietnam } from '../../src/domain/dates/local-date.ts';
import type { App } from '../../src/server/app.ts';
import type { MeetingSchema } from '../../src/server/features/meetings/presenter.ts';
import {
  buildCell,
  buildCommittee,
  buildMeetingTopic,
  buildUser,
  giveRole,
  PASSWORD,
} from '../fixtures/factories.ts';
import { type ApiClient, buildApp, type ErrorBody, loggedIn } from '../support/api-client.ts';
import { createTestDatabase } from '../support/test-db.ts';

// The offline console (issue 18): rows a console creates carry the id the device made, so that sending them
// again when the network returns records each once (src/domain/meetings/client-ids.ts).

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

const TAKEN = 'Mã của thay đổi này đã được dùng cho một nội dung khác';

async function buildLiveMeeting() {
  const db = database.db;
  const committee = await buildCommittee(db);
  const cell = await buildCell(db, { parentId: committee.id, members: 4 });
  const [secretaryId, takerId, memberId, otherId] = cell.memberIds as [string, string, string, string];
  await giveRole(db, cell.id, secretaryId, 'secretary');
  const topic = await buildMeetingTopic(db, cell.id, { distributedAt: '2024-01-01T01:00:00.000Z' });
  const login = async (personId: string) => loggedIn(app, await buildUser(db, { personId }), PASSWORD);
  const secretary = await login(secretaryId);
  const member = await login(memberId);
  const other = await login(otherId);
  const start = async (client: ApiClient, cellId: string, topicId: string, takerIdOf: string) => {
    const scheduled = await client.post<Meeting>(`/api/orgs/${cellId}/meetings`, {
      kind: 'thematic',
      topicId,
      heldOn: addDays(todayInVietnam(), 3),
      startsAt: '14:00',
      place: 'Hội trường',
    });
    expect(scheduled.status, JSON.stringify(scheduled.body)).toBe(201);
    const id = scheduled.body.id;
    expect((await client.put(`/api/meetings/${id}/roles`, { minuteTakerId: takerIdOf })).status).toBe(200);
    expect((await client.post(`/api/meetings/${id}/start`)).status).toBe(200);
    return id;
  };
  const meetingId = await start(secretary, cell.id, topic.id, takerId);
  // A second meeting of the same cell and one of a foreign cell, each live.
  const sameCellMeetingId = await start(secretary, cell.id, topic.id, takerId);
  const foreignCell = await buildCell(db, { parentId: (await buildCommittee(db)).id, members: 2 });
  const [foreignSecretaryId, foreignTakerId] = foreignCell.memberIds as [string, string];
  await giveRole(db, foreignCell.id, foreignSecretaryId, 'secretary');
  const foreignTopic = await buildMeetingTopic(db, foreignCell.id, {
    distributedAt: '2024-01-01T01:00:00.000Z',
  });
  const foreign = await login(foreignSecretaryId);
  const foreignMeetingId = await start(foreign, foreignCell.id, foreignTopic.id, foreignTakerId);
  return {
    secretary,
    member,
    other,
    foreign,
    meetingId,
    sameCellMeetingId,
    foreignMeetingId,
    ids: { secretaryId, takerId, memberId, otherId },
  };
}

const count = async (table: 'meeting_speech' | 'meeting_task', id: string) =>
  Number(
    (
      await database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
    ).n,
  );

const meetingRow = (id: string) =>
  database.db.selectFrom('meeting').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

const auditCount = async (meetingId: string, action: string) =>
  Number(
    (
      await database.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('entity_id', '=', meetingId)
        .where('action', '=', action)
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('a speech made with a client id', () => {
  it('is stored under that id; the same request again answers 200 with the one row, changing nothing', async () => {
    const w = await buildLiveMeeting();
    const clientId = randomUUID();
    const url = `/api/meetings/${w.meetingId}/speeches`;
    const first = await w.secretary.post<Meeting>(url, { personId: w.ids.memberId, clientId });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body.speeches).toMatchObject([
      { id: clientId, personId: w.ids.memberId, status: 'requested' },
    ]);
    const version = (await meetingRow(w.meetingId)).updated_at;

    // The answer was lost on the way back; the console sends it again (the member is waiting: no 409).
    const again = await w.secretary.post<Meeting>(url, { personId: w.ids.memberId, clientId });
    expect(again.status, JSON.stringify(again.body)).toBe(200);
    expect(again.body.speeches.map((s) => s.id)).toEqual([clientId]);
    expect(await count('meeting_speech', clientId)).toBe(1);
    // Nothing was written: the meeting keeps its version and the audit has the one entry.
    expect((await meetingRow(w.meetingId)).updated_at).toBe(version);
    expect(await auditCount(w.meetingId, 'meeting.speech_request')).toBe(1);

    // A member's own request, replayed, is one row too.
    const own = randomUUID();
    expect((await w.other.post(url, { clientId: own })).status).toBe(200);
    expect((await w.other.post(url, { clientId: own })).status).toBe(200);
    expect(await count('meeting_speech', own)).toBe(1);
  });

  it('still answers a replay after the meeting ended, but refuses a new request then (409)', async () => {
    const w = await buildLiveMeeting();
    const clientId = randomUUID();
    const url = `/api/meetings/${w.meetingId}/speeches`;
    expect((await w.secretary.post(url, { personId: w.ids.memberId, clientId })).status).toBe(200);
    expect((await w.secretary.post(`/api/meetings/${w.meetingId}/end`)).status).toBe(200);
    const replay = await w.secretary.post<Meeting>(url, { personId: w.ids.memberId, clientId });
    expect(replay.status).toBe(200);
    expect(replay.body.speeches.map((s) => s.id)).toEqual([clientId]);
    const late = await w.secretary.post<ErrorBody>(url, { personId: w.ids.otherId, clientId: randomUUID() });
    expect(late.status).toBe(409);
    expect(late.body.error?.code).toBe('MEETING_NOT_LIVE');
  });

  it('refuses the same id for another speaker (409 with the reason) and writes nothing', async () => {
    const w = await buildLiveMeeting();
    const clientId = randomUUID();
    const url = `/api/meetings/${w.meetingId}/speeches`;
    expect((await w.secretary.post(url, { personId: w.ids.memberId, clientId })).status).toBe(200);
    const other = await w.secretary.post<ErrorBody>(url, { personId: w.ids.otherId, clientId });
    expect(other.status).toBe(409);
    expect(other.body.error?.code).toBe('MEETING_CLIENT_ID_TAKEN');
    expect(other.body.error?.message).toContain(TAKEN);
    const row = await database.db
      .selectFrom('meeting_speech')
      .selectAll()
      .where('meeting_id', '=', w.meetingId)
      .execute();
    expect(row.map((r) => [r.id, r.person_id])).toEqual([[clientId, w.ids.memberId]]);
  });

  it('refuses an id used in another meeting of the cell (409), and a foreign meeting’s id never writes there', async () => {
    const w = await buildLiveMeeting();
    const clientId = randomUUID();
    expect(
      (
        await w.secretary.post(`/api/meetings/${w.meetingId}/speeches`, {
          personId: w.ids.memberId,
          clientId,
        })
      ).status,
    ).toBe(200);
    // The same id and content sent to the cell's other meeting: refused, not moved there.
    const elsewhere = await w.secretary.post<ErrorBody>(`/api/meetings/${w.sameCellMeetingId}/speeches`, {
      personId: w.ids.memberId,
      clientId,
    });
    expect(elsewhere.status).toBe(409);
    expect(elsewhere.body.error?.code).toBe('MEETING_CLIENT_ID_TAKEN');
    // A foreign secretary sending the id to our meeting: 404, our meeting does not exist for them.
    const intruder = await w.foreign.post(`/api/meetings/${w.meetingId}/speeches`, {
      clientId: randomUUID(),
    });
    expect(intruder.status).toBe(404);
    // Our id sent to their meeting: refused, and their meeting gains no speech.
    const foreignUse = await w.foreign.post<ErrorBody>(`/api/meetings/${w.foreignMeetingId}/speeches`, {
      clientId,
    });
    expect(foreignUse.status).toBe(409);
    const foreignRows = await database.db
      .selectFrom('meeting_speech')
      .select('id')
      .where('meeting_id', '=', w.foreignMeetingId)
      .execute();
    expect(foreignRows).toEqual([]);
    expect(
      (
        await database.db
          .selectFrom('meeting_speech')
          .select('meeting_id')
          .where('id', '=', clientId)
          .executeTakeFirstOrThrow()
      ).meeting_id,
    ).toBe(w.meetingId);
  });

  it('refuses a client id that is not a UUID (400, the field named in Vietnamese)', async () => {
    const w = await buildLiveMeeting();
    const res = await w.secretary.post<ErrorBody>(`/api/meetings/${w.meetingId}/speeches`, {
      personId: w.ids.memberId,
      clientId: 'not-a-uuid',
    });
    expect(res.status).toBe(400);
    expect(res.body.error?.fields?.clientId).toBe('Mã do thiết bị tạo phải là UUID');
  });
});

describe('an assignment made with a client id', () => {
  it('is one row however often it is sent; other content under the same id is 409', async () => {
    const w = await buildLiveMeeting();
    const clientId = randomUUID();
    const url = `/api/meetings/${w.meetingId}/tasks`;
    const body = {
      title: 'Rà soát hồ sơ đảng viên',
      ownerId: w.ids.memberId,
      dueOn: addDays(todayInVietnam(), 30),
      clientId,
    };
    const notices = async () =>
      Number(
        (
          await database.db
            .selectFrom('notification')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('person_id', '=', w.ids.memberId)
            .executeTakeFirstOrThrow()
        ).n,
      );
    const first = await w.secretary.post<Meeting>(url, body);
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    const told = await notices();
    expect(first.body.tasks).toMatchObject([{ id: clientId, title: body.title, ownerId: w.ids.memberId }]);
    for (let i = 0; i < 3; i++) {
      const again = await w.secretary.post<Meeting>(url, body);
      expect(again.status).toBe(200);
      expect(again.body.tasks.map((t) => t.id)).toEqual([clientId]);
    }
    expect(await count('meeting_task', clientId)).toBe(1);
    expect(await auditCount(w.meetingId, 'meeting.task_add')).toBe(1);
    // The task owner is told once, not once per replay.
    expect(await notices()).toBe(told);

    const changed = await w.secretary.post<ErrorBody>(url, { ...body, title: 'Một việc khác' });
    expect(changed.status).toBe(409);
    expect(changed.body.error?.code).toBe('MEETING_CLIENT_ID_TAKEN');
    const otherOwner = await w.secretary.post<ErrorBody>(url, { ...body, ownerId: null });
    expect(otherOwner.status).toBe(409);
    const rows = await database.db
      .selectFrom('meeting_task')
      .selectAll()
      .where('meeting_id', '=', w.meetingId)
      .execute();
    expect(rows.map((r) => [r.id, r.title])).toEqual([[clientId, body.title]]);

    // Another meeting of the cell: refused, nothing written there.
    const elsewhere = await w.secretary.post<ErrorBody>(`/api/meetings/${w.sameCellMeetingId}/tasks`, body);
    expect(elsewhere.status).toBe(409);
    expect(
      await database.db
        .selectFrom('meeting_task')
        .select('id')
        .where('meeting_id', '=', w.sameCellMeetingId)
        .execute(),
    ).toEqual([]);
    // A foreign secretary cannot reach our meeting at all.
    expect((await w.foreign.post(url, { ...body, clientId: randomUUID() })).status).toBe(404);
  });

  it('without a client id works as before: two sends are two assignments', async () => {
    const w = await buildLiveMeeting();
    const url = `/api/meetings/${w.meetingId}/tasks`;
    await w.secretary.post(url, { title: 'Việc chung' });
    const second = await w.secretary.post<Meeting>(url, { title: 'Việc chung' });
    expect(second.body.tasks).toHaveLength(2);
  });
});

describe('attendance and the conclusion are idempotent already', () => {
  it('marks a member the same way twice without a second change of state', async () => {
    const w = await buildLiveMeeting();
    const url = `/api/meetings/${w.meetingId}/attendance/${w.ids.memberId}`;
    const body = { state: 'present', reason: null, late: false, suspended: false };
    const one = await w.secretary.put<Meeting>(url, body);
    const two = await w.secretary.put<Meeting>(url, body);
    expect(one.status).toBe(200);
    expect(two.status).toBe(200);
    const rows = await database.db
      .selectFrom('meeting_attendance')
      .selectAll()
      .where('meeting_id', '=', w.meetingId)
      .where('person_id', '=', w.ids.memberId)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.state).toBe('present');
    const conclusion = `/api/meetings/${w.meetingId}/conclusion`;
    await w.secretary.put(conclusion, { conclusion: 'Kết luận' });
    const again = await w.secretary.put<Meeting>(conclusion, { conclusion: 'Kết luận' });
    expect(again.body.conclusion).toBe('Kết luận');
  });
});
