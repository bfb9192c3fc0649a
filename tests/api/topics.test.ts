import type { z } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import { newId } from '../../src/db/ids.ts';
import type { Actor } from '../../src/domain/authz/policy.ts';
import type { PlanStatus } from '../../src/domain/plans/plan-status.ts';
import type { App } from '../../src/server/app.ts';
import type { MemberSchema } from '../../src/server/features/members/presenter.ts';
import type { PlanSchema } from '../../src/server/features/plans/presenter.ts';
import * as preparation from '../../src/server/features/preparation/service.ts';
import {
  buildCell,
  buildCommittee,
  buildPerson,
  buildPreparation,
  buildRegistration,
  buildUser,
  buildWorld,
  giveRole,
  markFinished,
  PASSWORD,
} from '../fixtures/factories.ts';
import { type ApiClient, buildApp, type ErrorBody, loggedIn } from '../support/api-client.ts';
import { createTestDatabase } from '../support/test-db.ts';

type Plan = z.infer<typeof PlanSchema>;
type Member = z.infer<typeof MemberSchema>;
interface Registration {
  id: string;
  cellId: string;
  year: number;
  personId: string;
  personName: string;
  title: string;
  topicGroup: string | null;
  criterion: string | null;
  reason: string | null;
  preferredQuarter: number | null;
  usedInPlan: boolean;
  planTopicId: string | null;
  canWithdraw: boolean;
}
interface Model {
  id: string;
  committeeId: string;
  committeeName: string;
  sourceCellName: string | null;
  title: string;
  topicGroup: string | null;
  kind: string;
  workContent: string | null;
  publishedAt: string;
  canWithdraw: boolean;
}
interface Assignments {
  year: number;
  topics: {
    topicId: string;
    title: string;
    quarter: number;
    kind: string;
    planId: string;
    planStatus: PlanStatus;
    cellName: string;
  }[];
  steps: {
    id: string;
    step: string;
    dueMonth: number;
    note: string | null;
    topicTitle: string;
    planId: string;
    planStatus: PlanStatus;
    cellName: string;
  }[];
  reading: {
    topicId: string;
    title: string;
    cellName: string;
    round: string;
    sentAt: string;
    openedAt: string | null;
    commentDueOn: string | null;
    commentsOpen: boolean;
    commented: boolean;
  }[];
}
interface AuditEntries {
  entries: { action: string; entityId: string; actorName: string | null }[];
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

/** Every world is new, so its cells have no plan or proposal yet: one year serves every test. */
const YEAR = 2030;

async function setUp() {
  const world = await buildWorld(database.db);
  const as = (who: keyof typeof world.users): Promise<ApiClient> => loggedIn(app, world.users[who], PASSWORD);
  const [secretaryId = '', memberId = '', thirdId = '', deputyId = ''] = world.cell.memberIds;
  return {
    ...world,
    as,
    member: await as('member'),
    secretary: await as('secretary'),
    officer: await as('officer'),
    m: { secretaryId, memberId, thirdId, deputyId },
  };
}
type W = Awaited<ReturnType<typeof setUp>>;

/** A login for someone already recorded (a member of the world without one). */
async function loginAs(personId: string): Promise<ApiClient> {
  return loggedIn(app, await buildUser(database.db, { personId }), PASSWORD);
}

async function nameOf(w: W, personId: string): Promise<string> {
  const res = await w.officer.get<Member>(`/api/members/${personId}`);
  expect(res.status).toBe(200);
  return res.body.fullName;
}

/** Seed 001: members register the topics they want to present. */
const proposal = (overrides: Record<string, unknown> = {}) => ({
  year: YEAR,
  title: 'Xây dựng văn hóa công sở tại Khoa Nội',
  topicGroup: 'workplace_culture',
  criterion: 'pressing_problem',
  reason: 'Người bệnh còn phản ánh về thái độ phục vụ.',
  preferredQuarter: 3,
  ...overrides,
});

async function register(client: ApiClient, cellId: string, overrides: Record<string, unknown> = {}) {
  const res = await client.post<Registration>(`/api/orgs/${cellId}/registrations`, proposal(overrides));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

async function registrations(client: ApiClient, cellId: string, year = YEAR): Promise<Registration[]> {
  const res = await client.get<{ registrations: Registration[] }>(
    `/api/orgs/${cellId}/registrations?year=${year}`,
  );
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.registrations;
}

async function library(client: ApiClient, unitId: string): Promise<Model[]> {
  const res = await client.get<{ models: Model[] }>(`/api/orgs/${unitId}/library`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.models;
}

async function getPlan(client: ApiClient, id: string): Promise<Plan> {
  const res = await client.get<Plan>(`/api/plans/${id}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

async function auditOf(w: W, entityId: string) {
  const res = await (await w.as('admin')).get<AuditEntries>(`/api/audit?entityId=${entityId}&limit=500`);
  expect(res.status).toBe(200);
  return res.body.entries;
}

interface TopicBody {
  title: string;
  topicGroup?: string | null;
  kind: string;
  workContent?: string | null;
  quarter: number;
  preparerIds: string[];
  registrationId?: string | null;
  modelId?: string | null;
  steps?: { step: string; dueMonth: number; responsibleId?: string | null; note?: string | null }[];
}

/** Four topics, one per quarter: the secretary, the member, the third member and the deputy prepare them. */
function fourTopics(w: W): TopicBody[] {
  return [
    {
      title: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về tinh thần phục vụ Nhân dân',
      topicGroup: 'ho_chi_minh_study',
      kind: 'ho_chi_minh',
      workContent: 'Liên hệ với công tác khám chữa bệnh của Khoa.',
      quarter: 1,
      preparerIds: [w.m.secretaryId],
    },
    {
      title: 'Nâng cao chất lượng chuyên môn, y đức của đảng viên Khoa Nội',
      topicGroup: 'professional_quality',
      kind: 'other',
      workContent: 'Đánh giá thực trạng, đề ra giải pháp.',
      quarter: 2,
      preparerIds: [w.m.memberId],
    },
    {
      title: 'Phòng, chống tiêu cực trong khám chữa bệnh',
      kind: 'resolution',
      quarter: 3,
      preparerIds: [w.m.thirdId],
    },
    { title: 'Thực hành dân chủ ở cơ sở', kind: 'other', quarter: 4, preparerIds: [w.m.deputyId] },
  ];
}

async function createPlan(w: W, year = YEAR): Promise<Plan> {
  const res = await w.secretary.post<Plan>(`/api/orgs/${w.cell.id}/plans`, { year });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

async function savePlan(w: W, id: string, topics: TopicBody[]): Promise<Plan> {
  const res = await w.secretary.put<Plan>(`/api/plans/${id}`, {
    legalBases: ['Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018'],
    topics,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

/**
 * The cell's plan for the year, saved, adopted, submitted and acknowledged by the committee, through the API;
 * with `finished`, its topics were then presented and finalised (what the library publishes).
 */
async function acknowledgedPlan(w: W, year = YEAR, finished = true): Promise<Plan> {
  const plan = await createPlan(w, year);
  await savePlan(w, plan.id, fourTopics(w));
  for (const [client, action, body] of [
    [w.secretary, 'adopt', { adoptedOn: `${year}-01-15` }],
    [w.secretary, 'submit', {}],
    [w.officer, 'acknowledge', { remark: 'Đồng ý.' }],
  ] as const) {
    const res = await client.post(`/api/plans/${plan.id}/${action}`, body);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  }
  const acknowledged = await getPlan(w.secretary, plan.id);
  if (finished)
    await markFinished(
      database.db,
      acknowledged.topics.map((t) => t.id),
    );
  return acknowledged;
}

async function publish(w: W, topicId: string, committeeId = w.sub.id): Promise<Model> {
  const res = await w.officer.post<Model>('/api/library', { topicId, committeeId });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

describe('registering topics', () => {
  it('lets a member propose a topic (201), listed for the cell with their name', async () => {
    const w = await setUp();
    const res = await w.member.post<Registration>(`/api/orgs/${w.cell.id}/registrations`, proposal());
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      cellId: w.cell.id,
      year: YEAR,
      personId: w.m.memberId,
      personName: await nameOf(w, w.m.memberId),
      title: 'Xây dựng văn hóa công sở tại Khoa Nội',
      topicGroup: 'workplace_culture',
      criterion: 'pressing_problem',
      reason: 'Người bệnh còn phản ánh về thái độ phục vụ.',
      preferredQuarter: 3,
      usedInPlan: false,
      planTopicId: null,
      canWithdraw: true,
    });
    expect(await registrations(w.secretary, w.cell.id)).toEqual([res.body]);
    expect(await registrations(w.officer, w.cell.id)).toEqual([{ ...res.body, canWithdraw: false }]);
    expect(await registrations(w.member, w.cell.id, YEAR + 1)).toEqual([]);
    expect((await auditOf(w, res.body.id)).map((e) => e.action)).toEqual(['topic.register']);
  });

  it('lets probationary members and the secretary propose too, listed in the order proposed', async () => {
    const w = await setUp();
    const probationaryId = await buildPerson(database.db, {
      unitId: w.cell.id,
      status: 'probationary',
      fullName: 'Đỗ Thị Dự Bị',
    });
    const first = await register(await loginAs(probationaryId), w.cell.id, {
      title: 'Tinh thần tự học của đảng viên trẻ',
      topicGroup: null,
      criterion: null,
      reason: '',
      preferredQuarter: null,
    });
    expect(first).toMatchObject({
      personName: 'Đỗ Thị Dự Bị',
      topicGroup: null,
      criterion: null,
      reason: null,
      preferredQuarter: null,
    });
    const second = await register(w.secretary, w.cell.id, { title: 'Công tác phát triển đảng viên mới' });
    expect((await registrations(w.member, w.cell.id)).map((r) => [r.id, r.personId])).toEqual([
      [first.id, probationaryId],
      [second.id, w.m.secretaryId],
    ]);
  });

  it('says who may propose a topic in the cell (canRegister): its members, not staff, officers or an admin', async () => {
    const w = await setUp();
    const canRegister = async (client: ApiClient) => {
      const res = await client.get<{ canRegister: boolean }>(
        `/api/orgs/${w.cell.id}/registrations?year=${YEAR}`,
      );
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return res.body.canRegister;
    };
    expect(await canRegister(w.member)).toBe(true);
    expect(await canRegister(w.secretary)).toBe(true);
    expect(await canRegister(w.officer)).toBe(false);
    // Staff are not party members: they do not read the cell's proposals at all (issue 19).
    const staff = await (await w.as('staff')).get(`/api/orgs/${w.cell.id}/registrations?year=${YEAR}`);
    expect(staff.status).toBe(403);
    // An administrator may do anything, but has no place in the cell to propose from (409 NOT_A_MEMBER).
    expect(await canRegister(await w.as('admin'))).toBe(false);
  });

  it('answers 403 to the cell’s non-member staff and to a committee officer, and stores nothing', async () => {
    const w = await setUp();
    for (const client of [await w.as('staff'), w.officer]) {
      const res = await client.post<ErrorBody>(`/api/orgs/${w.cell.id}/registrations`, proposal());
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('FORBIDDEN');
    }
    expect(await registrations(w.secretary, w.cell.id)).toEqual([]);
  });

  it('answers 404 to a member of another cell, who cannot see this one', async () => {
    const w = await setUp();
    const neighbour = await loginAs(w.sibling.memberIds[0] ?? '');
    const res = await neighbour.post<ErrorBody>(`/api/orgs/${w.cell.id}/registrations`, proposal());
    expect(res.status).toBe(404);
    expect(await registrations(w.secretary, w.cell.id)).toEqual([]);
  });

  it('refuses an administrator without a member record with 409 NOT_A_MEMBER', async () => {
    const w = await setUp();
    const res = await (await w.as('admin')).post<ErrorBody>(
      `/api/orgs/${w.cell.id}/registrations`,
      proposal(),
    );
    expect(res.status).toBe(409);
    expect(res.body.error).toEqual({
      code: 'NOT_A_MEMBER',
      message: 'Chỉ đảng viên của chi bộ mới đăng ký chuyên đề',
    });
    expect(await registrations(w.secretary, w.cell.id)).toEqual([]);
  });

  it('refuses an empty title, quarter 5 and a bad year with 400, field by field', async () => {
    const w = await setUp();
    const res = await w.member.post<ErrorBody>(
      `/api/orgs/${w.cell.id}/registrations`,
      proposal({ title: ' ', preferredQuarter: 5, year: 1999 }),
    );
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields ?? {}).sort()).toEqual(['preferredQuarter', 'title', 'year']);
    expect(res.body.error.fields?.title).toBe('Không được để trống');
    expect(await registrations(w.secretary, w.cell.id)).toEqual([]);
  });
});

describe('withdrawing a proposal', () => {
  it('lets the proposer withdraw their own unused proposal (204)', async () => {
    const w = await setUp();
    const mine = await register(w.member, w.cell.id);
    const res = await w.member.delete(`/api/registrations/${mine.id}`);
    expect(res.status).toBe(204);
    expect(await registrations(w.secretary, w.cell.id)).toEqual([]);
    expect((await auditOf(w, mine.id)).map((e) => e.action)).toEqual(['topic.withdraw', 'topic.register']);
  });

  it('says for each proposal whether the user may withdraw it (canWithdraw): the proposer, the secretary, the deputy', async () => {
    const w = await setUp();
    const mine = await register(w.member, w.cell.id);
    const ours = await register(w.secretary, w.cell.id, { title: 'Đề xuất của bí thư' });
    const canWithdraw = async (client: ApiClient) =>
      (await registrations(client, w.cell.id)).map((r) => [r.id, r.canWithdraw]);
    expect(await canWithdraw(w.member)).toEqual([
      [mine.id, true],
      [ours.id, false],
    ]);
    expect(await canWithdraw(await loginAs(w.m.thirdId))).toEqual([
      [mine.id, false],
      [ours.id, false],
    ]);
    for (const client of [w.secretary, await loginAs(w.m.deputyId)]) {
      expect(await canWithdraw(client)).toEqual([
        [mine.id, true],
        [ours.id, true],
      ]);
    }
    expect(await canWithdraw(w.officer)).toEqual([
      [mine.id, false],
      [ours.id, false],
    ]);
  });

  it('answers 403 to another plain member, and keeps the proposal', async () => {
    const w = await setUp();
    const mine = await register(w.member, w.cell.id);
    const other = await loginAs(w.m.thirdId);
    const res = await other.delete<ErrorBody>(`/api/registrations/${mine.id}`);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('FORBIDDEN');
    expect(await registrations(w.secretary, w.cell.id)).toEqual([mine]);
  });

  it('lets the secretary and the deputy remove a member’s proposal (204)', async () => {
    const w = await setUp();
    const first = await register(w.member, w.cell.id);
    const second = await register(w.member, w.cell.id, { title: 'Đề xuất thứ hai' });
    expect((await w.secretary.delete(`/api/registrations/${first.id}`)).status).toBe(204);
    const deputy = await loginAs(w.m.deputyId);
    expect((await deputy.delete(`/api/registrations/${second.id}`)).status).toBe(204);
    expect(await registrations(w.secretary, w.cell.id)).toEqual([]);
  });

  it('shows a proposal used in the plan as usedInPlan and refuses to withdraw it (409 REGISTRATION_USED)', async () => {
    const w = await setUp();
    const mine = await register(w.member, w.cell.id, { preferredQuarter: 2 });
    const plan = await createPlan(w);
    const topics = fourTopics(w);
    topics[1] = { ...(topics[1] as TopicBody), title: mine.title, registrationId: mine.id };
    await savePlan(w, plan.id, topics);
    // It links to the plan's topic made from it (its topic page).
    const saved = await w.secretary.get<{ topics: { id: string; title: string }[] }>(`/api/plans/${plan.id}`);
    const planTopicId = saved.body.topics.find((t) => t.title === mine.title)?.id;
    expect(planTopicId).toEqual(expect.any(String));
    expect(await registrations(w.member, w.cell.id)).toEqual([
      { ...mine, usedInPlan: true, planTopicId, canWithdraw: false },
    ]);

    for (const client of [w.member, w.secretary]) {
      const res = await client.delete<ErrorBody>(`/api/registrations/${mine.id}`);
      expect(res.status).toBe(409);
      expect(res.body.error).toEqual({
        code: 'REGISTRATION_USED',
        message: 'Đề xuất đã được đưa vào kế hoạch, không xóa được',
      });
    }
    expect(await registrations(w.member, w.cell.id)).toEqual([
      { ...mine, usedInPlan: true, planTopicId, canWithdraw: false },
    ]);

    // Once the plan no longer uses it, the proposer may withdraw it.
    await savePlan(w, plan.id, fourTopics(w));
    expect((await registrations(w.member, w.cell.id))[0]?.usedInPlan).toBe(false);
    expect((await w.member.delete(`/api/registrations/${mine.id}`)).status).toBe(204);
  });

  it('answers 404 for an unknown proposal', async () => {
    const w = await setUp();
    const res = await w.secretary.delete<ErrorBody>(`/api/registrations/${newId()}`);
    expect(res.status).toBe(404);
  });
});

describe('the topic library', () => {
  it('lets a committee officer publish a finished topic (201), seen by the cells under it', async () => {
    const w = await setUp();
    const plan = await acknowledgedPlan(w);
    const topic = plan.topics[1];
    const res = await w.officer.post<Model>('/api/library', { topicId: topic?.id, committeeId: w.sub.id });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      committeeId: w.sub.id,
      committeeName: 'Đảng ủy Bệnh viện Thử Nghiệm',
      sourceCellName: 'Chi bộ Khoa Nội',
      sourceTopicId: topic?.id,
      title: 'Nâng cao chất lượng chuyên môn, y đức của đảng viên Khoa Nội',
      topicGroup: 'professional_quality',
      kind: 'other',
      workContent: 'Đánh giá thực trạng, đề ra giải pháp.',
      publishedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      // Published by hand, not from a model meeting: no lessons (model-meetings.test.ts).
      lessons: null,
      canWithdraw: true,
    });
    expect(await library(w.member, w.cell.id)).toEqual([{ ...res.body, canWithdraw: false }]);
    expect(await library(w.officer, w.sibling.id)).toEqual([res.body]);
    expect(await library(w.officer, w.sub.id)).toEqual([res.body]);
    expect((await auditOf(w, res.body.id)).map((e) => [e.action, e.actorName])).toEqual([
      ['library.publish', 'Trần Thị Cán Bộ'],
    ]);
  });

  it('refuses to publish the same topic twice into one library (409 MODEL_EXISTS)', async () => {
    const w = await setUp();
    const plan = await acknowledgedPlan(w);
    const topicId = plan.topics[0]?.id ?? '';
    const first = await publish(w, topicId);
    const again = await w.officer.post<ErrorBody>('/api/library', { topicId, committeeId: w.sub.id });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('MODEL_EXISTS');
    expect(await library(w.member, w.cell.id)).toEqual([{ ...first, canWithdraw: false }]);
  });

  it('keeps a model out of the library of cells elsewhere (another committee, another tree)', async () => {
    const w = await setUp();
    const plan = await acknowledgedPlan(w);
    const model = await publish(w, plan.topics[0]?.id ?? '');

    const school = await buildCommittee(database.db, {
      parentId: w.root.id,
      name: 'Đảng ủy Trường Thử Nghiệm',
    });
    const maths = await buildCell(database.db, { parentId: school.id, members: 1 });
    expect(await library(await loginAs(maths.memberIds[0] ?? ''), maths.id)).toEqual([]);
    expect(await library(await loginAs(w.foreignCell.memberIds[0] ?? ''), w.foreignCell.id)).toEqual([]);
    expect((await library(await w.as('admin'), w.foreignCell.id)).map((m) => m.id)).not.toContain(model.id);
  });

  it('refuses a topic not yet presented at its meeting with 409 TOPIC_NOT_FINISHED', async () => {
    const w = await setUp();
    const plan = await acknowledgedPlan(w, YEAR, false);
    const preparing = await buildPreparation(database.db, w.cell.id, { status: 'draft2_approved' });
    for (const topicId of [plan.topics[0]?.id, preparing.topicId]) {
      const res = await w.officer.post<ErrorBody>('/api/library', { topicId, committeeId: w.sub.id });
      expect(res.status).toBe(409);
      expect(res.body.error).toEqual({
        code: 'TOPIC_NOT_FINISHED',
        message: 'Chỉ công bố chuyên đề đã sinh hoạt, hoàn chỉnh',
      });
    }
    expect(await library(w.officer, w.sub.id)).toEqual([]);
  });

  it('refuses to publish into a committee that is not above the topic’s cell (403) or an unknown topic (404)', async () => {
    const w = await setUp();
    const plan = await acknowledgedPlan(w);
    const topicId = plan.topics[0]?.id;
    const school = await buildCommittee(database.db, { parentId: w.root.id });
    const admin = await w.as('admin');
    for (const committeeId of [school.id, w.cell.id]) {
      const res = await admin.post<ErrorBody>('/api/library', { topicId, committeeId });
      expect(res.status, committeeId).toBe(403);
    }
    const unknown = await w.officer.post<ErrorBody>('/api/library', {
      topicId: newId(),
      committeeId: w.sub.id,
    });
    expect(unknown.status).toBe(404);
    expect(await library(admin, school.id)).toEqual([]);
    expect(await library(admin, w.cell.id)).toEqual([]);
  });

  it('says for each model whether the user may withdraw it (canWithdraw): officers of its committee or above', async () => {
    const w = await setUp();
    const plan = await acknowledgedPlan(w);
    const fromSub = await publish(w, plan.topics[0]?.id ?? '');
    const rootOfficerId = await buildPerson(database.db, { unitId: w.sibling.id });
    await giveRole(database.db, w.root.id, rootOfficerId, 'officer');
    const rootOfficer = await loginAs(rootOfficerId);
    const fromRoot = await rootOfficer.post<Model>('/api/library', {
      topicId: plan.topics[1]?.id,
      committeeId: w.root.id,
    });
    expect(fromRoot.status, JSON.stringify(fromRoot.body)).toBe(201);
    expect(fromRoot.body.canWithdraw).toBe(true);
    const canWithdraw = async (client: ApiClient, unitId = w.cell.id) =>
      Object.fromEntries((await library(client, unitId)).map((m) => [m.id, m.canWithdraw]));

    // The sub-committee's officer withdraws its own model, not the root's, wherever they look from.
    for (const unitId of [w.cell.id, w.sub.id]) {
      expect(await canWithdraw(w.officer, unitId)).toEqual({ [fromSub.id]: true, [fromRoot.body.id]: false });
    }
    expect(await canWithdraw(rootOfficer)).toEqual({ [fromSub.id]: true, [fromRoot.body.id]: true });
    for (const who of ['inspector', 'secretary', 'member'] as const) {
      expect(await canWithdraw(await w.as(who))).toEqual({ [fromSub.id]: false, [fromRoot.body.id]: false });
    }
    expect((await (await w.as('inspector')).delete(`/api/library/${fromSub.id}`)).status).toBe(403);
    // The root is above the sub-committee's officer: not even visible to them (404).
    expect((await w.officer.delete(`/api/library/${fromRoot.body.id}`)).status).toBe(404);
    expect((await rootOfficer.delete(`/api/library/${fromSub.id}`)).status).toBe(204);
  });

  it('lets a later plan’s topic take the model; unpublishing (204) clears that reference', async () => {
    const w = await setUp();
    const source = await acknowledgedPlan(w);
    const model = await publish(w, source.topics[1]?.id ?? '');

    const next = await createPlan(w, YEAR + 1);
    const topics = fourTopics(w).map((t) => ({ ...t }));
    topics[1] = { ...(topics[1] as TopicBody), modelId: model.id };
    const saved = await savePlan(w, next.id, topics);
    expect(saved.topics.map((t) => t.modelId)).toEqual([null, model.id, null, null]);

    // A cell member cannot see the committee that holds the model (404), let alone withdraw it.
    const refused = await w.member.delete<ErrorBody>(`/api/library/${model.id}`);
    expect(refused.status).toBe(404);
    expect((await library(w.member, w.cell.id)).map((m) => m.id)).toEqual([model.id]);

    const res = await w.officer.delete(`/api/library/${model.id}`);
    expect(res.status).toBe(204);
    expect(await library(w.member, w.cell.id)).toEqual([]);
    const after = await getPlan(w.secretary, next.id);
    expect(after.topics.map((t) => t.modelId)).toEqual([null, null, null, null]);
    expect(after.topics.map((t) => t.title)).toEqual(saved.topics.map((t) => t.title));
    expect((await auditOf(w, model.id)).map((e) => e.action)).toEqual([
      'library.unpublish',
      'library.publish',
    ]);

    const again = await w.officer.delete<ErrorBody>(`/api/library/${model.id}`);
    expect(again.status).toBe(404);
  });
});

describe('my assignments', () => {
  it('shows a preparer their topics and the steps they answer for, in the year asked only', async () => {
    const w = await setUp();
    const plan = await createPlan(w);
    const topics = fourTopics(w);
    // The member prepares quarter 2's topic and also answers for quarter 4's meeting, with a note.
    topics[3] = {
      ...(topics[3] as TopicBody),
      steps: [
        { step: 'outline', dueMonth: 10 },
        { step: 'draft1', dueMonth: 10 },
        { step: 'comments', dueMonth: 11 },
        { step: 'draft2', dueMonth: 11 },
        { step: 'meeting', dueMonth: 12, responsibleId: w.m.memberId, note: 'Chuẩn bị hội trường' },
      ],
    };
    const saved = await savePlan(w, plan.id, topics);
    // Another year's plan with the member preparing too: not in this year's list.
    const other = await createPlan(w, YEAR + 1);
    await savePlan(w, other.id, fourTopics(w));

    const res = await w.member.get<Assignments>(`/api/me/assignments?year=${YEAR}`);
    expect(res.status).toBe(200);
    const quarter2 = saved.topics[1];
    const quarter4 = saved.topics[3];
    const common = { planId: plan.id, planStatus: 'draft', cellName: 'Chi bộ Khoa Nội' };
    expect(res.body).toEqual({
      year: YEAR,
      topics: [{ topicId: quarter2?.id, title: quarter2?.title, quarter: 2, kind: 'other', ...common }],
      steps: [
        ...(
          [
            ['outline', 4],
            ['draft1', 4],
            ['comments', 5],
            ['draft2', 5],
          ] as const
        ).map(([step, dueMonth]) => ({
          id: expect.any(String),
          step,
          dueMonth,
          note: null,
          topicId: quarter2?.id,
          topicTitle: quarter2?.title,
          ...common,
        })),
        {
          id: expect.any(String),
          step: 'meeting',
          dueMonth: 12,
          note: 'Chuẩn bị hội trường',
          topicId: quarter4?.id,
          topicTitle: quarter4?.title,
          ...common,
        },
      ],
      reading: [],
      meetings: [],
    });

    const nextYear = await w.member.get<Assignments>(`/api/me/assignments?year=${YEAR + 1}`);
    expect(nextYear.body.topics.map((t) => [t.planId, t.quarter])).toEqual([[other.id, 2]]);
    expect(nextYear.body.steps.map((s) => s.dueMonth)).toEqual([4, 4, 5, 5]);
    const none = await w.member.get<Assignments>(`/api/me/assignments?year=${YEAR + 2}`);
    expect(none.body).toEqual({ year: YEAR + 2, topics: [], steps: [], reading: [], meetings: [] });
  });

  it('follows the plan’s status and leaves other members’ work out', async () => {
    const w = await setUp();
    const plan = await acknowledgedPlan(w);
    const third = await loginAs(w.m.thirdId);
    const res = await third.get<Assignments>(`/api/me/assignments?year=${YEAR}`);
    expect(res.body.topics.map((t) => [t.title, t.quarter, t.planStatus])).toEqual([
      ['Phòng, chống tiêu cực trong khám chữa bệnh', 3, 'acknowledged'],
    ]);
    expect(res.body.steps.map((s) => [s.step, s.dueMonth, s.planId])).toEqual([
      ['outline', 7, plan.id],
      ['draft1', 7, plan.id],
      ['comments', 8, plan.id],
      ['draft2', 8, plan.id],
    ]);
  });

  it('gives empty lists to someone with no member record or no assignment', async () => {
    const w = await setUp();
    await acknowledgedPlan(w);
    await buildRegistration(database.db, w.cell.id, w.m.memberId, YEAR);
    for (const client of [await w.as('admin'), await w.as('staff'), w.officer]) {
      const res = await client.get<Assignments>(`/api/me/assignments?year=${YEAR}`);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ year: YEAR, topics: [], steps: [], reading: [], meetings: [] });
    }
  });

  it('lists the drafts sent to a member, whether they opened and commented, and until when', async () => {
    const w = await setUp();
    const saved = await acknowledgedPlan(w, YEAR, false);
    const topic = saved.topics[0];
    const preparerId = topic?.preparers[0]?.id ?? '';
    const preparer: Actor = {
      userId: 'test',
      personId: preparerId,
      isAdmin: false,
      grants: [{ unitId: w.cell.id, role: 'member' }],
    };
    await preparation.saveVersion(database.db, preparer, topic?.id ?? '', {
      kind: 'draft',
      html: '<p>Dự thảo</p>',
      baseVersionId: null,
    });
    await preparation.act(database.db, preparer, topic?.id ?? '', 'submit');
    const approverId = preparerId === w.m.secretaryId ? w.m.deputyId : w.m.secretaryId;
    const approver: Actor = {
      ...preparer,
      personId: approverId,
      grants: [{ unitId: w.cell.id, role: approverId === w.m.secretaryId ? 'secretary' : 'deputy' }],
    };
    await preparation.act(database.db, approver, topic?.id ?? '', 'approve', { commentDueOn: '2099-01-01' });

    const readerId = [w.m.memberId, w.m.thirdId].find((id) => id !== preparerId) ?? '';
    const reader = await loginAs(readerId);
    const res = await reader.get<Assignments>(`/api/me/assignments?year=${YEAR}`);
    expect(res.body.reading).toEqual([
      {
        topicId: topic?.id,
        title: topic?.title,
        cellName: 'Chi bộ Khoa Nội',
        round: 'draft1',
        sentAt: expect.any(String),
        openedAt: null,
        commentDueOn: '2099-01-01',
        commentsOpen: true,
        commented: false,
      },
    ]);
    await reader.post(`/api/topics/${topic?.id}/comments`, { body: 'Góp ý' });
    const after = await reader.get<Assignments>(`/api/me/assignments?year=${YEAR}`);
    expect(after.body.reading[0]).toMatchObject({ openedAt: expect.any(String), commented: true });
    const preparerView = await loginAs(preparerId);
    expect((await preparerView.get<Assignments>(`/api/me/assignments?year=${YEAR}`)).body.reading).toEqual(
      [],
    );
  });

  it('lists the meetings a member was given notice of, until they end', async () => {
    const w = await setUp();
    const saved = await acknowledgedPlan(w);
    const topic = saved.topics[0];
    const scheduled = await w.secretary.post<{ id: string }>(`/api/orgs/${w.cell.id}/meetings`, {
      topicId: topic?.id,
      kind: 'thematic',
      heldOn: `${YEAR}-03-10`,
      startsAt: '14:00',
      place: 'Hội trường',
    });
    expect(scheduled.status).toBe(201);
    const member = await loginAs(w.m.memberId);
    const mine = async () =>
      (await member.get<Assignments & { meetings: unknown[] }>(`/api/me/assignments?year=${YEAR}`)).body
        .meetings;
    expect(await mine()).toEqual([]);
    expect((await w.secretary.post(`/api/meetings/${scheduled.body.id}/notice`)).status).toBe(200);
    expect(await mine()).toEqual([
      {
        meetingId: scheduled.body.id,
        heldOn: `${YEAR}-03-10`,
        startsAt: '14:00',
        place: 'Hội trường',
        status: 'scheduled',
        topicId: topic?.id,
        topicTitle: topic?.title,
        cellName: 'Chi bộ Khoa Nội',
      },
    ]);
    await w.secretary.post(`/api/meetings/${scheduled.body.id}/start`);
    await w.secretary.post(`/api/meetings/${scheduled.body.id}/end`);
    expect(await mine()).toEqual([]);
  });

  it('requires a valid year (400)', async () => {
    const w = await setUp();
    for (const query of ['', '?year=1999', '?year=nam-nay']) {
      const res = await w.member.get<ErrorBody>(`/api/me/assignments${query}`);
      expect(res.status, query).toBe(400);
      expect(Object.keys(res.body.error.fields ?? {})).toEqual(['year']);
    }
  });
});
