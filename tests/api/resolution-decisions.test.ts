import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import { addDays, todayInVietnam } from '../../src/domain/dates/local-date.ts';
import type { App } from '../../src/server/app.ts';
import {
  buildCell,
  buildPreparation,
  buildResolution,
  buildUser,
  buildWorld,
  PASSWORD,
  RESOLUTION_TEXT,
  type World,
} from '../fixtures/factories.ts';
import { buildApp, type ErrorBody, loggedIn } from '../support/api-client.ts';
import { docxText } from '../support/document-text.ts';
import { createTestDatabase } from '../support/test-db.ts';

let database: Database;
let app: App;
let world: World;

beforeAll(async () => {
  database = await createTestDatabase();
  app = buildApp(database);
  world = await buildWorld(database.db);
});
afterAll(() => database.close());

interface Decision {
  id: string;
  number: number;
  text: string;
  ownerId: string | null;
  ownerName: string | null;
  dueOn: string | null;
  voted: boolean;
  adopted: boolean;
}
interface Topic {
  status: string;
  decisions: Decision[];
  decisionOwners: { id: string; name: string }[];
  permissions: { editDecisions: boolean };
}
interface Meeting {
  decisions: Omit<Decision, 'ownerId'>[];
  tasks: {
    id: string;
    title: string;
    ownerId: string | null;
    dueOn: string | null;
    decisionId: string | null;
  }[];
  votes: { subject: string; passed: boolean; decisionId: string | null }[];
}
interface ResolutionState {
  vote: { heldOn: string; for: number; base: number } | null;
  finalApproval: { approved: boolean; at: string | null; byName: string | null };
  decisions: (Decision & { vote: { for: number; base: number; passed: boolean } | null })[];
  missing: string | null;
}

const SAFETY = 'Rà soát, sửa chữa thiết bị đồ chơi ngoài trời';
const CAMERA = 'Lắp đặt camera giám sát khu vực sân chơi';

async function cell(name: string) {
  const db = database.db;
  const c = await buildCell(db, { parentId: world.sub.id, name, members: 4 });
  const login = async (personId: string) => loggedIn(app, await buildUser(db, { personId }), PASSWORD);
  return { ...c, login };
}

