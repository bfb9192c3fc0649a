import type { z } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import { newId } from '../../src/db/ids.ts';
import type { Actor } from '../../src/domain/authz/policy.ts';
import { checkPlan } from '../../src/domain/plans/plan-checks.ts';
import type { PlanAction, PlanStatus } from '../../src/domain/plans/plan-status.ts';
import type { App } from '../../src/server/app.ts';
import type { PlanSchema } from '../../src/server/features/plans/presenter.ts';
import * as preparation from '../../src/server/features/preparation/service.ts';
import {
  buildCell,
  buildCommittee,
  buildGuidance,
  buildModel,
  buildPerson,
  buildPlan,
  buildRegistration,
  buildUser,
  buildWorld,
  giveRole,
  markFinished,
  PASSWORD,
} from '../fixtures/factories.ts';
import { type ApiClient, buildApp, type ErrorBody, loggedIn } from '../support/api-client.ts';
import { failInsertsInto } from '../support/fail-inserts.ts';
import { overviewOf } from '../support/overview.ts';
import { createTestDatabase } from '../support/test-db.ts';

type Plan = z.infer<typeof PlanSchema>;
interface AuditEntries {
  entries: { action: string; entityId: string; actorName: string | null; before: unknown; after: unknown }[];
}
interface StepBody {
  step: string;
  dueMonth: number;
  responsibleId?: string | null;
  note?: string | null;
}
interface TopicBody {
  id?: string | null;
  title: string;
  topicGroup?: string | null;
  kind: string;
  workContent?: string | null;
  quarter: number;
  preparerIds: string[];
  registrationId?: string | null;
  modelId?: string | null;
  steps?: StepBody[];
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

const MESSAGES = {
  required: 'Không được để trống',
  notInCell: 'Người được phân công phải là đảng viên đang sinh hoạt tại chi bộ',
  stepsInvalid:
    'Mỗi chuyên đề có đủ 5 bước theo thứ tự: đề cương, dự thảo lần 1, lấy ý kiến, dự thảo lần 2, sinh hoạt',
  rulesNotMet:
    'Kế hoạch chưa đạt yêu cầu bắt buộc: mỗi quý ít nhất một chuyên đề; mỗi chuyên đề có người chuẩn bị và sinh hoạt trong quý của nó',
  notEditable: 'Kế hoạch đã thông qua hoặc đã gửi, không sửa được; hãy mở lại để sửa',
  transition: 'Không thể thực hiện thao tác này ở trạng thái hiện tại của kế hoạch',
  changed: 'Kế hoạch vừa được người khác sửa; hãy tải lại để xem bản mới nhất',
};

/**
 * Our world (root → sub-committee → two cells, one foreign tree), the secretary and the officer signed in.
 * Every world is new, so its cells have no plan yet: one year serves every test. (Factories that build plans
 * on their own take years from nextPlanYear(), 2041 on, which never meet this one.)
 */
async function setUp() {
  const world = await buildWorld(database.db);
  const as = (who: keyof typeof world.users): Promise<ApiClient> => loggedIn(app, world.users[who], PASSWORD);
  const [secretaryId = '', memberId = '', thirdId = '', deputyId = ''] = world.cell.memberIds;
  return {
    ...world,
    as,
    year: 2030,
    secretary: await as('secretary'),
    officer: await as('officer'),
    m: { secretaryId, memberId, thirdId, deputyId },
  };
}
type W = Awaited<ReturnType<typeof setUp>>;

/** Seed 000's four topics, one per quarter, prepared by the cell's members in turn. */
function fourTopics(w: W): TopicBody[] {
  return [
    {
      title: 'Vận dụng tư tưởng, đạo đức, phong cách Hồ Chí Minh về tôn trọng Nhân dân, phát huy dân chủ',
      topicGroup: 'ho_chi_minh_study',
      kind: 'ho_chi_minh',
      workContent: 'Xây dựng chuyên đề theo tài liệu hướng dẫn của Trung ương và cấp ủy cấp trên.',
      quarter: 1,
      preparerIds: [w.m.secretaryId],
    },
    {
      title: 'Thực hiện Nghị quyết Trung ương 4 khóa XII về tăng cường xây dựng, chỉnh đốn Đảng',
      topicGroup: 'preventing_degradation',
      kind: 'other',
      workContent: 'Tiếp tục quán triệt tất cả đảng viên thực hiện các giải pháp.',
      quarter: 2,
      preparerIds: [w.m.memberId],
    },
    {
      title: 'Giải pháp nâng cao chất lượng hoạt động của chi bộ',
      topicGroup: 'party_building',
      kind: 'resolution',
      quarter: 3,
      preparerIds: [w.m.thirdId],
    },
    {
      title: 'Nâng cao chất lượng công tác kiểm tra, giám sát thường xuyên của chi bộ',
      topicGroup: 'party_building',
      kind: 'other',
      quarter: 4,
      preparerIds: [w.m.deputyId],
    },
  ];
}

function planBody(w: W, overrides: { legalBases?: string[]; topics?: TopicBody[] } = {}) {
  return {
    legalBases: ['Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018', 'Chỉ thị số 05-CT/TW ngày 15/5/2016'],
    purpose: 'Nâng cao nhận thức và hành động của cán bộ, đảng viên.',
    requirements: 'Đảng viên tích cực tham gia thảo luận các chuyên đề.',
    organisation: 'Bí thư chi bộ chỉ đạo, đôn đốc việc chuẩn bị đề cương và dự thảo.',
    topics: fourTopics(w),
    ...overrides,
  };
}

const seedMonths = (quarter: number) => [1, 1, 2, 2, 3].map((m) => (quarter - 1) * 3 + m);
const STEP_NAMES = ['outline', 'draft1', 'comments', 'draft2', 'meeting'] as const;
const steps = (months: number[]): StepBody[] =>
  STEP_NAMES.map((step, i) => ({ step, dueMonth: months[i] ?? 0 }));

async function createPlan(w: W, client: ApiClient = w.secretary, year = w.year): Promise<Plan> {
  const res = await client.post<Plan>(`/api/orgs/${w.cell.id}/plans`, { year });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

async function getPlan(client: ApiClient, id: string): Promise<Plan> {
  const res = await client.get<Plan>(`/api/plans/${id}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

async function save(client: ApiClient, id: string, body: unknown): Promise<Plan> {
  const res = await client.put<Plan>(`/api/plans/${id}`, body);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

async function act(client: ApiClient, id: string, action: PlanAction, body: unknown = {}): Promise<Plan> {
  const res = await client.post<Plan>(`/api/plans/${id}/${action}`, body);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

/** A saved plan of seed 000's four topics, taken to the given state through the API. */
async function planIn(w: W, status: PlanStatus): Promise<Plan> {
  const plan = await createPlan(w);
  await save(w.secretary, plan.id, planBody(w));
  if (status === 'draft') return getPlan(w.secretary, plan.id);
  await act(w.secretary, plan.id, 'adopt', { adoptedOn: `${w.year}-01-15` });
  if (status === 'adopted') return getPlan(w.secretary, plan.id);
  await act(w.secretary, plan.id, 'submit');
  if (status === 'submitted') return getPlan(w.secretary, plan.id);
  if (status === 'returned') await act(w.officer, plan.id, 'return', { remark: 'Bổ sung người chuẩn bị.' });
  else await act(w.officer, plan.id, 'acknowledge', { remark: 'Đồng ý.' });
  return getPlan(w.secretary, plan.id);
}

async function auditOf(w: W, entityId: string) {
  const res = await (await w.as('admin')).get<AuditEntries>(`/api/audit?entityId=${entityId}&limit=500`);
  expect(res.status).toBe(200);
  return res.body.entries;
}

const nameOf = (plan: Plan, personId: string) => plan.people.find((p) => p.id === personId)?.fullName ?? '';
const byId = <T extends { id: string }>(list: readonly T[]) =>
  [...list].sort((a, b) => a.id.localeCompare(b.id));

describe('starting the year’s plan', () => {
  it('creates a draft (201) whose legal bases come from the guidance of the cell’s committees that year', async () => {
    const w = await setUp();
    const fromSub = await w.officer.post<{ referenceNumber: string; title: string }>(
      `/api/orgs/${w.sub.id}/guidance`,
      {
        year: w.year,
        referenceNumber: '07-CV/ĐU',
        issuedOn: `${w.year}-01-10`,
        title: `Về việc xây dựng kế hoạch sinh hoạt chuyên đề năm ${w.year}`,
        documents: [
          'Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018',
          'Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị',
        ],
        topicGroups: [],
        planDeadline: `${w.year}-01-31`,
      },
    );
    expect(fromSub.status).toBe(201);
    // The root's guidance (issued 5 January, citing Chỉ thị 05 again) is older; other years and other trees don't count.
    const fromRootId = await buildGuidance(database.db, w.root.id, w.year);
    await buildGuidance(database.db, w.root.id, w.year - 1);
    await buildGuidance(database.db, w.foreignRoot.id, w.year);
    const otherSub = await buildCommittee(database.db, { parentId: w.root.id });
    await buildGuidance(database.db, otherSub.id, w.year);
    const fromRoot = (
      await w.secretary.get<{ guidance: { id: string; referenceNumber: string; title: string }[] }>(
        `/api/orgs/${w.cell.id}/guidance?year=${w.year}`,
      )
    ).body.guidance.find((g) => g.id === fromRootId);

    const res = await w.secretary.post<Plan>(`/api/orgs/${w.cell.id}/plans`, { year: w.year });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      cellId: w.cell.id,
      cellName: 'Chi bộ Khoa Nội',
      year: w.year,
      status: 'draft',
      number: null,
      legalBases: [
        `07-CV/ĐU — Về việc xây dựng kế hoạch sinh hoạt chuyên đề năm ${w.year}`,
        'Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018',
        'Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị',
        `${fromRoot?.referenceNumber} — ${fromRoot?.title}`,
      ],
      purpose: null,
      requirements: null,
      organisation: null,
      adoptedOn: null,
      submittedAt: null,
      reviewedAt: null,
      // The nearest committee's guidance (the hospital's 07-CV) sets the deadline, not the root's.
      deadline: { on: `${w.year}-01-31`, late: null },
      reviewRemark: null,
      updatedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      topics: [],
      events: [],
      checks: {
        errors: [1, 2, 3, 4].map((quarter) => ({ code: 'QUARTER_WITHOUT_TOPIC', quarter })),
        warnings: [],
      },
      people: expect.any(Array),
      permissions: { edit: true, review: false, actions: ['adopt'], publishTo: [] },
    });
    // Only the cell's party members can be assigned: not its staff.
    expect(res.body.people.map((p) => p.id).sort()).toEqual([...w.cell.memberIds].sort());
    expect(await getPlan(w.secretary, res.body.id)).toEqual(res.body);
    expect((await auditOf(w, res.body.id)).map((e) => [e.action, e.actorName])).toEqual([
      ['plan.create', nameOf(res.body, w.m.secretaryId)],
    ]);
  });

  it('starts without legal bases when no guidance arrived for the year, which only warns', async () => {
    const w = await setUp();
    await buildGuidance(database.db, w.sub.id, w.year + 1);
    const plan = await createPlan(w);
    expect(plan.legalBases).toEqual([]);
    expect(plan.checks.warnings).toEqual([{ code: 'NO_LEGAL_BASIS' }]);
  });

  it('lets the deputy start the plan too', async () => {
    const w = await setUp();
    const deputy = await loggedIn(app, await buildUser(database.db, { personId: w.m.deputyId }), PASSWORD);
    const plan = await createPlan(w, deputy);
    expect(plan.status).toBe('draft');
  });

  it('refuses a second plan for the same year with 409 PLAN_EXISTS; another year is fine', async () => {
    const w = await setUp();
    const first = await createPlan(w);
    const res = await w.secretary.post<ErrorBody>(`/api/orgs/${w.cell.id}/plans`, { year: w.year });
    expect(res.status).toBe(409);
    expect(res.body.error).toEqual({
      code: 'PLAN_EXISTS',
      message: 'Chi bộ đã có kế hoạch cho năm này',
      fields: { year: 'Chi bộ đã có kế hoạch cho năm này' },
    });
    const overview = await overviewOf(w.secretary, `/api/orgs/${w.cell.id}/plans?year=${w.year}`);
    expect(overview.body.cells.map((c) => c.plan?.id)).toEqual([first.id]);
    const next = await createPlan(w, w.secretary, w.year + 1);
    expect(next.id).not.toBe(first.id);
  });

  it('refuses a plan on a committee with 409 PLAN_NOT_CELL', async () => {
    const w = await setUp();
    const admin = await w.as('admin');
    const res = await admin.post<ErrorBody>(`/api/orgs/${w.sub.id}/plans`, { year: w.year });
    expect(res.status).toBe(409);
    expect(res.body.error).toEqual({
      code: 'PLAN_NOT_CELL',
      message: 'Kế hoạch sinh hoạt chuyên đề là của chi bộ',
    });
    const overview = await overviewOf(admin, `/api/orgs/${w.sub.id}/plans?year=${w.year}`);
    expect(overview.body.cells.every((c) => c.plan === null)).toBe(true);
  });

  it('refuses a year outside 2000–2100 with 400 fields.year', async () => {
    const w = await setUp();
    const res = await w.secretary.post<ErrorBody>(`/api/orgs/${w.cell.id}/plans`, { year: 1999 });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields ?? {})).toEqual(['year']);
  });

  it('answers 404 for an unknown plan', async () => {
    const w = await setUp();
    const res = await w.secretary.get<ErrorBody>(`/api/plans/${newId()}`);
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('NOT_FOUND');
  });
});

describe('saving the plan', () => {
  it('saves four topics; omitted steps get months 1, 1, 2, 2, 3 of the quarter, the preparer answering for 1–4', async () => {
    const w = await setUp();
    const plan = await createPlan(w);
    const saved = await save(w.secretary, plan.id, planBody(w));
    const preparers = [w.m.secretaryId, w.m.memberId, w.m.thirdId, w.m.deputyId];
    expect(saved).toMatchObject({
      status: 'draft',
      legalBases: ['Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018', 'Chỉ thị số 05-CT/TW ngày 15/5/2016'],
      purpose: 'Nâng cao nhận thức và hành động của cán bộ, đảng viên.',
      requirements: 'Đảng viên tích cực tham gia thảo luận các chuyên đề.',
      organisation: 'Bí thư chi bộ chỉ đạo, đôn đốc việc chuẩn bị đề cương và dự thảo.',
      checks: { errors: [], warnings: [] },
      permissions: { edit: true, review: false, actions: ['adopt'] },
    });
    expect(saved.topics).toEqual(
      fourTopics(w).map((t, i) => {
        const preparer = preparers[i] ?? '';
        return {
          id: expect.any(String),
          position: i + 1,
          title: t.title,
          topicGroup: t.topicGroup,
          kind: t.kind,
          workContent: t.workContent ?? null,
          quarter: i + 1,
          meetingMonth: (i + 1) * 3,
          preparers: [{ id: preparer, fullName: nameOf(saved, preparer) }],
          registrationId: null,
          modelId: null,
          steps: STEP_NAMES.map((step, k) => ({
            step,
            dueMonth: seedMonths(i + 1)[k],
            responsibleId: k < 4 ? preparer : null,
            responsibleName: k < 4 ? nameOf(saved, preparer) : null,
            note: null,
          })),
          preparation: null,
        };
      }),
    );
    expect(await getPlan(w.officer, plan.id)).toEqual({
      ...saved,
      permissions: { edit: false, review: true, actions: [], publishTo: [] },
    });
  });

  it('keeps given steps with their months, responsible people and notes', async () => {
    const w = await setUp();
    const plan = await createPlan(w);
    const topics = fourTopics(w);
    topics[1] = {
      ...(topics[1] as TopicBody),
      steps: [
        { step: 'outline', dueMonth: 4, responsibleId: w.m.deputyId, note: 'Bí thư trao đổi đề cương' },
        { step: 'draft1', dueMonth: 4 },
        { step: 'comments', dueMonth: 5, note: 'Gửi dự thảo qua Zalo' },
        { step: 'draft2', dueMonth: 5, responsibleId: null },
        {
          step: 'meeting',
          dueMonth: 6,
          responsibleId: w.m.secretaryId,
          note: 'Sinh hoạt thường kỳ xong mới sinh hoạt chuyên đề',
        },
      ],
    };
    const saved = await save(w.secretary, plan.id, planBody(w, { topics }));
    const name = (id: string) => nameOf(saved, id);
    expect(saved.topics[1]?.steps).toEqual([
      {
        step: 'outline',
        dueMonth: 4,
        responsibleId: w.m.deputyId,
        responsibleName: name(w.m.deputyId),
        note: 'Bí thư trao đổi đề cương',
      },
      {
        step: 'draft1',
        dueMonth: 4,
        responsibleId: w.m.memberId,
        responsibleName: name(w.m.memberId),
        note: null,
      },
      {
        step: 'comments',
        dueMonth: 5,
        responsibleId: w.m.memberId,
        responsibleName: name(w.m.memberId),
        note: 'Gửi dự thảo qua Zalo',
      },
      {
        step: 'draft2',
        dueMonth: 5,
        responsibleId: w.m.memberId,
        responsibleName: name(w.m.memberId),
        note: null,
      },
      {
        step: 'meeting',
        dueMonth: 6,
        responsibleId: w.m.secretaryId,
        responsibleName: name(w.m.secretaryId),
        note: 'Sinh hoạt thường kỳ xong mới sinh hoạt chuyên đề',
      },
    ]);
    expect((await getPlan(w.secretary, plan.id)).topics[1]?.steps).toEqual(saved.topics[1]?.steps);
  });

  it('keeps the ids of topics sent back, follows the new order, and drops topics left out', async () => {
    const w = await setUp();
    const plan = await createPlan(w);
    const first = await save(w.secretary, plan.id, planBody(w));
    const [q1, q2, q3] = first.topics;
    const topics = fourTopics(w);
    const resent: TopicBody[] = [
      { ...(topics[2] as TopicBody), id: q3?.id },
      { ...(topics[0] as TopicBody), id: q1?.id, title: 'Chuyên đề quý I (sửa)' },
      { ...(topics[1] as TopicBody), id: null },
    ];
    const second = await save(w.secretary, plan.id, planBody(w, { topics: resent }));
    expect(second.topics.map((t) => [t.id, t.position, t.quarter, t.title])).toEqual([
      [q3?.id, 1, 3, topics[2]?.title],
      [q1?.id, 2, 1, 'Chuyên đề quý I (sửa)'],
      [expect.any(String), 3, 2, topics[1]?.title],
    ]);
    expect(second.topics[2]?.id).not.toBe(q2?.id);
    expect(second.checks.errors).toEqual([{ code: 'QUARTER_WITHOUT_TOPIC', quarter: 4 }]);
  });

  it('accepts probationary members and several preparers for one topic, each listed once', async () => {
    const w = await setUp();
    const probationary = await buildPerson(database.db, {
      unitId: w.cell.id,
      status: 'probationary',
      fullName: 'Đỗ Thị Dự Bị',
    });
    const plan = await createPlan(w);
    const topics = fourTopics(w);
    topics[0] = { ...(topics[0] as TopicBody), preparerIds: [probationary, w.m.memberId, probationary] };
    const saved = await save(w.secretary, plan.id, planBody(w, { topics }));
    expect(byId(saved.topics[0]?.preparers ?? [])).toEqual(
      byId([
        { id: probationary, fullName: 'Đỗ Thị Dự Bị' },
        { id: w.m.memberId, fullName: nameOf(saved, w.m.memberId) },
      ]),
    );
    expect(saved.people.map((p) => p.id)).toContain(probationary);
  });

  const OUTSIDERS: { who: string; index: number; person: (w: W) => Promise<string> }[] = [
    { who: 'a member of another cell', index: 1, person: async (w) => w.sibling.memberIds[0] ?? '' },
    { who: 'a member of a foreign cell', index: 3, person: async (w) => w.foreignCell.memberIds[0] ?? '' },
    { who: 'the cell’s non-member staff', index: 0, person: async (w) => w.people.staffId },
    {
      who: 'a member transferred out',
      index: 2,
      person: async (w) => {
        const res = await w.officer.post(`/api/members/${w.m.thirdId}/status`, {
          status: 'transferred_out',
          on: '2030-01-01',
        });
        expect(res.status, JSON.stringify(res.body)).toBe(200);
        return w.m.thirdId;
      },
    },
    {
      who: 'a member moved to another cell',
      index: 2,
      person: async (w) => {
        const res = await w.officer.post(`/api/members/${w.m.thirdId}/transfer`, {
          toUnitId: w.sibling.id,
          on: '2030-01-01',
        });
        expect(res.status, JSON.stringify(res.body)).toBe(200);
        return w.m.thirdId;
      },
    },
    {
      who: 'an exempt member',
      index: 2,
      person: async (w) => {
        const res = await w.officer.post(`/api/members/${w.m.thirdId}/status`, {
          status: 'exempt',
          on: '2030-01-01',
        });
        expect(res.status, JSON.stringify(res.body)).toBe(200);
        return w.m.thirdId;
      },
    },
    { who: 'an unknown person', index: 0, person: async () => newId() },
  ];

  for (const { who, index, person } of OUTSIDERS) {
    it(`refuses ${who} as preparer with 409 PLAN_PERSON_NOT_IN_CELL at topics.${index}.preparerIds`, async () => {
      const w = await setUp();
      const plan = await createPlan(w);
      const outsider = await person(w);
      const topics = fourTopics(w).map((t) => ({ ...t, preparerIds: [w.m.secretaryId] }));
      topics[index] = { ...(topics[index] as TopicBody), preparerIds: [w.m.memberId, outsider] };
      const res = await w.secretary.put<ErrorBody>(`/api/plans/${plan.id}`, planBody(w, { topics }));
      expect(res.status).toBe(409);
      expect(res.body.error).toEqual({
        code: 'PLAN_PERSON_NOT_IN_CELL',
        message: MESSAGES.notInCell,
        fields: { [`topics.${index}.preparerIds`]: MESSAGES.notInCell },
      });
      const after = await getPlan(w.secretary, plan.id);
      expect(after.topics).toEqual([]);
      expect(after.people.map((p) => p.id)).not.toContain(outsider);
    });
  }

  it('refuses a step answered by someone outside the cell with the step’s field path', async () => {
    const w = await setUp();
    const plan = await createPlan(w);
    const topics = fourTopics(w);
    topics[3] = {
      ...(topics[3] as TopicBody),
      steps: steps(seedMonths(4)).map((s, k) => (k === 4 ? { ...s, responsibleId: w.people.officerId } : s)),
    };
    const res = await w.secretary.put<ErrorBody>(`/api/plans/${plan.id}`, planBody(w, { topics }));
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({
      code: 'PLAN_PERSON_NOT_IN_CELL',
      fields: { 'topics.3.steps.4.responsibleId': MESSAGES.notInCell },
    });
    expect((await getPlan(w.secretary, plan.id)).topics).toEqual([]);
  });

  const WRONG_STEPS: { what: string; steps: StepBody[] }[] = [
    { what: 'four steps', steps: steps(seedMonths(2)).slice(0, 4) },
    { what: 'six steps', steps: [...steps(seedMonths(2)), { step: 'meeting', dueMonth: 6 }] },
    {
      what: 'steps out of order (draft 1 before the outline)',
      steps: [
        { step: 'draft1', dueMonth: 4 },
        { step: 'outline', dueMonth: 4 },
        { step: 'comments', dueMonth: 5 },
        { step: 'draft2', dueMonth: 5 },
        { step: 'meeting', dueMonth: 6 },
      ],
    },
    { what: 'no steps at all', steps: [] },
  ];
  for (const wrong of WRONG_STEPS) {
    it(`refuses ${wrong.what} with 409 PLAN_STEPS_INVALID at topics.1.steps`, async () => {
      const w = await setUp();
      const plan = await createPlan(w);
      const topics = fourTopics(w);
      topics[1] = { ...(topics[1] as TopicBody), steps: wrong.steps };
      const res = await w.secretary.put<ErrorBody>(`/api/plans/${plan.id}`, planBody(w, { topics }));
      expect(res.status).toBe(409);
      expect(res.body.error).toEqual({
        code: 'PLAN_STEPS_INVALID',
        message: MESSAGES.stepsInvalid,
        fields: { 'topics.1.steps': MESSAGES.stepsInvalid },
      });
      expect((await getPlan(w.secretary, plan.id)).topics).toEqual([]);
    });
  }

  const INVALID_INPUT: { what: string; change: (t: TopicBody[]) => void; field: string }[] = [
    {
      what: 'quarter 0',
      change: (t) => Object.assign(t[0] as TopicBody, { quarter: 0 }),
      field: 'topics.0.quarter',
    },
    {
      what: 'quarter 5',
      change: (t) => Object.assign(t[3] as TopicBody, { quarter: 5 }),
      field: 'topics.3.quarter',
    },
    {
      what: 'a fractional quarter',
      change: (t) => Object.assign(t[2] as TopicBody, { quarter: 2.5 }),
      field: 'topics.2.quarter',
    },
    {
      what: 'month 13',
      change: (t) => Object.assign(t[1] as TopicBody, { steps: steps([4, 4, 5, 5, 13]) }),
      field: 'topics.1.steps.4.dueMonth',
    },
    {
      what: 'month 0',
      change: (t) => Object.assign(t[0] as TopicBody, { steps: steps([0, 1, 2, 2, 3]) }),
      field: 'topics.0.steps.0.dueMonth',
    },
    {
      what: 'an unknown step',
      change: (t) =>
        Object.assign(t[0] as TopicBody, {
          steps: [{ step: 'review', dueMonth: 1 }, ...steps([1, 2, 2, 3, 3]).slice(1)],
        }),
      field: 'topics.0.steps.0.step',
    },
    {
      what: 'an unknown kind',
      change: (t) => Object.assign(t[2] as TopicBody, { kind: 'lecture' }),
      field: 'topics.2.kind',
    },
    {
      what: 'an empty title',
      change: (t) => Object.assign(t[2] as TopicBody, { title: '  ' }),
      field: 'topics.2.title',
    },
  ];
  for (const { what, change, field } of INVALID_INPUT) {
    it(`refuses ${what} with 400 at ${field}`, async () => {
      const w = await setUp();
      const plan = await createPlan(w);
      const topics = fourTopics(w);
      change(topics);
      const res = await w.secretary.put<ErrorBody>(`/api/plans/${plan.id}`, planBody(w, { topics }));
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
      expect(Object.keys(res.body.error.fields ?? {})).toEqual([field]);
      expect((await getPlan(w.secretary, plan.id)).topics).toEqual([]);
    });
  }

  it('links a topic to a proposal of the cell for that year', async () => {
    const w = await setUp();
    const registrationId = await buildRegistration(database.db, w.cell.id, w.m.memberId, w.year);
    const plan = await createPlan(w);
    const topics = fourTopics(w);
    topics[1] = { ...(topics[1] as TopicBody), registrationId };
    const saved = await save(w.secretary, plan.id, planBody(w, { topics }));
    expect(saved.topics.map((t) => t.registrationId)).toEqual([null, registrationId, null, null]);
  });

  const FOREIGN_REGISTRATIONS: { what: string; build: (w: W) => Promise<string> }[] = [
    {
      what: 'of another cell',
      build: (w) => buildRegistration(database.db, w.sibling.id, w.sibling.memberIds[0] ?? '', w.year),
    },
    {
      what: 'of another year',
      build: (w) => buildRegistration(database.db, w.cell.id, w.m.memberId, w.year - 1),
    },
    { what: 'that does not exist', build: async () => newId() },
  ];
  for (const { what, build } of FOREIGN_REGISTRATIONS) {
    it(`refuses a proposal ${what} with 409 REGISTRATION_NOT_FOUND_IN_CELL`, async () => {
      const w = await setUp();
      const registrationId = await build(w);
      const plan = await createPlan(w);
      const topics = fourTopics(w);
      topics[0] = { ...(topics[0] as TopicBody), registrationId };
      const res = await w.secretary.put<ErrorBody>(`/api/plans/${plan.id}`, planBody(w, { topics }));
      expect(res.status).toBe(409);
      expect(res.body.error).toEqual({
        code: 'REGISTRATION_NOT_FOUND_IN_CELL',
        message: 'Đề xuất không thuộc chi bộ và năm của kế hoạch',
        fields: { 'topics.0.registrationId': 'Đề xuất không thuộc chi bộ và năm của kế hoạch' },
      });
      expect((await getPlan(w.secretary, plan.id)).topics).toEqual([]);
    });
  }

  it('links a topic to a model of the library of a committee above the cell', async () => {
    const w = await setUp();
    const fromSub = await buildModel(database.db, w.sibling.id, w.sub.id);
    const fromRoot = await buildModel(database.db, w.sibling.id, w.root.id);
    const plan = await createPlan(w);
    const topics = fourTopics(w);
    topics[0] = { ...(topics[0] as TopicBody), modelId: fromSub };
    topics[3] = { ...(topics[3] as TopicBody), modelId: fromRoot };
    const saved = await save(w.secretary, plan.id, planBody(w, { topics }));
    expect(saved.topics.map((t) => t.modelId)).toEqual([fromSub, null, null, fromRoot]);
  });

  it('refuses a model the cell cannot see (another tree’s library, or unknown) with 409 MODEL_NOT_VISIBLE', async () => {
    const w = await setUp();
    const foreignModel = await buildModel(database.db, w.foreignCell.id, w.foreignRoot.id);
    const plan = await createPlan(w);
    for (const modelId of [foreignModel, newId()]) {
      const topics = fourTopics(w);
      topics[3] = { ...(topics[3] as TopicBody), modelId };
      const res = await w.secretary.put<ErrorBody>(`/api/plans/${plan.id}`, planBody(w, { topics }));
      expect(res.status).toBe(409);
      expect(res.body.error).toEqual({
        code: 'MODEL_NOT_VISIBLE',
        message: 'Chuyên đề mẫu không có trong thư viện của chi bộ',
        fields: { 'topics.3.modelId': 'Chuyên đề mẫu không có trong thư viện của chi bộ' },
      });
    }
    expect((await getPlan(w.secretary, plan.id)).topics).toEqual([]);
  });

  it('refuses a model published by a sibling committee (not above the cell) with 409 MODEL_NOT_VISIBLE', async () => {
    const w = await setUp();
    const otherSub = await buildCommittee(database.db, { parentId: w.root.id });
    const otherCell = await buildCell(database.db, { parentId: otherSub.id, members: 2 });
    const model = await buildModel(database.db, otherCell.id, otherSub.id);
    const plan = await createPlan(w);
    const topics = fourTopics(w);
    topics[2] = { ...(topics[2] as TopicBody), modelId: model };
    const res = await w.secretary.put<ErrorBody>(`/api/plans/${plan.id}`, planBody(w, { topics }));
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('MODEL_NOT_VISIBLE');
  });

  it('keeps the previously saved topics when a save is refused on the third topic’s preparer', async () => {
    const w = await setUp();
    const plan = await createPlan(w);
    const before = await save(w.secretary, plan.id, planBody(w));
    const auditBefore = await auditOf(w, plan.id);

    const topics = fourTopics(w).map((t) => ({ ...t, title: `${t.title} (bản sửa)` }));
    topics[2] = { ...(topics[2] as TopicBody), preparerIds: [w.sibling.memberIds[0] ?? ''] };
    const res = await w.secretary.put<ErrorBody>(
      `/api/plans/${plan.id}`,
      planBody(w, { topics, legalBases: ['Chỉ một căn cứ'] }),
    );
    expect(res.status).toBe(409);
    expect(res.body.error.fields).toEqual({ 'topics.2.preparerIds': MESSAGES.notInCell });

    expect(await getPlan(w.secretary, plan.id)).toEqual(before);
    expect(await auditOf(w, plan.id)).toEqual(auditBefore);
  });

  it('rolls the whole save back when writing a step fails half-way (500), old topics intact', async () => {
    // savePlan deletes the old topics, inserts the new ones, then their steps. A trigger makes one step
    // insert fail after the topics were replaced: everything must be rolled back, audit included.
    const w = await setUp();
    const plan = await createPlan(w);
    const before = await save(w.secretary, plan.id, planBody(w));
    const auditBefore = await auditOf(w, plan.id);
    const marker = `forced-${newId().slice(-8)}`;

    const topics = fourTopics(w).map((t) => ({ ...t, title: `${t.title} (bản sửa)` }));
    topics[3] = {
      ...(topics[3] as TopicBody),
      steps: steps(seedMonths(4)).map((s, k) => (k === 2 ? { ...s, note: marker } : s)),
    };
    const dropTrigger = await failInsertsInto(database, 'plan_step', 'note', marker);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const res = await w.secretary.put<ErrorBody>(`/api/plans/${plan.id}`, planBody(w, { topics }));
      expect(res.status).toBe(500);
      expect(String(logged.mock.calls[0]?.[0])).toContain('forced failure for a rollback test');
    } finally {
      logged.mockRestore();
      await dropTrigger();
    }

    expect(await getPlan(w.secretary, plan.id)).toEqual(before);
    expect(await auditOf(w, plan.id)).toEqual(auditBefore);
  });

  it('does not fail with 500 when one topic id is sent twice: refuses it, or keeps the topics apart', async () => {
    // Both topics claiming the same existing id must not reach the insert with one primary key twice.
    const w = await setUp();
    const plan = await createPlan(w);
    const before = await save(w.secretary, plan.id, planBody(w));
    const duplicated = fourTopics(w).map((t) => ({ ...t, id: before.topics[0]?.id }));
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const res = await w.secretary.put<ErrorBody>(
        `/api/plans/${plan.id}`,
        planBody(w, { topics: duplicated }),
      );
      expect([200, 400, 409], JSON.stringify(res.body)).toContain(res.status);
      expect(logged).not.toHaveBeenCalled();
      const after = await getPlan(w.secretary, plan.id);
      if (res.status === 200) expect(new Set(after.topics.map((t) => t.id)).size).toBe(4);
      else expect(after).toEqual(before);
    } finally {
      logged.mockRestore();
    }
  });

  const EMPTY_REFERENCES: { what: string; topic: (w: W) => TopicBody; field: string }[] = [
    {
      what: 'an empty responsibleId',
      topic: (w) => ({
        ...(fourTopics(w)[0] as TopicBody),
        steps: steps(seedMonths(1)).map((s) => ({ ...s, responsibleId: '' })),
      }),
      field: 'topics.0.steps.0.responsibleId',
    },
    {
      what: 'an empty registrationId',
      topic: (w) => ({ ...(fourTopics(w)[0] as TopicBody), registrationId: '' }),
      field: 'topics.0.registrationId',
    },
    {
      what: 'an empty modelId',
      topic: (w) => ({ ...(fourTopics(w)[0] as TopicBody), modelId: '' }),
      field: 'topics.0.modelId',
    },
  ];
  for (const { what, topic, field } of EMPTY_REFERENCES) {
    it(`treats ${what} as none or refuses it at ${field}: never a 500, never stored as ""`, async () => {
      // A form sends "" for "none": stored as such it would break a foreign key (responsibleId,
      // registrationId) or leave a reference that skipped its check (modelId).
      const w = await setUp();
      const plan = await createPlan(w);
      const topics = fourTopics(w);
      topics[0] = topic(w);
      const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      try {
        const res = await w.secretary.put<ErrorBody>(`/api/plans/${plan.id}`, planBody(w, { topics }));
        expect([200, 400], JSON.stringify(res.body)).toContain(res.status);
        expect(logged).not.toHaveBeenCalled();
        if (res.status === 400) expect(Object.keys(res.body.error.fields ?? {})).toContain(field);
      } finally {
        logged.mockRestore();
      }
      const after = await getPlan(w.secretary, plan.id);
      for (const t of after.topics) {
        expect(t.registrationId).not.toBe('');
        expect(t.modelId).not.toBe('');
        for (const s of t.steps) expect(s.responsibleId).not.toBe('');
      }
    });
  }

  for (const status of ['adopted', 'submitted', 'acknowledged'] as const) {
    it(`refuses to save the plan once ${status}, with 409 PLAN_NOT_EDITABLE and keeps it`, async () => {
      const w = await setUp();
      const plan = await planIn(w, status);
      expect(plan.permissions.edit).toBe(false);
      const res = await w.secretary.put<ErrorBody>(
        `/api/plans/${plan.id}`,
        planBody(w, { topics: fourTopics(w).slice(0, 1) }),
      );
      expect(res.status).toBe(409);
      expect(res.body.error).toEqual({ code: 'PLAN_NOT_EDITABLE', message: MESSAGES.notEditable });
      expect(await getPlan(w.secretary, plan.id)).toEqual(plan);
    });
  }
});

describe('saving over someone else’s changes', () => {
  it('refuses the second of two saves from the same version with 409 PLAN_CHANGED; the first one’s content stays', async () => {
    const w = await setUp();
    const plan = await createPlan(w);
    const deputy = await loggedIn(app, await buildUser(database.db, { personId: w.m.deputyId }), PASSWORD);
    const loaded = plan.updatedAt;

    // Both opened the editor on the same version; the secretary saves first.
    const first = await save(w.secretary, plan.id, { ...planBody(w), expectedUpdatedAt: loaded });
    expect(first.updatedAt > loaded).toBe(true);
    const res = await deputy.put<ErrorBody>(`/api/plans/${plan.id}`, {
      ...planBody(w, { legalBases: ['Căn cứ của phó bí thư'], topics: fourTopics(w).slice(0, 1) }),
      purpose: 'Mục đích của phó bí thư',
      expectedUpdatedAt: loaded,
    });
    expect(res.status).toBe(409);
    expect(res.body.error).toEqual({ code: 'PLAN_CHANGED', message: MESSAGES.changed });
    expect(await getPlan(w.secretary, plan.id)).toEqual(first);
    expect((await auditOf(w, plan.id)).filter((e) => e.action === 'plan.save')).toHaveLength(1);

    // After reloading, the deputy saves over the version they now have.
    const again = await save(deputy, plan.id, {
      ...planBody(w, { topics: fourTopics(w).slice(0, 2) }),
      expectedUpdatedAt: first.updatedAt,
    });
    expect(again.topics).toHaveLength(2);
    expect(again.updatedAt > first.updatedAt).toBe(true);
  });

  it('lets one of two simultaneous saves from the same version through and refuses the other with 409', async () => {
    const w = await setUp();
    const plan = await createPlan(w);
    const deputy = await loggedIn(app, await buildUser(database.db, { personId: w.m.deputyId }), PASSWORD);
    const body = (purpose: string) => ({ ...planBody(w), purpose, expectedUpdatedAt: plan.updatedAt });
    const [a, b] = await Promise.all([
      w.secretary.put<ErrorBody>(`/api/plans/${plan.id}`, body('Mục đích của bí thư')),
      deputy.put<ErrorBody>(`/api/plans/${plan.id}`, body('Mục đích của phó bí thư')),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const lost = a.status === 409 ? a : b;
    expect(lost.body.error.code).toBe('PLAN_CHANGED');
    const kept = await getPlan(w.secretary, plan.id);
    expect(kept.purpose).toBe(a.status === 200 ? 'Mục đích của bí thư' : 'Mục đích của phó bí thư');
    expect((await auditOf(w, plan.id)).filter((e) => e.action === 'plan.save')).toHaveLength(1);
  });

  it('refuses a save from before a lifecycle step (adopted, then reopened) with 409 PLAN_CHANGED', async () => {
    const w = await setUp();
    const plan = await planIn(w, 'draft');
    await act(w.secretary, plan.id, 'adopt', { adoptedOn: `${w.year}-01-15` });
    const reopened = await act(w.secretary, plan.id, 'reopen');
    const res = await w.secretary.put<ErrorBody>(`/api/plans/${plan.id}`, {
      ...planBody(w, { topics: [] }),
      expectedUpdatedAt: plan.updatedAt,
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('PLAN_CHANGED');
    expect(await getPlan(w.secretary, plan.id)).toEqual(reopened);
  });

  it('still saves without expectedUpdatedAt (the last save wins), as before', async () => {
    const w = await setUp();
    const plan = await createPlan(w);
    const first = await save(w.secretary, plan.id, planBody(w));
    const second = await save(w.secretary, plan.id, {
      ...planBody(w, { topics: fourTopics(w).slice(0, 3) }),
      expectedUpdatedAt: null,
    });
    expect(second.topics).toHaveLength(3);
    expect(second.updatedAt > first.updatedAt).toBe(true);
    const third = await save(w.secretary, plan.id, planBody(w, { topics: fourTopics(w).slice(0, 1) }));
    expect(third.topics.map((t) => t.title)).toEqual([fourTopics(w)[0]?.title]);
    expect(await getPlan(w.secretary, plan.id)).toEqual(third);
  });
});

describe('the plan’s lifecycle', () => {
  it('goes draft → adopted → submitted → returned → (edited) → submitted → acknowledged, every step in events', async () => {
    const w = await setUp();
    const plan = await createPlan(w);
    await save(w.secretary, plan.id, planBody(w));

    const adopted = await act(w.secretary, plan.id, 'adopt', { adoptedOn: `${w.year}-01-15` });
    expect(adopted).toMatchObject({
      status: 'adopted',
      adoptedOn: `${w.year}-01-15`,
      number: 'Số 01-KH/CB',
      submittedAt: null,
      permissions: { edit: false, actions: ['submit', 'reopen'] },
    });

    const submitted = await act(w.secretary, plan.id, 'submit');
    expect(submitted.status).toBe('submitted');
    expect(submitted.submittedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
    expect(submitted.permissions).toEqual({ edit: false, review: false, actions: [], publishTo: [] });
    expect((await getPlan(w.officer, plan.id)).permissions).toEqual({
      edit: false,
      review: true,
      actions: ['acknowledge', 'return'],
      publishTo: [],
    });

    const returned = await act(w.officer, plan.id, 'return', {
      remark: 'Chuyên đề quý III cần phân công thêm người chuẩn bị.',
    });
    expect(returned).toMatchObject({
      status: 'returned',
      reviewRemark: 'Chuyên đề quý III cần phân công thêm người chuẩn bị.',
      adoptedOn: `${w.year}-01-15`,
      submittedAt: submitted.submittedAt,
    });
    expect(returned.reviewedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    // A returned plan is edited again and goes back without a new adoption.
    const secretaryView = await getPlan(w.secretary, plan.id);
    expect(secretaryView.permissions).toEqual({
      edit: true,
      review: false,
      actions: ['submit'],
      publishTo: [],
    });
    const topics = fourTopics(w);
    topics[2] = { ...(topics[2] as TopicBody), preparerIds: [w.m.thirdId, w.m.memberId] };
    const edited = await save(w.secretary, plan.id, planBody(w, { topics }));
    expect(edited.status).toBe('returned');
    expect(edited.topics[2]?.preparers.map((p) => p.id).sort()).toEqual([w.m.thirdId, w.m.memberId].sort());

    const resubmitted = await act(w.secretary, plan.id, 'submit');
    expect(resubmitted.status).toBe('submitted');
    // Awaiting a new review: the old remark lives on in the history only.
    expect(resubmitted).toMatchObject({ reviewedAt: null, reviewRemark: null });
    expect(
      resubmitted.submittedAt && submitted.submittedAt && resubmitted.submittedAt >= submitted.submittedAt,
    ).toBe(true);

    const acknowledged = await act(w.officer, plan.id, 'acknowledge', { remark: 'Đồng ý với kế hoạch.' });
    expect(acknowledged).toMatchObject({
      status: 'acknowledged',
      reviewRemark: 'Đồng ý với kế hoạch.',
      permissions: { edit: false, review: true, actions: [] },
    });

    const secretaryName = nameOf(acknowledged, w.m.secretaryId);
    const final = await getPlan(w.secretary, plan.id);
    expect(final.events).toEqual([
      {
        action: 'adopt',
        fromStatus: 'draft',
        toStatus: 'adopted',
        remark: null,
        actorName: secretaryName,
        at: expect.any(String),
      },
      {
        action: 'submit',
        fromStatus: 'adopted',
        toStatus: 'submitted',
        remark: null,
        actorName: secretaryName,
        at: expect.any(String),
      },
      {
        action: 'return',
        fromStatus: 'submitted',
        toStatus: 'returned',
        remark: 'Chuyên đề quý III cần phân công thêm người chuẩn bị.',
        actorName: 'Trần Thị Cán Bộ',
        at: expect.any(String),
      },
      {
        action: 'submit',
        fromStatus: 'returned',
        toStatus: 'submitted',
        remark: null,
        actorName: secretaryName,
        at: expect.any(String),
      },
      {
        action: 'acknowledge',
        fromStatus: 'submitted',
        toStatus: 'acknowledged',
        remark: 'Đồng ý với kế hoạch.',
        actorName: 'Trần Thị Cán Bộ',
        at: expect.any(String),
      },
    ]);
    const times = final.events.map((e) => e.at);
    expect([...times].sort()).toEqual(times);
    expect(final.permissions).toEqual({ edit: false, review: false, actions: [], publishTo: [] });
  });

  it('acknowledges without a remark', async () => {
    const w = await setUp();
    const plan = await planIn(w, 'submitted');
    const acknowledged = await act(w.officer, plan.id, 'acknowledge', {});
    expect(acknowledged).toMatchObject({ status: 'acknowledged', reviewRemark: null });
    expect(acknowledged.events.at(-1)).toMatchObject({ action: 'acknowledge', remark: null });
  });

  for (const remark of [undefined, '', '   ']) {
    it(`requires a remark to return a plan (remark ${JSON.stringify(remark)} → 400 fields.remark)`, async () => {
      const w = await setUp();
      const plan = await planIn(w, 'submitted');
      const res = await w.officer.post<ErrorBody>(
        `/api/plans/${plan.id}/return`,
        remark === undefined ? {} : { remark },
      );
      expect(res.status).toBe(400);
      expect(res.body.error).toEqual({
        code: 'VALIDATION_FAILED',
        message: 'Dữ liệu chưa hợp lệ',
        fields: { remark: MESSAGES.required },
      });
      expect(await getPlan(w.secretary, plan.id)).toEqual(plan);
    });
  }

  it('reopens an adopted plan as a draft, clearing the adoption date, and lets it be adopted again', async () => {
    const w = await setUp();
    const plan = await planIn(w, 'adopted');
    const reopened = await act(w.secretary, plan.id, 'reopen');
    expect(reopened).toMatchObject({
      status: 'draft',
      adoptedOn: null,
      permissions: { edit: true, actions: ['adopt'] },
    });
    expect(reopened.events.map((e) => [e.action, e.fromStatus, e.toStatus])).toEqual([
      ['adopt', 'draft', 'adopted'],
      ['reopen', 'adopted', 'draft'],
    ]);
    const edited = await save(
      w.secretary,
      plan.id,
      planBody(w, { legalBases: ['Hướng dẫn số 12-HD/BTCTW'] }),
    );
    expect(edited.legalBases).toEqual(['Hướng dẫn số 12-HD/BTCTW']);
    // The plan keeps the number it was issued with the first time.
    const again = await act(w.secretary, plan.id, 'adopt', { adoptedOn: `${w.year}-02-20` });
    expect(again).toMatchObject({ status: 'adopted', adoptedOn: `${w.year}-02-20`, number: plan.number });
  });

  it('accepts an adoption in December of the year before; refuses one after the plan’s year with 409', async () => {
    const w = await setUp();
    const plan = await planIn(w, 'draft');
    const late = await w.secretary.post<ErrorBody>(`/api/plans/${plan.id}/adopt`, {
      adoptedOn: `${w.year + 1}-01-02`,
    });
    expect(late.status).toBe(409);
    expect(late.body.error).toEqual({
      code: 'PLAN_ADOPTED_OUTSIDE_YEAR',
      message: 'Ngày thông qua phải trước hoặc trong năm kế hoạch',
      fields: { adoptedOn: 'Ngày thông qua phải trước hoặc trong năm kế hoạch' },
    });
    expect(await getPlan(w.secretary, plan.id)).toEqual(plan);

    const early = await act(w.secretary, plan.id, 'adopt', { adoptedOn: `${w.year - 1}-12-28` });
    expect(early.adoptedOn).toBe(`${w.year - 1}-12-28`);
  });

  it('refuses adoption without a valid date with 400 fields.adoptedOn', async () => {
    const w = await setUp();
    const plan = await planIn(w, 'draft');
    for (const bodyOf of [{}, { adoptedOn: '15/01/2041' }, { adoptedOn: `${w.year}-02-30` }]) {
      const res = await w.secretary.post<ErrorBody>(`/api/plans/${plan.id}/adopt`, bodyOf);
      expect(res.status, JSON.stringify(bodyOf)).toBe(400);
      expect(Object.keys(res.body.error.fields ?? {})).toEqual(['adoptedOn']);
    }
    expect(await getPlan(w.secretary, plan.id)).toEqual(plan);
  });

  const ILLEGAL: { from: PlanStatus; action: PlanAction; by: 'secretary' | 'officer' }[] = [
    { from: 'draft', action: 'acknowledge', by: 'officer' },
    { from: 'draft', action: 'return', by: 'officer' },
    { from: 'draft', action: 'submit', by: 'secretary' },
    { from: 'draft', action: 'reopen', by: 'secretary' },
    { from: 'adopted', action: 'adopt', by: 'secretary' },
    { from: 'adopted', action: 'acknowledge', by: 'officer' },
    { from: 'submitted', action: 'submit', by: 'secretary' },
    { from: 'submitted', action: 'reopen', by: 'secretary' },
    { from: 'submitted', action: 'adopt', by: 'secretary' },
    { from: 'returned', action: 'adopt', by: 'secretary' },
    { from: 'returned', action: 'acknowledge', by: 'officer' },
    { from: 'acknowledged', action: 'return', by: 'officer' },
    { from: 'acknowledged', action: 'submit', by: 'secretary' },
    { from: 'acknowledged', action: 'reopen', by: 'secretary' },
  ];
  for (const { from, action, by } of ILLEGAL) {
    it(`refuses ${action} on a plan that is ${from} with 409 PLAN_TRANSITION_NOT_ALLOWED, nothing changed`, async () => {
      const w = await setUp();
      const plan = await planIn(w, from);
      const body =
        action === 'adopt'
          ? { adoptedOn: `${w.year}-03-01` }
          : action === 'return'
            ? { remark: 'Sửa lại' }
            : {};
      const res = await w[by].post<ErrorBody>(`/api/plans/${plan.id}/${action}`, body);
      expect(res.status).toBe(409);
      expect(res.body.error).toEqual({ code: 'PLAN_TRANSITION_NOT_ALLOWED', message: MESSAGES.transition });
      expect(await getPlan(w.secretary, plan.id)).toEqual(plan);
    });
  }

  it('refuses to adopt a plan with a quarter without topic (409 PLAN_RULES_NOT_MET); status and events unchanged', async () => {
    const w = await setUp();
    const plan = await createPlan(w);
    const saved = await save(
      w.secretary,
      plan.id,
      planBody(w, { topics: fourTopics(w).filter((t) => t.quarter !== 2) }),
    );
    expect(saved.checks.errors).toEqual([{ code: 'QUARTER_WITHOUT_TOPIC', quarter: 2 }]);
    const res = await w.secretary.post<ErrorBody>(`/api/plans/${plan.id}/adopt`, {
      adoptedOn: `${w.year}-01-15`,
    });
    expect(res.status).toBe(409);
    expect(res.body.error).toEqual({ code: 'PLAN_RULES_NOT_MET', message: MESSAGES.rulesNotMet });
    const after = await getPlan(w.secretary, plan.id);
    expect(after).toEqual(saved);
    expect(after).toMatchObject({ status: 'draft', adoptedOn: null, events: [] });
    expect((await auditOf(w, plan.id)).map((e) => e.action)).not.toContain('plan.adopt');
  });

  it('refuses to adopt a plan with a topic nobody prepares or a meeting outside its quarter (409)', async () => {
    const w = await setUp();
    const plan = await createPlan(w);
    const withoutPreparer = fourTopics(w);
    withoutPreparer[3] = { ...(withoutPreparer[3] as TopicBody), preparerIds: [] };
    const outside = fourTopics(w);
    outside[0] = { ...(outside[0] as TopicBody), steps: steps([1, 1, 2, 3, 4]) };
    for (const topics of [withoutPreparer, outside]) {
      const saved = await save(w.secretary, plan.id, planBody(w, { topics }));
      expect(saved.checks.errors).toHaveLength(1);
      const res = await w.secretary.post<ErrorBody>(`/api/plans/${plan.id}/adopt`, {
        adoptedOn: `${w.year}-01-15`,
      });
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe('PLAN_RULES_NOT_MET');
      expect(await getPlan(w.secretary, plan.id)).toEqual(saved);
    }
  });

  it('refuses to submit a returned plan that lost a quarter (409 PLAN_RULES_NOT_MET); it stays returned', async () => {
    const w = await setUp();
    const plan = await planIn(w, 'returned');
    const edited = await save(w.secretary, plan.id, planBody(w, { topics: fourTopics(w).slice(0, 3) }));
    expect(edited.checks.errors).toEqual([{ code: 'QUARTER_WITHOUT_TOPIC', quarter: 4 }]);
    const res = await w.secretary.post<ErrorBody>(`/api/plans/${plan.id}/submit`, {});
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('PLAN_RULES_NOT_MET');
    const after = await getPlan(w.secretary, plan.id);
    expect(after).toEqual(edited);
    expect(after.status).toBe('returned');
    expect(after.events.map((e) => e.action)).toEqual(['adopt', 'submit', 'return']);
  });

  it('adopts a plan that only has warnings (one preparer for everything, no legal basis)', async () => {
    const w = await setUp();
    const plan = await createPlan(w);
    const topics = fourTopics(w).map((t) => ({ ...t, preparerIds: [w.m.secretaryId] }));
    const saved = await save(w.secretary, plan.id, planBody(w, { topics, legalBases: [] }));
    expect(saved.checks).toEqual({
      errors: [],
      warnings: [{ code: 'SAME_PREPARER_FOR_ALL' }, { code: 'NO_LEGAL_BASIS' }],
    });
    const adopted = await act(w.secretary, plan.id, 'adopt', { adoptedOn: `${w.year}-01-15` });
    expect(adopted.status).toBe('adopted');
  });

  it('writes an audit entry for the save and for each transition, with who did it', async () => {
    const w = await setUp();
    const plan = await createPlan(w);
    await save(w.secretary, plan.id, planBody(w));
    await act(w.secretary, plan.id, 'adopt', { adoptedOn: `${w.year}-01-15` });
    await act(w.secretary, plan.id, 'reopen');
    await act(w.secretary, plan.id, 'adopt', { adoptedOn: `${w.year}-01-20` });
    await act(w.secretary, plan.id, 'submit');
    await act(w.officer, plan.id, 'return', { remark: 'Bổ sung căn cứ.' });
    await act(w.secretary, plan.id, 'submit');
    const final = await act(w.officer, plan.id, 'acknowledge', {});
    const secretaryName = nameOf(final, w.m.secretaryId);

    const entries = await auditOf(w, plan.id);
    // Newest first.
    expect(entries.map((e) => [e.action, e.actorName])).toEqual([
      ['plan.acknowledge', 'Trần Thị Cán Bộ'],
      ['plan.submit', secretaryName],
      ['plan.return', 'Trần Thị Cán Bộ'],
      ['plan.submit', secretaryName],
      ['plan.adopt', secretaryName],
      ['plan.reopen', secretaryName],
      ['plan.adopt', secretaryName],
      ['plan.save', secretaryName],
      ['plan.create', secretaryName],
    ]);
    const saveEntry = entries.find((e) => e.action === 'plan.save');
    expect(saveEntry?.before).toMatchObject({ status: 'draft', topics: [] });
    expect((saveEntry?.after as { topics?: unknown[] } | undefined)?.topics).toHaveLength(4);
    const returnEntry = entries.find((e) => e.action === 'plan.return');
    expect(returnEntry).toMatchObject({
      before: { status: 'submitted' },
      after: { status: 'returned', review_remark: 'Bổ sung căn cứ.' },
    });
  });
});

describe('rule checks', () => {
  it('reports in GET /plans/{id} exactly what the domain rules find in the saved plan', async () => {
    const w = await setUp();
    const plan = await createPlan(w);
    const [t1, t2, t3, t4] = fourTopics(w) as [TopicBody, TopicBody, TopicBody, TopicBody];
    const topics: TopicBody[] = [
      { ...t1, steps: steps([2, 1, 2, 2, 3]) }, // steps go back in time
      { ...t2, preparerIds: [] }, // nobody prepares it
      { ...t3, steps: steps([7, 7, 8, 8, 10]) }, // quarter 3's meeting in October; quarter 4 left empty
      { ...t4, quarter: 1, preparerIds: [w.m.deputyId] }, // a second meeting in March
    ];
    await save(w.secretary, plan.id, planBody(w, { topics, legalBases: [] }));
    const read = await getPlan(await w.as('member'), plan.id);

    expect(read.checks).toEqual({
      errors: [
        { code: 'QUARTER_WITHOUT_TOPIC', quarter: 4 },
        { code: 'TOPIC_WITHOUT_PREPARER', topic: 1 },
        { code: 'MEETING_OUTSIDE_QUARTER', topic: 2 },
      ],
      warnings: [
        { code: 'STEPS_OUT_OF_ORDER', topic: 0 },
        { code: 'TWO_MEETINGS_ONE_MONTH', topic: 3 },
        { code: 'NO_LEGAL_BASIS' },
      ],
    });
    expect(read.checks).toEqual(
      checkPlan({
        legalBases: read.legalBases,
        topics: read.topics.map((t) => ({
          quarter: t.quarter,
          preparerIds: t.preparers.map((p) => p.id),
          steps: t.steps.map((s) => ({ step: s.step, dueMonth: s.dueMonth })),
        })),
      }),
    );
    expect(read.topics.map((t) => t.meetingMonth)).toEqual([3, 6, 10, 3]);
  });
});

describe('the committee overview', () => {
  it('lists every cell under the committee with its plan for the year, null where there is none', async () => {
    const w = await setUp();
    const pharmacy = await buildCell(database.db, {
      parentId: w.sub.id,
      name: 'Chi bộ Khoa Dược',
      members: 2,
    });
    const submitted = await planIn(w, 'submitted');
    const draft = await buildPlan(database.db, pharmacy.id, { year: w.year });
    await buildPlan(database.db, w.sibling.id, { year: w.year + 1 }); // another year: not this overview

    const res = await overviewOf(w.officer, `/api/orgs/${w.sub.id}/plans?year=${w.year}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      year: w.year,
      permissions: {
        createPlan: false,
        issueGuidance: true,
        registerTopic: false,
        publishModel: true,
        remindCells: true,
      },
      committees: [],
      cells: [
        {
          cellId: pharmacy.id,
          cellName: 'Chi bộ Khoa Dược',
          parentName: 'Đảng ủy Bệnh viện Thử Nghiệm',
          plan: { id: draft.id, status: 'draft', adoptedOn: null, submittedAt: null, reviewedAt: null },
          overdueSteps: 0,
          reports: { count: 0, lastOn: null },
          deadline: null,
          late: null,
          lastReminder: null,
        },
        {
          cellId: w.sibling.id,
          cellName: 'Chi bộ Khoa Ngoại',
          parentName: 'Đảng ủy Bệnh viện Thử Nghiệm',
          plan: null,
          overdueSteps: 0,
          reports: { count: 0, lastOn: null },
          deadline: null,
          late: null,
          lastReminder: null,
        },
        {
          cellId: w.cell.id,
          cellName: 'Chi bộ Khoa Nội',
          parentName: 'Đảng ủy Bệnh viện Thử Nghiệm',
          plan: {
            id: submitted.id,
            status: 'submitted',
            adoptedOn: `${w.year}-01-15`,
            submittedAt: submitted.submittedAt,
            reviewedAt: null,
          },
          overdueSteps: 0,
          reports: { count: 0, lastOn: null },
          deadline: null,
          late: null,
          lastReminder: null,
        },
      ],
    });
  });

  it('shows the root its cells and committees; an officer of a sub-committee sees only their cells', async () => {
    const w = await setUp();
    const school = await buildCommittee(database.db, {
      parentId: w.root.id,
      name: 'Đảng ủy Trường Thử Nghiệm',
    });
    const maths = await buildCell(database.db, { parentId: school.id, name: 'Chi bộ Tổ Toán', members: 2 });
    const village = await buildCell(database.db, {
      parentId: w.root.id,
      name: 'Chi bộ Tổ dân phố 3',
      members: 3,
    });
    const mathsPlan = await buildPlan(database.db, maths.id, { year: w.year, status: 'acknowledged' });
    await buildPlan(database.db, w.foreignCell.id, { year: w.year });

    const rootOfficerId = await buildPerson(database.db, {
      unitId: village.id,
      fullName: 'Phạm Văn Tổ Chức',
    });
    await giveRole(database.db, w.root.id, rootOfficerId, 'officer');
    const rootOfficer = await loggedIn(
      app,
      await buildUser(database.db, { personId: rootOfficerId }),
      PASSWORD,
    );
    const all = await overviewOf(rootOfficer, `/api/orgs/${w.root.id}/plans?year=${w.year}`);
    expect(all.status).toBe(200);
    // Its own cell, and each committee under it rolled up (issue 20): the officer drills down to their cells.
    expect(all.body.cells.map((c) => [c.cellName, c.parentName, c.plan?.status ?? null])).toEqual([
      ['Chi bộ Tổ dân phố 3', 'Đảng ủy phường Thử Nghiệm', null],
    ]);
    expect(all.body.committees.map((k) => [k.name, k.cells, k.plans.none, k.plans.acknowledged])).toEqual([
      ['Đảng ủy Bệnh viện Thử Nghiệm', 2, 2, 0],
      ['Đảng ủy Trường Thử Nghiệm', 1, 0, 1],
    ]);
    const ofSchool = await overviewOf(rootOfficer, `/api/orgs/${school.id}/plans?year=${w.year}`);
    expect(ofSchool.body.cells.find((c) => c.cellId === maths.id)?.plan).toMatchObject({
      id: mathsPlan.id,
      adoptedOn: `${w.year}-01-10`,
      reviewedAt: expect.any(String),
    });

    const mine = await overviewOf(w.officer, `/api/orgs/${w.sub.id}/plans?year=${w.year}`);
    expect(mine.body.cells.map((c) => c.cellId).sort()).toEqual([w.cell.id, w.sibling.id].sort());
    for (const unitId of [w.root.id, school.id, w.foreignRoot.id]) {
      const res = await w.officer.get<ErrorBody>(`/api/orgs/${unitId}/plans?year=${w.year}`);
      expect(res.status, unitId).toBe(404);
    }
  });

  it('shows a cell only itself', async () => {
    const w = await setUp();
    const plan = await planIn(w, 'draft');
    const res = await overviewOf(await w.as('member'), `/api/orgs/${w.cell.id}/plans?year=${w.year}`);
    expect(res.status).toBe(200);
    expect(res.body.cells).toEqual([
      {
        cellId: w.cell.id,
        cellName: 'Chi bộ Khoa Nội',
        parentName: 'Đảng ủy Bệnh viện Thử Nghiệm',
        plan: { id: plan.id, status: 'draft', adoptedOn: null, submittedAt: null, reviewedAt: null },
        overdueSteps: 0,
        reports: { count: 0, lastOn: null },
        deadline: null,
        late: null,
        lastReminder: null,
      },
    ]);
  });

  it('requires the year (400)', async () => {
    const w = await setUp();
    const res = await w.officer.get<ErrorBody>(`/api/orgs/${w.sub.id}/plans`);
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields ?? {})).toEqual(['year']);
  });
});

