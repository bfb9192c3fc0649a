import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import { newId, nowIso } from '../../src/db/ids.ts';
import { addDays, todayInVietnam } from '../../src/domain/dates/local-date.ts';
import { endedReportPeriods } from '../../src/domain/inbox/inbox.ts';
import { DEMO_PASSWORD, KHUPHO_RETURN_REMARK, seedDemo } from '../../src/seed/demo.ts';
import type { App } from '../../src/server/app.ts';
import {
  buildCell,
  buildCommittee,
  buildMeeting,
  buildPlan,
  buildPreparation,
  buildResolution,
  buildReview,
  buildUser,
  giveRole,
  PASSWORD,
} from '../fixtures/factories.ts';
import { type ApiClient, buildApp, loggedIn } from '../support/api-client.ts';
import { createTestDatabase } from '../support/test-db.ts';

interface Item {
  kind: string;
  params: Record<string, string | number | null>;
  unit: { id: string; name: string };
  dueOn: string | null;
  overdue: boolean;
  link: string;
}

const inbox = async (client: ApiClient) => {
  const res = await client.get<{ items: Item[] }>('/api/me/inbox');
  expect(res.status).toBe(200);
  return res.body.items;
};
const kinds = (items: Item[]) => [...new Set(items.map((i) => i.kind))].sort();
const today = todayInVietnam();