// Seed 003, step 2 ("Dự thảo Nghị quyết"): "Tổ chức thực hiện, phân công nhiệm vụ đối với cán bộ đảng viên" —
// the preparer writes the decisions with the draft.
describe('the decisions of a resolution topic', () => {
  it('are written by the preparer while the draft is, numbered, each with who and by when', async () => {
    const db = database.db;
    const c = await cell('Chi bộ Khoa Mắt');
    const p = await buildPreparation(db, c.id, { status: 'draft1_writing' });
    await db.updateTable('plan_topic').set({ kind: 'resolution' }).where('id', '=', p.topicId).execute();
    const preparer = await c.login(p.preparerId);
    const secretary = await c.login(p.secretaryId);
    const url = `/api/topics/${p.topicId}/decisions`;
    const ownerId = c.memberIds.find((id) => id !== p.preparerId) ?? '';
    const due = addDays(todayInVietnam(), 30);

    const first = await preparer.post<Topic>(url, { text: SAFETY, ownerId, dueOn: due });
    expect(first.status).toBe(201);
    expect(first.body.permissions.editDecisions).toBe(true);
    expect(first.body.decisionOwners.map((o) => o.id)).toContain(ownerId);
    const second = await preparer.post<Topic>(url, { text: CAMERA, ownerId: null });
    expect(second.body.decisions.map((d) => [d.number, d.text, d.ownerId, d.dueOn, d.adopted])).toEqual([
      [1, SAFETY, ownerId, due, false],
      [2, CAMERA, null, null, false],
    ]);
    const [a, b] = second.body.decisions as [Decision, Decision];
    const changed = await preparer.put<Topic>(`${url}/${b.id}`, { text: `${CAMERA} và cổng`, dueOn: due });
    expect(changed.body.decisions[1]).toMatchObject({ text: `${CAMERA} và cổng`, dueOn: due, ownerId: null });

    // Only the preparer; a field-level 400 for an empty text or someone outside the cell; 404 for another id.
    expect((await secretary.post<ErrorBody>(url, { text: 'Việc khác' })).body.error.code).toBe(
      'PREP_NOT_PREPARER',
    );
    const empty = await preparer.post<ErrorBody>(url, { text: '  ' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.fields).toHaveProperty('text');
    const foreigner = await preparer.post<ErrorBody>(url, {
      text: 'Việc khác',
      ownerId: world.people.memberId,
    });
    expect(foreigner.status).toBe(400);
    expect(foreigner.body.error.fields?.ownerId).toContain('đảng viên của chi bộ');
    const unknown = await preparer.put<ErrorBody>(`${url}/00000000-0000-0000-0000-000000000000`, {
      text: 'x',
    });
    expect(unknown.status).toBe(404);

    const removed = await preparer.delete<Topic>(`${url}/${b.id}`);
    expect(removed.body.decisions.map((d) => d.id)).toEqual([a.id]);

    // Submitted for approval, the draft and its decisions are frozen: what the approver reads is what is voted.
    const saved = await preparer.post<{ versions: { id: string }[] }>(`/api/topics/${p.topicId}/versions`, {
      kind: 'draft',
      html: RESOLUTION_TEXT,
      baseVersionId: p.draftIds.at(-1) ?? null,
    });
    expect(saved.status).toBe(201);
    expect((await preparer.post(`/api/topics/${p.topicId}/submit`, {})).status).toBe(200);
    const frozen = await preparer.post<ErrorBody>(url, { text: 'Việc mới' });
    expect(frozen.status).toBe(409);
    expect(frozen.body.error.code).toBe('DECISION_NOT_EDITABLE');
    expect((await preparer.get<Topic>(`/api/topics/${p.topicId}`)).body.permissions.editDecisions).toBe(
      false,
    );
  });

  it('belong to resolution topics only', async () => {
    const c = await cell('Chi bộ Khoa Răng');
    const p = await buildPreparation(database.db, c.id, { status: 'draft1_writing' });
    const preparer = await c.login(p.preparerId);
    const res = await preparer.post<ErrorBody>(`/api/topics/${p.topicId}/decisions`, { text: 'Việc' });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('DECISION_NOT_RESOLUTION');
    expect((await preparer.get<ErrorBody>(`/api/topics/${p.topicId}/resolution`)).status).toBe(409);
  });
});

// Seed 003, step 4: "Tổ chức họp chi bộ thông qua dự thảo. Đảng viên thảo luận và biểu quyết"; step 5: "Tổ chức
// triển khai thực hiện, sơ tổng kết theo kế hoạch".
describe('voting on the decisions at the meeting', () => {
  it('adopts each decision that passes, makes it a task once, and issues only the adopted ones', async () => {
    const db = database.db;
    const c = await cell('Chi bộ Khoa Tai Mũi Họng');
    const ownerId = c.memberIds[1] ?? '';
    const due = addDays(todayInVietnam(), 30);
    const r = await buildResolution(db, c.id, {
      until: 'voting',
      tasks: [
        { title: SAFETY, ownerId, dueOn: due },
        { title: CAMERA, ownerId: null, dueOn: null },
      ],
    });
    const [safetyId, cameraId] = r.decisionIds as [string, string];
    const secretary = await c.login(r.secretaryId);
    const preparer = await c.login(r.preparerId);
    const url = `/api/meetings/${r.meetingId}`;
    const meeting = async () => (await secretary.get<Meeting>(url)).body;
    expect((await meeting()).decisions.map((d) => [d.number, d.text, d.adopted])).toEqual([
      [1, SAFETY, false],
      [2, CAMERA, false],
    ]);

    const vote = (decisionId: string, forVotes: number) =>
      secretary.post<ErrorBody>(`${url}/votes`, {
        subject: `Quyết nghị: ${decisionId}`,
        mode: 'count',
        tally: { for: forVotes, against: 4 - forVotes, abstain: 0 },
        decisionId,
      });
    expect((await vote(safetyId, 4)).status).toBe(200);
    let m = await meeting();
    expect(m.decisions.map((d) => d.adopted)).toEqual([true, false]);
    // The adopted decision is the meeting's task, copied: what, who, by when, linked to it.
    expect(m.tasks).toEqual([
      {
        id: expect.any(String),
        title: SAFETY,
        ownerId,
        ownerName: expect.any(String),
        dueOn: due,
        decisionId: safetyId,
      },
    ]);
    // Once adopted it is not voted again: no second task.
    const again = await vote(safetyId, 4);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('DECISION_ALREADY_ADOPTED');
    // A decision that fails its vote is not adopted and makes no task.
    expect((await vote(cameraId, 1)).status).toBe(200);
    m = await meeting();
    expect(m.votes.map((v) => [v.decisionId, v.passed])).toEqual([
      [safetyId, true],
      [cameraId, false],
    ]);
    expect(m.decisions.map((d) => d.adopted)).toEqual([true, false]);
    expect(m.tasks).toHaveLength(1);
    const tasks = await db
      .selectFrom('meeting_task')
      .select('decision_id')
      .where('meeting_id', '=', r.meetingId)
      .execute();
    expect(tasks.map((t) => t.decision_id)).toEqual([safetyId]);
    // The task of an adopted decision stays; a decision of another topic is not voted here.
    const remove = await secretary.delete<ErrorBody>(`${url}/tasks/${m.tasks[0]?.id}`);
    expect(remove.body.error.code).toBe('TASK_FROM_DECISION');
    const other = await buildResolution(db, c.id, { until: 'voting' });
    const stranger = await vote(other.decisionIds[0] ?? '', 4);
    expect(stranger.status).toBe(400);
    expect(stranger.body.error.fields).toHaveProperty('decisionId');

    expect((await secretary.post(`${url}/end`)).status).toBe(200);
    // The follow-up tracks it: the member assigned finds it among their tasks.
    const owner = await c.login(ownerId);
    const mine = await owner.get<{ tasks: { title: string }[] }>(
      `/api/me/tasks?year=${todayInVietnam().slice(0, 4)}`,
    );
    expect(mine.body.tasks.map((t) => t.title)).toContain(SAFETY);

    // The topic page shows what is missing before "Ban hành": the vote passed, the final approval not yet.
    const state = await secretary.get<ResolutionState>(`/api/topics/${r.topicId}/resolution`);
    expect(state.status).toBe(200);
    expect(state.body.vote).toEqual({ heldOn: todayInVietnam(), for: 4, base: 4 });
    expect(state.body.finalApproval).toEqual({ approved: false, at: null, byName: null });
    expect(state.body.decisions.map((d) => [d.number, d.adopted, d.vote?.for, d.vote?.passed])).toEqual([
      [1, true, 4, true],
      [2, false, 1, false],
    ]);
    expect(state.body.missing).toBe('FINAL_APPROVAL_MISSING');

    // Completing the text: an adopted decision stays as voted, one that failed may still be reworded.
    const topicUrl = `/api/topics/${r.topicId}`;
    const adopted = await preparer.put<ErrorBody>(`${topicUrl}/decisions/${safetyId}`, { text: 'Đổi' });
    expect(adopted.status).toBe(409);
    expect(adopted.body.error.code).toBe('DECISION_ADOPTED');
    // The failed one stays in the record with its vote: reworded at most, not removed.
    const removeFailed = await preparer.delete<ErrorBody>(`${topicUrl}/decisions/${cameraId}`);
    expect(removeFailed.status).toBe(409);
    expect(removeFailed.body.error.code).toBe('DECISION_VOTED');
    expect(
      (await preparer.get<Topic>(topicUrl)).body.decisions.map((d) => [d.number, d.voted, d.adopted]),
    ).toEqual([
      [1, true, true],
      [2, true, false],
    ]);
    expect(
      (await preparer.put(`${topicUrl}/decisions/${cameraId}`, { text: `${CAMERA} (năm sau)` })).status,
    ).toBe(200);
    const latest = await db
      .selectFrom('topic_version')
      .select('id')
      .where('topic_id', '=', r.topicId)
      .orderBy('number', 'desc')
      .executeTakeFirstOrThrow();
    await preparer.post(`${topicUrl}/versions`, {
      kind: 'draft',
      html: RESOLUTION_TEXT,
      baseVersionId: latest.id,
    });
    expect((await preparer.post(`${topicUrl}/finalise`, {})).status).toBe(200);
    const approver = await c.login(r.approverId);
    expect((await approver.post(`${topicUrl}/approve`, {})).status).toBe(200);
    const ready = await secretary.get<ResolutionState>(`${topicUrl}/resolution`);
    expect(ready.body.finalApproval.approved).toBe(true);
    expect(ready.body.missing).toBeNull();
    expect((await secretary.post(`${topicUrl}/issue`, {})).status).toBe(200);
    // Issued, the decisions are frozen.
    const late = await preparer.put<ErrorBody>(`${topicUrl}/decisions/${cameraId}`, { text: 'Muộn' });
    expect(late.body.error.code).toBe('DECISION_NOT_EDITABLE');

    // The resolution: bases, the situation, "CHI BỘ QUYẾT NGHỊ:" and the adopted decisions numbered, who and
    // by when, then the organisation of implementation; the failed decision and the discussion questions
    // never reach it.
    const html = await secretary.download(`${topicUrl}/document?format=html`);
    expect(html.status).toBe(200);
    const page = new TextDecoder().decode(html.bytes);
    const docx = docxText((await secretary.download(`${topicUrl}/document?format=docx`)).bytes);
    const ddmmyyyy = due.split('-').reverse().join('/');
    for (const text of [page, docx]) {
      const at = (s: string) => text.indexOf(s);
      expect(at('Khảo sát cho thấy công tác tạo nguồn còn chậm.')).toBeGreaterThan(0);
      expect(at('CHI BỘ QUYẾT NGHỊ:')).toBeGreaterThan(at('Khảo sát cho thấy'));
      expect(at(`1. ${SAFETY}.`)).toBeGreaterThan(at('CHI BỘ QUYẾT NGHỊ:'));
      expect(text).toContain(`thời hạn: ${ddmmyyyy}`);
      expect(at('Chi ủy theo dõi, đôn đốc')).toBeGreaterThan(at(`1. ${SAFETY}`));
      expect(text).toContain('(4/4 đảng viên tán thành)');
      expect(text).not.toContain(CAMERA);
      expect(text).not.toContain('Câu hỏi gợi ý thảo luận');
      expect(text).not.toContain('Vì sao quần chúng');
    }

    // The reviews (sơ kết, tổng kết) list the adopted decision as the resolution's task.
    const reviews = await secretary.get<{ taskCounts: { total: number } }>(`${topicUrl}/reviews`);
    expect(reviews.body.taskCounts.total).toBe(1);
  });

  it('refuses to issue a resolution whose votes adopted no decision (409), naming what is missing', async () => {
    const c = await cell('Chi bộ Khoa Da liễu');
    const r = await buildResolution(database.db, c.id, { until: 'approved', adopt: false });
    const secretary = await c.login(r.secretaryId);
    const state = await secretary.get<ResolutionState>(`/api/topics/${r.topicId}/resolution`);
    expect(state.body.vote).not.toBeNull();
    expect(state.body.decisions.map((d) => d.adopted)).toEqual([false]);
    expect(state.body.missing).toBe('DECISIONS_MISSING');
    const res = await secretary.post<ErrorBody>(`/api/topics/${r.topicId}/issue`, {});
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('RESOLUTION_DECISIONS_MISSING');
    expect(res.body.error.message).toContain('quyết nghị');
    const tasks = await database.db
      .selectFrom('meeting_task')
      .select('id')
      .where('meeting_id', '=', r.meetingId)
      .execute();
    expect(tasks).toHaveLength(0);
  });
});