describe('what the plan area offers (permissions)', () => {
  const NONE = {
    createPlan: false,
    issueGuidance: false,
    registerTopic: false,
    publishModel: false,
    remindCells: false,
  };
  const cases = [
    // The cell's secretary starts its plan and, as a member of it, proposes topics.
    { who: 'secretary', unit: 'cell', expected: { ...NONE, createPlan: true, registerTopic: true } },
    // A plain member proposes topics but does not build the plan.
    { who: 'member', unit: 'cell', expected: { ...NONE, registerTopic: true } },
    // The committee's officer sees the cell's area but neither builds its plan nor proposes there.
    { who: 'officer', unit: 'cell', expected: NONE },
    // On the committee's own area: the officer issues guidance and publishes models; the inspector neither.
    {
      who: 'officer',
      unit: 'sub',
      // Issue 14: and reminds the lagging cells under it.
      expected: { ...NONE, issueGuidance: true, publishModel: true, remindCells: true },
    },
    { who: 'inspector', unit: 'sub', expected: NONE },
    // An administrator may do anything, but proposes a topic only as a member of the cell.
    { who: 'admin', unit: 'cell', expected: { ...NONE, createPlan: true } },
    {
      who: 'admin',
      unit: 'sub',
      expected: { ...NONE, issueGuidance: true, publishModel: true, remindCells: true },
    },
  ] as const;
  for (const { who, unit, expected } of cases) {
    it(`gives the ${who} on the ${unit === 'cell' ? 'cell' : 'committee'} ${JSON.stringify(expected)}`, async () => {
      const w = await setUp();
      const res = await overviewOf(await w.as(who), `/api/orgs/${w[unit].id}/plans?year=${w.year}`);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body.permissions).toEqual(expected);
    });
  }

  // Issue 19: staff are not party members and do not read the cell's plan.
  it('refuses the cell’s plan area to its non-member staff (403)', async () => {
    const w = await setUp();
    const res = await (await w.as('staff')).get<ErrorBody>(`/api/orgs/${w.cell.id}/plans?year=${w.year}`);
    expect(res.status).toBe(403);
  });

  it('gives the deputy createPlan and a cell’s secretary nothing on a sibling cell they cannot see (404)', async () => {
    const w = await setUp();
    const deputy = await loggedIn(app, await buildUser(database.db, { personId: w.m.deputyId }), PASSWORD);
    const res = await overviewOf(deputy, `/api/orgs/${w.cell.id}/plans?year=${w.year}`);
    expect(res.body.permissions).toMatchObject({ createPlan: true, registerTopic: true });
    expect((await w.secretary.get(`/api/orgs/${w.sibling.id}/plans?year=${w.year}`)).status).toBe(404);
  });

  it('lists the committees an officer may publish the plan’s finished topics to, nearest first', async () => {
    const w = await setUp();
    const plan = await planIn(w, 'acknowledged');
    // Not while no topic of the plan has been presented.
    expect((await getPlan(w.officer, plan.id)).permissions.publishTo).toEqual([]);
    await markFinished(database.db, [plan.topics[0]?.id ?? '']);
    expect((await getPlan(w.officer, plan.id)).permissions.publishTo).toEqual([
      { id: w.sub.id, name: 'Đảng ủy Bệnh viện Thử Nghiệm' },
    ]);
    // An officer of the root publishes into its own library and into the sub-committee's (below it).
    const rootOfficerId = await buildPerson(database.db, { unitId: w.sibling.id });
    await giveRole(database.db, w.root.id, rootOfficerId, 'officer');
    const rootOfficer = await loggedIn(
      app,
      await buildUser(database.db, { personId: rootOfficerId }),
      PASSWORD,
    );
    expect((await getPlan(rootOfficer, plan.id)).permissions.publishTo).toEqual([
      { id: w.sub.id, name: 'Đảng ủy Bệnh viện Thử Nghiệm' },
      { id: w.root.id, name: 'Đảng ủy phường Thử Nghiệm' },
    ]);
    for (const who of ['secretary', 'inspector', 'member'] as const) {
      expect((await getPlan(await w.as(who), plan.id)).permissions.publishTo).toEqual([]);
    }
    // A finished topic counts whatever the plan's status: its meeting was held.
    const submitted = await buildPlan(database.db, w.cell.id, { status: 'submitted' });
    const [first] = (await getPlan(w.officer, submitted.id)).topics;
    await markFinished(database.db, [first?.id ?? '']);
    expect((await getPlan(w.officer, submitted.id)).permissions.publishTo).toHaveLength(1);
  });
});

