import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import { addDays, todayInVietnam } from '../../src/domain/dates/local-date.ts';
import type { App } from '../../src/server/app.ts';
import {
  buildCell,
  buildCommittee,
  buildMeeting,
  buildPerson,
  buildPreparation,
  buildResolution,
  buildUser,
  giveRole,
  PASSWORD,
} from '../fixtures/factories.ts';
import { buildApp, type ErrorBody, loggedIn } from '../support/api-client.ts';
import { docxText, pdfText } from '../support/document-text.ts';
import { failInsertsInto } from '../support/fail-inserts.ts';
import { createTestDatabase } from '../support/test-db.ts';

interface Task {
  id: string;
  title: string;
  owner: { id: string; name: string } | null;
  state: string;
  overdue: boolean;
  lastNote: string | null;
  mayReport: boolean;
  reports?: { status: string; note: string | null; reportedOn: string; reporterName: string | null }[];
}
interface Review {
  id: string;
  kind: string;
  state: string;
  number: number | null;
  issuedOn: string | null;
  results: string | null;
  tasks: Task[];
  taskCounts: Record<string, number>;
  mayEdit: boolean;
  updatedAt: string;
}
interface Reviews {
  resolution: { number: number | null; issuedOn: string | null };
  mayPlan: boolean;
  reviews: { id: string; kind: string; state: string }[];
}

let database: Database;
let app: App;

beforeAll(async () => {
  database = await createTestDatabase();
  app = buildApp(database);
});
afterAll(async () => {
  await database?.close();
});

const today = () => todayInVietnam();
const SAFETY = 'Rà soát thiết bị vui chơi';
const CAMERA = 'Lắp camera khu vực sân chơi';

/**
 * A cell of five official members whose resolution was adopted today: the secretary gave a personal task to
 * the member and a collective one; an officer of the committee above, a fellow member and a member of a
 * foreign tree, each signed in.
 */
async function buildResolutionCell() {
  const db = database.db;
  const committee = await buildCommittee(db);
  const cell = await buildCell(db, { parentId: committee.id, members: 5 });
  const [secretaryId, , , memberId, otherId] = cell.memberIds as [string, string, string, string, string];
  await giveRole(db, cell.id, secretaryId, 'secretary');
  const r = await buildResolution(db, cell.id, {
    tasks: [
      { title: SAFETY, ownerId: memberId, dueOn: addDays(today(), 30) },
      { title: CAMERA, ownerId: null, dueOn: addDays(today(), 60) },
    ],
  });
  const sibling = await buildCell(db, { parentId: committee.id });
  const officerId = await buildPerson(db, { unitId: sibling.id, fullName: 'Trần Thị Cấp Trên' });
  await giveRole(db, committee.id, officerId, 'officer');
  const foreign = await buildCell(db, { parentId: (await buildCommittee(db)).id, members: 1 });
  const login = async (personId: string) => loggedIn(app, await buildUser(db, { personId }), PASSWORD);
  return {
    cell,
    r,
    memberId,
    secretary: await login(secretaryId),
    member: await login(memberId),
    other: await login(otherId),
    officer: await login(officerId),
    foreign: await login(foreign.memberIds[0] ?? ''),
    safety: r.taskId(SAFETY),
    camera: r.taskId(CAMERA),
  };
}

/** An interim review planned for today by the secretary, written and ready to issue. */
async function writtenInterim(c: Awaited<ReturnType<typeof buildResolutionCell>>) {
  const { body } = await c.secretary.post<Review>(`/api/topics/${c.r.topicId}/reviews`, {
    kind: 'interim',
    dueOn: today(),
  });
  await c.secretary.put(`/api/reviews/${body.id}`, {
    dueOn: today(),
    results: 'Kết quả',
    nextSteps: 'Tiếp tục',
  });
  return body.id;
}

async function refused(res: Promise<{ status: number; body: unknown }>) {
  const r = await res;
  const body = r.body as ErrorBody;
  return { status: r.status, code: body.error?.code, fields: body.error?.fields };
}

