/**
 * The quality of meetings (issue 16; seed 004: "tiêu chí đánh giá chất lượng sinh hoạt chi bộ", seed 001: the
 * secretary's evaluation): committees' rubrics, inherited and versioned; the secretary proposes a meeting's score,
 * the committee directly above confirms or adjusts it with reasons; a rubric changed later never rescores it.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import { todayInVietnam } from '../../src/domain/dates/local-date.ts';
import type { NotificationKind } from '../../src/domain/notifications/kinds.ts';
import { DEFAULT_RUBRIC } from '../../src/domain/quality/rubric.ts';
import type { App } from '../../src/server/app.ts';
import { proposeScore } from '../../src/server/features/quality/index.ts';
import {
  buildCommittee,
  buildMeeting,
  buildPerson,
  buildUser,
  buildWorld,
  giveRole,
  PASSWORD,
  type World,
} from '../fixtures/factories.ts';
import { type ApiClient, buildApp, type ErrorBody, loggedIn } from '../support/api-client.ts';
import { createTestDatabase } from '../support/test-db.ts';

interface Criterion {
  criterion: string;
  source: 'auto' | 'manual';
  applicable: boolean;
  max: number;
  auto: number | null;
  points: number;
  reason: string | null;
}
interface Quality {
  status: 'none' | 'proposed' | 'confirmed';
  rubric: { source: string; orgName: string | null; version: number | null; thresholds: { good: number } };
  score: { criteria: Criterion[]; total: number; max: number; percent: number; level: string };
  note: string | null;
  proposedByName: string | null;
  confirmedByName: string | null;
  permissions: { propose: boolean; confirm: boolean };
}
interface RubricView {
  current: { source: string; orgId: string | null; version: number | null; rubric: typeof DEFAULT_RUBRIC };
  parent: {
    source: string;
    orgId: string | null;
    version: number | null;
    rubric: typeof DEFAULT_RUBRIC;
  } | null;
  canEdit: boolean;
}

let database: Database;
let app: App;
let world: World;
let officer: ApiClient;
let inspector: ApiClient;
let secretary: ApiClient;
let member: ApiClient;
let rootOfficer: ApiClient;
let siblingOfficer: ApiClient;

beforeAll(async () => {
  database = await createTestDatabase();
  app = buildApp(database);
  world = await buildWorld(database.db);
  officer = await loggedIn(app, world.users.officer, PASSWORD);
  inspector = await loggedIn(app, world.users.inspector, PASSWORD);
  secretary = await loggedIn(app, world.users.secretary, PASSWORD);
  member = await loggedIn(app, world.users.member, PASSWORD);
  const rootOfficerId = await buildPerson(database.db, { unitId: world.root.id, status: 'staff' });
  await giveRole(database.db, world.root.id, rootOfficerId, 'officer');
  rootOfficer = await loggedIn(app, await buildUser(database.db, { personId: rootOfficerId }), PASSWORD);
  const siblingCommittee = await buildCommittee(database.db, {
    parentId: world.root.id,
    name: 'Đảng ủy Khối',
  });
  const siblingOfficerId = await buildPerson(database.db, { unitId: siblingCommittee.id, status: 'staff' });
  await giveRole(database.db, siblingCommittee.id, siblingOfficerId, 'officer');
  siblingOfficer = await loggedIn(
    app,
    await buildUser(database.db, { personId: siblingOfficerId }),
    PASSWORD,
  );
});
afterAll(() => database.close());

/** An ended thematic meeting: everyone present, one member spoke, a task, the evaluation, signed minutes. */
const endedMeeting = async () => {
  const m = await buildMeeting(database.db, world.cell.id, {
    status: 'ended',
    chairId: world.people.secretaryId,
    minuteTakerId: world.people.memberId,
    present: world.cell.memberIds,
    speechBy: world.people.memberId,
    task: true,
    evaluated: true,
    minutes: 'locked',
  });
  // The member's request to speak was heard (the console's "done").
  await database.db
    .updateTable('meeting_speech')
    .set({ status: 'done' })
    .where('meeting_id', '=', m.id)
    .execute();
  return m;
};
const quality = (client: ApiClient, id: string) =>
  client.request<Quality>('GET', `/api/meetings/${id}/quality`);
const propose = (client: ApiClient, id: string, body: unknown) =>
  client.request<Quality & ErrorBody>('POST', `/api/meetings/${id}/quality`, body);
const confirm = (client: ApiClient, id: string, body: unknown) =>
  client.request<Quality & ErrorBody>('POST', `/api/meetings/${id}/quality/confirm`, body);