describe('step progress on the plan and the committee overview', () => {
  it('flags the steps of a past year not done as overdue, and counts them for the committee', async () => {
    const w = await setUp();
    // 2025 is over: every step of an adopted 2025 plan is past its month.
    const plan = await buildPlan(database.db, w.sibling.id, { year: 2025, status: 'adopted' });
    const before = await overviewOf(w.officer, `/api/orgs/${w.sub.id}/plans?year=2025`);
    const row = () => before.body.cells.find((c) => c.cellId === w.sibling.id);
    expect(row()?.overdueSteps).toBe(20);

    const detail = await getPlan(w.officer, plan.id);
    const first = detail.topics[0];
    expect(first?.preparation?.progress.map((p) => p.state)).toEqual(Array(5).fill('overdue'));
    expect(first?.preparation?.progress[0]?.dueBy).toBe('2025-01-31');

    // The preparer saves the outline of the first topic: that step is done (late), the rest still overdue.
    const preparerId = first?.preparers[0]?.id ?? '';
    const preparer: Actor = {
      userId: 'test',
      personId: preparerId,
      isAdmin: false,
      grants: [{ unitId: w.sibling.id, role: 'member' }],
    };
    await preparation.saveVersion(database.db, preparer, first?.id ?? '', {
      kind: 'outline',
      html: '<p>Đề cương</p>',
      baseVersionId: null,
    });
    const after = await getPlan(w.officer, plan.id);
    const outline = after.topics[0]?.preparation?.progress[0];
    expect(outline).toMatchObject({ step: 'outline', state: 'done', late: true });
    expect(after.topics[0]?.preparation?.status).toBe('draft1_writing');
    const overview = await overviewOf(w.officer, `/api/orgs/${w.sub.id}/plans?year=2025`);
    expect(overview.body.cells.find((c) => c.cellId === w.sibling.id)?.overdueSteps).toBe(19);
  });

  it('flags nothing before the plan is adopted, nor in a year still to come', async () => {
    const w = await setUp();
    const draft = await buildPlan(database.db, w.sibling.id, { year: 2025 });
    expect((await getPlan(w.officer, draft.id)).topics[0]?.preparation).toBeNull();
    await buildPlan(database.db, w.cell.id, { year: w.year, status: 'adopted' });
    const overview = await overviewOf(w.officer, `/api/orgs/${w.sub.id}/plans?year=${w.year}`);
    expect(overview.body.cells.every((c) => c.overdueSteps === 0)).toBe(true);
  });
});
