import ical, { type VEvent } from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import { addDays, todayInVietnam } from '../../src/domain/dates/local-date.ts';
import type { App } from '../../src/server/app.ts';
import {
  buildMeeting,
  buildPreparation,
  buildUser,
  buildWorld,
  PASSWORD,
  type World,
} from '../fixtures/factories.ts';
import { ApiClient, buildApp, type ApiClient as Client, loggedIn } from '../support/api-client.ts';
import { createTestDatabase } from '../support/test-db.ts';

interface Feed {
  active: boolean;
  createdAt: string | null;
  path?: string;
  url?: string;
}

let database: Database;
let app: App;
let world: World;
let member: Client;
let secretary: Client;
let foreign: Client;
const anonymous = () => new ApiClient(app);

/** The local wall-clock date and time of an instant in Việt Nam. */
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
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
};

beforeAll(async () => {
  database = await createTestDatabase();
  app = buildApp(database);
  world = await buildWorld(database.db);
  member = await loggedIn(app, world.users.member, PASSWORD);
  secretary = await loggedIn(app, world.users.secretary, PASSWORD);
  foreign = await loggedIn(
    app,
    await buildUser(database.db, { personId: world.foreignCell.memberIds[0] ?? '' }),
    PASSWORD,
  );
});
afterAll(() => database.close());

describe('the private calendar feed', () => {
  it("lists the person's cell meetings with local times in Asia/Ho_Chi_Minh, place and topic; no session needed", async () => {
    const heldOn = addDays(todayInVietnam(), 9);
    const { topicId } = await buildPreparation(database.db, world.cell.id, { status: 'distributed' });
    const { id: meetingId } = await buildMeeting(database.db, world.cell.id, {
      topicId,
      heldOn,
      startsAt: '19:30',
      place: 'Phòng họp khoa Nội',
      notice: true,
    });
    await buildMeeting(database.db, world.foreignCell.id, {
      heldOn,
      startsAt: '08:00',
      place: 'Nhà văn hóa thôn',
    });

    expect((await member.get<Feed>('/api/me/calendar-feed')).body).toEqual({
      active: false,
      createdAt: null,
    });
    const created = await member.post<Feed>('/api/me/calendar-feed');
    expect(created.status).toBe(200);
    expect(created.body.path).toMatch(/^\/api\/calendar\/[A-Za-z0-9_-]{32}\.ics$/);
    expect((await member.get<Feed>('/api/me/calendar-feed')).body.active).toBe(true);

    const res = await anonymous().request<string>('GET', created.body.path ?? '');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const parsed = ical.sync.parseICS(res.body);
    const events = Object.values(parsed).filter((c): c is VEvent => c?.type === 'VEVENT');
    expect(events).toHaveLength(1);
    const event = events[0];
    if (!event) throw new Error('no event');
    expect(event.uid).toBe(`${meetingId}@chuyende`);
    expect(inVietnam(event.start)).toBe(`${heldOn} 19:30`);
    expect(event.start.tz).toBe('Asia/Ho_Chi_Minh');
    expect(event.end && event.end.getTime() > event.start.getTime()).toBe(true);
    expect(String(event.summary)).toBe('Sinh hoạt chuyên đề: Chuyên đề quý 1');
    expect(String(event.location)).toBe('Phòng họp khoa Nội');
    expect(String(event.description)).toMatch(/Chi bộ Khoa Nội\nThông báo Số \d{2}-TB\/CB/);
    expect(Object.values(parsed).some((c) => c?.type === 'VTIMEZONE')).toBe(true);
  });

  it('answers 404 to an unknown, malformed or revoked token — another user’s revoked one too', async () => {
    const created = await secretary.post<Feed>('/api/me/calendar-feed');
    const path = created.body.path ?? '';
    expect((await anonymous().get(path)).status).toBe(200);
    // A new address replaces the old one.
    const renewed = await secretary.post<Feed>('/api/me/calendar-feed');
    expect((await anonymous().get(path)).status).toBe(404);
    expect((await anonymous().get(renewed.body.path ?? '')).status).toBe(200);

    const revoked = await secretary.delete<Feed>('/api/me/calendar-feed');
    expect(revoked.body).toEqual({ active: false, createdAt: null });
    // Another user (signed in or not) holding the secretary's revoked address gets nothing.
    expect((await foreign.get(renewed.body.path ?? '')).status).toBe(404);
    expect((await anonymous().get(renewed.body.path ?? '')).status).toBe(404);
    expect((await anonymous().get('/api/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics')).status).toBe(404);
    expect((await anonymous().get('/api/calendar/not-a-token')).status).toBe(404);
  });

  it("shows a foreign cell's member only their own cell's meetings", async () => {
    const created = await foreign.post<Feed>('/api/me/calendar-feed');
    const res = await anonymous().request<string>('GET', created.body.path ?? '');
    const events = Object.values(ical.sync.parseICS(res.body)).filter(
      (c): c is VEvent => c?.type === 'VEVENT',
    );
    expect(events.map((e) => String(e.location))).toEqual(['Nhà văn hóa thôn']);
    expect(inVietnam((events[0] as VEvent).start).slice(-5)).toBe('08:00');
  });

  it('needs a session to create or revoke an address (401)', async () => {
    expect((await anonymous().post('/api/me/calendar-feed')).status).toBe(401);
    expect((await anonymous().get('/api/me/calendar-feed')).status).toBe(401);
  });
});
