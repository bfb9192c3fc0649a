import type { z } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import { addDays, todayInVietnam } from '../../src/domain/dates/local-date.ts';
import type { App } from '../../src/server/app.ts';
import type { MeetingSchema } from '../../src/server/features/meetings/presenter.ts';
import {
  buildCell,
  buildCommittee,
  buildMeeting,
  buildPlan,
  buildUser,
  giveRole,
  markDraftDistributed,
  PASSWORD,
} from '../fixtures/factories.ts';
import { buildApp, type ErrorBody, loggedIn } from '../support/api-client.ts';
import { docxText } from '../support/document-text.ts';
import { createTestDatabase } from '../support/test-db.ts';

// Gates and checks (issue 13): the next meeting checks the last one's conclusions (seed 002), the secretary's
// evaluation before the meeting's report (seed 001), and its lessons in the next preparer's briefing.
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

/** A cell of five: the secretary, a minute-taker, a member, each signed in. */
async function checkingCell() {
  const db = database.db;
  const committee = await buildCommittee(db);
  const cell = await buildCell(db, { parentId: committee.id, members: 5, name: 'Chi bộ Khu phố 3' });
  const [secretaryId = '', takerId = '', memberId = ''] = cell.memberIds;
  await giveRole(db, cell.id, secretaryId, 'secretary');
  const login = async (personId: string) => loggedIn(app, await buildUser(db, { personId }), PASSWORD);
  return {
    cell,
    secretary: await login(secretaryId),
    taker: await login(takerId),
    member: await login(memberId),
    ids: { secretaryId, takerId, memberId },
  };
}
type Cell = Awaited<ReturnType<typeof checkingCell>>;

async function ok<T = Meeting>(res: Promise<{ status: number; body: unknown }>, status = 200): Promise<T> {
  const r = await res;
  expect(r.status, JSON.stringify(r.body)).toBe(status);
  return r.body as T;
}

async function refused(res: Promise<{ status: number; body: unknown }>) {
  const r = await res;
  const error = (r.body as ErrorBody).error;
  return { status: r.status, code: error?.code, fields: error?.fields };
}

/** A regular meeting of the cell on a day, started with its minute-taker. */
async function heldRegular(c: Cell, heldOn: string) {
  const m = await ok(
    c.secretary.post<Meeting>(`/api/orgs/${c.cell.id}/meetings`, {
      kind: 'regular',
      heldOn,
      startsAt: '19:30',
      place: 'Nhà văn hóa khu phố 3',
    }),
    201,
  );
  await ok(c.secretary.put(`/api/meetings/${m.id}/roles`, { minuteTakerId: c.ids.takerId }));
  return ok(c.secretary.post(`/api/meetings/${m.id}/start`));
}

const checkUrl = (meetingId: string, taskId: string) => `/api/meetings/${meetingId}/task-checks/${taskId}`;

