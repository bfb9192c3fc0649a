/**
 * One search box (issue 18): `GET /api/search?q=&page=` over what the user may see — topics, drafts sent to
 * members, resolutions, minutes, the library and people — without tones and with đ → d, ranked, highlighted,
 * by pages of 20; the index kept in step with every write; nobody finds a sentence of another cell's draft.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import { rebuildSearchIndex } from '../../src/db/search-index.ts';
import type { Actor } from '../../src/domain/authz/policy.ts';
import type { App } from '../../src/server/app.ts';
import * as plans from '../../src/server/features/plans/service.ts';
import * as preparation from '../../src/server/features/preparation/service.ts';
import {
  actorOf,
  buildMeeting,
  buildModel,
  buildPerson,
  buildPreparation,
  buildResolution,
  buildUser,
  buildWorld,
  PASSWORD,
  type World,
} from '../fixtures/factories.ts';
import { type ApiClient, buildApp, type ErrorBody, loggedIn } from '../support/api-client.ts';
import { createTestDatabase } from '../support/test-db.ts';

interface Segment {
  text: string;
  mark: boolean;
}
interface Hit {
  kind: string;
  id: string;
  unitId: string;
  unitName: string;
  date: string | null;
  title: Segment[];
  snippet: Segment[];
  link: string;
}
interface Result {
  q: string;
  terms: string[];
  page: number;
  pageSize: number;
  total: number;
  hits: Hit[];
}

const system: Actor = { userId: 'system', personId: null, isAdmin: true, grants: [] };
let database: Database;
let app: App;
let world: World;
let member: ApiClient;
let officer: ApiClient;
let foreigner: ApiClient;
let siblingMember: ApiClient;

const marked = (segments: Segment[]) => segments.filter((s) => s.mark).map((s) => s.text);
const text = (segments: Segment[]) => segments.map((s) => s.text).join('');

async function find(client: ApiClient, q: string, page = 1): Promise<Result> {
  const res = await client.get<Result>(`/api/search?q=${encodeURIComponent(q)}&page=${page}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

/** A topic of the cell whose draft 1 says `html`; sent to the cell's members unless `distribute` is false. */
async function draftSaying(cellId: string, html: string, distribute = true) {
  const p = await buildPreparation(database.db, cellId, { status: 'draft1_writing' });
  const preparer = await actorOf(database.db, p.preparerId);
  await preparation.saveVersion(database.db, preparer, p.topicId, {
    kind: 'draft',
    html,
    baseVersionId: p.draftIds.at(-1) ?? null,
  });
  const approve = async () => {
    await preparation.act(database.db, preparer, p.topicId, 'submit');
    await preparation.act(database.db, await actorOf(database.db, p.approverId), p.topicId, 'approve');
  };
  if (distribute) await approve();
  return { ...p, approve };
}

beforeAll(async () => {
  database = await createTestDatabase();
  app = buildApp(database);
  world = await buildWorld(database.db);
  member = await loggedIn(app, world.users.member, PASSWORD);
  officer = await loggedIn(app, world.users.officer, PASSWORD);
  const foreignMember = world.foreignCell.memberIds[0] ?? '';
  foreigner = await loggedIn(app, await buildUser(database.db, { personId: foreignMember }), PASSWORD);
  const siblingPerson = world.sibling.memberIds[0] ?? '';
  siblingMember = await loggedIn(app, await buildUser(database.db, { personId: siblingPerson }), PASSWORD);
});

afterAll(async () => {
  await database.close();
});

