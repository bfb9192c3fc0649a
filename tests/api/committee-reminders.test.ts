/**
 * A committee's reminder to lagging cells (issue 14), and the notice's .ics download.
 */
import ical, { type VEvent } from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import { newId } from '../../src/db/ids.ts';
import { addDays, todayInVietnam } from '../../src/domain/dates/local-date.ts';
import type { App } from '../../src/server/app.ts';
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
import { overviewOf } from '../support/overview.ts';
import { createTestDatabase } from '../support/test-db.ts';

let database: Database;
let app: App;
let world: World;
let officer: ApiClient;
let secretary: ApiClient;
let member: ApiClient;
let siblingOfficer: ApiClient;
let rootOfficer: ApiClient;

beforeAll(async () => {
  database = await createTestDatabase();
  app = buildApp(database);
  world = await buildWorld(database.db);
  officer = await loggedIn(app, world.users.officer, PASSWORD);
  secretary = await loggedIn(app, world.users.secretary, PASSWORD);
  member = await loggedIn(app, world.users.member, PASSWORD);
  // An officer of another committee under the same root: the cells of this one are not theirs to see.
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
  const rootOfficerId = await buildPerson(database.db, { unitId: world.root.id, status: 'staff' });
  await giveRole(database.db, world.root.id, rootOfficerId, 'officer');
  rootOfficer = await loggedIn(app, await buildUser(database.db, { personId: rootOfficerId }), PASSWORD);
});
afterAll(() => database.close());

const url = () => `/api/committees/${world.sub.id}/reminders`;
const message = 'Đề nghị chi bộ hoàn thành dự thảo lần 1 chuyên đề quý 1 trước ngày 25.';