describe('the next meeting checks the last one’s conclusions (seed 002)', () => {
  it('lists the open tasks of earlier meetings, records each check once, and writes it into the minutes', async () => {
    const c = await checkingCell();
    const march = await heldRegular(c, '2026-03-10');
    await ok(
      c.secretary.post(`/api/meetings/${march.id}/tasks`, {
        title: 'Vận động hộ dân đóng góp quỹ vì người nghèo',
        ownerId: c.ids.memberId,
        dueOn: '2026-03-31',
      }),
    );
    const withTasks = await ok(
      c.secretary.post(`/api/meetings/${march.id}/tasks`, { title: 'Ra quân vệ sinh đường phố' }),
    );
    const [personal, collective] = withTasks.tasks;
    if (!personal || !collective) throw new Error('two tasks expected');
    // The meeting that gave them does not check them.
    expect(withTasks.taskChecks).toEqual([]);
    expect(await refused(c.secretary.put(checkUrl(march.id, personal.id), { status: 'done' }))).toMatchObject(
      {
        status: 409,
        code: 'TASK_CHECK_NOT_CARRIED',
      },
    );
    await ok(c.secretary.post(`/api/meetings/${march.id}/end`));

    // April: both are listed as they stood on its day (the personal one overdue since 31/03).
    const april = await heldRegular(c, '2026-04-10');
    expect(april.taskChecks.map((t) => [t.title, t.before.state, t.before.overdue, t.check])).toEqual([
      ['Vận động hộ dân đóng góp quỹ vì người nghèo', 'open', true, null],
      ['Ra quân vệ sinh đường phố', 'open', false, null],
    ]);
    expect(april.taskChecks[0]?.assignedAt).toMatchObject({ meetingId: march.id, heldOn: '2026-03-10' });

    // Only those who keep the record write it; a member who is not the minute-taker is refused.
    expect((await refused(c.member.put(checkUrl(april.id, personal.id), { status: 'done' }))).status).toBe(
      403,
    );
    const noReason = await refused(
      c.secretary.put(checkUrl(april.id, collective.id), { status: 'not_done' }),
    );
    expect(noReason).toMatchObject({ status: 400, fields: { note: expect.any(String) } });
    expect(
      (await refused(c.secretary.put(checkUrl(april.id, personal.id), { status: 'finished' }))).status,
    ).toBe(400);

    // Recorded, then corrected at the same meeting: one check, not two.
    await ok(
      c.taker.put(checkUrl(april.id, personal.id), { status: 'in_progress', note: 'Đã vận động 40/60 hộ' }),
    );
    const corrected = await ok(
      c.secretary.put(checkUrl(april.id, personal.id), { status: 'done', note: 'Đã vận động đủ 60 hộ' }),
    );
    const checked = await ok(
      c.secretary.put(checkUrl(april.id, collective.id), {
        status: 'not_done',
        note: 'Trời mưa, dời sang tháng 5',
      }),
    );
    expect(checked.taskChecks.map((t) => [t.title, t.before.state, t.check?.status, t.check?.note])).toEqual([
      ['Vận động hộ dân đóng góp quỹ vì người nghèo', 'open', 'done', 'Đã vận động đủ 60 hộ'],
      ['Ra quân vệ sinh đường phố', 'open', 'not_done', 'Trời mưa, dời sang tháng 5'],
    ]);
    expect(corrected.taskChecks[0]?.check?.status).toBe('done');
    const rows = await database.db
      .selectFrom('task_report')
      .select(['status', 'reported_on', 'meeting_id'])
      .where('task_id', '=', personal.id)
      .execute();
    expect(rows).toEqual([{ status: 'done', reported_on: '2026-04-10', meeting_id: april.id }]);

    // Follow-up reads the check like any report.
    const task = await ok<{ state: string; reports: { status: string; reportedOn: string }[] }>(
      c.member.get(`/api/tasks/${personal.id}`),
    );
    expect(task.state).toBe('done');
    expect(task.reports.map((r) => [r.status, r.reportedOn])).toEqual([['done', '2026-04-10']]);
    const cellTasks = await ok<{ tasks: { id: string; state: string }[] }>(
      c.secretary.get(`/api/orgs/${c.cell.id}/tasks?year=2026`),
    );
    expect(cellTasks.tasks.map((t) => t.state)).toEqual(['done', 'not_done']);

    // Into the minutes, as a section of its own, and the meeting's report.
    await ok(c.secretary.post(`/api/meetings/${april.id}/end`));
    const minutes = await ok(c.secretary.post(`/api/meetings/${april.id}/minutes/draft`));
    const text = minutes.minutes?.text ?? '';
    expect(text).toContain(
      [
        'Kiểm tra việc thực hiện kết luận kỳ trước:',
        `  + Vận động hộ dân đóng góp quỹ vì người nghèo (đồng chí ${personal.ownerName}, giao ngày 10/03/2026): Hoàn thành — Đã vận động đủ 60 hộ.`,
        '  + Ra quân vệ sinh đường phố (tập thể chi bộ, giao ngày 10/03/2026): Chưa hoàn thành, lý do: Trời mưa, dời sang tháng 5.',
      ].join('\n'),
    );
    expect(text.indexOf('Kiểm tra việc thực hiện kết luận kỳ trước')).toBeGreaterThan(
      text.indexOf('III. DIỄN BIẾN'),
    );
    const html = await c.member.download(`/api/meetings/${april.id}/minutes/document?format=html`);
    expect(html.status).toBe(200);
    const page = Buffer.from(html.bytes).toString('utf8');
    expect(page).toContain('Kiểm tra việc thực hiện kết luận kỳ trước:');
    expect(page).toContain('Trời mưa, dời sang tháng 5');
    const report = await c.secretary.download(`/api/meetings/${april.id}/report/document?format=docx`);
    const reportText = docxText(report.bytes);
    expect(reportText).toContain('Kiểm tra việc thực hiện kết luận kỳ trước:');
    expect(reportText).toContain('Vận động hộ dân đóng góp quỹ vì người nghèo');

    // Once the minutes are signed, the check is fixed with them.
    await ok(c.secretary.post(`/api/meetings/${april.id}/minutes/sign`));
    expect(
      await refused(c.secretary.put(checkUrl(april.id, collective.id), { status: 'done' })),
    ).toMatchObject({ status: 409, code: 'MINUTES_LOCKED' });

    // May: the done task is no longer listed; the unfinished one comes back.
    const may = await heldRegular(c, '2026-05-10');
    expect(may.taskChecks.map((t) => [t.title, t.before.state, t.check])).toEqual([
      ['Ra quân vệ sinh đường phố', 'not_done', null],
    ]);
    const audit = await database.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', personal.id)
      .where('action', '=', 'task.check')
      .execute();
    expect(audit).toHaveLength(2);
  });

  it('answers 404 for another cell’s task and 409 before the meeting starts', async () => {
    const c = await checkingCell();
    const other = await checkingCell();
    const past = addDays(todayInVietnam(), -30);
    const theirs = await buildMeeting(database.db, other.cell.id, {
      status: 'ended',
      task: true,
      heldOn: past,
    });
    const ours = await buildMeeting(database.db, c.cell.id, { status: 'ended', task: true, heldOn: past });
    const running = await buildMeeting(database.db, c.cell.id, { status: 'in_progress' });
    expect(
      await refused(c.secretary.put(checkUrl(running.id, theirs.taskId ?? ''), { status: 'done' })),
    ).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect(
      await refused(c.secretary.put(checkUrl(running.id, 'nonexistent-task'), { status: 'done' })),
    ).toMatchObject({ status: 404 });
    const scheduled = await buildMeeting(database.db, c.cell.id, { status: 'scheduled' });
    expect(
      await refused(c.secretary.put(checkUrl(scheduled.id, ours.taskId ?? ''), { status: 'done' })),
    ).toMatchObject({ status: 409, code: 'MEETING_NOT_LIVE' });
    // Nothing was written by the refusals.
    const reports = await database.db
      .selectFrom('task_report')
      .select('id')
      .where('task_id', 'in', [theirs.taskId ?? '', ours.taskId ?? ''])
      .execute();
    expect(reports).toEqual([]);
    await ok(c.secretary.put(checkUrl(running.id, ours.taskId ?? ''), { status: 'in_progress' }));
  });
});

