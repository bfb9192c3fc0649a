import { createHash } from 'node:crypto';
import type { z } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import { addDays, todayInVietnam } from '../../src/domain/dates/local-date.ts';
import type { AgendaItemKind } from '../../src/domain/meetings/agenda.ts';
import type { App } from '../../src/server/app.ts';
import type {
  MeetingSchema,
  MeetingStatsSchema,
  MinuteBookSchema,
} from '../../src/server/features/meetings/presenter.ts';
import type { PreparationSchema } from '../../src/server/features/preparation/presenter.ts';
import {
  buildCell,
  buildCommittee,
  buildMeeting,
  buildMeetingTopic,
  buildPerson,
  buildPlan,
  buildPreparation,
  buildUser,
  giveRole,
  markDraftDistributed,
  PASSWORD,
  setMemberStatus,
} from '../fixtures/factories.ts';
import { type ApiClient, buildApp, type ErrorBody, loggedIn } from '../support/api-client.ts';
import { failInsertsInto } from '../support/fail-inserts.ts';
import { createTestDatabase } from '../support/test-db.ts';

type Meeting = z.infer<typeof MeetingSchema>;
type MinuteBook = z.infer<typeof MinuteBookSchema>;
type Stats = z.infer<typeof MeetingStatsSchema>;
type Prep = z.infer<typeof PreparationSchema>;

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
  interleaved: 'Sinh hoạt thường kỳ và sinh hoạt chuyên đề phải thực hiện lần lượt, không xen kẽ',
  orderNotKept: 'Thứ tự các phần không đúng thứ tự chi bộ đã chọn',
  regularInThematic: 'Buổi sinh hoạt chuyên đề riêng không có phần sinh hoạt thường kỳ',
  topicNotInCell: 'Chuyên đề không thuộc kế hoạch của chi bộ',
  reasonRequired: 'Hãy ghi lý do vắng mặt',
  sameSigner: 'Chủ trì và thư ký phải là hai người khác nhau',
  notInCell: 'Người này không phải đảng viên của chi bộ',
  tooMany: 'Tổng số phiếu vượt quá số đảng viên được biểu quyết có mặt',
  notAVoter: 'Chỉ đảng viên chính thức có mặt mới biểu quyết (đảng viên dự bị không biểu quyết)',
  twice: 'Mỗi đảng viên chỉ biểu quyết một lần',
  wrongFormat: 'Sai định dạng',
  topicRequired: 'Hãy chọn chuyên đề của kế hoạch: buổi sinh hoạt chuyên đề (hoặc kết hợp) phải có chuyên đề',
  professional:
    '“Không tổ chức sinh hoạt chuyên môn lồng ghép với sinh hoạt chi bộ”: nội dung chuyên môn không đưa vào chương trình buổi sinh hoạt chi bộ',
};

/** Seed 000's procedure: the opening, the thematic part, the closing. */
const OPENING = ['reason_and_delegates', 'appoint_minute_taker', 'attendance', 'adopt_agenda'];
const THEMATIC = ['purpose', 'presentation', 'discussion', 'absorption'];
const CLOSING = ['evaluation', 'conclusion', 'assignments'];
/** The regular meeting's part: its business, last month's practice evaluated, the Hồ Chí Minh study (seed 002). */
const REGULAR = ['regular_business', 'practice_review', 'ho_chi_minh_study'];

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const inThreeDays = () => addDays(todayInVietnam(), 3);

/**
 * A cell of official members under its own committee: a secretary, a deputy, a member who will take the
 * minutes, and ordinary members; an officer of the committee above and a member of a foreign tree, each
 * signed in. `login` signs in anyone else (once per person).
 */
async function buildMeetingCell(opts: { members?: number } = {}) {
  const db = database.db;
  const committee = await buildCommittee(db);
  const cell = await buildCell(db, { parentId: committee.id, members: opts.members ?? 5 });
  const [secretaryId, deputyId, takerId, memberId, otherId] = cell.memberIds as [
    string,
    string,
    string,
    string,
    string,
  ];
  await giveRole(db, cell.id, secretaryId, 'secretary');
  await giveRole(db, cell.id, deputyId, 'deputy');
  const sibling = await buildCell(db, { parentId: committee.id });
  const officerId = await buildPerson(db, { unitId: sibling.id, fullName: 'Trần Thị Cấp Trên' });
  await giveRole(db, committee.id, officerId, 'officer');
  const foreignCell = await buildCell(db, { parentId: (await buildCommittee(db)).id, members: 1 });
  const foreignId = foreignCell.memberIds[0] ?? '';
  // Seed 000: a thematic or combined meeting is about a topic of the plan whose draft went to members — long
  // before any meeting these tests hold, so no short-lead warning shows.
  const topic = await buildMeetingTopic(db, cell.id, { distributedAt: '2024-01-01T01:00:00.000Z' });
  const clients = new Map<string, Promise<ApiClient>>();
  const login = (personId: string) => {
    let client = clients.get(personId);
    if (!client) {
      client = buildUser(db, { personId }).then((username) => loggedIn(app, username, PASSWORD));
      clients.set(personId, client);
    }
    return client;
  };
  return {
    committee,
    cell,
    topic,
    sibling,
    foreignCell,
    login,
    secretary: await login(secretaryId),
    deputy: await login(deputyId),
    taker: await login(takerId),
    member: await login(memberId),
    officer: await login(officerId),
    foreign: await login(foreignId),
    ids: { secretaryId, deputyId, takerId, memberId, otherId, officerId, foreignId },
  };
}
type Cell = Awaited<ReturnType<typeof buildMeetingCell>>;

/** A thematic meeting of the cell's topic, or what `more` changes (a regular meeting has no topic). */
const scheduleBody = (c: Cell, more: Record<string, unknown> = {}) => ({
  kind: 'thematic',
  ...(more.kind === 'regular' ? {} : { topicId: c.topic.id }),
  heldOn: inThreeDays(),
  startsAt: '14:00',
  place: 'Hội trường tầng 2, Bệnh viện',
  ...more,
});

