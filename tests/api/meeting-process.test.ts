import type { z } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import { addDays, todayInVietnam } from '../../src/domain/dates/local-date.ts';
import type { App } from '../../src/server/app.ts';
import type { MeetingSchema } from '../../src/server/features/meetings/presenter.ts';
import {
  buildCell,
  buildCommittee,
  buildPlan,
  buildPreparation,
  buildUser,
  giveRole,
  markDraftDistributed,
  PASSWORD,
} from '../fixtures/factories.ts';
import { buildApp, type ErrorBody, loggedIn } from '../support/api-client.ts';
import { docxText } from '../support/document-text.ts';
import { createTestDatabase } from '../support/test-db.ts';

// The process as the seeds state it (issue 13): the draft gate of seed 000, the report's start time.
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

/** A cell of five official members: a secretary and a minute-taker, signed in. */
async function processCell() {
  const db = database.db;
  const committee = await buildCommittee(db);
  const cell = await buildCell(db, { parentId: committee.id, members: 5 });
  const [secretaryId = '', takerId = '', memberId = ''] = cell.memberIds;
  await giveRole(db, cell.id, secretaryId, 'secretary');
  const secretary = await loggedIn(app, await buildUser(db, { personId: secretaryId }), PASSWORD);
  const member = await loggedIn(app, await buildUser(db, { personId: memberId }), PASSWORD);
  return { cell, secretary, member, ids: { secretaryId, takerId, memberId } };
}
type Cell = Awaited<ReturnType<typeof processCell>>;

async function ok<T = Meeting>(res: Promise<{ status: number; body: unknown }>, status = 200): Promise<T> {
  const r = await res;
  expect(r.status, JSON.stringify(r.body)).toBe(status);
  return r.body as T;
}

const schedule = (c: Cell, body: Record<string, unknown>) =>
  ok(
    c.secretary.post<Meeting>(`/api/orgs/${c.cell.id}/meetings`, {
      kind: 'thematic',
      heldOn: addDays(todayInVietnam(), 5),
      startsAt: '14:00',
      place: 'Phòng họp chi bộ',
      ...body,
    }),
    201,
  );

/** A topic of the cell's adopted plan whose preparation never started: its draft never reached members. */
async function undistributedTopic(c: Cell) {
  const plan = await buildPlan(database.db, c.cell.id, { status: 'adopted' });
  return database.db
    .selectFrom('plan_topic')
    .select('id')
    .where('plan_id', '=', plan.id)
    .where('quarter', '=', 1)
    .executeTakeFirstOrThrow();
}