const rubricOf = (client: ApiClient, unitId: string) =>
  client.request<RubricView>('GET', `/api/orgs/${unitId}/quality-rubric`);
const saveRubric = (client: ApiClient, unitId: string, body: unknown) =>
  client.request<RubricView & ErrorBody>('PUT', `/api/orgs/${unitId}/quality-rubric`, body);
const points = (q: Quality, criterion: string) => q.score.criteria.find((c) => c.criterion === criterion);

describe('a meeting’s score: proposed by the secretary, confirmed or adjusted by the committee above', () => {
  it('previews the score from the record, with the automatic criteria filled in', async () => {
    const m = await endedMeeting();
    const res = await quality(secretary, m.id);
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('none');
    expect(res.body.rubric.source).toBe('default');
    expect(points(res.body, 'attendance')?.points).toBe(15);
    expect(points(res.body, 'no_unexcused_absence')?.points).toBe(10);
    expect(points(res.body, 'members_spoke')?.points).toBe(5); // one member spoke
    expect(points(res.body, 'minutes_signed')?.points).toBe(10);
    expect(points(res.body, 'evaluation_written')?.points).toBe(5);
    expect(points(res.body, 'study_time')?.applicable).toBe(false); // a thematic meeting
    expect(points(res.body, 'discussion_quality')).toMatchObject({ source: 'manual', points: 0 });
    expect(res.body.permissions).toEqual({ propose: true, confirm: false });
  });

  it('proposes, then the officer above adjusts with a reason; confirmed once, then frozen', async () => {
    const m = await endedMeeting();
    expect((await confirm(officer, m.id, { adjustments: [] })).body.error.code).toBe('QUALITY_NOT_PROPOSED');
    const proposed = await propose(secretary, m.id, {
      manual: { discussion_quality: 8 },
      note: 'Đảng viên thảo luận sôi nổi, liên hệ thực tế khoa',
    });
    expect(proposed.status).toBe(200);
    expect(proposed.body.status).toBe('proposed');
    expect(points(proposed.body, 'discussion_quality')?.points).toBe(8);
    expect(proposed.body.note).toBe('Đảng viên thảo luận sôi nổi, liên hệ thực tế khoa');
    const before = proposed.body.score.total;

    // Only the committee directly above confirms: a committee higher up is refused.
    expect((await confirm(rootOfficer, m.id, { adjustments: [] })).status).toBe(403);
    expect((await confirm(secretary, m.id, { adjustments: [] })).status).toBe(403);
    expect((await quality(officer, m.id)).body.permissions.confirm).toBe(true);

    const adjusted = await confirm(officer, m.id, {
      adjustments: [{ criterion: 'discussion_quality', points: 6, reason: 'Ý kiến chưa đi vào giải pháp' }],
    });
    expect(adjusted.status).toBe(200);
    expect(adjusted.body.status).toBe('confirmed');
    expect(points(adjusted.body, 'discussion_quality')).toMatchObject({
      points: 6,
      reason: 'Ý kiến chưa đi vào giải pháp',
    });
    expect(adjusted.body.score.total).toBe(before - 2);
    expect(adjusted.body.confirmedByName).toBe('Trần Thị Cán Bộ');

    expect((await confirm(officer, m.id, { adjustments: [] })).body.error.code).toBe(
      'QUALITY_ALREADY_CONFIRMED',
    );
    const again = await propose(secretary, m.id, { manual: {} });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('QUALITY_ALREADY_CONFIRMED');
    expect((await quality(secretary, m.id)).body.permissions).toEqual({ propose: false, confirm: false });
  });

  it('a proposal becomes the officer’s to-do and notification until confirmed; the outcome reaches the secretary', async () => {
    const m = await endedMeeting();
    const toConfirm = async (client: ApiClient) => {
      const res = await client.get<{
        items: { kind: string; link: string; params: Record<string, unknown> }[];
      }>('/api/me/inbox');
      expect(res.status).toBe(200);
      return res.body.items.filter((i) => i.kind === 'quality_to_confirm' && i.link === `/meetings/${m.id}`);
    };
    const told = (personId: string, kind: NotificationKind) =>
      database.db
        .selectFrom('notification')
        .select(['params_json', 'link'])
        .where('person_id', '=', personId)
        .where('kind', '=', kind)
        .where('link', '=', `/meetings/${m.id}`)
        .execute();
    expect(await toConfirm(officer)).toEqual([]);
    const proposed = await propose(secretary, m.id, { manual: { discussion_quality: 9 } });
    expect(proposed.status).toBe(200);
    // The officer of the committee directly above: one to-do and one notification.
    const [item] = await toConfirm(officer);
    expect(item?.params).toMatchObject({
      cell: 'Chi bộ Khoa Nội',
      heldOn: todayInVietnam(),
      level: proposed.body.score.level,
    });
    const [note] = await told(world.people.officerId, 'quality_proposed');
    expect(JSON.parse(note?.params_json ?? '{}')).toMatchObject({
      cell: 'Chi bộ Khoa Nội',
      points: proposed.body.score.total,
      level: proposed.body.score.level,
    });
    // Neither the committee higher up nor a sibling committee, nor the cell, is asked to confirm.
    expect(await toConfirm(rootOfficer)).toEqual([]);
    expect(await toConfirm(siblingOfficer)).toEqual([]);
    expect(await toConfirm(secretary)).toEqual([]);
    expect(await told(world.people.secretaryId, 'quality_proposed')).toEqual([]);

    // A second proposal before confirmation keeps one to-do.
    expect((await propose(secretary, m.id, { manual: { discussion_quality: 10 } })).status).toBe(200);
    expect(await toConfirm(officer)).toHaveLength(1);

    // Confirmed as proposed: the to-do goes, the secretary is told.
    expect((await confirm(officer, m.id, { adjustments: [] })).status).toBe(200);
    expect(await toConfirm(officer)).toEqual([]);
    const [confirmed] = await told(world.people.secretaryId, 'quality_confirmed');
    expect(JSON.parse(confirmed?.params_json ?? '{}')).toMatchObject({
      committee: 'Đảng ủy Bệnh viện Thử Nghiệm',
    });
    expect(await told(world.people.secretaryId, 'quality_adjusted')).toEqual([]);
  });

  it('an adjustment reaches the deputy who proposed and the secretary, with the reasons', async () => {
    const m = await endedMeeting();
    const deputy = await loggedIn(
      app,
      await buildUser(database.db, { personId: world.people.deputyId }),
      PASSWORD,
    );
    expect((await propose(deputy, m.id, { manual: { discussion_quality: 9 } })).status).toBe(200);
    const adjusted = await confirm(officer, m.id, {
      adjustments: [{ criterion: 'discussion_quality', points: 4, reason: 'Chưa liên hệ thực tế đơn vị' }],
    });
    expect(adjusted.status).toBe(200);
    for (const personId of [world.people.deputyId, world.people.secretaryId]) {
      const rows = await database.db
        .selectFrom('notification')
        .select('params_json')
        .where('person_id', '=', personId)
        .where('kind', '=', 'quality_adjusted')
        .where('link', '=', `/meetings/${m.id}`)
        .execute();
      expect(rows).toHaveLength(1);
      expect(JSON.parse(rows[0]?.params_json ?? '{}')).toMatchObject({
        reasons: 'Chưa liên hệ thực tế đơn vị',
        level: adjusted.body.score.level,
      });
    }
    // The officer who adjusted is not told of their own act.
    const own = await database.db
      .selectFrom('notification')
      .select('id')
      .where('person_id', '=', world.people.officerId)
      .where('kind', 'in', ['quality_adjusted', 'quality_confirmed'])
      .execute();
    expect(own).toEqual([]);
  });

  it('refuses a proposal before the meeting has ended (409)', async () => {
    const m = await buildMeeting(database.db, world.cell.id, { status: 'scheduled' });
    const res = await propose(secretary, m.id, { manual: {} });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('QUALITY_MEETING_NOT_ENDED');
    expect(res.body.error.message).toMatch(/kết thúc/);
  });

  it('visibility: a member reads but may not propose (403); a sibling committee does not see it (404)', async () => {
    const m = await endedMeeting();
    expect((await quality(member, m.id)).status).toBe(200);
    expect((await propose(member, m.id, { manual: {} })).status).toBe(403);
    expect((await propose(officer, m.id, { manual: {} })).status).toBe(403);
    expect((await quality(siblingOfficer, m.id)).status).toBe(404);
    expect((await propose(siblingOfficer, m.id, { manual: {} })).status).toBe(404);
    expect((await quality(secretary, 'no-such-meeting')).status).toBe(404);
  });

  it('bad input: 400 with the field', async () => {
    const m = await endedMeeting();
    const negative = await propose(secretary, m.id, { manual: { discussion_quality: -1 } });
    expect(negative.status).toBe(400);
    expect(Object.keys(negative.body.error.fields ?? {}).join()).toMatch(/discussion_quality/);
    const over = await propose(secretary, m.id, { manual: { discussion_quality: 11 } });
    expect(over.status).toBe(400);
    expect(over.body.error.fields).toEqual({ 'manual.discussion_quality': expect.stringMatching(/tối đa/) });
    const notApplicable = await propose(secretary, m.id, { manual: { study_time: 5 } });
    expect(notApplicable.status).toBe(400);
    await propose(secretary, m.id, { manual: { discussion_quality: 5 } });
    const noReason = await confirm(officer, m.id, {
      adjustments: [{ criterion: 'members_spoke', points: 2, reason: '' }],
    });
    expect(noReason.status).toBe(400);
    expect(Object.keys(noReason.body.error.fields ?? {}).join()).toMatch(/reason/);
    expect((await quality(officer, m.id)).body.status).toBe('proposed'); // nothing was written
  });
});