async function schedule(c: Cell, more: Record<string, unknown> = {}) {
  const res = await c.secretary.post<Meeting>(`/api/orgs/${c.cell.id}/meetings`, scheduleBody(c, more));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

/** The PUT body that saves the meeting as it is, with `agenda` changed by `edit`. */
function detailsOf(m: Meeting, edit: (agenda: AgendaBody[]) => AgendaBody[] = (a) => a) {
  return {
    topicId: m.topic?.id ?? null,
    kind: m.kind,
    partOrder: m.partOrder,
    heldOn: m.heldOn,
    startsAt: m.startsAt,
    place: m.place,
    agenda: edit(
      m.agenda.map((i) => ({ part: i.part, kind: i.kind, title: i.title, minutes: i.plannedMinutes })),
    ),
    expectedUpdatedAt: m.updatedAt,
  };
}
interface AgendaBody {
  part: Meeting['agenda'][number]['part'];
  kind: string;
  title: string | null;
  minutes: number;
}

async function ok<T = Meeting>(res: Promise<{ status: number; body: unknown }>, status = 200): Promise<T> {
  const r = await res;
  expect(r.status, JSON.stringify(r.body)).toBe(status);
  return r.body as T;
}

async function refused(res: Promise<{ status: number; body: unknown }>) {
  const r = await res;
  const body = r.body as ErrorBody;
  return { status: r.status, code: body.error?.code, fields: body.error?.fields };
}

/** Scheduled, the minute-taker appointed, started: the console is live. */
async function live(c: Cell, more: Record<string, unknown> = {}) {
  const m = await schedule(c, more);
  await ok(c.secretary.put(`/api/meetings/${m.id}/roles`, { minuteTakerId: c.ids.takerId }));
  return ok(c.secretary.post(`/api/meetings/${m.id}/start`));
}

const countMeetings = async (cellId: string) =>
  Number(
    (
      await database.db
        .selectFrom('meeting')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('cell_id', '=', cellId)
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('scheduling a meeting', () => {
  it('lets the cell secretary schedule a thematic meeting with the agenda of seed 000’s procedure (201)', async () => {
    const c = await buildMeetingCell();
    const m = await schedule(c);
    expect(m).toMatchObject({
      cellId: c.cell.id,
      kind: 'thematic',
      partOrder: 'regular_first',
      startsAt: '14:00',
      place: 'Hội trường tầng 2, Bệnh viện',
      status: 'scheduled',
      noticeSentAt: null,
      topic: { id: c.topic.id, title: c.topic.title, kind: 'other', quarter: 1 },
      agendaIssues: [],
      draftDistributedAt: '2024-01-01T01:00:00.000Z',
      draftLeadDays: 3,
      draftLeadWarning: null,
      studyTimeWarning: null,
      attendance: [],
      permissions: { manage: true, record: true, actions: ['start', 'cancel'] },
    });
    expect(m.heldOn).toBe(inThreeDays());
    expect(m.chair?.id).toBe(c.ids.secretaryId);
    expect(m.agenda.map((i) => i.kind)).toEqual([...OPENING, ...THEMATIC, ...CLOSING]);
    expect(m.agenda.every((i) => i.plannedMinutes > 0 && i.startedAt === null)).toBe(true);
    // The schedule is read back as it was stored.
    expect(await ok(c.secretary.get(`/api/meetings/${m.id}`))).toEqual(m);
  });

  it('keeps the chosen order of a combined meeting, regular part first or thematic part first', async () => {
    const c = await buildMeetingCell();
    const regularFirst = await schedule(c, { kind: 'combined', partOrder: 'regular_first' });
    expect(regularFirst.partOrder).toBe('regular_first');
    expect(regularFirst.agenda.map((i) => i.kind)).toEqual([...OPENING, ...REGULAR, ...THEMATIC, ...CLOSING]);
    const thematicFirst = await schedule(c, { kind: 'combined', partOrder: 'thematic_first' });
    expect(thematicFirst.partOrder).toBe('thematic_first');
    expect(thematicFirst.agenda.map((i) => i.kind)).toEqual([
      ...OPENING,
      ...THEMATIC,
      ...REGULAR,
      ...CLOSING,
    ]);
    expect(thematicFirst.agendaIssues).toEqual([]);
    // Without an order, the regular meeting comes first.
    expect((await schedule(c, { kind: 'combined' })).partOrder).toBe('regular_first');
  });

  it('refuses a member and an officer of the committee above (403) and hides the cell from a foreign user (404)', async () => {
    const c = await buildMeetingCell();
    const url = `/api/orgs/${c.cell.id}/meetings`;
    expect(await refused(c.member.post(url, scheduleBody(c)))).toMatchObject({
      status: 403,
      code: 'FORBIDDEN',
    });
    expect(await refused(c.officer.post(url, scheduleBody(c)))).toMatchObject({
      status: 403,
      code: 'FORBIDDEN',
    });
    expect(await refused(c.foreign.post(url, scheduleBody(c)))).toMatchObject({
      status: 404,
      code: 'NOT_FOUND',
    });
    expect(await countMeetings(c.cell.id)).toBe(0);
    // The deputy schedules and chairs as the secretary does.
    const byDeputy = await ok(c.deputy.post(url, scheduleBody(c)), 201);
    expect(byDeputy.chair?.id).toBe(c.ids.deputyId);
  });

  it('takes a topic of the cell’s plan, and refuses one of another cell (400 on topicId)', async () => {
    const c = await buildMeetingCell();
    const own = await buildPlan(database.db, c.cell.id, { status: 'adopted' });
    const ownTopic = await database.db
      .selectFrom('plan_topic')
      .select(['id', 'title'])
      .where('plan_id', '=', own.id)
      .where('quarter', '=', 1)
      .executeTakeFirstOrThrow();
    const otherCell = await buildCell(database.db, { parentId: c.committee.id, members: 2 });
    const other = await buildPlan(database.db, otherCell.id);
    const otherTopic = await database.db
      .selectFrom('plan_topic')
      .select('id')
      .where('plan_id', '=', other.id)
      .executeTakeFirstOrThrow();

    const res = await refused(
      c.secretary.post(`/api/orgs/${c.cell.id}/meetings`, scheduleBody(c, { topicId: otherTopic.id })),
    );
    expect(res).toEqual({
      status: 400,
      code: 'VALIDATION_FAILED',
      fields: { topicId: MESSAGES.topicNotInCell },
    });
    expect(await countMeetings(c.cell.id)).toBe(0);
    const m = await schedule(c, { topicId: ownTopic.id });
    expect(m.topic).toMatchObject({ id: ownTopic.id, title: ownTopic.title, quarter: 1 });
    // Nor can the schedule be changed to another cell's topic.
    expect(
      await refused(c.secretary.put(`/api/meetings/${m.id}`, { ...detailsOf(m), topicId: otherTopic.id })),
    ).toMatchObject({ status: 400, fields: { topicId: MESSAGES.topicNotInCell } });
  });

  it('needs the topic of a thematic or combined meeting (400 on topicId, in Vietnamese); a regular one has none', async () => {
    const c = await buildMeetingCell();
    const url = `/api/orgs/${c.cell.id}/meetings`;
    for (const kind of ['thematic', 'combined']) {
      const body = { ...scheduleBody(c, { kind }), topicId: null };
      expect(await refused(c.secretary.post(url, body)), kind).toEqual({
        status: 400,
        code: 'VALIDATION_FAILED',
        fields: { topicId: MESSAGES.topicRequired },
      });
      const { topicId: _omitted, ...withoutTopic } = body;
      expect((await refused(c.secretary.post(url, withoutTopic))).fields).toEqual({
        topicId: MESSAGES.topicRequired,
      });
    }
    expect(await countMeetings(c.cell.id)).toBe(0);
    expect((await schedule(c, { kind: 'regular' })).topic).toBeNull();
    // Nor can a thematic meeting lose its topic, or a regular one become combined without one.
    const thematic = await schedule(c);
    expect(
      await refused(
        c.secretary.put(`/api/meetings/${thematic.id}`, { ...detailsOf(thematic), topicId: null }),
      ),
    ).toMatchObject({ status: 400, fields: { topicId: MESSAGES.topicRequired } });
    expect((await ok(c.secretary.get(`/api/meetings/${thematic.id}`))).topic?.id).toBe(c.topic.id);
  });

  it('does not start a thematic meeting left without a topic from before it was required (409)', async () => {
    const c = await buildMeetingCell();
    const m = await schedule(c);
    await database.db.updateTable('meeting').set({ topic_id: null }).where('id', '=', m.id).execute();
    await ok(c.secretary.put(`/api/meetings/${m.id}/roles`, { minuteTakerId: c.ids.takerId }));
    const res = await c.secretary.post(`/api/meetings/${m.id}/start`);
    expect(res.status).toBe(409);
    expect((res.body as ErrorBody).error).toMatchObject({
      code: 'MEETING_TOPIC_MISSING',
      message:
        'Buổi sinh hoạt chuyên đề chưa có chuyên đề; hãy chọn chuyên đề đã gửi dự thảo đến đảng viên rồi mới bắt đầu',
    });
    expect((await ok(c.secretary.get(`/api/meetings/${m.id}`))).status).toBe('scheduled');
  });

  it('refuses a time that is not HH:MM on a 24-hour clock (400 on startsAt)', async () => {
    const c = await buildMeetingCell();
    for (const startsAt of ['25:00', '24:00', '14:60', '9:30', '14h00']) {
      const res = await refused(
        c.secretary.post(`/api/orgs/${c.cell.id}/meetings`, scheduleBody(c, { startsAt })),
      );
      expect(res, startsAt).toEqual({
        status: 400,
        code: 'VALIDATION_FAILED',
        fields: { startsAt: MESSAGES.wrongFormat },
      });
    }
    expect(await countMeetings(c.cell.id)).toBe(0);
    expect((await schedule(c, { startsAt: '23:59' })).startsAt).toBe('23:59');
  });

  it('edits the agenda but never interleaves the parts (400 on agenda, in Vietnamese), and keeps the chosen order', async () => {
    const c = await buildMeetingCell();
    const m = await schedule(c, { kind: 'combined', partOrder: 'regular_first' });
    const url = `/api/meetings/${m.id}`;
    // The thematic part split around the regular part.
    const interleaved = detailsOf(m, (agenda) => {
      const [purpose, presentation] = [
        agenda.find((i) => i.kind === 'purpose'),
        agenda.find((i) => i.kind === 'presentation'),
      ] as AgendaBody[];
      const regular = agenda.filter((i) => i.part === 'regular');
      const rest = agenda.filter((i) => ![purpose, presentation, ...regular].includes(i));
      const opening = rest.filter((i) => i.part === 'opening');
      const thematic = rest.filter((i) => i.part === 'thematic');
      const closing = rest.filter((i) => i.part === 'closing');
      return [...opening, purpose, presentation, ...regular, ...thematic, ...closing] as AgendaBody[];
    });
    expect(await refused(c.secretary.put(url, interleaved))).toEqual({
      status: 400,
      code: 'VALIDATION_FAILED',
      fields: { agenda: MESSAGES.interleaved },
    });
    // Thematic first in a meeting that chose the regular part first.
    const swapped = detailsOf(m, (agenda) => [
      ...agenda.filter((i) => i.part === 'opening'),
      ...agenda.filter((i) => i.part === 'thematic'),
      ...agenda.filter((i) => i.part === 'regular'),
      ...agenda.filter((i) => i.part === 'closing'),
    ]);
    expect((await refused(c.secretary.put(url, swapped))).fields).toEqual({ agenda: MESSAGES.orderNotKept });
    // A thematic-only meeting has no regular part.
    expect((await refused(c.secretary.put(url, { ...detailsOf(m), kind: 'thematic' }))).fields).toEqual({
      agenda: MESSAGES.regularInThematic,
    });
    // Seed 000: nothing professional interleaved — a free item the secretary typed as professional business is
    // refused in any part of the cell meeting; the same item typed as party business is taken.
    for (const part of ['opening', 'regular', 'thematic', 'closing'] as const) {
      const withProfessional = detailsOf(m, (agenda) => {
        const at = agenda.findLastIndex((i) => i.part === part) + 1;
        const item = {
          part,
          kind: 'professional',
          title: 'Triển khai kế hoạch chuyên môn tháng',
          minutes: 20,
        };
        return [...agenda.slice(0, at), item, ...agenda.slice(at)];
      });
      expect(await refused(c.secretary.put(url, withProfessional)), part).toEqual({
        status: 400,
        code: 'VALIDATION_FAILED',
        fields: { agenda: MESSAGES.professional },
      });
    }
    expect((await ok(c.secretary.get(url))).agenda).toEqual(m.agenda);

    // The same order with the parts swapped is right once the cell chooses thematic first.
    const changed = await ok(
      c.secretary.put(url, {
        ...swapped,
        partOrder: 'thematic_first',
        startsAt: '07:30',
        agenda: swapped.agenda.map((i) =>
          i.kind === 'discussion'
            ? { ...i, title: 'Thảo luận về tác phong, lề lối làm việc', minutes: 40 }
            : i,
        ),
      }),
    );
    expect(changed.partOrder).toBe('thematic_first');
    expect(changed.startsAt).toBe('07:30');
    expect(changed.agendaIssues).toEqual([]);
    expect(changed.agenda.map((i) => i.part)).toEqual(swapped.agenda.map((i) => i.part));
    expect(changed.agenda.find((i) => i.kind === 'discussion')).toMatchObject({
      title: 'Thảo luận về tác phong, lề lối làm việc',
      plannedMinutes: 40,
    });
    expect(changed.updatedAt > m.updatedAt).toBe(true);
  });

  it('refuses a save from a stale version (409 MEETING_CHANGED) and any change once the meeting started (409)', async () => {
    const c = await buildMeetingCell();
    const m = await schedule(c);
    const url = `/api/meetings/${m.id}`;
    const first = await ok(c.secretary.put(url, { ...detailsOf(m), place: 'Phòng họp A' }));
    const stale = await refused(c.deputy.put(url, { ...detailsOf(m), place: 'Phòng họp B' }));
    expect(stale).toMatchObject({ status: 409, code: 'MEETING_CHANGED' });
    expect((await ok(c.secretary.get(url))).place).toBe('Phòng họp A');
    // A member cannot change it at all.
    expect((await refused(c.member.put(url, detailsOf(first)))).status).toBe(403);

    await ok(c.secretary.post(`${url}/start`));
    const started = await ok(c.secretary.get(url));
    expect(
      await refused(c.secretary.put(url, { ...detailsOf(started), place: 'Phòng họp C' })),
    ).toMatchObject({
      status: 409,
      code: 'MEETING_NOT_SCHEDULED',
    });
    expect(await refused(c.secretary.post(`${url}/notice`))).toMatchObject({
      status: 409,
      code: 'MEETING_NOT_SCHEDULED',
    });
    expect(await refused(c.secretary.post(`${url}/cancel`))).toMatchObject({
      status: 409,
      code: 'MEETING_TRANSITION_NOT_ALLOWED',
    });
  });

  it('dates a meeting brought forward by the day it is held', async () => {
    const c = await buildMeetingCell();
    const m = await schedule(c, { heldOn: addDays(todayInVietnam(), 10) });
    await ok(c.secretary.post(`/api/meetings/${m.id}/notice`));
    const started = await ok(c.secretary.post(`/api/meetings/${m.id}/start`));
    expect(started.heldOn).toBe(todayInVietnam());
    expect(started.status).toBe('in_progress');
    expect(started.startedAt).not.toBeNull();
  });

  it('rolls the schedule back whole when writing its agenda fails (500): no meeting is left', async () => {
    const c = await buildMeetingCell();
    const dropTrigger = await failInsertsInto(database, 'meeting_agenda_item', 'kind', 'assignments');
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const res = await refused(c.secretary.post(`/api/orgs/${c.cell.id}/meetings`, scheduleBody(c)));
      expect(res).toMatchObject({ status: 500, code: 'INTERNAL' });
      expect(String(logged.mock.calls[0]?.[0])).toContain('forced failure for a rollback test');
    } finally {
      logged.mockRestore();
      await dropTrigger();
    }
    expect(await countMeetings(c.cell.id)).toBe(0);
    const audit = await database.db
      .selectFrom('audit_log')
      .select('id')
      .where('unit_id', '=', c.cell.id)
      .where('action', '=', 'meeting.schedule')
      .execute();
    expect(audit).toEqual([]);
    // The same request goes through once nothing breaks it.
    await schedule(c);
    expect(await countMeetings(c.cell.id)).toBe(1);
  });
});

describe('the notice and the roll', () => {
  /** The cell's party members of every status, and a non-member staff member. */
  async function mixedCell() {
    const c = await buildMeetingCell();
    const db = database.db;
    const probationaryId = await buildPerson(db, { unitId: c.cell.id, status: 'probationary' });
    const exemptId = await buildPerson(db, { unitId: c.cell.id });
    await setMemberStatus(db, exemptId, 'exempt');
    const transferredId = await buildPerson(db, { unitId: c.cell.id });
    await setMemberStatus(db, transferredId, 'transferred_out');
    const staffId = await buildPerson(db, { unitId: c.cell.id, status: 'staff' });
    return { ...c, more: { probationaryId, exemptId, transferredId, staffId } };
  }

  it('puts official, probationary, exempt and transferred-out members on the roll with their status, never staff', async () => {
    const c = await mixedCell();
    const m = await schedule(c);
    const noticed = await ok(c.secretary.post(`/api/meetings/${m.id}/notice`));
    expect(noticed.noticeSentAt).not.toBeNull();
    expect(noticed.status).toBe('scheduled');
    const statusOf = Object.fromEntries(noticed.attendance.map((a) => [a.personId, a.memberStatus]));
    expect(statusOf).toEqual({
      [c.ids.secretaryId]: 'official',
      [c.ids.deputyId]: 'official',
      [c.ids.takerId]: 'official',
      [c.ids.memberId]: 'official',
      [c.ids.otherId]: 'official',
      [c.more.probationaryId]: 'probationary',
      [c.more.exemptId]: 'exempt',
      [c.more.transferredId]: 'transferred_out',
    });
    expect(noticed.attendance.every((a) => a.state === null && !a.late && !a.suspended)).toBe(true);
    // Transferred-out members are listed but not counted; exempt members are not expected.
    expect(noticed.counts).toMatchObject({
      total: 7,
      official: 5,
      probationary: 1,
      exempt: 1,
      present: 0,
      unmarked: 6,
      expected: 6,
      rate: 0,
    });

    // The member sees the meeting and finds themselves on the roll; the record is not theirs to keep.
    const seen = await ok(c.member.get(`/api/meetings/${m.id}`));
    expect(seen.me).toEqual({
      personId: c.ids.memberId,
      onRoll: true,
      waitingToSpeak: false,
      registeredDelegate: false,
    });
    // A member of the cell attends as a member, never as the committee's delegate (delegates.test.ts).
    expect(seen.permissions).toEqual({
      manage: false,
      evaluate: false,
      record: false,
      actions: [],
      askToSpeak: false,
      sign: false,
      registerAsDelegate: false,
      withdrawAsDelegate: false,
      designateModel: false,
    });
    expect(await refused(c.member.post(`/api/meetings/${m.id}/notice`))).toMatchObject({ status: 403 });

    // A second notice adds nobody twice.
    const again = await ok(c.secretary.post(`/api/meetings/${m.id}/notice`));
    expect(again.attendance).toHaveLength(8);
  });

  it('fills the roll when the meeting starts without a notice, and adds members who joined after the notice', async () => {
    const c = await mixedCell();
    const m = await schedule(c);
    const started = await ok(c.secretary.post(`/api/meetings/${m.id}/start`));
    expect(started.attendance).toHaveLength(8);
    expect(started.attendance.map((a) => a.personId)).not.toContain(c.more.staffId);

    const later = await schedule(c);
    await ok(c.secretary.post(`/api/meetings/${later.id}/notice`));
    const newcomerId = await buildPerson(database.db, {
      unitId: c.cell.id,
      fullName: 'Đỗ Văn Mới Chuyển Đến',
    });
    const startedLater = await ok(c.secretary.post(`/api/meetings/${later.id}/start`));
    expect(startedLater.attendance).toHaveLength(9);
    expect(startedLater.attendance.find((a) => a.personId === newcomerId)).toMatchObject({
      name: 'Đỗ Văn Mới Chuyển Đến',
      memberStatus: 'official',
      state: null,
    });
  });

  it('shows the meeting to the committee above but not to a foreign user (404) or the cell’s staff (403)', async () => {
    const c = await mixedCell();
    const m = await schedule(c);
    const seen = await ok(c.officer.get(`/api/meetings/${m.id}`));
    expect(seen.permissions.manage).toBe(false);
    expect(seen.me.onRoll).toBe(false);
    expect((await refused(c.foreign.get(`/api/meetings/${m.id}`))).status).toBe(404);
    const staff = await c.login(c.more.staffId);
    expect((await refused(staff.get(`/api/meetings/${m.id}`))).status).toBe(403);
    // An officer above does not run the cell's meeting.
    expect((await refused(c.officer.post(`/api/meetings/${m.id}/notice`))).status).toBe(403);
    expect((await refused(c.officer.post(`/api/meetings/${m.id}/start`))).status).toBe(403);
  });
});

describe('attendance', () => {
  it('needs a reason for an absence with reason (400 on reason) and stores nothing without one', async () => {
    const c = await buildMeetingCell();
    const m = await live(c);
    const url = `/api/meetings/${m.id}/attendance/${c.ids.otherId}`;
    for (const body of [{ state: 'absent_excused' }, { state: 'absent_excused', reason: '   ' }]) {
      expect(await refused(c.secretary.put(url, body))).toEqual({
        status: 400,
        code: 'VALIDATION_FAILED',
        fields: { reason: MESSAGES.reasonRequired },
      });
    }
    const row = (await ok(c.secretary.get(`/api/meetings/${m.id}`))).attendance.find(
      (a) => a.personId === c.ids.otherId,
    );
    expect(row).toMatchObject({ state: null, reason: null });
    const marked = await ok(c.secretary.put(url, { state: 'absent_excused', reason: 'Đi công tác tỉnh' }));
    expect(marked.attendance.find((a) => a.personId === c.ids.otherId)).toMatchObject({
      state: 'absent_excused',
      reason: 'Đi công tác tỉnh',
    });
    // Someone not on the roll is not there to mark.
    expect(
      (
        await refused(
          c.secretary.put(`/api/meetings/${m.id}/attendance/${c.ids.officerId}`, { state: 'present' }),
        )
      ).status,
    ).toBe(404);
  });

  it('counts present, expected and the rate as members are marked, late and exempt members included', async () => {
    const c = await buildMeetingCell();
    const exemptId = await buildPerson(database.db, { unitId: c.cell.id });
    await setMemberStatus(database.db, exemptId, 'exempt');
    const m = await live(c);
    const mark = (personId: string, body: Record<string, unknown>) =>
      ok(c.secretary.put(`/api/meetings/${m.id}/attendance/${personId}`, body));
    await mark(c.ids.secretaryId, { state: 'present' });
    await mark(c.ids.deputyId, { state: 'present' });
    await mark(c.ids.takerId, { state: 'present', late: true });
    await mark(c.ids.memberId, { state: 'absent_excused', reason: 'Ốm' });
    let view = await mark(c.ids.otherId, { state: 'absent_unexcused' });
    expect(view.counts).toEqual({
      total: 6,
      official: 5,
      probationary: 0,
      exempt: 1,
      present: 3,
      absentExcused: 1,
      absentUnexcused: 1,
      unmarked: 0,
      expected: 5,
      rate: 0.6,
    });
    expect(view.attendance.find((a) => a.personId === c.ids.takerId)?.late).toBe(true);
    // An exempt member who comes counts as present and expected.
    view = await mark(exemptId, { state: 'present' });
    expect(view.counts).toMatchObject({ present: 4, expected: 6 });
    expect(view.counts.rate).toBeCloseTo(4 / 6, 10);
    // Late only means something for someone present; a change of state clears the reason.
    view = await mark(c.ids.memberId, { state: 'absent_unexcused', late: true });
    expect(view.attendance.find((a) => a.personId === c.ids.memberId)).toMatchObject({
      state: 'absent_unexcused',
      reason: null,
      late: false,
    });
    view = await mark(c.ids.otherId, { state: 'absent_unexcused', suspended: true });
    expect(view.attendance.find((a) => a.personId === c.ids.otherId)?.suspended).toBe(true);
    expect(view.counts).toMatchObject({ absentExcused: 0, absentUnexcused: 2 });
  });

  it('lets the minute-taker mark attendance once appointed; a plain member never (403)', async () => {
    const c = await buildMeetingCell();
    const m = await schedule(c);
    await ok(c.secretary.post(`/api/meetings/${m.id}/start`));
    const url = `/api/meetings/${m.id}/attendance/${c.ids.memberId}`;
    expect((await refused(c.taker.put(url, { state: 'present' }))).status).toBe(403);
    expect((await refused(c.member.put(url, { state: 'present' }))).status).toBe(403);
    expect((await refused(c.officer.put(url, { state: 'present' }))).status).toBe(403);
    await ok(c.secretary.put(`/api/meetings/${m.id}/roles`, { minuteTakerId: c.ids.takerId }));
    const marked = await ok(c.taker.put(url, { state: 'present' }));
    expect(marked.permissions).toMatchObject({ manage: false, record: true });
    expect(marked.attendance.find((a) => a.personId === c.ids.memberId)?.state).toBe('present');
    expect((await refused(c.member.put(url, { state: 'absent_unexcused' }))).status).toBe(403);
    // The minute-taker keeps the record but does not run the meeting.
    expect((await refused(c.taker.post(`/api/meetings/${m.id}/end`))).status).toBe(403);
    expect(
      (await refused(c.taker.put(`/api/meetings/${m.id}/roles`, { minuteTakerId: c.ids.memberId }))).status,
    ).toBe(403);
  });

  it('lists delegates with their title and unit and non-member staff as guests', async () => {
    const c = await buildMeetingCell();
    const m = await live(c);
    const url = `/api/meetings/${m.id}/guests`;
    await ok(
      c.taker.post(url, {
        kind: 'delegate',
        fullName: 'Nguyễn Thị Đại Biểu',
        title: 'Phó Bí thư Đảng ủy',
        unitName: 'Đảng ủy Bệnh viện',
      }),
    );
    const view = await ok(c.secretary.post(url, { kind: 'staff', fullName: 'Lê Văn Nhân Viên' }));
    expect(view.guests.map(({ id: _, ...g }) => g)).toEqual([
      {
        kind: 'delegate',
        fullName: 'Nguyễn Thị Đại Biểu',
        title: 'Phó Bí thư Đảng ủy',
        unitName: 'Đảng ủy Bệnh viện',
      },
      { kind: 'staff', fullName: 'Lê Văn Nhân Viên', title: null, unitName: null },
    ]);
    // Guests are not party members: they change no count.
    expect(view.counts.total).toBe(5);
    expect((await refused(c.member.post(url, { kind: 'staff', fullName: 'X' }))).status).toBe(403);
    const staffGuest = view.guests[1]?.id ?? '';
    const removed = await ok(c.secretary.delete(`${url}/${staffGuest}`));
    expect(removed.guests.map((g) => g.fullName)).toEqual(['Nguyễn Thị Đại Biểu']);
    expect((await refused(c.secretary.delete(`${url}/${staffGuest}`))).status).toBe(404);
  });
});

describe('the chair and the minute-taker', () => {
  it('refuses the same person as chair and minute-taker (400), and anyone not of the cell (400)', async () => {
    const c = await buildMeetingCell();
    const m = await schedule(c);
    const url = `/api/meetings/${m.id}/roles`;
    expect(await refused(c.secretary.put(url, { minuteTakerId: c.ids.secretaryId }))).toEqual({
      status: 400,
      code: 'VALIDATION_FAILED',
      fields: { minuteTakerId: MESSAGES.sameSigner },
    });
    expect(
      await refused(c.secretary.put(url, { chairId: c.ids.deputyId, minuteTakerId: c.ids.deputyId })),
    ).toMatchObject({ status: 400, fields: { minuteTakerId: MESSAGES.sameSigner } });
    expect(await refused(c.secretary.put(url, { minuteTakerId: c.ids.officerId }))).toEqual({
      status: 400,
      code: 'VALIDATION_FAILED',
      fields: { minuteTakerId: MESSAGES.notInCell },
    });
    expect(await refused(c.secretary.put(url, { chairId: c.ids.foreignId }))).toMatchObject({
      status: 400,
      fields: { chairId: MESSAGES.notInCell },
    });
    const unchanged = await ok(c.secretary.get(`/api/meetings/${m.id}`));
    expect(unchanged.chair?.id).toBe(c.ids.secretaryId);
    expect(unchanged.minuteTaker).toBeNull();

    const set = await ok(c.secretary.put(url, { chairId: c.ids.deputyId, minuteTakerId: c.ids.takerId }));
    expect(set.chair?.id).toBe(c.ids.deputyId);
    expect(set.minuteTaker?.id).toBe(c.ids.takerId);
    expect(set.minuteTaker?.name).toBeTruthy();
    // Only the minute-taker changes when only it is sent.
    const again = await ok(c.secretary.put(url, { minuteTakerId: c.ids.memberId }));
    expect([again.chair?.id, again.minuteTaker?.id]).toEqual([c.ids.deputyId, c.ids.memberId]);
  });
});

/** Reads the stream until `pattern` appears; fails after `ms` rather than hang. */
async function readUntil(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  pattern: RegExp,
  ms = 5000,
): Promise<string> {
  const decoder = new TextDecoder();
  let text = '';
  const deadline = Date.now() + ms;
  while (!pattern.test(text)) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), Math.max(0, deadline - Date.now()));
    });
    const chunk = await Promise.race([reader.read(), timeout]);
    clearTimeout(timer);
    if (chunk === 'timeout') throw new Error(`no ${pattern} within ${ms} ms; got ${JSON.stringify(text)}`);
    if (chunk.done) throw new Error(`the stream ended before ${pattern}; got ${JSON.stringify(text)}`);
    text += decoder.decode(chunk.value, { stream: true });
  }
  return text;
}