describe('a thematic meeting starts only once its draft was approved and sent (seed 000)', () => {
  it('answers 409 with the reason while the draft has not gone to members, and starts once it has', async () => {
    const c = await processCell();
    const topic = await undistributedTopic(c);
    for (const kind of ['thematic', 'combined']) {
      const m = await schedule(c, { kind, topicId: topic.id });
      const res = await c.secretary.post(`/api/meetings/${m.id}/start`);
      expect(res.status).toBe(409);
      expect((res.body as ErrorBody).error).toMatchObject({
        code: 'MEETING_DRAFT_NOT_DISTRIBUTED',
        message:
          'Dự thảo chuyên đề chưa được thông qua và gửi đến đảng viên, chưa thể bắt đầu buổi sinh hoạt chuyên đề',
      });
      expect((await ok(c.secretary.get(`/api/meetings/${m.id}`))).status).toBe('scheduled');
    }
    // Through the real steps: draft 1 approved goes to every member.
    const prep = await buildPreparation(database.db, c.cell.id, { status: 'distributed' });
    const m = await schedule(c, { topicId: prep.topicId });
    expect(m.draftDistributedAt).not.toBeNull();
    expect((await ok(c.secretary.post(`/api/meetings/${m.id}/start`))).status).toBe('in_progress');
  });

  it('warns on the meeting page and writes in the minutes when the draft went out less than 3 days before', async () => {
    const c = await processCell();
    const topic = await undistributedTopic(c);
    const heldOn = addDays(todayInVietnam(), 5);
    // Sent 4 days before the meeting, 06:00 in Việt Nam: no warning.
    await markDraftDistributed(database.db, topic.id, `${addDays(heldOn, -4)}T06:00:00+07:00`);
    const early = await schedule(c, { topicId: topic.id, heldOn });
    expect(early.draftLeadWarning).toBeNull();
    // Sent 2 days before: a warning, with the day it went out.
    const sentOn = addDays(heldOn, -2);
    await markDraftDistributed(database.db, topic.id, `${sentOn}T06:00:00+07:00`);
    const late = await ok(c.secretary.get(`/api/meetings/${early.id}`));
    expect(late.draftLeadWarning).toEqual({ code: 'DRAFT_SENT_LATE', sentOn, days: 2, required: 3 });
    // A meeting held in the past keeps its date: the minutes write the same interval down.
    await markDraftDistributed(database.db, topic.id, '2026-03-09T01:00:00.000Z');
    const past = await schedule(c, { topicId: topic.id, heldOn: '2026-03-10' });
    expect(past.draftLeadWarning).toMatchObject({ sentOn: '2026-03-09', days: 1 });
    const url = `/api/meetings/${past.id}`;
    await ok(c.secretary.put(`${url}/roles`, { minuteTakerId: c.ids.takerId }));
    await ok(c.secretary.post(`${url}/start`));
    await ok(c.secretary.post(`${url}/end`));
    const drafted = await ok(c.secretary.post(`${url}/minutes/draft`));
    expect(drafted.minutes?.text).toContain(
      '- Lưu ý: dự thảo chuyên đề được gửi đến đảng viên ngày 09/03/2026, trước buổi sinh hoạt 1 ngày (ít hơn 3 ngày để đảng viên nghiên cứu, góp ý).',
    );
  });
});

describe('the interval between sending the draft and the meeting is the cell’s setting (practice)', () => {
  const setLeadDays = (c: Cell, days: number | null) =>
    database.db.updateTable('org_unit').set({ draft_lead_days: days }).where('id', '=', c.cell.id).execute();
  const noticeText = async (c: Cell, meetingId: string) => {
    const res = await app.request(`/api/meetings/${meetingId}/notice/document?format=docx`, {
      headers: { cookie: c.member.cookie },
    });
    expect(res.status).toBe(200);
    return docxText(new Uint8Array(await res.arrayBuffer()));
  };

  it('warns on the notice and the meeting page when the draft went out fewer days before than the cell expects', async () => {
    const c = await processCell();
    const topic = await undistributedTopic(c);
    const heldOn = addDays(todayInVietnam(), 6);
    const sentOn = addDays(heldOn, -4);
    await markDraftDistributed(database.db, topic.id, `${sentOn}T06:00:00+07:00`);
    // Four days are enough by the default of three: no warning anywhere.
    const m = await schedule(c, { topicId: topic.id, heldOn });
    expect(m).toMatchObject({ draftLeadDays: 3, draftLeadWarning: null });
    await ok(c.secretary.post(`/api/meetings/${m.id}/notice`));
    expect(await noticeText(c, m.id)).not.toContain('Lưu ý');
    // The cell expects five days: the same meeting now shows the warning, and its notice says so.
    await setLeadDays(c, 5);
    const warned = await ok(c.member.get(`/api/meetings/${m.id}`));
    expect(warned.draftLeadDays).toBe(5);
    expect(warned.draftLeadWarning).toEqual({ code: 'DRAFT_SENT_LATE', sentOn, days: 4, required: 5 });
    const [y, mo, d] = sentOn.split('-');
    expect(await noticeText(c, m.id)).toContain(
      `Lưu ý: dự thảo chuyên đề được gửi đến đảng viên ngày ${d}/${mo}/${y}, trước buổi sinh hoạt 4 ngày (ít hơn 5 ngày để đảng viên nghiên cứu, góp ý).`,
    );
    // A cell that asks no interval at all never sees the warning; the meeting still starts either way.
    await setLeadDays(c, 0);
    expect((await ok(c.member.get(`/api/meetings/${m.id}`))).draftLeadWarning).toBeNull();
    expect(await noticeText(c, m.id)).not.toContain('Lưu ý');
  });

  it('writes the cell’s interval into the minutes of a meeting held after a late draft', async () => {
    const c = await processCell();
    await setLeadDays(c, 7);
    const topic = await undistributedTopic(c);
    await markDraftDistributed(database.db, topic.id, '2026-03-05T01:00:00.000Z');
    const m = await schedule(c, { topicId: topic.id, heldOn: '2026-03-10' });
    expect(m.draftLeadWarning).toEqual({
      code: 'DRAFT_SENT_LATE',
      sentOn: '2026-03-05',
      days: 5,
      required: 7,
    });
    const url = `/api/meetings/${m.id}`;
    await ok(c.secretary.put(`${url}/roles`, { minuteTakerId: c.ids.takerId }));
    await ok(c.secretary.post(`${url}/start`));
    await ok(c.secretary.post(`${url}/end`));
    const drafted = await ok(c.secretary.post(`${url}/minutes/draft`));
    expect(drafted.minutes?.text).toContain(
      '- Lưu ý: dự thảo chuyên đề được gửi đến đảng viên ngày 05/03/2026, trước buổi sinh hoạt 5 ngày (ít hơn 7 ngày để đảng viên nghiên cứu, góp ý).',
    );
  });
});