describe('the secretary’s evaluation comes before the meeting’s report (seed 001)', () => {
  it('refuses to issue a thematic meeting’s report without it, and issues it once written', async () => {
    const c = await checkingCell();
    const m = await buildMeeting(database.db, c.cell.id, { status: 'ended' });
    const before = await ok(c.secretary.get(`/api/meetings/${m.id}`));
    expect(before.reportHold).toBe('MEETING_EVALUATION_MISSING');
    const res = await c.secretary.post(`/api/meetings/${m.id}/report/issue`, {});
    expect(res.status).toBe(409);
    const error = (res.body as ErrorBody).error;
    expect(error.code).toBe('MEETING_EVALUATION_MISSING');
    expect(error.message).toContain('nhận xét, đánh giá');
    const counter = await database.db
      .selectFrom('document_sequence')
      .select('last_number')
      .where('unit_id', '=', c.cell.id)
      .where('kind', '=', 'BC')
      .executeTakeFirst();
    expect(counter?.last_number ?? 0).toBe(0);
    // An evaluation left blank is none.
    await ok(
      c.secretary.put(`/api/meetings/${m.id}/evaluation`, { preparer: ' ', result: '', lessons: null }),
    );
    expect((await refused(c.secretary.post(`/api/meetings/${m.id}/report/issue`, {}))).code).toBe(
      'MEETING_EVALUATION_MISSING',
    );
    const written = await ok(
      c.secretary.put(`/api/meetings/${m.id}/evaluation`, {
        preparer: 'Đồng chí chuẩn bị công phu.',
        result: 'Đạt yêu cầu.',
        lessons: 'Gửi dự thảo sớm hơn.',
      }),
    );
    expect(written.reportHold).toBeNull();
    const issued = await c.secretary.post<{ number: number }>(`/api/meetings/${m.id}/report/issue`, {});
    expect(issued.status).toBe(201);
    expect(issued.body.number).toBe(1);
  });

  it('does not hold back a regular meeting’s report', async () => {
    const c = await checkingCell();
    const m = await buildMeeting(database.db, c.cell.id, { status: 'ended', kind: 'regular' });
    expect((await ok(c.secretary.get(`/api/meetings/${m.id}`))).reportHold).toBeNull();
    expect((await c.secretary.post(`/api/meetings/${m.id}/report/issue`, {})).status).toBe(201);
  });
});