describe('the speaker list', () => {
  it('takes requests only while the meeting runs (409 before), once per member waiting (409 twice)', async () => {
    const c = await buildMeetingCell();
    const m = await schedule(c);
    const url = `/api/meetings/${m.id}/speeches`;
    await ok(c.secretary.post(`/api/meetings/${m.id}/notice`));
    expect(await refused(c.member.post(url, {}))).toMatchObject({ status: 409, code: 'MEETING_NOT_LIVE' });
    await ok(c.secretary.post(`/api/meetings/${m.id}/start`));
    const asked = await ok(c.member.post(url, {}));
    expect(asked.me.waitingToSpeak).toBe(true);
    expect(asked.permissions.askToSpeak).toBe(true);
    expect(asked.speeches).toMatchObject([
      { personId: c.ids.memberId, status: 'requested', position: 1, note: null },
    ]);
    expect(await refused(c.member.post(url, {}))).toMatchObject({
      status: 409,
      code: 'MEETING_ALREADY_WAITING',
    });
    // The committee above reads the meeting but does not speak in the cell; a foreign user does not see it.
    expect((await refused(c.officer.post(url, {}))).status).toBe(403);
    expect((await refused(c.foreign.post(url, {}))).status).toBe(404);
    // A member may not put someone else on the list.
    expect((await refused(c.member.post(url, { personId: c.ids.otherId }))).status).toBe(403);
    expect((await ok(c.secretary.get(`/api/meetings/${m.id}`))).speeches).toHaveLength(1);

    await ok(c.secretary.post(`/api/meetings/${m.id}/end`));
    expect(await refused(c.deputy.post(url, {}))).toMatchObject({ status: 409, code: 'MEETING_NOT_LIVE' });
  });

  it('lets the chair order the list and give the floor, the minute-taker note each speech, a member withdraw only their own', async () => {
    const c = await buildMeetingCell();
    const m = await live(c);
    const url = `/api/meetings/${m.id}/speeches`;
    await ok(c.member.post(url, {}));
    const other = await c.login(c.ids.otherId);
    await ok(other.post(url, {}));
    // The chair puts a delegate on the list too.
    const withGuest = await ok(
      c.secretary.post(`/api/meetings/${m.id}/guests`, { kind: 'delegate', fullName: 'Phạm Đại Biểu' }),
    );
    const guestId = withGuest.guests[0]?.id ?? '';
    let view = await ok(c.secretary.post(url, { guestId }));
    const byPerson = (id: string) => view.speeches.find((s) => s.personId === id);
    const memberSpeech = byPerson(c.ids.memberId)?.id ?? '';
    const otherSpeech = byPerson(c.ids.otherId)?.id ?? '';
    expect(view.speeches.map((s) => s.speaker)).toContain('Phạm Đại Biểu');
    expect(view.speeches.map((s) => s.position)).toEqual([1, 2, 3]);

    // The chair moves the second request to the front.
    view = await ok(c.secretary.put(`${url}/${otherSpeech}`, { position: 0 }));
    expect(view.speeches[0]?.id).toBe(otherSpeech);
    view = await ok(c.secretary.put(`${url}/${otherSpeech}`, { status: 'speaking' }));
    expect(byPerson(c.ids.otherId)).toMatchObject({ status: 'speaking', endedAt: null });
    expect(byPerson(c.ids.otherId)?.startedAt).not.toBeNull();
    view = await ok(
      c.taker.put(`${url}/${otherSpeech}`, {
        status: 'done',
        note: 'Đề nghị bổ sung số liệu về cải cách hành chính ở khoa.',
      }),
    );
    expect(byPerson(c.ids.otherId)).toMatchObject({
      status: 'done',
      note: 'Đề nghị bổ sung số liệu về cải cách hành chính ở khoa.',
    });
    expect(byPerson(c.ids.otherId)?.endedAt).not.toBeNull();

    // A member neither notes nor gives the floor, and withdraws only their own request.
    expect((await refused(c.member.put(`${url}/${memberSpeech}`, { note: 'Tự ghi' }))).status).toBe(403);
    expect((await refused(c.member.put(`${url}/${memberSpeech}`, { status: 'speaking' }))).status).toBe(403);
    expect((await refused(c.member.put(`${url}/${otherSpeech}`, { status: 'withdrawn' }))).status).toBe(403);
    view = await ok(c.member.put(`${url}/${memberSpeech}`, { status: 'withdrawn' }));
    expect(byPerson(c.ids.memberId)?.status).toBe('withdrawn');
    expect(view.me.waitingToSpeak).toBe(false);
    // Withdrawn, the member may ask again.
    view = await ok(c.member.post(url, {}));
    expect(view.speeches.filter((s) => s.personId === c.ids.memberId).map((s) => s.status)).toEqual([
      'withdrawn',
      'requested',
    ]);
    // Only a speech of this meeting.
    const elsewhere = await live(c);
    expect(
      (
        await refused(
          c.secretary.put(`/api/meetings/${elsewhere.id}/speeches/${memberSpeech}`, { note: 'x' }),
        )
      ).status,
    ).toBe(404);
  });

  it('streams a change to every open console (SSE): ready first, then changed; a foreign user gets 404', async () => {
    const c = await buildMeetingCell();
    const m = await live(c);
    const elsewhere = await live(c);
    const res = await c.member.stream(`/api/meetings/${m.id}/events`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    try {
      const first = await readUntil(reader, /event: ready\ndata: [^\n]*\n\n/);
      expect(first).toBe(`event: ready\ndata: ${m.id}\n\n`);
      // A change to another meeting is not this console's business; one to this meeting is.
      await ok(c.secretary.put(`/api/meetings/${elsewhere.id}/conclusion`, { conclusion: 'Khác' }));
      await ok(c.deputy.post(`/api/meetings/${m.id}/speeches`, {}));
      const next = await readUntil(reader, /event: changed\ndata: \d+\n\n/);
      expect(next.match(/event: changed/g)).toHaveLength(1);
    } finally {
      await reader.cancel();
    }
    // Closed by the client, the stream no longer listens; changes go on as before.
    await ok(c.secretary.put(`/api/meetings/${m.id}/conclusion`, { conclusion: 'Sau khi đóng' }));

    const foreign = await c.foreign.stream(`/api/meetings/${m.id}/events`);
    expect(foreign.status).toBe(404);
    expect(((await foreign.json()) as ErrorBody).error.code).toBe('NOT_FOUND');
    const anonymous = await app.request(`/api/meetings/${m.id}/events`);
    expect(anonymous.status).toBe(401);
    await anonymous.body?.cancel();
  });
});

describe('votes', () => {
  /**
   * Officials A (secretary), B (deputy), C (minute-taker), D, F present or absent as below, E absent with
   * reason; G exempt and absent, H exempt and present; P probationary and present; T transferred out.
   */
  async function votingCell() {
    const c = await buildMeetingCell({ members: 6 });
    const db = database.db;
    const [A, B, C, D, E, F] = c.cell.memberIds as [string, string, string, string, string, string];
    const G = await buildPerson(db, { unitId: c.cell.id });
    await setMemberStatus(db, G, 'exempt');
    const H = await buildPerson(db, { unitId: c.cell.id });
    await setMemberStatus(db, H, 'exempt');
    const P = await buildPerson(db, { unitId: c.cell.id, status: 'probationary' });
    const T = await buildPerson(db, { unitId: c.cell.id });
    await setMemberStatus(db, T, 'transferred_out');
    const m = await live(c);
    const mark = (personId: string, body: Record<string, unknown>) =>
      ok(c.taker.put(`/api/meetings/${m.id}/attendance/${personId}`, body));
    for (const id of [A, B, C, D, H, P]) await mark(id, { state: 'present' });
    await mark(E, { state: 'absent_excused', reason: 'Đi học tập trung' });
    await mark(F, { state: 'absent_unexcused' });
    return { ...c, m, url: `/api/meetings/${m.id}/votes`, p: { A, B, C, D, E, F, G, H, P, T } };
  }

  it('counts hands against the base of the rule: never more than the voters (400); passes with more than half of the base', async () => {
    const c = await votingCell();
    const { A, B, C, D, E, F, G, H, P, T } = c.p;
    const tooMany = await refused(
      c.taker.post(c.url, {
        subject: 'Thông qua nghị quyết',
        mode: 'count',
        tally: { for: 6, against: 0, abstain: 0 },
      }),
    );
    expect(tooMany).toEqual({ status: 400, code: 'VALIDATION_FAILED', fields: { tally: MESSAGES.tooMany } });
    expect((await ok(c.secretary.get(`/api/meetings/${c.m.id}`))).votes).toEqual([]);

    // Base 6: A B C D F H (an exempt member who attends counts; F, absent without reason, still counts).
    let view = await ok(
      c.taker.post(c.url, {
        subject: 'Thông qua nghị quyết chuyên đề',
        mode: 'count',
        tally: { for: 4, against: 1, abstain: 0 },
      }),
    );
    const passed = view.votes[0];
    expect(passed).toMatchObject({
      mode: 'count',
      for: 4,
      against: 1,
      abstain: 0,
      base: 6,
      needed: 4,
      passed: true,
    });
    expect(passed?.basis.rule).toContain('294-QĐ/TW');
    expect(view.voteRule).toBe(passed?.basis.rule);
    expect([...(passed?.basis.counted ?? [])].sort()).toEqual([A, B, C, D, F, H].sort());
    expect([...(passed?.basis.voters ?? [])].sort()).toEqual([A, B, C, D, H].sort());
    expect(Object.fromEntries((passed?.basis.setAside ?? []).map((s) => [s.id, s.reason]))).toEqual({
      [E]: 'absent_excused',
      [G]: 'exempt_absent',
      [P]: 'not_official',
      [T]: 'transferred_out',
    });

    // Three of the five present is a majority of the room, not of the base.
    view = await ok(
      c.taker.post(c.url, {
        subject: 'Bổ sung giải pháp',
        mode: 'count',
        tally: { for: 3, against: 2, abstain: 0 },
      }),
    );
    expect(view.votes[1]).toMatchObject({ for: 3, base: 6, needed: 4, passed: false });
  });

  it('takes named ballots from official members present only: a probationary member’s (400), a double ballot (400)', async () => {
    const c = await votingCell();
    const { A, B, C, D, E, H, P } = c.p;
    const named = (ballots: { personId: string; choice: string }[]) =>
      c.secretary.post(c.url, { subject: 'Thông qua nghị quyết', mode: 'named', ballots });
    expect(
      await refused(
        named([
          { personId: A, choice: 'for' },
          { personId: P, choice: 'for' },
        ]),
      ),
    ).toEqual({
      status: 400,
      code: 'VALIDATION_FAILED',
      fields: { ballots: MESSAGES.notAVoter },
    });
    expect((await refused(named([{ personId: E, choice: 'for' }]))).fields).toEqual({
      ballots: MESSAGES.notAVoter,
    });
    expect(
      await refused(
        named([
          { personId: A, choice: 'for' },
          { personId: A, choice: 'against' },
        ]),
      ),
    ).toEqual({
      status: 400,
      code: 'VALIDATION_FAILED',
      fields: { ballots: MESSAGES.twice },
    });
    expect((await ok(c.secretary.get(`/api/meetings/${c.m.id}`))).votes).toEqual([]);

    const view = await ok(
      named([
        { personId: A, choice: 'for' },
        { personId: B, choice: 'for' },
        { personId: C, choice: 'abstain' },
        { personId: D, choice: 'against' },
        { personId: H, choice: 'for' },
      ]),
    );
    expect(view.votes[0]).toMatchObject({
      mode: 'named',
      for: 3,
      against: 1,
      abstain: 1,
      base: 6,
      needed: 4,
      passed: false,
    });
    const ballots = await database.db
      .selectFrom('meeting_ballot')
      .select(['person_id', 'choice'])
      .where('vote_id', '=', view.votes[0]?.id ?? '')
      .execute();
    expect(Object.fromEntries(ballots.map((b) => [b.person_id, b.choice]))).toEqual({
      [A]: 'for',
      [B]: 'for',
      [C]: 'abstain',
      [D]: 'against',
      [H]: 'for',
    });
  });

  it('sets a suspended member aside, and lets only the record-keepers record a vote while the meeting runs', async () => {
    const c = await votingCell();
    const { F } = c.p;
    await ok(
      c.taker.put(`/api/meetings/${c.m.id}/attendance/${F}`, { state: 'absent_unexcused', suspended: true }),
    );
    const view = await ok(
      c.taker.post(c.url, { subject: 'Thông qua', mode: 'count', tally: { for: 3, against: 0, abstain: 2 } }),
    );
    expect(view.votes[0]).toMatchObject({ base: 5, needed: 3, passed: true });
    expect(view.votes[0]?.basis.setAside).toContainEqual({ id: F, reason: 'suspended' });

    const body = { subject: 'X', mode: 'count', tally: { for: 1, against: 0, abstain: 0 } };
    expect((await refused(c.member.post(c.url, body))).status).toBe(403);
    expect((await refused(c.officer.post(c.url, body))).status).toBe(403);
    await ok(c.secretary.post(`/api/meetings/${c.m.id}/end`));
    expect(await refused(c.taker.post(c.url, body))).toMatchObject({ status: 409, code: 'MEETING_NOT_LIVE' });
  });
});

describe('the agenda clock', () => {
  /** A meeting on the cell's quarter-2 topic (a Hồ Chí Minh topic in buildPlan) or its quarter-1 topic. */
  async function meetingOn(c: Cell, kind: 'ho_chi_minh' | 'other') {
    const plan = await buildPlan(database.db, c.cell.id, { status: 'adopted' });
    const topic = await database.db
      .selectFrom('plan_topic')
      .select(['id', 'kind'])
      .where('plan_id', '=', plan.id)
      .where('kind', '=', kind)
      .executeTakeFirstOrThrow();
    await markDraftDistributed(database.db, topic.id, '2020-01-01T02:00:00.000Z');
    return live(c, { topicId: topic.id });
  }
  const itemUrl = (m: Meeting, kind: string, event: 'start' | 'end') =>
    `/api/meetings/${m.id}/agenda/${m.agenda.find((i) => i.kind === kind)?.id}/${event}`;

  it('runs one item at a time: starting the next ends the one running; an item not started cannot end (409)', async () => {
    const c = await buildMeetingCell();
    const m = await schedule(c);
    expect(await refused(c.secretary.post(itemUrl(m, 'purpose', 'start')))).toMatchObject({
      status: 409,
      code: 'MEETING_NOT_LIVE',
    });
    await ok(c.secretary.put(`/api/meetings/${m.id}/roles`, { minuteTakerId: c.ids.takerId }));
    await ok(c.secretary.post(`/api/meetings/${m.id}/start`));
    let view = await ok(c.taker.post(itemUrl(m, 'reason_and_delegates', 'start')));
    expect(view.agenda[0]).toMatchObject({ kind: 'reason_and_delegates', endedAt: null });
    expect(view.agenda[0]?.startedAt).not.toBeNull();
    view = await ok(c.taker.post(itemUrl(m, 'appoint_minute_taker', 'start')));
    expect(view.agenda[0]?.endedAt).not.toBeNull();
    expect(view.agenda[1]).toMatchObject({ endedAt: null });
    expect(await refused(c.taker.post(itemUrl(m, 'attendance', 'end')))).toMatchObject({
      status: 409,
      code: 'MEETING_ITEM_NOT_STARTED',
    });
    expect((await refused(c.member.post(itemUrl(m, 'attendance', 'start')))).status).toBe(403);
    const other = await live(c);
    expect(
      (await refused(c.secretary.post(`/api/meetings/${other.id}/agenda/${m.agenda[2]?.id}/start`))).status,
    ).toBe(404);
    // Ending the meeting stops the item still running.
    view = await ok(c.secretary.post(`/api/meetings/${m.id}/end`));
    expect(view.agenda[1]?.endedAt).not.toBeNull();
    expect(view.agenda.slice(2).every((i) => i.startedAt === null && i.endedAt === null)).toBe(true);
  });

  it('warns when a Hồ Chí Minh topic’s thematic part ends under 30 minutes, not once it ran 31', async () => {
    const c = await buildMeetingCell();
    const m = await meetingOn(c, 'ho_chi_minh');
    expect(m.topic?.kind).toBe('ho_chi_minh');
    for (const kind of THEMATIC) {
      const running = await ok(c.secretary.post(itemUrl(m, kind, 'start')));
      expect(running.studyTimeWarning).toBeNull();
    }
    // The closing begins: the thematic part is over after a few seconds.
    const closed = await ok(c.secretary.post(itemUrl(m, 'evaluation', 'start')));
    expect(closed.studyTimeWarning).toEqual({ code: 'HO_CHI_MINH_UNDER_30', minutes: 0, required: 30 });

    // The same items, as if they had run 10 + 10 + 11 + 0 minutes.
    const base = Date.parse('2026-03-12T01:00:00.000Z');
    const at = (minutes: number) => new Date(base + minutes * 60_000).toISOString();
    const spans: Partial<Record<AgendaItemKind, [number, number]>> = {
      purpose: [0, 10],
      presentation: [10, 20],
      discussion: [20, 31],
      absorption: [31, 31],
    };
    const setSpans = async (s: Partial<Record<AgendaItemKind, [number, number]>>) => {
      for (const [kind, [from, to]] of Object.entries(s) as [AgendaItemKind, [number, number]][])
        await database.db
          .updateTable('meeting_agenda_item')
          .set({ started_at: at(from), ended_at: at(to) })
          .where('meeting_id', '=', m.id)
          .where('kind', '=', kind)
          .execute();
    };
    await setSpans(spans);
    let view = await ok(c.secretary.get(`/api/meetings/${m.id}`));
    expect(view.thematicMinutes).toBe(31);
    expect(view.studyTimeWarning).toBeNull();
    await setSpans({ ...spans, discussion: [20, 29] });
    view = await ok(c.secretary.get(`/api/meetings/${m.id}`));
    expect(view.studyTimeWarning).toEqual({ code: 'HO_CHI_MINH_UNDER_30', minutes: 29, required: 30 });
  });

  it('never warns for a topic that is not about Hồ Chí Minh', async () => {
    const c = await buildMeetingCell();
    const m = await meetingOn(c, 'other');
    for (const kind of THEMATIC) await ok(c.secretary.post(itemUrl(m, kind, 'start')));
    const view = await ok(c.secretary.post(itemUrl(m, 'absorption', 'end')));
    expect(view.agenda.filter((i) => i.part === 'thematic').every((i) => i.endedAt !== null)).toBe(true);
    expect(view.studyTimeWarning).toBeNull();
  });
});

describe('the conclusion, assignments and the minutes', () => {
  /**
   * A meeting held in full: a delegate and a staff member, three present, one absent with reason, one
   * without; a speech with a note; the conclusion, a vote, a collective and a personal assignment.
   */
  async function heldMeeting() {
    const c = await buildMeetingCell();
    const m = await live(c);
    const url = `/api/meetings/${m.id}`;
    const names = Object.fromEntries(
      (
        await database.db
          .selectFrom('person')
          .select(['id', 'full_name'])
          .where('unit_id', '=', c.cell.id)
          .execute()
      ).map((p) => [p.id, p.full_name]),
    );
    await ok(
      c.taker.post(`${url}/guests`, {
        kind: 'delegate',
        fullName: 'Võ Thị Đại Biểu',
        title: 'Ủy viên Ban Thường vụ',
        unitName: 'Đảng ủy phường',
      }),
    );
    await ok(c.taker.post(`${url}/guests`, { kind: 'staff', fullName: 'Hà Văn Viên Chức' }));
    for (const id of [c.ids.secretaryId, c.ids.deputyId, c.ids.takerId])
      await ok(c.taker.put(`${url}/attendance/${id}`, { state: 'present' }));
    await ok(
      c.taker.put(`${url}/attendance/${c.ids.memberId}`, { state: 'absent_excused', reason: 'Trực cấp cứu' }),
    );
    await ok(c.taker.put(`${url}/attendance/${c.ids.otherId}`, { state: 'absent_unexcused' }));
    const asked = await ok(c.deputy.post(`${url}/speeches`, {}));
    const speechId = asked.speeches[0]?.id ?? '';
    await ok(c.secretary.put(`${url}/speeches/${speechId}`, { status: 'speaking' }));
    await ok(
      c.taker.put(`${url}/speeches/${speechId}`, {
        status: 'done',
        note: 'Nhất trí với dự thảo, đề nghị làm rõ giải pháp.',
      }),
    );
    await ok(
      c.taker.post(`${url}/votes`, {
        subject: 'Thông qua kết luận',
        mode: 'count',
        tally: { for: 3, against: 0, abstain: 0 },
      }),
    );
    await ok(
      c.secretary.put(`${url}/conclusion`, {
        conclusion: 'Chi bộ thống nhất nâng cao ý thức phòng cháy chữa cháy.',
      }),
    );
    await ok(c.taker.post(`${url}/tasks`, { title: 'Tổ chức tập huấn cho toàn khoa' }));
    const withTasks = await ok(
      c.secretary.post(`${url}/tasks`, {
        title: 'Hoàn thiện chuyên đề',
        ownerId: c.ids.takerId,
        dueOn: '2026-06-30',
      }),
    );
    return { c, m, url, names, withTasks };
  }

  it('records the conclusion and assignments, collective or personal with an owner of the cell and a due date', async () => {
    const { c, url, names, withTasks } = await heldMeeting();
    expect(withTasks.conclusion).toBe('Chi bộ thống nhất nâng cao ý thức phòng cháy chữa cháy.');
    expect(withTasks.tasks.map(({ id: _, ...t }) => t)).toEqual([
      // Typed at the console: no resolution decision behind them.
      {
        title: 'Tổ chức tập huấn cho toàn khoa',
        ownerId: null,
        ownerName: null,
        dueOn: null,
        decisionId: null,
      },
      {
        title: 'Hoàn thiện chuyên đề',
        ownerId: c.ids.takerId,
        ownerName: names[c.ids.takerId],
        dueOn: '2026-06-30',
        decisionId: null,
      },
    ]);
    expect(
      await refused(c.secretary.post(`${url}/tasks`, { title: 'Việc khác', ownerId: c.ids.officerId })),
    ).toMatchObject({ status: 400, fields: { ownerId: MESSAGES.notInCell } });
    expect((await refused(c.member.post(`${url}/tasks`, { title: 'Việc của tôi' }))).status).toBe(403);
    expect((await refused(c.member.put(`${url}/conclusion`, { conclusion: 'Khác' }))).status).toBe(403);
    const removed = await ok(c.taker.delete(`${url}/tasks/${withTasks.tasks[0]?.id}`));
    expect(removed.tasks.map((t) => t.title)).toEqual(['Hoàn thiện chuyên đề']);
  });

  it('drafts the minutes from the console only after the end (409 before), with what the console recorded', async () => {
    const { c, url, names } = await heldMeeting();
    expect(await refused(c.taker.post(`${url}/minutes/draft`))).toMatchObject({
      status: 409,
      code: 'MINUTES_MEETING_NOT_ENDED',
    });
    expect(await refused(c.taker.put(`${url}/minutes`, { text: 'Biên bản' }))).toMatchObject({
      status: 409,
      code: 'MINUTES_MISSING',
    });
    await ok(c.secretary.post(`${url}/end`));
    expect((await refused(c.member.post(`${url}/minutes/draft`))).status).toBe(403);
    const view = await ok(c.taker.post(`${url}/minutes/draft`));
    expect(view.minutes).toMatchObject({
      status: 'draft',
      textHash: null,
      lockedAt: null,
      number: null,
      addenda: [],
    });
    const text = view.minutes?.text ?? '';
    expect(text).toContain(`- Chủ trì: đồng chí ${names[c.ids.secretaryId]}.`);
    expect(text).toContain(`- Thư ký: đồng chí ${names[c.ids.takerId]}.`);
    expect(text).toContain('- Đại biểu: Võ Thị Đại Biểu, Ủy viên Ban Thường vụ, Đảng ủy phường.');
    expect(text).toContain('- Cán bộ, nhân viên dự: Hà Văn Viên Chức.');
    expect(text).toContain('có mặt 3/5 (60%); vắng có lý do 1; vắng không lý do 1.');
    expect(text).toContain(`+ Đồng chí ${names[c.ids.memberId]}: vắng có lý do (Trực cấp cứu).`);
    expect(text).toContain(`+ Đồng chí ${names[c.ids.otherId]}: vắng không lý do.`);
    expect(text).toContain(
      `- Đồng chí ${names[c.ids.deputyId]} phát biểu: Nhất trí với dự thảo, đề nghị làm rõ giải pháp.`,
    );
    expect(text).toContain('Chi bộ thống nhất nâng cao ý thức phòng cháy chữa cháy.');
    expect(text).toContain(
      '- Biểu quyết “Thông qua kết luận”: tán thành 3, không tán thành 0, không biểu quyết 0 trên tổng số 4 đảng viên được tính; được thông qua.',
    );
    expect(text).toContain('- Tổ chức tập huấn cho toàn khoa: tập thể chi bộ.');
    expect(text).toContain(`- Hoàn thiện chuyên đề: đồng chí ${names[c.ids.takerId]}, hạn 30/06/2026.`);
    expect(text.indexOf('I. THÀNH PHẦN')).toBeLessThan(text.indexOf('III. DIỄN BIẾN'));
  });

  it('edits until the chair signs (hash of the text stored), then locks: edits 409; numbered once the minute-taker signs', async () => {
    const { c, url } = await heldMeeting();
    await ok(c.secretary.post(`${url}/end`));
    const drafted = await ok(c.taker.post(`${url}/minutes/draft`));
    const edited = `${drafted.minutes?.text}\nThư ký bổ sung: buổi sinh hoạt nghiêm túc.`;
    expect((await refused(c.member.put(`${url}/minutes`, { text: edited }))).status).toBe(403);
    const saved = await ok(
      c.taker.put(`${url}/minutes`, { text: edited, expectedUpdatedAt: drafted.minutes?.updatedAt }),
    );
    expect(saved.minutes?.text).toBe(edited);
    // A save from the version before is refused.
    expect(
      await refused(
        c.secretary.put(`${url}/minutes`, { text: 'Bản cũ', expectedUpdatedAt: drafted.minutes?.updatedAt }),
      ),
    ).toMatchObject({ status: 409, code: 'MEETING_CHANGED' });
    // Signing is for the chair and the minute-taker alone.
    expect(await refused(c.member.post(`${url}/minutes/sign`))).toMatchObject({
      status: 409,
      code: 'MINUTES_NOT_SIGNABLE',
    });
    expect(await refused(c.deputy.post(`${url}/minutes/sign`))).toMatchObject({
      status: 409,
      code: 'MINUTES_NOT_SIGNABLE',
    });
    expect(await refused(c.officer.post(`${url}/minutes/sign`))).toMatchObject({
      code: 'MINUTES_NOT_SIGNABLE',
    });
    expect(await refused(c.taker.post(`${url}/minutes/addenda`, { text: 'Sớm quá' }))).toMatchObject({
      status: 409,
      code: 'MINUTES_NOT_LOCKED',
    });

    const beforeSign = await ok(c.secretary.get(url));
    expect(beforeSign.permissions.sign).toBe(true);
    const chairSigned = await ok(c.secretary.post(`${url}/minutes/sign`));
    expect(chairSigned.minutes).toMatchObject({
      status: 'signed_by_one',
      text: edited,
      lockedAt: null,
      number: null,
    });
    expect(chairSigned.minutes?.textHash).toBe(sha256(edited));
    expect(chairSigned.minutes?.chairSignedAt).not.toBeNull();
    expect(chairSigned.permissions.sign).toBe(false);
    // The text is fixed now: no edit, no new draft.
    expect(await refused(c.taker.put(`${url}/minutes`, { text: 'Sửa sau khi ký' }))).toMatchObject({
      status: 409,
      code: 'MINUTES_LOCKED',
    });
    expect(await refused(c.taker.post(`${url}/minutes/draft`))).toMatchObject({
      status: 409,
      code: 'MINUTES_LOCKED',
    });
    expect(await refused(c.secretary.post(`${url}/minutes/sign`))).toMatchObject({
      status: 409,
      code: 'MINUTES_ALREADY_SIGNED',
    });

    const locked = await ok(c.taker.post(`${url}/minutes/sign`));
    expect(locked.minutes).toMatchObject({
      status: 'locked',
      text: edited,
      textHash: sha256(edited),
      number: 1,
    });
    expect(locked.minutes?.lockedAt).not.toBeNull();
    expect(locked.minutes?.minuteTakerSignedAt).not.toBeNull();
    expect(await refused(c.taker.post(`${url}/minutes/sign`))).toMatchObject({
      status: 409,
      code: 'MINUTES_ALREADY_SIGNED',
    });
    expect(await refused(c.taker.put(`${url}/minutes`, { text: 'Sửa sau khi khóa' }))).toMatchObject({
      status: 409,
      code: 'MINUTES_LOCKED',
    });
    const row = await database.db
      .selectFrom('minutes')
      .select(['text', 'text_hash', 'chair_signed_by', 'taker_signed_by'])
      .where('meeting_id', '=', locked.id)
      .executeTakeFirstOrThrow();
    expect(row.text_hash).toBe(sha256(row.text));
    expect(row.chair_signed_by).not.toBe(row.taker_signed_by);

    // The next minutes of the cell that year take the next number.
    const next = await buildMeeting(database.db, c.cell.id, {
      status: 'ended',
      minuteTakerId: c.ids.takerId,
      minutes: 'locked',
    });
    expect((await ok(c.secretary.get(`/api/meetings/${next.id}`))).minutes?.number).toBe(2);
  });

  it('keeps the signed record as it was: attendance, speeches, conclusion and tasks no longer change (409)', async () => {
    const { c, url, withTasks } = await heldMeeting();
    await ok(c.secretary.post(`${url}/end`));
    await ok(c.taker.post(`${url}/minutes/draft`));
    await ok(c.secretary.post(`${url}/minutes/sign`));
    const signed = await ok(c.secretary.get(url));
    const attempts = [
      c.secretary.put(`${url}/attendance/${c.ids.otherId}`, { state: 'present' }),
      c.secretary.put(`${url}/conclusion`, { conclusion: 'Kết luận khác' }),
      c.secretary.post(`${url}/tasks`, { title: 'Việc thêm sau khi ký' }),
      c.secretary.delete(`${url}/tasks/${withTasks.tasks[0]?.id}`),
      c.taker.put(`${url}/speeches/${signed.speeches[0]?.id}`, { note: 'Ghi lại' }),
      c.taker.post(`${url}/guests`, { kind: 'staff', fullName: 'Người đến muộn' }),
    ];
    for (const attempt of attempts)
      expect(await refused(attempt)).toMatchObject({ status: 409, code: 'MINUTES_LOCKED' });
    expect(await ok(c.secretary.get(url))).toEqual(signed);
  });

  it('appends a dated correction to locked minutes, hashed, leaving the signed text as it was', async () => {
    const c = await buildMeetingCell();
    const built = await buildMeeting(database.db, c.cell.id, {
      status: 'ended',
      minuteTakerId: c.ids.takerId,
      minutes: 'locked',
    });
    const url = `/api/meetings/${built.id}`;
    const signed = await ok(c.secretary.get(url));
    const correction = 'Đính chính: đồng chí thư ký ghi nhầm giờ kết thúc, đúng là 16 giờ 30.';
    expect((await refused(c.member.post(`${url}/minutes/addenda`, { text: correction }))).status).toBe(403);
    const view = await ok(c.taker.post(`${url}/minutes/addenda`, { text: correction }));
    expect(view.minutes?.addenda).toHaveLength(1);
    expect(view.minutes?.addenda[0]).toMatchObject({ text: correction, textHash: sha256(correction) });
    expect(view.minutes?.addenda[0]?.addedByName).toBeTruthy();
    expect(view.minutes?.addenda[0]?.addedAt).toBeTruthy();
    expect(view.minutes?.text).toBe(signed.minutes?.text);
    expect(view.minutes?.textHash).toBe(signed.minutes?.textHash);
    expect(view.minutes?.textHash).toBe(sha256(view.minutes?.text ?? ''));
    expect(view.minutes?.status).toBe('locked');
  });
});

describe('the topic presented at the meeting', () => {
  const topicOf = async (client: ApiClient, id: string) => ok<Prep>(client.get(`/api/topics/${id}`));

  it('moves a topic whose draft 2 was approved to presented on the meeting’s date when the meeting ends', async () => {
    const c = await buildMeetingCell();
    const prep = await buildPreparation(database.db, c.cell.id, { status: 'draft2_approved' });
    const m = await live(c, { topicId: prep.topicId });
    expect((await topicOf(c.secretary, prep.topicId)).status).toBe('draft2_approved');
    const ended = await ok(c.secretary.post(`/api/meetings/${m.id}/end`));
    expect(ended.status).toBe('ended');
    const topic = await topicOf(c.secretary, prep.topicId);
    expect(topic.status).toBe('presented');
    expect(topic.dates.presentedOn).toBe(ended.heldOn);
  });

  it('ends the meeting and presents its topic together, or neither (500 rolls both back)', async () => {
    const c = await buildMeetingCell();
    const prep = await buildPreparation(database.db, c.cell.id, { status: 'draft2_approved' });
    const m = await live(c, { topicId: prep.topicId });
    const dropTrigger = await failInsertsInto(database, 'topic_event', 'action', 'present');
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect((await refused(c.secretary.post(`/api/meetings/${m.id}/end`))).status).toBe(500);
    } finally {
      logged.mockRestore();
      await dropTrigger();
    }
    expect((await ok(c.secretary.get(`/api/meetings/${m.id}`))).status).toBe('in_progress');
    expect((await topicOf(c.secretary, prep.topicId)).status).toBe('draft2_approved');
    expect((await ok(c.secretary.post(`/api/meetings/${m.id}/end`))).status).toBe('ended');
    expect((await topicOf(c.secretary, prep.topicId)).status).toBe('presented');
  });

  it('leaves a topic not that far as it is, and the meeting still ends', async () => {
    const c = await buildMeetingCell();
    const prep = await buildPreparation(database.db, c.cell.id, { status: 'distributed' });
    const m = await live(c, { topicId: prep.topicId });
    const ended = await ok(c.secretary.post(`/api/meetings/${m.id}/end`));
    expect(ended.status).toBe('ended');
    const topic = await topicOf(c.secretary, prep.topicId);
    expect(topic.status).toBe('distributed');
    expect(topic.dates.presentedOn).toBeNull();
  });

  it('ends the meeting (200) even when the topic’s plan was reopened meanwhile, leaving the topic untouched', async () => {
    const c = await buildMeetingCell();
    const prep = await buildPreparation(database.db, c.cell.id, { status: 'draft2_approved' });
    const m = await live(c, { topicId: prep.topicId });
    await ok(c.secretary.post(`/api/plans/${prep.planId}/reopen`));
    const ended = await ok(c.secretary.post(`/api/meetings/${m.id}/end`));
    expect(ended.status).toBe('ended');
    expect((await topicOf(c.secretary, prep.topicId)).status).toBe('draft2_approved');
  });
});