describe('GET /search', () => {
  it('finds a draft sent to members without tones and with đ → d, marked; never another cell’s draft', async () => {
    const ours = await draftSaying(
      world.cell.id,
      '<p>Mở đầu.</p><p>Chi bộ kiên quyết chỉnh đốn Đảng, xây dựng tổ chức trong sạch vững mạnh.</p>',
    );
    const theirs = await draftSaying(
      world.foreignCell.id,
      '<p>Riêng thôn Bên Ngoài: chỉnh đốn Đảng ở thôn, danh sách người vi phạm.</p>',
    );
    const sibling = await draftSaying(
      world.sibling.id,
      '<p>Khoa Ngoại bàn việc chỉnh đốn Đảng trong khoa.</p>',
    );

    const mine = await find(member, 'chinh don dang');
    expect(mine.terms).toEqual(['chinh', 'don', 'dang']);
    const hit = mine.hits.find((h) => h.kind === 'draft' && h.id === ours.topicId);
    expect(hit).toMatchObject({
      unitId: world.cell.id,
      unitName: 'Chi bộ Khoa Nội',
      link: `/topics/${ours.topicId}`,
    });
    expect(marked(hit?.snippet ?? [])).toEqual(['chỉnh', 'đốn', 'Đảng']);
    expect(text(hit?.snippet ?? [])).toContain('Chi bộ kiên quyết chỉnh đốn Đảng');
    // Nothing of another cell: not the foreign tenant's, not the sibling cell's under the same committee.
    expect(mine.hits.every((h) => h.unitId === world.cell.id)).toBe(true);
    expect(mine.hits.map((h) => h.id)).not.toContain(theirs.topicId);
    expect(mine.hits.map((h) => h.id)).not.toContain(sibling.topicId);
    expect((await find(member, 'danh sach nguoi vi pham')).total).toBe(0);
    expect((await find(member, 'Khoa Ngoại bàn việc')).total).toBe(0);

    // The foreign cell's member finds theirs and nothing of ours; the committee above the two cells both of its.
    const foreign = await find(foreigner, 'chỉnh đốn đảng');
    expect(foreign.hits.map((h) => h.id)).toContain(theirs.topicId);
    expect(foreign.hits.every((h) => h.unitId === world.foreignCell.id)).toBe(true);
    expect((await find(foreigner, 'kien quyet chinh don')).total).toBe(0);
    const above = (await find(officer, 'chinh don dang')).hits
      .filter((h) => h.kind === 'draft')
      .map((h) => h.id);
    expect(above).toEqual(expect.arrayContaining([ours.topicId, sibling.topicId]));
    expect(above).not.toContain(theirs.topicId);
    expect((await find(siblingMember, 'kien quyet')).total).toBe(0);
  });

  it('finds a draft only once it is sent to members (in the same transaction as the sending)', async () => {
    const later = await draftSaying(world.cell.id, '<p>Phương án sắp xếp nhân sự tuyệt mật.</p>', false);
    expect((await find(member, 'tuyet mat')).total).toBe(0);
    await later.approve();
    const found = await find(member, 'tuyet mat');
    expect(found.hits.map((h) => [h.kind, h.id])).toEqual([['draft', later.topicId]]);
  });

  it('ranks a match in the title above one in the text only, and pages by 20', async () => {
    const planId = await plans.createPlan(database.db, system, world.cell.id, 2071);
    await plans.savePlan(database.db, system, planId, {
      legalBases: [],
      topics: [
        {
          title: 'Rèn luyện tác phong',
          kind: 'other',
          quarter: 1,
          workContent: 'Giữ nghiêm kỷ cương hành chính trong khoa.',
          preparerIds: [world.people.memberId],
        },
        { title: 'Kỷ cương hành chính', kind: 'other', quarter: 2, preparerIds: [world.people.memberId] },
      ],
    });
    const ranked = (await find(member, 'ky cuong hanh chinh')).hits.filter((h) => h.kind === 'topic');
    expect(ranked.map((h) => text(h.title))).toEqual(['Kỷ cương hành chính', 'Rèn luyện tác phong']);
    expect(marked(ranked[0]?.title ?? [])).toEqual(['Kỷ', 'cương', 'hành', 'chính']);
    expect(marked(ranked[1]?.snippet ?? [])).toEqual(['kỷ', 'cương', 'hành', 'chính']);

    for (let i = 1; i <= 25; i++)
      await buildPerson(database.db, { unitId: world.cell.id, fullName: `Đỗ Thị Phân Trang ${i}` });
    const first = await find(member, 'do thi phan trang');
    expect(first).toMatchObject({ page: 1, pageSize: 20, total: 25 });
    expect(first.hits).toHaveLength(20);
    expect(first.hits.every((h) => h.kind === 'person' && h.link === `/members/${h.id}`)).toBe(true);
    const second = await find(member, 'do thi phan trang', 2);
    expect(second.hits).toHaveLength(5);
    const all = new Set([...first.hits, ...second.hits].map((h) => h.id));
    expect(all.size).toBe(25);
    expect((await find(member, 'do thi phan trang', 3)).hits).toEqual([]);
    // People of another tenant are not found.
    expect((await find(foreigner, 'phan trang')).total).toBe(0);
  });

  it('keeps the index in step with edits: a renamed member, edited minutes, a plan’s topics replaced', async () => {
    const personId = await buildPerson(database.db, { unitId: world.cell.id, fullName: 'Hoàng Văn Cũ' });
    expect((await find(member, 'hoang van cu')).total).toBe(1);
    expect((await officer.patch(`/api/members/${personId}`, { fullName: 'Hoàng Văn Mới' })).status).toBe(200);
    expect((await find(member, 'hoang van cu')).total).toBe(0);
    expect((await find(member, 'hoàng văn mới')).hits.map((h) => h.id)).toEqual([personId]);

    const meeting = await buildMeeting(database.db, world.cell.id, {
      status: 'ended',
      minutes: 'draft',
      minuteTakerId: world.people.memberId,
      heldOn: '2026-03-10',
    });
    const view = await member.get<{ minutes: { text: string; updatedAt: string } }>(
      `/api/meetings/${meeting.id}`,
    );
    expect((await find(member, 'phong chong lut bao de dieu')).total).toBe(0);
    const saved = await member.put(`/api/meetings/${meeting.id}/minutes`, {
      text: `${view.body.minutes.text}\nChi bộ giao nhiệm vụ phòng chống lụt bão, bảo vệ đê điều.`,
      expectedUpdatedAt: view.body.minutes.updatedAt,
    });
    expect(saved.status).toBe(200);
    const minutes = await find(member, 'phong chong lut bao de dieu');
    expect(minutes.hits.map((h) => [h.kind, h.id, h.date, h.link])).toEqual([
      ['minutes', meeting.id, '2026-03-10', `/meetings/${meeting.id}`],
    ]);
    // The passage is where the words meet; "bao" also starts "bảo", and "de" starts "đề" elsewhere.
    const passage = minutes.hits[0]?.snippet ?? [];
    expect(text(passage)).toContain('phòng chống lụt bão, bảo vệ đê điều');
    expect(marked(passage)).toEqual(
      expect.arrayContaining(['phòng', 'chống', 'lụt', 'bão', 'bảo', 'đê', 'điều']),
    );
    expect((await find(foreigner, 'de dieu')).total).toBe(0);

    const planId = await plans.createPlan(database.db, system, world.cell.id, 2072);
    const topic = (title: string) => ({
      title,
      kind: 'other' as const,
      quarter: 1,
      preparerIds: [world.people.memberId],
    });
    await plans.savePlan(database.db, system, planId, {
      legalBases: [],
      topics: [topic('Chuyển đổi số ở khoa')],
    });
    expect((await find(member, 'chuyen doi so')).total).toBe(1);
    await plans.savePlan(database.db, system, planId, { legalBases: [], topics: [topic('Văn hóa công sở')] });
    expect((await find(member, 'chuyen doi so')).total).toBe(0);
    const topics = (await find(member, 'van hoa cong so')).hits.filter((h) => h.kind === 'topic');
    expect(topics.map((h) => [h.id, text(h.title)])).toEqual([[expect.any(String), 'Văn hóa công sở']]);
  });

  it('finds an issued resolution by its text and the committee’s library in the cells below it', async () => {
    const resolution = await buildResolution(database.db, world.cell.id);
    const found = await find(member, 'quan chung uu tu');
    expect(found.hits.map((h) => h.kind)).toContain('resolution');
    expect(found.hits.find((h) => h.kind === 'resolution')?.id).toBe(resolution.topicId);
    expect((await find(foreigner, 'quan chung uu tu')).total).toBe(0);

    const model = await buildModel(database.db, world.cell.id, world.sub.id);
    const library = (await find(member, 'chuyen de quy 1')).hits.filter((h) => h.kind === 'library');
    expect(library.map((h) => [h.id, h.unitId])).toEqual([[model, world.sub.id]]);
    expect(
      (await find(siblingMember, 'chuyen de quy 1')).hits.filter((h) => h.kind === 'library'),
    ).toHaveLength(1);
    expect((await find(foreigner, 'chuyen de quy 1')).hits.filter((h) => h.kind === 'library')).toEqual([]);
  });

  it('is rebuilt from the records alike (npm run cli -- rebuild-search), and refuses an empty query', async () => {
    const before = await find(officer, 'chinh don dang');
    const entries = await rebuildSearchIndex(database.db);
    expect(entries).toBeGreaterThan(30);
    const after = await find(officer, 'chinh don dang');
    expect(after.hits.map((h) => [h.kind, h.id])).toEqual(before.hits.map((h) => [h.kind, h.id]));

    const empty = await member.get<ErrorBody>('/api/search?q=');
    expect(empty.status).toBe(400);
    expect(empty.body.error.fields?.q).toBeTruthy();
    // Punctuation only holds no word: nothing found, no error.
    expect((await find(member, '?!')).total).toBe(0);
  });
});