describe('the meeting report', () => {
  it('gives the time the meeting actually started, as the minutes record it, not the scheduled time', async () => {
    const c = await processCell();
    const prep = await buildPreparation(database.db, c.cell.id, { status: 'distributed' });
    // Scheduled for 05:17, a time nobody starts at in a test run's same minute.
    const m = await schedule(c, { topicId: prep.topicId, heldOn: '2026-03-10', startsAt: '05:17' });
    const url = `/api/meetings/${m.id}`;
    await ok(c.secretary.put(`${url}/roles`, { minuteTakerId: c.ids.takerId }));
    const started = await ok(c.secretary.post(`${url}/start`));
    await ok(c.secretary.post(`${url}/end`));
    const minutes = await ok(c.secretary.post(`${url}/minutes/draft`));
    const local = new Date(Date.parse(started.startedAt ?? '') + 7 * 3600_000).toISOString();
    const clock = `${local.slice(11, 13)} giờ ${local.slice(14, 16)}`;
    expect(minutes.minutes?.text).toContain(`vào lúc ${clock}`);
    const res = await app.request(`${url}/report/document?format=docx`, {
      headers: { cookie: c.secretary.cookie },
    });
    expect(res.status).toBe(200);
    const text = docxText(new Uint8Array(await res.arrayBuffer()));
    expect(text).toContain(`lúc ${clock}, ngày 10 tháng 3 năm 2026`);
    if (clock !== '05 giờ 17') expect(text).not.toContain('lúc 05 giờ 17');
  });
});

