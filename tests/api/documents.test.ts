import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import { nextDocumentNumber } from '../../src/db/document-numbers.ts';
import type { Actor } from '../../src/domain/authz/policy.ts';
import { todayInVietnam } from '../../src/domain/dates/local-date.ts';
import { createAnchor } from '../../src/domain/preparation/anchors.ts';
import type { App } from '../../src/server/app.ts';
import * as meetings from '../../src/server/features/meetings/index.ts';
import * as minutes from '../../src/server/features/meetings/minutes.ts';
import * as comments from '../../src/server/features/preparation/comments.ts';
import * as preparation from '../../src/server/features/preparation/service.ts';
import {
  actorOf,
  buildCell,
  buildGuidance,
  buildMeetingTopic,
  buildPlan,
  buildPreparation,
  buildResolution,
  buildUser,
  buildWorld,
  giveRole,
  markDraftDistributed,
  PASSWORD,
  type World,
} from '../fixtures/factories.ts';
import { type ApiClient, buildApp, type ErrorBody, loggedIn } from '../support/api-client.ts';
import { docxText, pdfText } from '../support/document-text.ts';
import { createTestDatabase } from '../support/test-db.ts';

let database: Database;
let app: App;
let world: World;

beforeAll(async () => {
  database = await createTestDatabase();
  app = buildApp(database);
  world = await buildWorld(database.db);
  await database.db
    .updateTable('org_unit')
    .set({ place: 'Mỹ Hòa' })
    .where('id', '=', world.cell.id)
    .execute();
});
afterAll(() => database.close());

async function download(client: ApiClient, planId: string, format: 'docx' | 'pdf') {
  const res = await app.request(`/api/plans/${planId}/document?format=${format}`, {
    headers: { cookie: client.cookie },
  });
  return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
}

describe('document numbers', () => {
  it('numbers a plan when the cell adopts it, and keeps the number when it is reopened and adopted again', async () => {
    const secretary = await loggedIn(app, world.users.secretary, PASSWORD);
    const first = await buildPlan(database.db, world.cell.id);
    const adopted = await secretary.post<{ number: string }>(`/api/plans/${first.id}/adopt`, {
      adoptedOn: '2031-01-10',
    });
    expect(adopted.body.number).toBe('Số 01-KH/CB');
    const second = await buildPlan(database.db, world.cell.id);
    expect(
      (await secretary.post<{ number: string }>(`/api/plans/${second.id}/adopt`, { adoptedOn: '2031-02-10' }))
        .body.number,
    ).toBe('Số 02-KH/CB');
    await secretary.post(`/api/plans/${first.id}/reopen`);
    const again = await secretary.post<{ number: string }>(`/api/plans/${first.id}/adopt`, {
      adoptedOn: '2031-03-01',
    });
    expect(again.body.number).toBe('Số 01-KH/CB');
  });

  it('numbers through the party term once the unit chooses it, across calendar years', async () => {
    const cell = await buildCell(database.db, {
      parentId: world.sub.id,
      name: 'Chi bộ Khoa Xét nghiệm',
      members: 2,
    });
    const officer = await loggedIn(app, world.users.officer, PASSWORD);
    const set = await officer.patch<{ numberingTermFrom: string | null }>(`/api/orgs/${cell.id}`, {
      numberingTermFrom: '2034-10-01',
    });
    expect(set.status).toBe(200);
    expect(set.body.numberingTermFrom).toBe('2034-10-01');
    const bad = await officer.patch<ErrorBody>(`/api/orgs/${cell.id}`, { numberingTermFrom: '01/10/2034' });
    expect(bad.status).toBe(400);
    // Before the term: the year's run; from its first day: one run across the years.
    const next = (issuedOn: string) =>
      nextDocumentNumber(database.db, { unitId: cell.id, kind: 'KH', issuedOn });
    expect(await next('2034-09-30')).toBe(1);
    expect(await next('2034-10-01')).toBe(1);
    expect(await next('2035-01-10')).toBe(2);
    expect(await next('2034-09-15')).toBe(2);
    const plan = await buildPlan(database.db, cell.id, { status: 'adopted', year: 2036 });
    const res = await officer.get<{ number: string }>(`/api/plans/${plan.id}`);
    expect(res.body.number).toBe('Số 03-KH/CB');
    // Back to yearly numbering: a new year starts again from 1.
    await officer.patch(`/api/orgs/${cell.id}`, { numberingTermFrom: null });
    expect(await next('2037-01-05')).toBe(1);
  });

  it('never gives the same number twice under concurrent requests', async () => {
    const key = { unitId: world.sibling.id, kind: 'BB', issuedOn: '2031-05-01' };
    const numbers = await Promise.all(Array.from({ length: 12 }, () => nextDocumentNumber(database.db, key)));
    expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });
});