describe('rubrics per committee: versioned, inherited, copied; the past is never rescored', () => {
  const strict = {
    ...DEFAULT_RUBRIC,
    points: { ...DEFAULT_RUBRIC.points, discussion_quality: 20 },
    thresholds: { good: 95, fair: 80, average: 60 },
  };

  it('a cell uses its nearest committee’s rubric; a change makes a new version and leaves scores alone', async () => {
    const scored = await endedMeeting();
    const first = await propose(secretary, scored.id, { manual: { discussion_quality: 10 } });
    expect(first.body.rubric.source).toBe('default');

    expect((await rubricOf(secretary, world.cell.id)).body.current.source).toBe('default');
    const saved = await saveRubric(officer, world.sub.id, strict);
    expect(saved.status).toBe(200);
    expect(saved.body.current).toMatchObject({ source: 'own', version: 1 });
    const cell = await rubricOf(secretary, world.cell.id);
    expect(cell.body.current).toMatchObject({ source: 'inherited', orgId: world.sub.id, version: 1 });
    expect(cell.body.canEdit).toBe(false);

    // The proposal made under the default keeps it; re-proposing does not pick up the new rubric either.
    const after = await quality(secretary, scored.id);
    expect(after.body.score).toEqual(first.body.score);
    const reproposed = await propose(secretary, scored.id, { manual: { discussion_quality: 10 } });
    expect(reproposed.body.rubric.source).toBe('default');
    expect(points(reproposed.body, 'discussion_quality')?.max).toBe(10);

    // A new meeting is scored with the committee's version 1 and stays so after version 2.
    const next = await endedMeeting();
    const nextProposed = await propose(secretary, next.id, { manual: { discussion_quality: 20 } });
    expect(nextProposed.body.rubric).toMatchObject({ source: 'inherited', version: 1 });
    expect(points(nextProposed.body, 'discussion_quality')?.max).toBe(20);
    const v2 = await saveRubric(officer, world.sub.id, {
      ...strict,
      thresholds: { good: 60, fair: 50, average: 40 },
    });
    expect(v2.body.current.version).toBe(2);
    const frozen = await quality(officer, next.id);
    expect(frozen.body.score).toEqual(nextProposed.body.score);
    expect(frozen.body.rubric.version).toBe(1);
    const confirmed = await confirm(officer, next.id, { adjustments: [] });
    expect(confirmed.body.rubric.version).toBe(1);
    expect(confirmed.body.score.level).toBe(nextProposed.body.score.level);
  });

  it('a committee copies its parent’s rubric and changes it', async () => {
    const rootRubric = { ...DEFAULT_RUBRIC, thresholds: { good: 85, fair: 70, average: 50 } };
    expect((await saveRubric(rootOfficer, world.root.id, rootRubric)).status).toBe(200);
    const committee = await buildCommittee(database.db, {
      parentId: world.root.id,
      name: 'Đảng ủy Trường học',
    });
    const officerId = await buildPerson(database.db, { unitId: committee.id, status: 'staff' });
    await giveRole(database.db, committee.id, officerId, 'officer');
    const own = await loggedIn(app, await buildUser(database.db, { personId: officerId }), PASSWORD);
    const view = await rubricOf(own, committee.id);
    expect(view.body.current).toMatchObject({ source: 'inherited', orgId: world.root.id });
    expect(view.body.parent?.rubric.thresholds).toEqual(rootRubric.thresholds);
    expect(view.body.canEdit).toBe(true);
    const copy = { ...(view.body.parent?.rubric ?? DEFAULT_RUBRIC), basedOnParent: true };
    copy.thresholds = { ...copy.thresholds, good: 88 };
    const saved = await saveRubric(own, committee.id, copy);
    expect(saved.body.current).toMatchObject({ source: 'own', version: 1 });
    expect(saved.body.current.rubric.thresholds).toEqual({ good: 88, fair: 70, average: 50 });
    const row = await database.db
      .selectFrom('quality_rubric')
      .select('based_on_id')
      .where('org_id', '=', committee.id)
      .executeTakeFirstOrThrow();
    const rootRow = await database.db
      .selectFrom('quality_rubric')
      .select('id')
      .where('org_id', '=', world.root.id)
      .executeTakeFirstOrThrow();
    expect(row.based_on_id).toBe(rootRow.id);
  });

  it('refuses: a cell’s own rubric (403; 409 even for the administrator), thresholds out of order (400), others than the officers (403/404)', async () => {
    const onCell = await saveRubric(secretary, world.cell.id, strict);
    expect(onCell.status).toBe(403);
    const adminLike = await saveRubric(officer, world.cell.id, strict);
    expect(adminLike.status).toBe(403); // the committee's officer writes only the committee's own rubric
    const admin = await loggedIn(app, world.users.admin, PASSWORD);
    const notCommittee = await saveRubric(admin, world.cell.id, strict);
    expect(notCommittee.status).toBe(409);
    expect(notCommittee.body.error.code).toBe('QUALITY_RUBRIC_NOT_COMMITTEE');
    const disordered = await saveRubric(officer, world.sub.id, {
      ...strict,
      thresholds: { good: 70, fair: 80, average: 50 },
    });
    expect(disordered.status).toBe(400);
    expect(disordered.body.error.fields).toEqual({ thresholds: expect.stringMatching(/giảm dần/) });
    const missing = await saveRubric(officer, world.sub.id, { thresholds: strict.thresholds });
    expect(missing.status).toBe(400);
    expect((await saveRubric(inspector, world.sub.id, strict)).status).toBe(403);
    expect((await saveRubric(secretary, world.sub.id, strict)).status).toBe(404);
    expect((await saveRubric(siblingOfficer, world.sub.id, strict)).status).toBe(404);
  });
});