describe('the regular monthly meeting and its Hồ Chí Minh study (seeds 000, 002)', () => {
  const studyOf = (m: Meeting) => m.agenda.find((i) => i.kind === 'ho_chi_minh_study');

  /** A regular meeting held on `heldOn`, the minute-taker appointed and the meeting started. */
  async function heldRegular(c: Cell, heldOn: string) {
    const m = await schedule(c, { kind: 'regular', heldOn });
    await ok(c.secretary.put(`/api/meetings/${m.id}/roles`, { minuteTakerId: c.ids.takerId }));
    return ok(c.secretary.post(`/api/meetings/${m.id}/start`));
  }

  it('schedules a regular meeting with its practice review and a 30-minute study, and keeps that part', async () => {
    const c = await processCell();
    const m = await schedule(c, { kind: 'regular' });
    expect(m.kind).toBe('regular');
    expect(m.agenda.filter((i) => i.part === 'regular').map((i) => [i.kind, i.plannedMinutes])).toEqual([
      ['regular_business', 45],
      ['practice_review', 10],
      ['ho_chi_minh_study', 30],
    ]);
    expect(m.agendaIssues).toEqual([]);
    const agenda = m.agenda.map((i) => ({ part: i.part, kind: i.kind, minutes: i.plannedMinutes }));
    const save = (items: typeof agenda) =>
      c.secretary.put(`/api/meetings/${m.id}`, {
        kind: 'regular',
        heldOn: m.heldOn,
        startsAt: m.startsAt,
        place: m.place,
        agenda: items,
        expectedUpdatedAt: m.updatedAt,
      });
    const withoutStudy = await save(agenda.filter((i) => i.kind !== 'ho_chi_minh_study'));
    expect(withoutStudy.status).toBe(400);
    expect((withoutStudy.body as ErrorBody).error.fields).toEqual({
      agenda:
        'Mỗi kỳ sinh hoạt chi bộ phải có phần học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
    });
    const topic = await undistributedTopic(c);
    const withTopic = await c.secretary.post(`/api/orgs/${c.cell.id}/meetings`, {
      kind: 'regular',
      topicId: topic.id,
      heldOn: m.heldOn,
      startsAt: '14:00',
      place: 'Phòng họp chi bộ',
    });
    expect(withTopic.status).toBe(400);
    expect((withTopic.body as ErrorBody).error.fields).toEqual({
      topicId: 'Buổi sinh hoạt thường kỳ không có chuyên đề; hãy chọn hình thức kết hợp sinh hoạt chuyên đề',
    });
    // A regular meeting starts without any topic or draft: the gate is the thematic meeting's.
    expect((await ok(c.secretary.post(`/api/meetings/${m.id}/start`))).status).toBe('in_progress');
  });

  it('records a study under 30 minutes on the meeting and flags it in the minutes and the report', async () => {
    const c = await processCell();
    const m = await heldRegular(c, '2026-03-10');
    const url = `/api/meetings/${m.id}`;
    await ok(c.secretary.post(`${url}/agenda/${studyOf(m)?.id}/start`));
    const ended = await ok(c.secretary.post(`${url}/agenda/${studyOf(m)?.id}/end`));
    expect(ended.studyTimeWarning).toMatchObject({ code: 'HO_CHI_MINH_UNDER_30', required: 30 });
    const after = await ok(c.secretary.post(`${url}/end`));
    expect(after.study).toEqual({ minutes: 0, required: 30, recorded: true, short: true });
    const row = await database.db
      .selectFrom('meeting')
      .select('study_minutes')
      .where('id', '=', m.id)
      .executeTakeFirstOrThrow();
    expect(row.study_minutes).toBe(0);
    const minutes = await ok(c.secretary.post(`${url}/minutes/draft`));
    expect(minutes.minutes?.text).toContain('tổ chức sinh hoạt chi bộ thường kỳ.');
    expect(minutes.minutes?.text).toContain(
      '  + Lưu ý: chưa đủ thời gian tối thiểu 30 phút học tập theo hướng dẫn (mới 0 phút).',
    );
    const res = await app.request(`${url}/report/document?format=docx`, {
      headers: { cookie: c.secretary.cookie },
    });
    expect(res.status).toBe(200);
    expect(docxText(new Uint8Array(await res.arrayBuffer()))).toContain(
      'Phần học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh: 0 phút; chưa đủ thời gian tối thiểu 30 phút theo hướng dẫn.',
    );
  });

  it('records 30 minutes or more without a flag', async () => {
    const c = await processCell();
    const m = await heldRegular(c, '2026-03-10');
    const url = `/api/meetings/${m.id}`;
    await ok(c.secretary.post(`${url}/agenda/${studyOf(m)?.id}/start`));
    // The study began 35 minutes ago.
    await database.db
      .updateTable('meeting_agenda_item')
      .set({ started_at: new Date(Date.now() - 35 * 60_000).toISOString() })
      .where('id', '=', studyOf(m)?.id ?? '')
      .execute();
    const after = await ok(c.secretary.post(`${url}/end`));
    expect(after.study).toEqual({ minutes: 35, required: 30, recorded: true, short: false });
    const minutes = await ok(c.secretary.post(`${url}/minutes/draft`));
    expect(minutes.minutes?.text).toContain('  + Thời gian học tập: 35 phút.');
    expect(minutes.minutes?.text).not.toContain('chưa đủ thời gian');
  });

  it('carries the practice commitment to the next meetings until one finds it achieved', async () => {
    const c = await processCell();
    const march = await heldRegular(c, '2026-03-10');
    let url = `/api/meetings/${march.id}`;
    const empty = await c.secretary.post(`${url}/commitments`, { text: ' ' });
    expect(empty.status).toBe(400);
    expect((empty.body as ErrorBody).error.fields).toHaveProperty('text');
    const set = await ok(
      c.secretary.post(`${url}/commitments`, { text: 'Đi làm đúng giờ, nói đi đôi với làm' }),
    );
    const commitment = set.practice.commitments[0];
    expect(commitment).toMatchObject({
      text: 'Đi làm đúng giờ, nói đi đôi với làm',
      ownerId: null,
      closedAt: null,
    });
    // Not evaluated at the meeting that set it; members other than the recorders may not write it.
    const early = await c.secretary.post(`${url}/commitments/${commitment?.id}/review`, {
      note: 'Tốt',
      achieved: true,
    });
    expect(early.status).toBe(409);
    expect((early.body as ErrorBody).error.code).toBe('PRACTICE_NOT_CARRIED');
    expect((await c.member.post(`${url}/commitments`, { text: 'Việc khác' })).status).toBe(403);
    await ok(c.secretary.post(`${url}/end`));
    const drafted = await ok(c.secretary.post(`${url}/minutes/draft`));
    expect(drafted.minutes?.text).toContain(
      '  + Nội dung làm theo: Đi làm đúng giờ, nói đi đôi với làm (tập thể chi bộ).',
    );

    // April: on the agenda for evaluation; not yet achieved, it stays open.
    const april = await heldRegular(c, '2026-04-10');
    expect(april.practice.carried.map((x) => x.id)).toEqual([commitment?.id]);
    url = `/api/meetings/${april.id}`;
    const reviewed = await ok(
      c.secretary.post(`${url}/commitments/${commitment?.id}/review`, {
        note: 'Còn 2 đồng chí đi muộn',
        achieved: false,
      }),
    );
    expect(reviewed.practice.carried[0]).toMatchObject({
      closedAt: null,
      reviews: [{ note: 'Còn 2 đồng chí đi muộn', achieved: false }],
    });
    await ok(c.secretary.post(`${url}/end`));

    // May: carried again, found achieved and closed.
    const may = await heldRegular(c, '2026-05-10');
    url = `/api/meetings/${may.id}`;
    expect(may.practice.carried.map((x) => x.id)).toEqual([commitment?.id]);
    const closed = await ok(
      c.secretary.post(`${url}/commitments/${commitment?.id}/review`, {
        note: 'Cả chi bộ thực hiện tốt',
        achieved: true,
      }),
    );
    expect(closed.practice.carried[0]?.closedOn).toBe('2026-05-10');
    const again = await c.secretary.post(`${url}/commitments/${commitment?.id}/review`, {
      note: 'Lại',
      achieved: true,
    });
    expect((again.body as ErrorBody).error.code).toBe('PRACTICE_ALREADY_ACHIEVED');
    await ok(c.secretary.post(`${url}/end`));
    const mayMinutes = await ok(c.secretary.post(`${url}/minutes/draft`));
    expect(mayMinutes.minutes?.text).toContain(
      '  + Đánh giá việc làm theo “Đi làm đúng giờ, nói đi đôi với làm” (tập thể chi bộ): Cả chi bộ thực hiện tốt — đã đạt kết quả, kết thúc.',
    );

    // June: no longer on the agenda; April still shows what it said.
    const june = await heldRegular(c, '2026-06-10');
    expect(june.practice.carried).toEqual([]);
    const aprilAgain = await ok(c.secretary.get(`/api/meetings/${april.id}`));
    expect(aprilAgain.practice.carried[0]?.reviews).toHaveLength(1);
    const audit = await database.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', 'in', [march.id, april.id, may.id])
      .where('action', 'like', 'meeting.commitment%')
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual([
      'meeting.commitment_add',
      'meeting.commitment_review',
      'meeting.commitment_review',
    ]);
  });
});