describe("a committee's reminder", () => {
  it('is recorded, audited, told to each cell’s secretary and deputy, and shown on the overview', async () => {
    const res = await officer.post<{ sent: number; sentAt: string }>(url(), {
      cellIds: [world.cell.id, world.sibling.id],
      message,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.sent).toBe(2);

    const rows = await database.db
      .selectFrom('committee_reminder')
      .selectAll()
      .where('committee_id', '=', world.sub.id)
      .execute();
    expect(rows.map((r) => r.cell_id).sort()).toEqual([world.cell.id, world.sibling.id].sort());
    expect(rows.every((r) => r.sent_by === world.people.officerId && r.message === message)).toBe(true);
    const audits = await database.db
      .selectFrom('audit_log')
      .select('unit_id')
      .where('action', '=', 'committee.remind')
      .execute();
    expect(audits.map((a) => a.unit_id).sort()).toEqual([world.cell.id, world.sibling.id].sort());

    const told = await database.db
      .selectFrom('notification')
      .select(['person_id', 'unit_id', 'params_json', 'link'])
      .where('kind', '=', 'committee_reminder')
      .where('unit_id', '=', world.cell.id)
      .execute();
    expect(told.map((n) => n.person_id).sort()).toEqual(
      [world.people.secretaryId, world.people.deputyId].sort(),
    );
    expect(JSON.parse(told[0]?.params_json ?? '{}')).toMatchObject({ message });
    expect(told[0]?.link).toBe(`/units/${world.cell.id}?tab=plans`);
    // The secretary's bell shows it.
    const bell = await secretary.get<{ items: { kind: string; params: { message?: string } }[] }>(
      '/api/notifications',
    );
    expect(bell.body.items.some((i) => i.kind === 'committee_reminder' && i.params.message === message)).toBe(
      true,
    );
    // A plain member of the cell is not told.
    const memberBell = await member.get<{ items: { kind: string }[] }>('/api/notifications');
    expect(memberBell.body.items.some((i) => i.kind === 'committee_reminder')).toBe(false);

    const overview = await overviewOf(officer, `/api/orgs/${world.sub.id}/plans?year=2026`);
    expect(overview.body.permissions.remindCells).toBe(true);
    const cell = overview.body.cells.find((c) => c.cellId === world.cell.id);
    expect(cell?.lastReminder).toEqual({ sentAt: res.body.sentAt, sentByName: 'Trần Thị Cán Bộ', message });
  });

  it('is for the officers of that committee only: a cell member 403, a sibling committee’s officer 404', async () => {
    const body = { cellIds: [world.cell.id], message };
    const refused = await secretary.post<ErrorBody>(url(), body);
    expect(refused.status).toBe(403);
    expect((await member.post(url(), body)).status).toBe(403);
    expect((await siblingOfficer.post(url(), body)).status).toBe(404);
    // An officer of the committee above reminds from their own committee's overview, not this one's.
    expect((await rootOfficer.post(url(), body)).status).toBe(403);
    const secretaryView = await overviewOf(secretary, `/api/orgs/${world.cell.id}/plans?year=2026`);
    expect(secretaryView.body.permissions.remindCells).toBe(false);
  });

  it('knows no cell outside the committee (404) and writes nothing then', async () => {
    const before = await database.db.selectFrom('committee_reminder').select('id').execute();
    const res = await officer.post<ErrorBody>(url(), {
      cellIds: [world.cell.id, world.foreignCell.id],
      message,
    });
    expect(res.status).toBe(404);
    expect(
      (
        await officer.post(`/api/committees/${world.cell.id}/reminders`, {
          cellIds: [world.cell.id],
          message,
        })
      ).status,
    ).toBe(404);
    expect(await database.db.selectFrom('committee_reminder').select('id').execute()).toHaveLength(
      before.length,
    );
  });

  it('asks for a message of 1–1000 characters and at least one cell (400, in Vietnamese)', async () => {
    for (const body of [
      { cellIds: [world.cell.id], message: '' },
      { cellIds: [world.cell.id], message: 'x'.repeat(1001) },
      { cellIds: [], message },
    ]) {
      const res = await officer.post<ErrorBody>(url(), body);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
      expect(Object.keys(res.body.error.fields ?? {}).length).toBe(1);
    }
  });
});

interface Reminders {
  year: number;
  items: {
    id: string;
    committee: { id: string; name: string };
    cell: { id: string; name: string };
    message: string;
    sentAt: string;
    sentByName: string | null;
  }[];
}

describe('the reminders of a year, on each side (GET /orgs/{id}/committee-reminders)', () => {
  // A year of its own, far from the reminders sent above; one reminder just before and one just after
  // midnight of 1 January in Việt Nam (UTC+7), one from the committee above, one to the other cell.
  const YEAR = 2031;
  const ids = { lastOfYearBefore: '', newYear: '', fromRoot: '', toSibling: '' };
  const reminders = (client: ApiClient, unitId: string, year = YEAR) =>
    client.get<Reminders>(`/api/orgs/${unitId}/committee-reminders?year=${year}`);

  beforeAll(async () => {
    const row = (committeeId: string, cellId: string, sentAt: string, sentBy: string | null) => {
      const id = newId();
      return {
        id,
        committee_id: committeeId,
        cell_id: cellId,
        message: `Nhắc nhở lúc ${sentAt}`,
        sent_by: sentBy,
        sent_at: sentAt,
      };
    };
    const rows = [
      row(world.sub.id, world.cell.id, '2030-12-31T16:30:00.000Z', world.people.officerId),
      row(world.sub.id, world.cell.id, '2030-12-31T17:30:00.000Z', world.people.officerId),
      row(world.root.id, world.cell.id, '2031-06-01T03:00:00.000Z', null),
      row(world.sub.id, world.sibling.id, '2031-03-02T02:00:00.000Z', world.people.officerId),
    ];
    await database.db.insertInto('committee_reminder').values(rows).execute();
    [ids.lastOfYearBefore, ids.newYear, ids.fromRoot, ids.toSibling] = rows.map((r) => r.id) as [
      string,
      string,
      string,
      string,
    ];
  });

  it('shows a cell what every committee above sent it in the year, newest first, with who and when', async () => {
    const res = await member.get<Reminders>(`/api/orgs/${world.cell.id}/committee-reminders?year=${YEAR}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.year).toBe(YEAR);
    expect(res.body.items).toEqual([
      {
        id: ids.fromRoot,
        committee: { id: world.root.id, name: 'Đảng ủy phường Thử Nghiệm' },
        cell: { id: world.cell.id, name: 'Chi bộ Khoa Nội' },
        message: 'Nhắc nhở lúc 2031-06-01T03:00:00.000Z',
        sentAt: '2031-06-01T03:00:00.000Z',
        sentByName: null,
      },
      {
        id: ids.newYear,
        committee: { id: world.sub.id, name: 'Đảng ủy Bệnh viện Thử Nghiệm' },
        cell: { id: world.cell.id, name: 'Chi bộ Khoa Nội' },
        message: 'Nhắc nhở lúc 2030-12-31T17:30:00.000Z',
        sentAt: '2030-12-31T17:30:00.000Z',
        sentByName: 'Trần Thị Cán Bộ',
      },
    ]);
    // 23:30 on 31 December in Việt Nam belongs to the year before.
    const before = await reminders(secretary, world.cell.id, YEAR - 1);
    expect(before.body.items.map((i) => i.id)).toEqual([ids.lastOfYearBefore]);
    // The committees above read the cell's list too.
    expect((await reminders(rootOfficer, world.cell.id)).body.items).toHaveLength(2);
    expect((await reminders(officer, world.cell.id)).body.items).toHaveLength(2);
  });

  it('shows a committee what it sent, to all its cells, and not what the committee above sent', async () => {
    const sent = await reminders(officer, world.sub.id);
    expect(sent.status).toBe(200);
    expect(sent.body.items.map((i) => [i.id, i.cell.name])).toEqual([
      [ids.toSibling, 'Chi bộ Khoa Ngoại'],
      [ids.newYear, 'Chi bộ Khoa Nội'],
    ]);
    const fromRoot = await reminders(rootOfficer, world.root.id);
    expect(fromRoot.body.items.map((i) => i.id)).toEqual([ids.fromRoot]);
    // The other cell sees only its own.
    const siblingUser = await loggedIn(
      app,
      await buildUser(database.db, { personId: world.sibling.memberIds[0] ?? '' }),
      PASSWORD,
    );
    expect((await reminders(siblingUser, world.sibling.id)).body.items.map((i) => i.id)).toEqual([
      ids.toSibling,
    ]);
    expect((await reminders(siblingUser, world.cell.id)).status).toBe(404);
  });

  it('is not for a sibling committee nor for a cell looking up at its committee (404)', async () => {
    expect((await reminders(siblingOfficer, world.cell.id)).status).toBe(404);
    expect((await reminders(siblingOfficer, world.sub.id)).status).toBe(404);
    expect((await reminders(secretary, world.sub.id)).status).toBe(404);
    expect((await reminders(member, world.foreignCell.id)).status).toBe(404);
    expect((await reminders(officer, newId())).status).toBe(404);
  });

  it('asks for a year 2000–2100 (400 with a field message)', async () => {
    for (const query of ['', '?year=1999', '?year=nam-nay']) {
      const res = await member.get<ErrorBody>(`/api/orgs/${world.cell.id}/committee-reminders${query}`);
      expect(res.status, query).toBe(400);
      expect(Object.keys(res.body.error.fields ?? {})).toEqual(['year']);
      expect(res.body.error.fields?.year).toMatch(/\p{L}/u);
    }
  });
});

const inVietnam = (d: Date) => {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(d);
  const part = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
};

describe("the notice's .ics", () => {
  it('is one VEVENT at the local time, with the place, the topic and the notice’s number', async () => {
    const heldOn = addDays(todayInVietnam(), 5);
    const m = await buildMeeting(database.db, world.cell.id, {
      heldOn,
      startsAt: '07:30',
      place: 'Phòng giao ban khoa Nội',
      notice: true,
    });
    const res = await member.request<string>('GET', `/api/meetings/${m.id}/notice.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="thong-bao-\d+-/);
    const events = Object.values(ical.sync.parseICS(res.body)).filter(
      (c): c is VEvent => c?.type === 'VEVENT',
    );
    expect(events).toHaveLength(1);
    const event = events[0];
    if (!event) throw new Error('no event');
    expect(inVietnam(event.start)).toBe(`${heldOn} 07:30`);
    expect(event.start.tz).toBe('Asia/Ho_Chi_Minh');
    expect(String(event.location)).toBe('Phòng giao ban khoa Nội');
    expect(String(event.summary)).toMatch(/^Sinh hoạt chuyên đề: /);
    expect(String(event.description)).toMatch(/Thông báo Số \d{2}-TB\/CB/);
  });

  it('exists once the notice is sent (409 before), for those who may read it', async () => {
    const m = await buildMeeting(database.db, world.cell.id, { notice: false });
    const before = await secretary.get<ErrorBody>(`/api/meetings/${m.id}/notice.ics`);
    expect(before.status).toBe(409);
    expect(before.body.error.code).toBe('MEETING_NOTICE_NOT_SENT');
    const foreignUser = await loggedIn(
      app,
      await buildUser(database.db, { personId: world.foreignCell.memberIds[0] ?? '' }),
      PASSWORD,
    );
    const sent = await buildMeeting(database.db, world.cell.id, { notice: true });
    expect((await foreignUser.get(`/api/meetings/${sent.id}/notice.ics`)).status).toBe(404);
  });
});