describe('the annual plan as a document', () => {
  let planId: string;
  beforeAll(async () => {
    const plan = await buildPlan(database.db, world.cell.id, { status: 'adopted', year: 2026 });
    planId = plan.id;
  });

  it('downloads as Word with the party header, number, date, the section III table and the signature', async () => {
    const member = await loggedIn(app, world.users.member, PASSWORD);
    const { res, bytes } = await download(member, planId, 'docx');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(res.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('Kế hoạch sinh hoạt chuyên đề năm 2026 - Chi bộ Khoa Nội.docx')}`,
    );
    const text = docxText(bytes);
    for (const expected of [
      'ĐẢNG ỦY BỆNH VIỆN THỬ NGHIỆM',
      'CHI BỘ KHOA NỘI',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Mỹ Hòa, ngày 10 tháng 01 năm 2026',
      'KẾ HOẠCH',
      'Sinh hoạt chuyên đề năm 2026',
      'III. PHÂN CÔNG VÀ THỜI GIAN THỰC HIỆN',
      'T/M CHI BỘ',
      'BÍ THƯ',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/Số \d{2}-KH\/CB/);
    // The table: a heading row per topic, then its five steps with month and preparer.
    expect(text).toContain('Chuyên đề 1 (Quý I): Chuyên đề quý 1');
    expect(text.match(/Chuẩn bị đề cương/g)).toHaveLength(4);
    expect(text).toContain('Tháng 12/2026');
  });

  it('downloads as PDF whose text comes back exactly, Vietnamese marks included', async () => {
    const officer = await loggedIn(app, world.users.officer, PASSWORD);
    const { res, bytes } = await download(officer, planId, 'pdf');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const text = await pdfText(bytes);
    for (const expected of [
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'CHI BỘ KHOA NỘI',
      'ngày 10 tháng 01 năm 2026',
      'Hướng dẫn số 12-HD/BTCTW',
      'Lấy ý kiến tham gia',
      'Sinh hoạt chuyên đề năm 2026',
      'Nơi nhận:',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('serves a print view as HTML with the document font, escaping what people typed', async () => {
    await database.db
      .updateTable('plan')
      .set({ purpose: '<script>alert(1)</script> & "mục đích"' })
      .where('id', '=', planId)
      .execute();
    const member = await loggedIn(app, world.users.member, PASSWORD);
    const res = await app.request(`/api/plans/${planId}/document?format=html`, {
      headers: { cookie: member.cookie },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('inline');
    const html = await res.text();
    expect(html).toContain('<p class="party">ĐẢNG CỘNG SẢN VIỆT NAM</p>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;mục đích&quot;');
    expect(html).not.toContain('<script>');
    const font = await app.request('/api/document-fonts/bold.ttf', { headers: { cookie: member.cookie } });
    expect(font.status).toBe(200);
    expect(font.headers.get('content-type')).toBe('font/ttf');
    expect(
      (await app.request('/api/document-fonts/other.ttf', { headers: { cookie: member.cookie } })).status,
    ).toBe(404);
  });

  it('refuses an unknown format with 400 and a foreign user with 404', async () => {
    const member = await loggedIn(app, world.users.member, PASSWORD);
    const bad = await member.get(`/api/plans/${planId}/document?format=odt`);
    expect(bad.status).toBe(400);
    const other = await buildWorld(database.db);
    const outsider = await loggedIn(app, other.users.secretary, PASSWORD);
    expect((await outsider.get(`/api/plans/${planId}/document?format=pdf`)).status).toBe(404);
  });
});

describe('the committee guidance as a document', () => {
  it('is a letter to the cells below: number, subject, addressees, deadline; cell members can read it', async () => {
    const guidanceId = await buildGuidance(database.db, world.sub.id, 2027);
    const member = await loggedIn(app, world.users.member, PASSWORD);
    const res = await app.request(`/api/guidance/${guidanceId}/document?format=docx`, {
      headers: { cookie: member.cookie },
    });
    expect(res.status).toBe(200);
    const text = docxText(new Uint8Array(await res.arrayBuffer()));
    expect(text).toMatch(/Số \d+-CV\/ĐU/);
    expect(text).toContain('V/v xây dựng kế hoạch sinh hoạt chuyên đề năm 2027');
    expect(text).toContain('Kính gửi: Các chi bộ trực thuộc');
    expect(text).toContain('- Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh;');
    expect(text).toContain('trước ngày 31 tháng 01 năm 2027');
    expect(text).toContain('T/M ĐẢNG ỦY');
    const pdf = await app.request(`/api/guidance/${guidanceId}/document?format=pdf`, {
      headers: { cookie: member.cookie },
    });
    expect(await pdfText(new Uint8Array(await pdf.arrayBuffer()))).toContain(
      'Kính gửi: Các chi bộ trực thuộc',
    );
  });

  it('is not readable from another tree (404)', async () => {
    const guidanceId = await buildGuidance(database.db, world.sub.id, 2028);
    const other = await buildWorld(database.db);
    const outsider = await loggedIn(app, other.users.officer, PASSWORD);
    expect((await outsider.get(`/api/guidance/${guidanceId}/document?format=pdf`)).status).toBe(404);
  });
});

describe('a topic’s texts as documents', () => {
  let topicId: string;
  beforeAll(async () => {
    const db = database.db;
    const plan = await buildPlan(db, world.cell.id, { status: 'adopted' });
    const topic = await db
      .selectFrom('plan_topic as t')
      .innerJoin('plan_topic_preparer as p', 'p.topic_id', 't.id')
      .select(['t.id', 'p.person_id'])
      .where('t.plan_id', '=', plan.id)
      .where('t.quarter', '=', 1)
      .executeTakeFirstOrThrow();
    topicId = topic.id;
    const actorOf = (personId: string, roles: Actor['grants'] = []): Actor => ({
      userId: 'test',
      personId,
      isAdmin: false,
      grants: [{ unitId: world.cell.id, role: 'member' }, ...roles],
    });
    const preparer = actorOf(topic.person_id);
    // The approver: the secretary, or the deputy when the secretary prepares this topic.
    const approverId =
      topic.person_id === world.people.secretaryId ? world.people.deputyId : world.people.secretaryId;
    const approver = actorOf(approverId, [
      { unitId: world.cell.id, role: approverId === world.people.secretaryId ? 'secretary' : 'deputy' },
    ]);
    await preparation.saveVersion(db, preparer, topicId, {
      kind: 'draft',
      html: '<h2>1. Sự cần thiết</h2><p>Đội ngũ điều dưỡng trẻ còn thiếu kỹ năng giao tiếp với người bệnh.</p><ul><li><p>Giải pháp thứ nhất</p></li></ul>',
      baseVersionId: null,
    });
    await preparation.act(db, preparer, topicId, 'submit');
    await preparation.act(db, approver, topicId, 'approve', {});
    const readerId =
      [world.people.memberId, world.people.secretaryId].find((id) => id !== topic.person_id) ?? '';
    const reader = actorOf(readerId);
    const version = await db
      .selectFrom('topic_version')
      .select('plain_text')
      .where('topic_id', '=', topicId)
      .executeTakeFirstOrThrow();
    const at = version.plain_text.indexOf('kỹ năng giao tiếp');
    await comments.addComment(db, reader, topicId, {
      body: 'Đề nghị bổ sung số liệu khảo sát ý kiến người bệnh.',
      anchor: createAnchor(version.plain_text, at, at + 'kỹ năng giao tiếp'.length),
    });
    const comment = await db
      .selectFrom('topic_comment')
      .select('id')
      .where('topic_id', '=', topicId)
      .executeTakeFirstOrThrow();
    await comments.dispose(db, preparer, topicId, comment.id, {
      disposition: 'partly_accepted',
      explanation: 'Bổ sung số liệu quý I; số liệu cả năm chưa có.',
    });
  });

  async function get(client: ApiClient, path: string) {
    const res = await app.request(path, { headers: { cookie: client.cookie } });
    return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
  }

  it('gives the distributed draft 1 as Word, headed by the cell and marked as a draft', async () => {
    const member = await loggedIn(app, world.users.member, PASSWORD);
    const { res, bytes } = await get(member, `/api/topics/${topicId}/document?format=docx`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(
      encodeURIComponent('Chuyên đề - Chuyên đề quý 1 - Dự thảo lần 1.docx'),
    );
    const text = docxText(bytes);
    for (const expected of [
      'CHI BỘ KHOA NỘI',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'CHUYÊN ĐỀ',
      '(Dự thảo lần 1)',
      '1. Sự cần thiết',
      'Đội ngũ điều dưỡng trẻ còn thiếu kỹ năng giao tiếp với người bệnh.',
      '- Giải pháp thứ nhất',
      'NGƯỜI CHUẨN BỊ',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('gives the disposition table as PDF whose Vietnamese text comes back exactly', async () => {
    const officer = await loggedIn(app, world.users.officer, PASSWORD);
    const { res, bytes } = await get(officer, `/api/topics/${topicId}/dispositions/document?format=pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    // Table cells wrap: compare with line breaks as spaces.
    const text = (await pdfText(bytes)).replace(/\s+/g, ' ');
    for (const expected of [
      'BẢNG TỔNG HỢP',
      'Tiếp thu, giải trình',
      'Đề nghị bổ sung số liệu khảo sát ý kiến người bệnh.',
      'Tiếp thu một phần. Bổ sung số liệu quý I; số liệu cả năm chưa có.',
      'kỹ năng giao tiếp',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('gives the disposition table as Word with one row per comment', async () => {
    const secretary = await loggedIn(app, world.users.secretary, PASSWORD);
    const { res, bytes } = await get(secretary, `/api/topics/${topicId}/dispositions/document?format=docx`);
    expect(res.status).toBe(200);
    const text = docxText(bytes);
    expect(text).toContain('Người góp ý');
    expect(text).toContain(
      'Về đoạn “kỹ năng giao tiếp”: Đề nghị bổ sung số liệu khảo sát ý kiến người bệnh.',
    );
    expect(text).toMatch(/tiếp thu 0; tiếp thu một phần 1; không tiếp thu 0/);
  });

  it('refuses a foreign user (404) and a version the reader was not sent', async () => {
    const foreign = await loggedIn(
      app,
      await buildUser(database.db, { personId: world.foreignCell.memberIds[0] }),
      PASSWORD,
    );
    expect((await get(foreign, `/api/topics/${topicId}/document?format=pdf`)).res.status).toBe(404);
    expect((await get(foreign, `/api/topics/${topicId}/dispositions/document?format=pdf`)).res.status).toBe(
      404,
    );
    const member = await loggedIn(app, world.users.member, PASSWORD);
    expect((await get(member, `/api/topics/${topicId}/document?format=pdf&version=unknown`)).res.status).toBe(
      404,
    );
  });
});

describe('the minutes as a document', () => {
  it('gives signed minutes as Word and PDF: BB number, both signers, the text, then the dated addendum', async () => {
    const db = database.db;
    const secretaryActor: Actor = {
      userId: 'test',
      personId: world.people.secretaryId,
      isAdmin: false,
      grants: [
        { unitId: world.cell.id, role: 'member' },
        { unitId: world.cell.id, role: 'secretary' },
      ],
    };
    const takerActor: Actor = {
      userId: 'test',
      personId: world.people.memberId,
      isAdmin: false,
      grants: [{ unitId: world.cell.id, role: 'member' }],
    };
    const topic = await buildMeetingTopic(db, world.cell.id, { heldOn: '2026-11-20' });
    const id = await meetings.scheduleMeeting(db, secretaryActor, world.cell.id, {
      topicId: topic.id,
      kind: 'thematic',
      heldOn: '2026-11-20',
      startsAt: '14:00',
      place: 'Hội trường Khoa Nội',
    });
    await meetings.transition(db, secretaryActor, id, 'start');
    await meetings.setRoles(db, secretaryActor, id, { minuteTakerId: world.people.memberId });
    await meetings.markAttendance(db, secretaryActor, id, world.people.memberId, { state: 'present' });
    await meetings.saveConclusion(db, secretaryActor, id, 'Chi bộ thống nhất các giải pháp đã nêu.');
    await meetings.transition(db, secretaryActor, id, 'end');
    await minutes.draftFromConsole(db, secretaryActor, id);
    await minutes.signMinutes(db, secretaryActor, id);
    await minutes.signMinutes(db, takerActor, id);
    await minutes.addAddendum(db, takerActor, id, 'Đính chính: đồng chí Bình có mặt từ 14 giờ 20.');

    const member = await loggedIn(app, world.users.member, PASSWORD);
    const get = async (format: string) => {
      const res = await app.request(`/api/meetings/${id}/minutes/document?format=${format}`, {
        headers: { cookie: member.cookie },
      });
      return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
    };
    const word = await get('docx');
    expect(word.res.status).toBe(200);
    const text = docxText(word.bytes);
    for (const expected of [
      'BIÊN BẢN',
      'THƯ KÝ',
      'CHỦ TRÌ',
      'Chi bộ thống nhất các giải pháp đã nêu.',
      'I. THÀNH PHẦN',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/Số \d{2}-BB\/CB/);
    expect(text.indexOf('Đính chính: đồng chí Bình')).toBeGreaterThan(text.indexOf('IV. KẾT LUẬN'));
    const pdf = await get('pdf');
    expect(pdf.res.status).toBe(200);
    expect((await pdfText(pdf.bytes)).replace(/\s+/g, ' ')).toContain(
      'Đính chính: đồng chí Bình có mặt từ 14 giờ 20.',
    );

    const foreign = await loggedIn(
      app,
      await buildUser(db, { personId: world.foreignCell.memberIds[0] }),
      PASSWORD,
    );
    const denied = await app.request(`/api/meetings/${id}/minutes/document?format=pdf`, {
      headers: { cookie: foreign.cookie },
    });
    expect(denied.status).toBe(404);
  });

  it('gives the notice once sent: TB number, time in words, place, topic and its presenter', async () => {
    const db = database.db;
    const secretary = await loggedIn(app, world.users.secretary, PASSWORD);
    const plan = await buildPlan(db, world.cell.id, { status: 'adopted' });
    const topic = await db
      .selectFrom('plan_topic')
      .select(['id', 'title'])
      .where('plan_id', '=', plan.id)
      .where('quarter', '=', 2)
      .executeTakeFirstOrThrow();
    const scheduled = await secretary.post<{ id: string }>(`/api/orgs/${world.cell.id}/meetings`, {
      topicId: topic.id,
      kind: 'combined',
      partOrder: 'regular_first',
      heldOn: '2026-12-05',
      startsAt: '08:30',
      place: 'Phòng giao ban Khoa Nội',
    });
    expect(scheduled.status).toBe(201);
    const url = `/api/meetings/${scheduled.body.id}/notice/document?format=docx`;
    const before = await app.request(url, { headers: { cookie: secretary.cookie } });
    expect(before.status).toBe(409);
    expect((await secretary.post(`/api/meetings/${scheduled.body.id}/notice`)).status).toBe(200);
    const res = await app.request(url, { headers: { cookie: secretary.cookie } });
    expect(res.status).toBe(200);
    const text = docxText(new Uint8Array(await res.arrayBuffer()));
    for (const expected of [
      'THÔNG BÁO',
      'Về việc tổ chức sinh hoạt chi bộ thường kỳ kết hợp sinh hoạt chuyên đề',
      '1. Thời gian: 08 giờ 30, ngày 05 tháng 12 năm 2026.',
      '2. Địa điểm: Phòng giao ban Khoa Nội.',
      `chuyên đề “${topic.title}”`,
      'T/M CHI BỘ',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/Số \d{2}-TB\/CB/);
  });
});

describe('reports to the committee as documents', () => {
  it('reports an ended meeting and the quarter and year it belongs to', async () => {
    const db = database.db;
    const cell = await buildCell(db, { parentId: world.sub.id, name: 'Chi bộ Khoa Dược', members: 4 });
    await db.updateTable('org_unit').set({ place: 'Mỹ Hòa' }).where('id', '=', cell.id).execute();
    const [secretaryId = '', takerId = '', absentId = ''] = cell.memberIds;
    await giveRole(db, cell.id, secretaryId, 'secretary');
    const secretary = await loggedIn(app, await buildUser(db, { personId: secretaryId }), PASSWORD);
    const plan = await buildPlan(db, cell.id, { status: 'adopted', year: 2025 });
    const topic = await db
      .selectFrom('plan_topic')
      .select(['id', 'title'])
      .where('plan_id', '=', plan.id)
      .where('quarter', '=', 2)
      .executeTakeFirstOrThrow();
    // Seed 000: the draft went to members before the meeting (a thematic meeting starts only then).
    await markDraftDistributed(db, topic.id, '2025-05-10T02:00:00.000Z');
    const m = await secretary.post<{ id: string }>(`/api/orgs/${cell.id}/meetings`, {
      topicId: topic.id,
      kind: 'thematic',
      heldOn: '2025-05-20',
      startsAt: '14:00',
      place: 'Phòng họp Khoa Dược',
    });
    const url = (path: string) => `/api/meetings/${m.body.id}${path}`;
    const get = async (path: string) => {
      const res = await app.request(path, { headers: { cookie: secretary.cookie } });
      return {
        status: res.status,
        text: res.status === 200 ? docxText(new Uint8Array(await res.arrayBuffer())) : '',
      };
    };
    expect((await get(url('/report/document?format=docx'))).status).toBe(409);
    await secretary.post(url('/start'));
    await secretary.put(url('/roles'), { minuteTakerId: takerId });
    for (const id of cell.memberIds)
      await secretary.put(
        url(`/attendance/${id}`),
        id === absentId ? { state: 'absent_excused', reason: 'Trực khoa' } : { state: 'present' },
      );
    await secretary.put(url('/conclusion'), { conclusion: 'Thống nhất quy trình cấp phát thuốc mới.' });
    await secretary.post(url('/tasks'), {
      title: 'Ban hành quy trình',
      ownerId: takerId,
      dueOn: '2025-06-30',
    });
    expect((await secretary.post(url('/end'))).status).toBe(200);

    const report = await get(url('/report/document?format=docx'));
    expect(report.status).toBe(200);
    for (const expected of [
      'BÁO CÁO',
      `Kết quả sinh hoạt chuyên đề “${topic.title}”`,
      'Số       -BC/CB',
      'Đảng viên có mặt 3/4 (75%); vắng có lý do 1; vắng không lý do 0.',
      'Kết luận: Thống nhất quy trình cấp phát thuốc mới.',
      'hạn 30/06/2025',
      '- Đảng ủy Bệnh viện Thử Nghiệm (để báo cáo);',
    ]) {
      expect(report.text).toContain(expected);
    }

    const quarter = await get(`/api/orgs/${cell.id}/report/document?format=docx&year=2025&quarter=2`);
    expect(quarter.status).toBe(200);
    expect(quarter.text).toContain('Kết quả thực hiện kế hoạch sinh hoạt chuyên đề quý II năm 2025');
    expect(quarter.text).toContain(`Quý II: ${topic.title}`);
    expect(quarter.text).not.toContain('Quý III:');
    expect(quarter.text).toContain('20/05/2025');
    expect(quarter.text).toContain('Tỷ lệ đảng viên dự sinh hoạt bình quân: 75%.');
    // The outline and draft 1 are done (the draft went to members); the later steps are overdue.
    expect(quarter.text).toContain('2/5 bước; quá hạn: lấy ý kiến, dự thảo lần 2, sinh hoạt');

    const year = await get(`/api/orgs/${cell.id}/report/document?format=docx&year=2025`);
    expect(year.text).toContain('IV. THAM GIA CỦA ĐẢNG VIÊN');
    expect(year.text).toContain('Quý IV:');

    const bad = await app.request(`/api/orgs/${cell.id}/report/document?format=docx&year=2025&quarter=5`, {
      headers: { cookie: secretary.cookie },
    });
    expect(bad.status).toBe(400);
    const foreign = await loggedIn(
      app,
      await buildUser(db, { personId: world.foreignCell.memberIds[0] }),
      PASSWORD,
    );
    const denied = await app.request(`/api/orgs/${cell.id}/report/document?format=pdf&year=2025`, {
      headers: { cookie: foreign.cookie },
    });
    expect(denied.status).toBe(404);
  });
});

describe('a resolution topic, issued as the cell’s resolution', () => {
  it('numbers it NQ when the secretary issues it and cites the vote that adopted it', async () => {
    const db = database.db;
    const cell = await buildCell(db, { parentId: world.sub.id, name: 'Chi bộ Phòng Điều dưỡng', members: 4 });
    const p = await buildResolution(db, cell.id);
    const id = p.meetingId;
    const member = await loggedIn(
      app,
      await buildUser(db, { personId: cell.memberIds.find((m) => m !== p.preparerId) }),
      PASSWORD,
    );
    const topicView = await member.get<{ meetings: unknown[] }>(`/api/topics/${p.topicId}`);
    expect(topicView.body.meetings).toEqual([
      { id, heldOn: todayInVietnam(), startsAt: '14:00', status: 'ended' },
    ]);
    const res = await app.request(`/api/topics/${p.topicId}/document?format=docx`, {
      headers: { cookie: member.cookie },
    });
    expect(res.status).toBe(200);
    const text = docxText(new Uint8Array(await res.arrayBuffer()));
    for (const expected of [
      'NGHỊ QUYẾT',
      'Căn cứ Điều lệ Đảng Cộng sản Việt Nam;',
      '(4/4 đảng viên tán thành)',
      'CHI BỘ QUYẾT NGHỊ:',
      '1. Mỗi đảng viên nhận một việc cụ thể.',
      'T/M CHI BỘ',
      '- Đảng viên trong chi bộ (để thực hiện);',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/Số 01-NQ\/CB/);
    expect(res.headers.get('content-disposition')).toContain(encodeURIComponent('Nghị quyết - '));
  });
});

describe('a member’s scorecard for the year-end review', () => {
  it('sums up the member’s meetings, speeches, drafts read and commented, topics and tasks', async () => {
    const db = database.db;
    const cell = await buildCell(db, { parentId: world.sub.id, name: 'Chi bộ Khoa Sản', members: 4 });
    const p = await buildPreparation(db, cell.id, { status: 'distributed' });
    const readerId = cell.memberIds.find((id) => id !== p.preparerId && id !== p.secretaryId) ?? '';
    const reader = await loggedIn(app, await buildUser(db, { personId: readerId }), PASSWORD);
    await reader.post(`/api/topics/${p.topicId}/comments`, { body: 'Góp ý thứ nhất.' });
    await reader.post(`/api/topics/${p.topicId}/comments`, { body: 'Góp ý thứ hai.' });
    const secretary = await actorOf(db, p.secretaryId);
    const year = Number(todayInVietnam().slice(0, 4));
    // The factory's plan is for a year of its own; this card is about the current one.
    await db.updateTable('plan').set({ year }).where('id', '=', p.planId).execute();
    const id = await meetings.scheduleMeeting(db, secretary, cell.id, {
      topicId: p.topicId,
      kind: 'thematic',
      heldOn: todayInVietnam(),
      startsAt: '08:00',
      place: 'Phòng giao ban',
    });
    await meetings.transition(db, secretary, id, 'start');
    await meetings.markAttendance(db, secretary, id, readerId, { state: 'present' });
    await meetings.requestSpeech(db, secretary, id, { personId: readerId });
    const speech = await db
      .selectFrom('meeting_speech')
      .select('id')
      .where('meeting_id', '=', id)
      .executeTakeFirstOrThrow();
    await meetings.updateSpeech(db, secretary, id, speech.id, { status: 'done', note: 'Ý kiến' });
    await meetings.addTask(db, secretary, id, {
      title: 'Khảo sát sản phụ',
      ownerId: readerId,
      dueOn: `${year}-12-30`,
    });
    await meetings.transition(db, secretary, id, 'end');

    const url = `/api/members/${readerId}/scorecard/document?format=docx&year=${year}`;
    const res = await app.request(url, { headers: { cookie: reader.cookie } });
    expect(res.status).toBe(200);
    const text = docxText(new Uint8Array(await res.arrayBuffer()));
    for (const expected of [
      'BẢNG TỔNG HỢP',
      '1/1 buổi (100%); vắng có lý do 0; vắng không lý do 0',
      '1 lượt',
      'Nhận 1 văn bản, đã đọc 1; góp ý 2 ý kiến vào 1 dự thảo',
      'Không được phân công',
      `Khảo sát sản phụ (hạn 30/12/${year}): chưa báo cáo`,
      'Nhận xét, đánh giá của chi bộ',
    ]) {
      expect(text).toContain(expected);
    }
    // Another member of the cell may not read it; the preparer's own card names their topic.
    const other = await loggedIn(app, await buildUser(db, { personId: p.preparerId }), PASSWORD);
    expect((await app.request(url, { headers: { cookie: other.cookie } })).status).toBe(403);
    const own = await app.request(
      `/api/members/${p.preparerId}/scorecard/document?format=docx&year=${year}`,
      {
        headers: { cookie: other.cookie },
      },
    );
    expect(docxText(new Uint8Array(await own.arrayBuffer()))).toContain('Chuyên đề quý 1 (đang chuẩn bị)');
  });
});