describe('the oversight dashboard shows each cell’s level per quarter', () => {
  interface Oversight {
    rows: {
      id: string;
      figures: {
        quarters: { quality: { level: string; confirmed: boolean } | null; levels: Record<string, number> }[];
      };
    }[];
    totals: { quarters: { levels: Record<string, number> }[] };
  }
  it('the proposed level, then the confirmed one; in the .xlsx too', async () => {
    const today = todayInVietnam();
    const year = Number(today.slice(0, 4));
    const q = Math.ceil(Number(today.slice(5, 7)) / 3);
    const system = { userId: 'system', personId: null, isAdmin: true, grants: [] };
    const m = await buildMeeting(database.db, world.sibling.id, {
      status: 'ended',
      present: world.sibling.memberIds,
    });
    await proposeScore(database.db, system, m.id, { manual: { discussion_quality: 10 } });
    const dashboard = () =>
      officer.request<Oversight>('GET', `/api/orgs/${world.sub.id}/oversight?year=${year}`);
    const row = async () =>
      (await dashboard()).body.rows.find((r) => r.id === world.sibling.id)?.figures.quarters[q - 1];
    const proposed = await row();
    expect(proposed?.quality).toMatchObject({ confirmed: false });
    const proposedLevel = proposed?.quality?.level ?? '';
    expect(proposed?.levels[proposedLevel]).toBe(1);

    const confirmed = await confirm(officer, m.id, {
      adjustments: [{ criterion: 'discussion_quality', points: 0, reason: 'Chưa thảo luận' }],
    });
    expect(confirmed.status).toBe(200);
    const after = await row();
    expect(after?.quality).toEqual({ level: confirmed.body.score.level, confirmed: true });
    const totals = (await dashboard()).body.totals.quarters[q - 1]?.levels ?? {};
    expect(Object.values(totals).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);

    const file = await officer.download(`/api/orgs/${world.sub.id}/oversight/export?year=${year}`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.bytes.buffer as ArrayBuffer);
    const sheet = book.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    // Row 1 is the title (src/server/xlsx/sheet.ts), row 2 the headers.
    const header = (sheet.getRow(2).values as unknown[]).slice(1);
    const col = header.indexOf(`Quý ${q}: xếp loại chất lượng`);
    expect(col).toBeGreaterThanOrEqual(0);
    const names = { good: 'Tốt', fair: 'Khá', average: 'Trung bình', poor: 'Kém' } as Record<string, string>;
    const cells: unknown[] = [];
    sheet.eachRow((r) => {
      cells.push((r.values as unknown[]).slice(1)[col]);
    });
    expect(cells).toContain(names[confirmed.body.score.level]);
  });
});