describe('GET /api/me/inbox on the demo data', () => {
  let demo: Database;
  let app: App;
  const as = (username: string) => loggedIn(app, username, DEMO_PASSWORD);
  const unitId = async (name: string) =>
    (await demo.db.selectFrom('org_unit').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;

  beforeAll(async () => {
    demo = await createTestDatabase();
    await seedDemo(demo.db);
    app = buildApp(demo);
    // Seeding the demo takes seconds on PostgreSQL on a busy machine (demo-and-backup.test.ts allows as long).
  }, 60_000);
  afterAll(async () => demo.close());

  it('shows Khu phố 3’s secretary the draft to approve and the plan the ward returned, linked to their screens', async () => {
    const items = await inbox(await as('bithu.khupho3'));
    const khupho = await unitId('Chi bộ Khu phố 3');
    expect(items.every((i) => i.unit.id === khupho)).toBe(true);
    const approve = items.find((i) => i.kind === 'draft_to_approve');
    const topic = await demo.db
      .selectFrom('plan_topic as t')
      .innerJoin('plan as p', 'p.id', 't.plan_id')
      .select(['t.id', 't.title', 'p.id as plan_id'])
      .where('p.cell_id', '=', khupho)
      .where('t.quarter', '=', 1)
      .executeTakeFirstOrThrow();
    expect(approve).toMatchObject({
      link: `/topics/${topic.id}`,
      params: { topic: topic.title, round: 1 },
      dueOn: null,
      overdue: false,
    });
    expect(items.find((i) => i.kind === 'plan_returned')).toMatchObject({
      link: `/plans/${topic.plan_id}`,
      params: { remark: KHUPHO_RETURN_REMARK },
    });
    // Overdue first, then by due day, undated last.
    const order = items.map((i) => [i.overdue ? 0 : 1, i.dueOn ?? '9999']);
    expect(order).toEqual(
      [...order].sort((a, b) =>
        a[0] !== b[0] ? Number(a[0]) - Number(b[0]) : String(a[1]).localeCompare(String(b[1])),
      ),
    );
  });

  it('gives a member of Mầm non the draft to comment on with its deadline, and nothing else', async () => {
    const items = await inbox(await as('dangvien.mamnon'));
    expect(kinds(items)).toEqual(['draft_to_comment']);
    expect(items[0]).toMatchObject({
      dueOn: addDays(today, 7),
      overdue: false,
      unit: { name: 'Chi bộ Trường Mầm non Mỹ Hòa' },
    });
    expect(items[0]?.link).toMatch(/^\/topics\//);
  });

  it('asks Khoa Nội’s secretary and deputy for the year’s plan, past the guidance’s deadline', async () => {
    for (const user of ['bithu.noi', 'phobithu.noi']) {
      const plan = (await inbox(await as(user))).find((i) => i.kind === 'plan_to_submit');
      expect(plan).toMatchObject({
        dueOn: '2026-01-31',
        overdue: today > '2026-01-31',
        params: { status: 'none' },
      });
    }
    // A committee member of the cell does not make the plan; a plain member neither.
    expect(kinds(await inbox(await as('chiuy.noi')))).not.toContain('plan_to_submit');
    expect(await inbox(await as('dangvien.noi'))).toEqual([]);
  });

  it('gives Mầm non’s secretary her cell’s follow-up: the evaluation, the reports, the review, the meeting to schedule', async () => {
    const items = await inbox(await as('bithu.mamnon'));
    expect(kinds(items)).toEqual(
      expect.arrayContaining([
        'draft_to_comment',
        'evaluation_to_write',
        'meeting_to_schedule',
        'report_to_issue',
        'review_to_write',
      ]),
    );
    const mamnon = await unitId('Chi bộ Trường Mầm non Mỹ Hòa');
    expect(items.every((i) => i.unit.id === mamnon)).toBe(true);
    // The review is the resolution's final one, due within the month.
    expect(items.find((i) => i.kind === 'review_to_write')?.link).toMatch(/^\/reviews\//);
    // Regular monthly meetings ask no report of their own; the thematic ones do.
    for (const r of items.filter((i) => i.kind === 'report_to_issue' && i.params.heldOn))
      expect(r.params.topic).not.toBeNull();
  });

  it('gives the hospital’s officer Khoa Ngoại’s plan to review; the ward reads it but does not review it', async () => {
    const hospital = await inbox(await as('canbo.benhvien'));
    const ngoai = await unitId('Chi bộ Khoa Ngoại');
    expect(hospital.find((i) => i.kind === 'plan_to_review')).toMatchObject({ unit: { id: ngoai } });
    const behind = hospital.find((i) => i.kind === 'cells_overdue');
    const committee = await unitId('Đảng ủy Bệnh viện Đa khoa khu vực Mỹ Hòa');
    expect(behind).toMatchObject({ link: `/plans?unit=${committee}&overdue=1`, params: { count: 1 } });
    const ward = await inbox(await as('canbo.phuong'));
    expect(ward.filter((i) => i.kind === 'plan_to_review').map((i) => i.unit.id)).not.toContain(ngoai);
    // The company's officer: nothing from the hospital's or the ward's cells.
    expect(await inbox(await as('canbo.capnuoc'))).toEqual([]);
  });

  it('lists the ward officer’s unread reports until the officer opens one', async () => {
    const officer = await as('canbo.phuong');
    const unread = (await inbox(officer)).filter((i) => i.kind === 'report_unread');
    expect(unread.length).toBeGreaterThan(0);
    const doc = await demo.db
      .selectFrom('issued_document')
      .select('id')
      .where('title', '=', String(unread[0]?.params.title))
      .executeTakeFirstOrThrow();
    // The cell's own secretary opening it marks nothing for the officer.
    await (await as('bithu.mamnon')).download(`/api/issued-reports/${doc.id}/document?format=html`);
    expect((await inbox(officer)).filter((i) => i.kind === 'report_unread')).toHaveLength(unread.length);
    const opened = await officer.download(`/api/issued-reports/${doc.id}/document?format=html`);
    expect(opened.status).toBe(200);
    expect((await inbox(officer)).filter((i) => i.kind === 'report_unread')).toHaveLength(unread.length - 1);
    // Opened twice, read once.
    await officer.download(`/api/issued-reports/${doc.id}/document?format=pdf`);
    const marks = await demo.db
      .selectFrom('report_read')
      .selectAll()
      .where('document_id', '=', doc.id)
      .execute();
    expect(marks).toHaveLength(1);
  });

  it('has nothing for a staff member or the administrator', async () => {
    expect(await inbox(await as('nhanvien.noi'))).toEqual([]);
    expect(await inbox(await as('admin'))).toEqual([]);
  });
});

describe('GET /api/me/inbox, kind by kind', () => {
  let database: Database;
  let app: App;
  let province: { id: string };
  let district: { id: string };
  let foreign: { id: string };
  const login = async (personId: string) =>
    loggedIn(app, await buildUser(database.db, { personId }), PASSWORD);

  /** A cell of the district with four official members: a secretary, a member, a member, a deputy. */
  const freshCell = async (parentId = district.id) => {
    const cell = await buildCell(database.db, { parentId, members: 4 });
    const [secretaryId, memberId, otherId, deputyId] = cell.memberIds as [string, string, string, string];
    await giveRole(database.db, cell.id, secretaryId, 'secretary');
    await giveRole(database.db, cell.id, deputyId, 'deputy');
    return { id: cell.id, secretaryId, memberId, otherId, deputyId };
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    app = buildApp(database);
    province = await buildCommittee(database.db, { name: 'Tỉnh ủy Thử Nghiệm' });
    district = await buildCommittee(database.db, {
      parentId: province.id,
      name: 'Đảng ủy phường Thử Nghiệm',
    });
    foreign = await buildCommittee(database.db, { name: 'Đảng ủy xã Bên Ngoài' });
  });
  afterAll(async () => database.close());

  it('a submitted draft goes to the cell’s approver, not to its preparer, a member, or another cell', async () => {
    const cell = await freshCell();
    const other = await freshCell(foreign.id);
    const prep = await buildPreparation(database.db, cell.id, { status: 'draft1_submitted' });
    await buildPreparation(database.db, other.id, { status: 'draft1_submitted' });
    const items = await inbox(await login(cell.secretaryId));
    const approve = items.filter((i) => i.kind === 'draft_to_approve');
    expect(approve).toEqual([
      {
        kind: 'draft_to_approve',
        params: { topic: 'Chuyên đề quý 1', round: 1 },
        unit: expect.objectContaining({ id: cell.id }),
        dueOn: null,
        overdue: false,
        link: `/topics/${prep.topicId}`,
      },
    ]);
    expect(kinds(await inbox(await login(prep.preparerId)))).not.toContain('draft_to_approve');
    expect(kinds(await inbox(await login(cell.memberId)))).not.toContain('draft_to_approve');
  });

  it('a distributed draft asks each reader for comments until they comment', async () => {
    const cell = await freshCell();
    const prep = await buildPreparation(database.db, cell.id, { status: 'distributed' });
    // One of the two members without a role prepares it (which one follows the ids' order, made in the same
    // millisecond); the other reads it.
    expect([cell.memberId, cell.otherId]).toContain(prep.preparerId);
    const readerId = prep.preparerId === cell.memberId ? cell.otherId : cell.memberId;
    const member = await login(readerId);
    const item = (await inbox(member)).find((i) => i.kind === 'draft_to_comment');
    const due = await database.db
      .selectFrom('topic_preparation')
      .select('comment_due_on')
      .where('topic_id', '=', prep.topicId)
      .executeTakeFirstOrThrow();
    expect(item).toMatchObject({ link: `/topics/${prep.topicId}`, dueOn: due.comment_due_on });
    await database.db
      .insertInto('topic_comment')
      .values({
        id: newId(),
        topic_id: prep.topicId,
        version_id: prep.draftIds.at(-1) ?? '',
        person_id: readerId,
        body: 'Đề nghị bổ sung số liệu.',
        quote: null,
        prefix: null,
        suffix: null,
        disposition: null,
        explanation: null,
        disposed_by: null,
        disposed_at: null,
        created_at: nowIso(),
      })
      .execute();
    expect(kinds(await inbox(member))).not.toContain('draft_to_comment');
  });

  it('comments not yet disposed of go to the preparer once the window closed', async () => {
    const cell = await freshCell();
    const prep = await buildPreparation(database.db, cell.id, { status: 'comments_closed', comment: true });
    const item = (await inbox(await login(prep.preparerId))).find((i) => i.kind === 'comments_to_dispose');
    expect(item).toMatchObject({ link: `/topics/${prep.topicId}`, params: { count: 1 } });
    expect(kinds(await inbox(await login(cell.secretaryId)))).not.toContain('comments_to_dispose');
  });

  it('minutes wait for the chair and the minute-taker until each has signed', async () => {
    const cell = await freshCell();
    const meeting = await buildMeeting(database.db, cell.id, {
      status: 'ended',
      chairId: cell.secretaryId,
      minuteTakerId: cell.memberId,
      minutes: 'signed_by_one',
    });
    const signed = await database.db
      .selectFrom('minutes')
      .select(['chair_signed_at', 'taker_signed_at'])
      .where('meeting_id', '=', meeting.id)
      .executeTakeFirstOrThrow();
    const chair = (await inbox(await login(cell.secretaryId))).filter((i) => i.kind === 'minutes_to_sign');
    const taker = (await inbox(await login(cell.memberId))).filter((i) => i.kind === 'minutes_to_sign');
    // One of them signed already: only the other is asked.
    expect(chair.length + taker.length).toBe(1);
    const waiting = signed.chair_signed_at ? taker : chair;
    expect(waiting[0]).toMatchObject({
      link: `/meetings/${meeting.id}`,
      params: { as: signed.chair_signed_at ? 'minute_taker' : 'chair' },
    });
    expect(kinds(await inbox(await login(cell.otherId)))).not.toContain('minutes_to_sign');
  });

  it('a notice sent reaches the members on the roll, due on the meeting’s day', async () => {
    const cell = await freshCell();
    const heldOn = addDays(today, 5);
    const meeting = await buildMeeting(database.db, cell.id, { notice: true, heldOn, kind: 'regular' });
    for (const personId of [cell.memberId, cell.otherId]) {
      const item = (await inbox(await login(personId))).find((i) => i.kind === 'notice_received');
      expect(item).toMatchObject({ link: `/meetings/${meeting.id}`, dueOn: heldOn, overdue: false });
    }
    const outsider = await freshCell();
    expect(kinds(await inbox(await login(outsider.memberId)))).not.toContain('notice_received');
  });

  it('a task due within the week or overdue goes to its owner until reported done', async () => {
    const cell = await freshCell();
    const meeting = await buildMeeting(database.db, cell.id, {
      status: 'ended',
      task: true,
      evaluated: true,
    });
    await database.db
      .updateTable('meeting_task')
      .set({ owner_id: cell.memberId, due_on: addDays(today, -2) })
      .where('id', '=', meeting.taskId ?? '')
      .execute();
    const member = await login(cell.memberId);
    expect((await inbox(member)).find((i) => i.kind === 'task_due')).toMatchObject({
      dueOn: addDays(today, -2),
      overdue: true,
      link: '/my-work',
    });
    await database.db
      .insertInto('task_report')
      .values({
        id: newId(),
        task_id: meeting.taskId ?? '',
        status: 'done',
        note: null,
        reported_on: today,
        reported_by: cell.memberId,
        created_at: nowIso(),
        meeting_id: null,
      })
      .execute();
    expect(kinds(await inbox(member))).not.toContain('task_due');
  });

  it('an ended thematic meeting asks the secretary for the evaluation and the report', async () => {
    const cell = await freshCell();
    const meeting = await buildMeeting(database.db, cell.id, { status: 'ended' });
    const followUp = (items: Item[]) =>
      items.filter((i) => i.link === `/meetings/${meeting.id}` && i.kind !== 'minutes_to_sign');
    expect(kinds(followUp(await inbox(await login(cell.secretaryId))))).toEqual([
      'evaluation_to_write',
      'report_to_issue',
    ]);
    // The deputy issues reports too, but the evaluation is the secretary's (seed 001).
    expect(kinds(followUp(await inbox(await login(cell.deputyId))))).toEqual(['report_to_issue']);
    expect(followUp(await inbox(await login(cell.memberId)))).toEqual([]);
  });

  it('asks a cell for the period reports it owes only: none before it was founded', async () => {
    const periodReports = async (personId: string) =>
      (await inbox(await login(personId))).filter((i) => i.kind === 'report_to_issue' && !i.params.heldOn);
    const ended = endedReportPeriods(today);
    // Founded today: every ended period began before it, so it owes none of them.
    const fresh = await freshCell();
    expect(await periodReports(fresh.secretaryId)).toEqual([]);
    // Founded long ago: it owes every ended period.
    const old = await freshCell();
    await database.db
      .updateTable('org_unit')
      .set({ created_at: '2000-01-01T00:00:00.000Z' })
      .where('id', '=', old.id)
      .execute();
    expect((await periodReports(old.secretaryId)).map((i) => [i.params.year, i.params.quarter])).toEqual(
      expect.arrayContaining(ended.map((p) => [p.year, p.quarter])),
    );
    expect(await periodReports(old.secretaryId)).toHaveLength(ended.length);
    // Founded on the second day of the oldest ended quarter: that quarter is skipped, the later ones are asked.
    const first = ended.find((p) => p.quarter !== null);
    if (!first?.quarter) return;
    const mid = await freshCell();
    const secondDay = `${first.year}-${String(first.quarter * 3 - 2).padStart(2, '0')}-02`;
    await database.db
      .updateTable('org_unit')
      .set({ created_at: `${secondDay}T05:00:00.000Z` })
      .where('id', '=', mid.id)
      .execute();
    const asked = (await periodReports(mid.secretaryId)).map((i) => `${i.params.year}-${i.params.quarter}`);
    expect(asked).not.toContain(`${first.year}-${first.quarter}`);
    expect(asked.length).toBe(
      ended.filter(
        (p) =>
          (p.quarter === null
            ? `${p.year}-12-01`
            : `${p.year}-${String(p.quarter * 3 - 2).padStart(2, '0')}-01`) >= secondDay,
      ).length,
    );
  });

  it('a resolution review due goes to the secretary', async () => {
    const cell = await freshCell();
    const resolution = await buildResolution(database.db, cell.id);
    const reviewId = await buildReview(database.db, resolution.topicId);
    const item = (await inbox(await login(cell.secretaryId))).find((i) => i.link === `/reviews/${reviewId}`);
    expect(item).toMatchObject({
      kind: 'review_to_write',
      dueOn: today,
      overdue: false,
      params: { reviewKind: 'interim' },
    });
  });

  it('a returned plan goes to the secretary and the deputy; a submitted one to the officer directly above only', async () => {
    const cell = await freshCell();
    const returned = await buildPlan(database.db, cell.id, { status: 'returned' });
    for (const personId of [cell.secretaryId, cell.deputyId])
      expect((await inbox(await login(personId))).find((i) => i.kind === 'plan_returned')).toMatchObject({
        link: `/plans/${returned.id}`,
        params: { remark: 'Ý kiến của cấp ủy' },
      });
    expect(kinds(await inbox(await login(cell.memberId)))).not.toContain('plan_returned');

    const sent = await freshCell();
    const plan = await buildPlan(database.db, sent.id, { status: 'submitted' });
    const districtOfficer = await freshCell();
    await giveRole(database.db, district.id, districtOfficer.otherId, 'officer');
    const provinceOfficer = await freshCell(province.id);
    await giveRole(database.db, province.id, provinceOfficer.otherId, 'officer');
    const foreignOfficer = await freshCell(foreign.id);
    await giveRole(database.db, foreign.id, foreignOfficer.otherId, 'officer');
    const review = (items: Item[]) => items.filter((i) => i.kind === 'plan_to_review').map((i) => i.link);
    expect(review(await inbox(await login(districtOfficer.otherId)))).toContain(`/plans/${plan.id}`);
    expect(review(await inbox(await login(provinceOfficer.otherId)))).not.toContain(`/plans/${plan.id}`);
    expect(review(await inbox(await login(foreignOfficer.otherId)))).not.toContain(`/plans/${plan.id}`);
  });

  it('an issued report stays unread for each officer of the committee directly above until that officer opens it', async () => {
    const cell = await freshCell();
    const meeting = await buildMeeting(database.db, cell.id, { status: 'ended', evaluated: true });
    const secretary = await login(cell.secretaryId);
    const issued = await secretary.post<{ id: string }>(`/api/meetings/${meeting.id}/report/issue`, {});
    expect(issued.status).toBe(201);
    const officers = await Promise.all(
      [district, province, foreign].map(async (committee) => {
        const home = await freshCell(committee.id);
        await giveRole(database.db, committee.id, home.otherId, 'officer');
        return login(home.otherId);
      }),
    );
    const [districtOfficer, provinceOfficer, foreignOfficer] = officers as [ApiClient, ApiClient, ApiClient];
    const unread = async (c: ApiClient) =>
      (await inbox(c)).filter((i) => i.kind === 'report_unread' && i.unit.id === cell.id);
    expect(await unread(districtOfficer)).toHaveLength(1);
    // Seed 000: reports go to "Đảng ủy cấp trên trực tiếp"; the province may read it but has no to-do.
    expect(await unread(provinceOfficer)).toHaveLength(0);
    expect(await unread(foreignOfficer)).toHaveLength(0);
    // An officer outside the subtree cannot open it (404), and leaves no read mark.
    expect(
      (await foreignOfficer.download(`/api/issued-reports/${issued.body.id}/document?format=html`)).status,
    ).toBe(404);
    expect(
      await database.db
        .selectFrom('report_read')
        .selectAll()
        .where('document_id', '=', issued.body.id)
        .execute(),
    ).toEqual([]);
    await districtOfficer.download(`/api/issued-reports/${issued.body.id}/document?format=html`);
    expect(await unread(districtOfficer)).toHaveLength(0);
    expect(
      (await provinceOfficer.download(`/api/issued-reports/${issued.body.id}/document?format=html`)).status,
    ).toBe(200);
  });

  it('an unread committee reminder shows until it is read', async () => {
    const cell = await freshCell();
    const id = newId();
    await database.db
      .insertInto('notification')
      .values({
        id,
        person_id: cell.secretaryId,
        unit_id: cell.id,
        kind: 'committee_reminder',
        params_json: JSON.stringify({ message: 'Đề nghị chi bộ gửi kế hoạch trước ngày 15.' }),
        link: `/units/${cell.id}`,
        created_at: nowIso(),
        read_at: null,
      })
      .execute();
    const secretary = await login(cell.secretaryId);
    expect((await inbox(secretary)).find((i) => i.kind === 'committee_reminder')).toMatchObject({
      link: `/units/${cell.id}`,
      params: { message: 'Đề nghị chi bộ gửi kế hoạch trước ngày 15.' },
    });
    await secretary.post('/api/notifications/read', { ids: [id] });
    expect(kinds(await inbox(secretary))).not.toContain('committee_reminder');
  });

  it('answers 401 without a session', async () => {
    const res = await app.request('/api/me/inbox');
    expect(res.status).toBe(401);
  });
});