const countReports = async () =>
  Number(
    (
      await database.db
        .selectFrom('task_report')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('following up a meeting’s assignments', () => {
  it('lets the member assigned report their task, and shows it in their list and the cell’s', async () => {
    const c = await buildResolutionCell();
    const mine = await c.member.get<{ tasks: Task[] }>(`/api/me/tasks?year=${today().slice(0, 4)}`);
    expect(mine.body.tasks.map((t) => [t.title, t.state, t.mayReport])).toEqual([[SAFETY, 'open', true]]);

    const res = await c.member.post<Task>(`/api/tasks/${c.safety}/reports`, {
      status: 'done',
      note: 'Đã thay hai cầu trượt hỏng.',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      state: 'done',
      overdue: false,
      lastNote: 'Đã thay hai cầu trượt hỏng.',
    });
    expect(res.body.reports).toEqual([
      expect.objectContaining({ status: 'done', reportedOn: today(), note: 'Đã thay hai cầu trượt hỏng.' }),
    ]);

    const cell = await c.secretary.get<{ tasks: Task[]; counts: Record<string, number> }>(
      `/api/orgs/${c.cell.id}/tasks?year=${today().slice(0, 4)}`,
    );
    expect(cell.status).toBe(200);
    expect(cell.body.tasks.map((t) => [t.title, t.state, t.owner?.id ?? null])).toEqual([
      [SAFETY, 'done', c.memberId],
      [CAMERA, 'open', null],
    ]);
    expect(cell.body.counts).toMatchObject({ total: 2, done: 1, open: 1, overdue: 0 });
    // A fellow member reads the cell's list but reports only on their own tasks.
    const seen = await c.other.get<{ tasks: Task[] }>(
      `/api/orgs/${c.cell.id}/tasks?year=${today().slice(0, 4)}`,
    );
    expect(seen.body.tasks.map((t) => t.mayReport)).toEqual([false, false]);
  });

  it('lets the secretary record the cell’s check of a collective task, and nobody else', async () => {
    const c = await buildResolutionCell();
    expect(
      await refused(c.member.post(`/api/tasks/${c.camera}/reports`, { status: 'in_progress' })),
    ).toMatchObject({ status: 403, code: 'TASK_NOT_OWNER' });
    expect(await refused(c.other.post(`/api/tasks/${c.safety}/reports`, { status: 'done' }))).toMatchObject({
      status: 403,
      code: 'TASK_NOT_OWNER',
    });
    // The committee above follows the cell's tasks; it does not report for the cell.
    expect((await c.officer.get(`/api/orgs/${c.cell.id}/tasks?year=${today().slice(0, 4)}`)).status).toBe(
      200,
    );
    expect((await c.officer.get(`/api/tasks/${c.camera}`)).status).toBe(200);
    expect(await refused(c.officer.post(`/api/tasks/${c.camera}/reports`, { status: 'done' }))).toMatchObject(
      {
        status: 403,
      },
    );
    // Another tree does not even learn the task exists.
    expect((await c.foreign.get(`/api/tasks/${c.camera}`)).status).toBe(404);
    expect((await c.foreign.post(`/api/tasks/${c.camera}/reports`, { status: 'done' })).status).toBe(404);
    expect((await c.foreign.get(`/api/orgs/${c.cell.id}/tasks?year=2026`)).status).toBe(404);
    expect((await c.secretary.get('/api/tasks/no-such-task')).status).toBe(404);

    const res = await c.secretary.post<Task>(`/api/tasks/${c.camera}/reports`, {
      status: 'in_progress',
      note: 'Đã lắp 2/4 camera.',
    });
    expect(res.status).toBe(201);
    expect(res.body.reports?.[0]).toMatchObject({ status: 'in_progress', reporterName: expect.any(String) });
  });

  it('refuses a bad report with a field message and stores nothing', async () => {
    const c = await buildResolutionCell();
    const before = await countReports();
    expect(
      await refused(
        c.member.post(`/api/tasks/${c.safety}/reports`, { status: 'done', reportedOn: addDays(today(), -1) }),
      ),
    ).toEqual({
      status: 400,
      code: 'VALIDATION_FAILED',
      fields: { reportedOn: 'Ngày báo cáo không được trước ngày sinh hoạt giao nhiệm vụ' },
    });
    expect(
      await refused(
        c.member.post(`/api/tasks/${c.safety}/reports`, { status: 'done', reportedOn: addDays(today(), 1) }),
      ),
    ).toMatchObject({ status: 400, fields: { reportedOn: 'Ngày báo cáo không được sau hôm nay' } });
    expect(
      await refused(c.member.post(`/api/tasks/${c.safety}/reports`, { status: 'not_done' })),
    ).toMatchObject({
      status: 400,
      fields: { note: 'Hãy ghi rõ lý do chưa hoàn thành' },
    });
    expect(
      await refused(c.member.post(`/api/tasks/${c.safety}/reports`, { status: 'finished' })),
    ).toMatchObject({
      status: 400,
      fields: { status: expect.any(String) },
    });
    expect(
      await refused(
        c.member.post(`/api/tasks/${c.safety}/reports`, { status: 'done', reportedOn: '2026-02-30' }),
      ),
    ).toMatchObject({ status: 400, fields: { reportedOn: expect.any(String) } });
    expect(await countReports()).toBe(before);
  });

  it('follows up only once the meeting has ended, and keeps a reported task from being removed', async () => {
    const db = database.db;
    const cell = await buildCell(db, { parentId: (await buildCommittee(db)).id, members: 3 });
    const [secretaryId] = cell.memberIds as [string];
    await giveRole(db, cell.id, secretaryId, 'secretary');
    const running = await buildMeeting(db, cell.id, { status: 'in_progress', task: true });
    const secretary = await loggedIn(app, await buildUser(db, { personId: secretaryId }), PASSWORD);
    expect(
      await refused(secretary.post(`/api/tasks/${running.taskId}/reports`, { status: 'in_progress' })),
    ).toMatchObject({ status: 409, code: 'TASK_MEETING_NOT_ENDED' });

    const ended = await buildMeeting(db, cell.id, { status: 'ended', task: true });
    expect(
      (await secretary.post(`/api/tasks/${ended.taskId}/reports`, { status: 'in_progress' })).status,
    ).toBe(201);
    // The record stays editable until the minutes are signed, but a task with a follow-up is history.
    expect(await refused(secretary.delete(`/api/meetings/${ended.id}/tasks/${ended.taskId}`))).toMatchObject({
      status: 409,
      code: 'TASK_HAS_REPORTS',
    });
    expect((await secretary.get<Task>(`/api/tasks/${ended.taskId}`)).body.state).toBe('in_progress');
  });
});

describe('reviewing a resolution (sơ kết, tổng kết)', () => {
  it('plans, writes and issues an interim review as the cell’s numbered report', async () => {
    const c = await buildResolutionCell();
    await c.member.post(`/api/tasks/${c.safety}/reports`, { status: 'done', note: 'Đã thay cầu trượt.' });
    const list = await c.secretary.get<Reviews>(`/api/topics/${c.r.topicId}/reviews`);
    expect(list.body).toMatchObject({
      resolution: { number: 1, issuedOn: today() },
      mayPlan: true,
      reviews: [],
    });

    const planned = await c.secretary.post<Review>(`/api/topics/${c.r.topicId}/reviews`, {
      kind: 'interim',
      dueOn: addDays(today(), 10),
    });
    expect(planned.status).toBe(201);
    expect(planned.body).toMatchObject({ kind: 'interim', state: 'planned', number: null, mayEdit: true });
    const id = planned.body.id;
    // It waits in the secretary's "Việc của tôi" until issued; a member has none to write.
    const year = today().slice(0, 4);
    const secretaryTasks = await c.secretary.get<{
      reviews: { id: string; kind: string; topic: { id: string } }[];
    }>(`/api/me/tasks?year=${year}`);
    expect(secretaryTasks.body.reviews).toEqual([
      expect.objectContaining({
        id,
        kind: 'interim',
        state: 'planned',
        topic: expect.objectContaining({ id: c.r.topicId }),
      }),
    ]);
    expect((await c.member.get<{ reviews: unknown[] }>(`/api/me/tasks?year=${year}`)).body.reviews).toEqual(
      [],
    );
    // Until it is issued the review is the secretary's working paper.
    for (const reader of [c.member, c.officer]) {
      expect((await reader.get<Reviews>(`/api/topics/${c.r.topicId}/reviews`)).body.reviews).toEqual([]);
      expect((await reader.get(`/api/reviews/${id}`)).status).toBe(404);
      expect((await reader.download(`/api/reviews/${id}/document?format=pdf`)).status).toBe(404);
    }
    expect(await refused(c.member.put(`/api/reviews/${id}`, { dueOn: today() }))).toMatchObject({
      status: 404,
    });

    // Seed 003, step 5 ("sơ tổng kết theo kế hoạch"): not before its own date (in 10 days)…
    expect(await refused(c.secretary.post(`/api/reviews/${id}/issue`, {}))).toEqual({
      status: 409,
      code: 'REVIEW_BEFORE_ITS_DATE',
      fields: undefined,
    });
    // …and the cell reviews sooner: moved to today, it still needs its text.
    const moved = await c.secretary.put<Review>(`/api/reviews/${id}`, {
      dueOn: today(),
      expectedUpdatedAt: planned.body.updatedAt,
    });
    expect(moved.status).toBe(200);
    expect(await refused(c.secretary.post(`/api/reviews/${id}/issue`, {}))).toEqual({
      status: 400,
      code: 'VALIDATION_FAILED',
      fields: {
        results: 'Hãy viết phần này trước khi ban hành',
        nextSteps: 'Hãy viết phần này trước khi ban hành',
      },
    });
    const saved = await c.secretary.put<Review>(`/api/reviews/${id}`, {
      dueOn: today(),
      results: 'Chi bộ đã rà soát toàn bộ thiết bị vui chơi.\nTổ chức tập huấn sơ cứu cho giáo viên.',
      shortcomings: '',
      lessons: null,
      nextSteps: 'Hoàn thành lắp camera trong quý tới.',
      expectedUpdatedAt: moved.body.updatedAt,
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      state: 'planned',
      results: expect.stringContaining('thiết bị'),
      mayEdit: true,
    });
    // A second tab saving over an older copy is refused, keeping the newer text.
    expect(
      await refused(
        c.secretary.put(`/api/reviews/${id}`, {
          dueOn: today(),
          results: 'cũ',
          expectedUpdatedAt: planned.body.updatedAt,
        }),
      ),
    ).toMatchObject({ status: 409, code: 'REVIEW_CHANGED' });

    const issued = await c.secretary.post<Review>(`/api/reviews/${id}/issue`, {});
    expect(issued.status).toBe(200);
    expect(
      (await c.secretary.get<{ reviews: unknown[] }>(`/api/me/tasks?year=${today().slice(0, 4)}`)).body
        .reviews,
    ).toEqual([]);
    expect(issued.body).toMatchObject({ state: 'issued', number: 1, issuedOn: today(), mayEdit: false });
    expect(issued.body.tasks.map((t) => [t.title, t.state])).toEqual([
      [SAFETY, 'done'],
      [CAMERA, 'open'],
    ]);
    // Issued, it reaches the cell and the committee above; it no longer changes.
    expect((await c.member.get<Reviews>(`/api/topics/${c.r.topicId}/reviews`)).body.reviews).toEqual([
      expect.objectContaining({ id, state: 'issued' }),
    ]);
    expect((await c.officer.get<Review>(`/api/reviews/${id}`)).body.number).toBe(1);
    expect(
      await refused(c.secretary.put(`/api/reviews/${id}`, { dueOn: today(), results: 'Sửa' })),
    ).toMatchObject({
      status: 409,
      code: 'REVIEW_ALREADY_ISSUED',
    });
    expect(await refused(c.secretary.delete(`/api/reviews/${id}`))).toMatchObject({ status: 409 });
    expect(await refused(c.secretary.post(`/api/reviews/${id}/issue`, {}))).toMatchObject({
      status: 409,
      code: 'REVIEW_ALREADY_ISSUED',
    });

    const docx = await c.officer.download(`/api/reviews/${id}/document?format=docx`);
    expect(docx.status).toBe(200);
    const text = docxText(docx.bytes);
    for (const expected of [
      'BÁO CÁO',
      'Sơ kết việc thực hiện Nghị quyết số 01-NQ/CB',
      'Số 01-BC/CB',
      'I. KẾT QUẢ THỰC HIỆN',
      'Tổ chức tập huấn sơ cứu cho giáo viên.',
      'II. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI',
      SAFETY,
      'Đã thay cầu trượt.',
      'Nghị quyết đề ra 2 nhiệm vụ: hoàn thành 1; đang thực hiện 0; chưa hoàn thành 0; chưa báo cáo 1.',
    ])
      expect(text).toContain(expected);
    expect(docx.headers.get('content-disposition')).toContain(encodeURIComponent('Báo cáo sơ kết - '));
    const pdf = await c.member.download(`/api/reviews/${id}/document?format=pdf`);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(await pdfText(pdf.bytes)).toContain('Hoàn thành lắp camera trong quý tới.');
  });

  it('keeps an issued review as it was known when issued, while the cell’s list moves on', async () => {
    const c = await buildResolutionCell();
    const id = await writtenInterim(c);
    await c.secretary.post(`/api/reviews/${id}/issue`, {});
    await c.secretary.post(`/api/tasks/${c.camera}/reports`, { status: 'done' });
    const review = await c.secretary.get<Review>(`/api/reviews/${id}`);
    expect(review.body.tasks.find((t) => t.title === CAMERA)?.state).toBe('open');
    const cell = await c.secretary.get<{ tasks: Task[] }>(
      `/api/orgs/${c.cell.id}/tasks?year=${today().slice(0, 4)}`,
    );
    expect(cell.body.tasks.find((t) => t.title === CAMERA)?.state).toBe('done');
  });

  it('keeps the order of reviews: interim ones first, one final review, then the resolution is closed', async () => {
    const c = await buildResolutionCell();
    const plan = (kind: string, dueOn: string) =>
      c.secretary.post<Review>(`/api/topics/${c.r.topicId}/reviews`, { kind, dueOn });
    expect(await refused(plan('interim', addDays(today(), -1)))).toEqual({
      status: 400,
      code: 'VALIDATION_FAILED',
      fields: { dueOn: 'Ngày sơ kết, tổng kết không được trước ngày ban hành nghị quyết' },
    });
    const interim = (await plan('interim', addDays(today(), 30))).body;
    expect(await refused(plan('final', addDays(today(), 20)))).toMatchObject({
      status: 400,
      fields: { dueOn: 'Sơ kết phải trước tổng kết' },
    });
    const final = (await plan('final', addDays(today(), 90))).body;
    expect(await refused(plan('final', addDays(today(), 120)))).toMatchObject({
      status: 409,
      code: 'REVIEW_FINAL_EXISTS',
    });
    expect(await refused(plan('interim', addDays(today(), 100)))).toMatchObject({
      status: 400,
      fields: { dueOn: 'Sơ kết phải trước tổng kết' },
    });
    // Moving a review follows the same rule.
    expect(
      await refused(c.secretary.put(`/api/reviews/${interim.id}`, { dueOn: addDays(today(), 95) })),
    ).toMatchObject({ status: 400, fields: { dueOn: 'Sơ kết phải trước tổng kết' } });

    const texts = { results: 'Kết quả', shortcomings: 'Hạn chế', lessons: 'Bài học', nextSteps: 'Kiến nghị' };
    await c.secretary.put(`/api/reviews/${final.id}`, { dueOn: addDays(today(), 90), ...texts });
    // Seed 003, step 5 ("sơ tổng kết theo kế hoạch"): a review is not issued before its own date.
    const early = await c.secretary.post<ErrorBody>(`/api/reviews/${final.id}/issue`, {});
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('REVIEW_BEFORE_ITS_DATE');
    expect(early.body.error.message).toContain('Chưa đến ngày sơ kết, tổng kết');
    // The resolution was issued 40 days ago and its interim review fell 10 days ago, still not issued: the
    // final one, moved to today, waits for it.
    await database.db
      .updateTable('topic_preparation')
      .set({ final_at: `${addDays(today(), -40)}T03:00:00.000Z` })
      .where('topic_id', '=', c.r.topicId)
      .execute();
    await c.secretary.put(`/api/reviews/${interim.id}`, { dueOn: addDays(today(), -10) });
    await c.secretary.put(`/api/reviews/${final.id}`, { dueOn: today(), ...texts });
    expect(await refused(c.secretary.post(`/api/reviews/${final.id}/issue`, {}))).toMatchObject({
      status: 409,
      code: 'REVIEW_INTERIM_PENDING',
    });
    // Dropping the interim review that was never held lets the final one be issued.
    expect((await c.secretary.delete(`/api/reviews/${interim.id}`)).status).toBe(204);
    expect((await c.secretary.get(`/api/reviews/${interim.id}`)).status).toBe(404);
    const issued = await c.secretary.post<Review>(`/api/reviews/${final.id}/issue`, {});
    expect(issued.body).toMatchObject({ kind: 'final', state: 'issued', number: 1 });
    expect(await refused(plan('interim', addDays(today(), 10)))).toMatchObject({
      status: 409,
      code: 'REVIEW_RESOLUTION_CLOSED',
    });
    expect((await c.secretary.get<Reviews>(`/api/topics/${c.r.topicId}/reviews`)).body.mayPlan).toBe(false);
  });

  it('refuses a topic that is not an issued resolution, and anyone but the cell’s secretary or deputy', async () => {
    const c = await buildResolutionCell();
    const body = { kind: 'interim', dueOn: addDays(today(), 10) };
    for (const client of [c.member, c.officer])
      expect((await client.post(`/api/topics/${c.r.topicId}/reviews`, body)).status).toBe(403);
    expect((await c.foreign.post(`/api/topics/${c.r.topicId}/reviews`, body)).status).toBe(404);
    expect((await c.foreign.get(`/api/topics/${c.r.topicId}/reviews`)).status).toBe(404);
    expect(
      await refused(c.secretary.post(`/api/topics/${c.r.topicId}/reviews`, { kind: 'yearly', dueOn: 'x' })),
    ).toMatchObject({ status: 400, fields: { kind: expect.any(String), dueOn: expect.any(String) } });

    const ordinary = await buildPreparation(database.db, c.cell.id, { status: 'final' });
    expect(await refused(c.secretary.post(`/api/topics/${ordinary.topicId}/reviews`, body))).toMatchObject({
      status: 409,
      code: 'REVIEW_NOT_RESOLUTION',
    });
    expect((await c.secretary.post('/api/topics/no-such-topic/reviews', body)).status).toBe(404);
  });

  it('rolls back an issue that fails half-way: no number is used, the review stays open', async () => {
    const c = await buildResolutionCell();
    const id = await writtenInterim(c);
    const dropTrigger = await failInsertsInto(database, 'audit_log', 'action', 'review.issue');
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await refused(c.secretary.post(`/api/reviews/${id}/issue`, {}))).toMatchObject({
        status: 500,
        code: 'INTERNAL',
      });
    } finally {
      logged.mockRestore();
      await dropTrigger();
    }
    expect((await c.secretary.get<Review>(`/api/reviews/${id}`)).body).toMatchObject({
      state: 'planned',
      number: null,
    });
    const issued = await c.secretary.post<Review>(`/api/reviews/${id}/issue`, {});
    expect(issued.body.number).toBe(1);
  });

  it('gives one number when two issue requests race', async () => {
    const c = await buildResolutionCell();
    const id = await writtenInterim(c);
    const deputy = await loggedIn(
      app,
      await buildUser(database.db, { personId: await deputyOf(c.cell.id, c.cell.memberIds[1] ?? '') }),
      PASSWORD,
    );
    const results = await Promise.all([
      c.secretary.post(`/api/reviews/${id}/issue`, {}),
      deputy.post(`/api/reviews/${id}/issue`, {}),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const sequence = await database.db
      .selectFrom('document_sequence')
      .select('last_number')
      .where('unit_id', '=', c.cell.id)
      .where('kind', '=', 'BC')
      .executeTakeFirstOrThrow();
    expect(sequence.last_number).toBe(1);
  });
});

async function deputyOf(cellId: string, personId: string) {
  await giveRole(database.db, cellId, personId, 'deputy');
  return personId;
}