describe('the minute book and member statistics', () => {
  /** Three meetings held in 2024 and 2025, one only scheduled, one on a Hồ Chí Minh topic. */
  async function bookCell() {
    const c = await buildMeetingCell();
    const db = database.db;
    const plan = await buildPlan(db, c.cell.id, { status: 'adopted' });
    const hcm = await db
      .selectFrom('plan_topic')
      .select('id')
      .where('plan_id', '=', plan.id)
      .where('kind', '=', 'ho_chi_minh')
      .executeTakeFirstOrThrow();
    // A real title to search by (buildPlan names topics by quarter).
    await db
      .updateTable('plan_topic')
      .set({ title: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về tự phê bình' })
      .where('id', '=', hcm.id)
      .execute();
    await markDraftDistributed(db, hcm.id, '2024-09-01T02:00:00.000Z');
    const other = await c.login(c.ids.otherId);
    const { secretaryId, deputyId, takerId, memberId, otherId } = c.ids;

    // 10 March 2024: the member and the minute-taker spoke; the other member absent with reason.
    const march = await buildMeeting(db, c.cell.id, {
      status: 'in_progress',
      heldOn: '2024-03-10',
      minuteTakerId: takerId,
      present: [secretaryId, deputyId, takerId, memberId],
    });
    let url = `/api/meetings/${march.id}`;
    await ok(c.taker.put(`${url}/attendance/${otherId}`, { state: 'absent_excused', reason: 'Nghỉ phép' }));
    for (const speaker of [c.member, c.taker]) {
      const view = await ok(speaker.post(`${url}/speeches`, {}));
      await ok(c.secretary.put(`${url}/speeches/${view.speeches.at(-1)?.id}`, { status: 'done' }));
    }
    // A request withdrawn is no speech.
    const withdrawn = await ok(c.deputy.post(`${url}/speeches`, {}));
    await ok(c.deputy.put(`${url}/speeches/${withdrawn.speeches.at(-1)?.id}`, { status: 'withdrawn' }));
    await ok(
      c.secretary.put(`${url}/conclusion`, { conclusion: 'Tăng cường công tác phòng cháy chữa cháy.' }),
    );
    await ok(c.secretary.post(`${url}/end`));
    await ok(c.taker.post(`${url}/minutes/draft`));

    // 20 September 2024, the Hồ Chí Minh topic: the member absent without reason; the other spoke.
    const september = await buildMeeting(db, c.cell.id, {
      status: 'in_progress',
      heldOn: '2024-09-20',
      startsAt: '08:00',
      topicId: hcm.id,
      minuteTakerId: takerId,
      present: [secretaryId, deputyId, takerId, otherId],
    });
    url = `/api/meetings/${september.id}`;
    await ok(c.taker.put(`${url}/attendance/${memberId}`, { state: 'absent_unexcused' }));
    const asked = await ok(other.post(`${url}/speeches`, {}));
    await ok(c.secretary.put(`${url}/speeches/${asked.speeches[0]?.id}`, { status: 'done' }));
    await ok(c.secretary.post(`${url}/end`));

    // 15 January 2025: everyone present, the member spoke.
    const january = await buildMeeting(db, c.cell.id, {
      status: 'in_progress',
      heldOn: '2025-01-15',
      present: [secretaryId, deputyId, takerId, memberId, otherId],
      speechBy: memberId,
    });
    await ok(c.secretary.put(`/api/meetings/${january.id}/speeches/${january.speechId}`, { status: 'done' }));
    await ok(c.secretary.post(`/api/meetings/${january.id}/end`));

    // 1 November 2024: noticed, never held.
    const november = await buildMeeting(db, c.cell.id, { heldOn: '2024-11-01', notice: true });
    return { ...c, march, september, january, november };
  }

  it('lists the cell’s meetings newest first, filters by year, finds words of the minutes and of the topic title', async () => {
    const c = await bookCell();
    const url = `/api/orgs/${c.cell.id}/meetings`;
    const book = await ok<MinuteBook>(c.member.get(url));
    expect(book.cellId).toBe(c.cell.id);
    expect(book.canSchedule).toBe(false);
    expect(book.meetings.map((m) => [m.id, m.heldOn])).toEqual([
      [c.january.id, '2025-01-15'],
      [c.november.id, '2024-11-01'],
      [c.september.id, '2024-09-20'],
      [c.march.id, '2024-03-10'],
    ]);
    const sept = book.meetings.find((m) => m.id === c.september.id);
    expect(sept).toMatchObject({
      status: 'ended',
      startsAt: '08:00',
      hoChiMinhStudy: true,
      topicTitle: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về tự phê bình',
      minutesLocked: false,
    });
    expect(book.meetings.filter((m) => m.hoChiMinhStudy).map((m) => m.id)).toEqual([c.september.id]);
    expect(book.meetings.find((m) => m.id === c.november.id)?.status).toBe('scheduled');

    const ids = async (query: string) =>
      (await ok<MinuteBook>(c.member.get(`${url}?${query}`))).meetings.map((m) => m.id);
    expect(await ids('year=2024')).toEqual([c.november.id, c.september.id, c.march.id]);
    expect(await ids('year=2025')).toEqual([c.january.id]);
    expect(await ids('year=2023')).toEqual([]);
    // Words of the minutes text (the conclusion went into the drafted minutes) and of the topic title.
    expect(await ids(`q=${encodeURIComponent('phòng cháy')}`)).toEqual([c.march.id]);
    expect(await ids(`q=${encodeURIComponent('phong cách Hồ Chí Minh')}`)).toEqual([c.september.id]);
    expect(await ids(`q=${encodeURIComponent('Phòng Cháy')}`)).toEqual([c.march.id]);
    expect(await ids(`q=${encodeURIComponent('hồ chí minh')}&year=2024`)).toEqual([c.september.id]);
    expect(await ids(`q=${encodeURIComponent('hồ chí minh')}&year=2025`)).toEqual([]);
    // Without tones, and words apart from one another, as people type on a phone.
    expect(await ids('q=phong+chay')).toEqual([c.march.id]);
    expect(await ids(`q=${encodeURIComponent('tự phê bình Hồ Chí Minh')}`)).toEqual([c.september.id]);
    expect(await ids(`q=${encodeURIComponent('tàu ngầm hạt nhân')}`)).toEqual([]);
    // Each word of the query starts a word of the text: "ong" is inside "phòng" but starts no word.
    expect(await ids('q=ong')).toEqual([]);
    expect(await ids(`q=${encodeURIComponent('phòng, cháy!')}`)).toEqual([c.march.id]);

    // The secretary may schedule from the book; the committee above reads it; a foreign user does not see it.
    expect((await ok<MinuteBook>(c.secretary.get(url))).canSchedule).toBe(true);
    const officers = await ok<MinuteBook>(c.officer.get(url));
    expect(officers.canSchedule).toBe(false);
    expect(officers.meetings).toHaveLength(4);
    expect((await refused(c.foreign.get(url))).status).toBe(404);
  });

  it('counts, per member over the year’s ended meetings, the meetings, presence, absences and speeches', async () => {
    const c = await bookCell();
    const stats = await ok<Stats>(c.secretary.get(`/api/orgs/${c.cell.id}/meeting-stats?year=2024`));
    expect(stats.year).toBe(2024);
    const of = (id: string) => {
      const {
        personId: _,
        name: __,
        ...counts
      } = stats.members.find((m) => m.personId === id) ?? {
        personId: '',
        name: '',
      };
      return counts;
    };
    expect(stats.members).toHaveLength(5);
    expect(of(c.ids.memberId)).toEqual({
      meetings: 2,
      present: 1,
      absentExcused: 0,
      absentUnexcused: 1,
      spoke: 1,
    });
    expect(of(c.ids.otherId)).toEqual({
      meetings: 2,
      present: 1,
      absentExcused: 1,
      absentUnexcused: 0,
      spoke: 1,
    });
    expect(of(c.ids.takerId)).toEqual({
      meetings: 2,
      present: 2,
      absentExcused: 0,
      absentUnexcused: 0,
      spoke: 1,
    });
    expect(of(c.ids.deputyId)).toEqual({
      meetings: 2,
      present: 2,
      absentExcused: 0,
      absentUnexcused: 0,
      spoke: 0,
    });
    expect(of(c.ids.secretaryId)).toEqual({
      meetings: 2,
      present: 2,
      absentExcused: 0,
      absentUnexcused: 0,
      spoke: 0,
    });

    const next = await ok<Stats>(c.officer.get(`/api/orgs/${c.cell.id}/meeting-stats?year=2025`));
    expect(next.members.find((m) => m.personId === c.ids.memberId)).toMatchObject({
      meetings: 1,
      present: 1,
      spoke: 1,
    });
    expect((await ok<Stats>(c.member.get(`/api/orgs/${c.cell.id}/meeting-stats?year=2023`))).members).toEqual(
      [],
    );
    expect((await refused(c.foreign.get(`/api/orgs/${c.cell.id}/meeting-stats?year=2024`))).status).toBe(404);
    expect((await refused(c.secretary.get(`/api/orgs/${c.cell.id}/meeting-stats`))).status).toBe(400);
  });
});