interface Lessons {
  lessons: { meetingId: string; heldOn: string; topicTitle: string | null; text: string } | null;
}

describe('the lessons reach the next preparer (seed 001: "Rút kinh nghiệm")', () => {
  it('shows the next topic the lessons of the cell’s latest evaluated meeting, with its day and topic', async () => {
    const c = await checkingCell();
    const plan = await buildPlan(database.db, c.cell.id, { status: 'adopted' });
    const topics = await database.db
      .selectFrom('plan_topic')
      .select(['id', 'title', 'quarter'])
      .where('plan_id', '=', plan.id)
      .orderBy('quarter')
      .execute();
    const [q1, q2] = topics;
    if (!q1 || !q2) throw new Error('topics expected');
    expect(await ok<Lessons>(c.member.get(`/api/topics/${q2.id}/lessons`))).toEqual({ lessons: null });

    await markDraftDistributed(database.db, q1.id, `${addDays(todayInVietnam(), -10)}T02:00:00.000Z`);
    const held = await buildMeeting(database.db, c.cell.id, { status: 'ended', topicId: q1.id });
    await ok(
      c.secretary.put(`/api/meetings/${held.id}/evaluation`, {
        preparer: 'Chuẩn bị chu đáo.',
        lessons: 'Cần gửi dự thảo trước ít nhất 5 ngày; mời đại biểu cấp ủy dự.',
      }),
    );
    const next = await ok<Lessons>(c.member.get(`/api/topics/${q2.id}/lessons`));
    expect(next.lessons).toEqual({
      meetingId: held.id,
      heldOn: todayInVietnam(),
      topicTitle: q1.title,
      text: 'Cần gửi dự thảo trước ít nhất 5 ngày; mời đại biểu cấp ủy dự.',
    });
    // Not on the page of the topic it evaluated; another cell's topic does not exist for this member.
    expect((await ok<Lessons>(c.member.get(`/api/topics/${q1.id}/lessons`))).lessons).toBeNull();
    const other = await checkingCell();
    const otherPlan = await buildPlan(database.db, other.cell.id, { status: 'adopted' });
    const otherTopic = await database.db
      .selectFrom('plan_topic')
      .select('id')
      .where('plan_id', '=', otherPlan.id)
      .executeTakeFirstOrThrow();
    expect((await refused(c.member.get(`/api/topics/${otherTopic.id}/lessons`))).status).toBe(404);
  });
});