describe('the minute book flags a month with a thematic meeting and no regular one (seed 000)', () => {
  it('lists the months, not counting a cancelled regular meeting, and marks the regular meeting’s study', async () => {
    const c = await processCell();
    const { id: topicId } = await undistributedTopic(c);
    await schedule(c, { kind: 'thematic', topicId, heldOn: '2026-03-10' });
    await schedule(c, { kind: 'thematic', topicId, heldOn: '2026-04-10' });
    await schedule(c, { kind: 'regular', heldOn: '2026-04-20' });
    await schedule(c, { kind: 'thematic', topicId, heldOn: '2026-05-10' });
    const cancelled = await schedule(c, { kind: 'regular', heldOn: '2026-05-20' });
    await ok(c.secretary.post(`/api/meetings/${cancelled.id}/cancel`));
    const book = await ok<{
      monthsWithoutRegular: string[];
      meetings: { kind: string; hoChiMinhStudy: boolean }[];
    }>(c.member.get(`/api/orgs/${c.cell.id}/meetings?year=2026`));
    expect(book.monthsWithoutRegular).toEqual(['2026-03', '2026-05']);
    expect(book.meetings.filter((m) => m.kind === 'regular').every((m) => m.hoChiMinhStudy)).toBe(true);
    expect(book.meetings.filter((m) => m.kind === 'thematic').some((m) => m.hoChiMinhStudy)).toBe(false);

    // The quarter's report says it too, each quarter its own months.
    const quarterReport = async (quarter: number) => {
      const res = await app.request(
        `/api/orgs/${c.cell.id}/report/document?format=html&year=2026&quarter=${quarter}`,
        { headers: { cookie: c.secretary.cookie } },
      );
      expect(res.status).toBe(200);
      return res.text();
    };
    expect(await quarterReport(1)).toContain(
      'Lưu ý: tháng 3/2026 có sinh hoạt chuyên đề nhưng không sinh hoạt chi bộ thường kỳ',
    );
    const second = await quarterReport(2);
    expect(second).toContain('Lưu ý: tháng 5/2026 có sinh hoạt chuyên đề');
    expect(second).not.toContain('tháng 4/2026 có sinh hoạt chuyên đề');
    expect(await quarterReport(3)).not.toContain('không sinh hoạt chi bộ thường kỳ');
  });

  it('leaves regular meetings out of the thematic meetings a period report counts', async () => {
    const c = await processCell();
    const m = await schedule(c, { kind: 'regular', heldOn: '2026-07-06' });
    await ok(c.secretary.put(`/api/meetings/${m.id}/roles`, { minuteTakerId: c.ids.takerId }));
    await ok(c.secretary.post(`/api/meetings/${m.id}/start`));
    await ok(c.secretary.post(`/api/meetings/${m.id}/end`));
    const res = await app.request(`/api/orgs/${c.cell.id}/report/document?format=html&year=2026&quarter=3`, {
      headers: { cookie: c.secretary.cookie },
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Trong kỳ chưa tổ chức buổi sinh hoạt chuyên đề nào.');
  });
});
