import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { newId, nowIso } from '#db/ids.ts';
import type { DB } from '#db/schema.ts';
import { documentNumber } from '#documents/party-document.ts';
import type { Actor } from '#domain/authz/policy.ts';
import { addDays, todayInVietnam } from '#domain/dates/local-date.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { AppError } from '../../http/app-error.ts';
import { mailSettings } from '../../notifications/mail-settings.ts';
import { calendarMeetings, getMeeting, invitedCalendarMeetings } from '../meetings/index.ts';
import { type CalendarEntry, renderCalendar } from './ical.ts';
import * as store from './store.ts';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');
/** The path of a feed, relative to the site. */
export const feedPath = (token: string) => `/api/calendar/${token}.ics`;

export async function getCalendarFeed(db: Kysely<DB>, actor: Actor) {
  const row = await store.liveToken(db, actor.userId);
  return { active: row !== undefined, createdAt: row?.created_at ?? null };
}

/**
 * A new private feed address: any earlier one stops working. The token is shown once, in this answer; the
 * database keeps only its SHA-256 (as for sessions).
 */
export async function createCalendarFeed(db: Kysely<DB>, actor: Actor) {
  if (!actor.personId) throw new AppError('CALENDAR_NO_PERSON');
  const token = randomBytes(24).toString('base64url');
  const now = nowIso();
  await db.transaction().execute(async (trx) => {
    await store.revokeTokens(trx, actor.userId, now);
    const id = newId();
    await store.insertToken(trx, {
      id,
      user_id: actor.userId,
      token_hash: hash(token),
      created_at: now,
      revoked_at: null,
    });
    await recordAudit(trx, actor, {
      action: 'calendar.create',
      entityType: 'calendar_token',
      entityId: id,
      unitId: null,
    });
  });
  const path = feedPath(token);
  return { active: true, createdAt: now, path, url: `${mailSettings().appUrl.replace(/\/$/, '')}${path}` };
}

export async function revokeCalendarFeed(db: Kysely<DB>, actor: Actor) {
  await db.transaction().execute(async (trx) => {
    const revoked = await store.revokeTokens(trx, actor.userId, nowIso());
    if (revoked > 0)
      await recordAudit(trx, actor, {
        action: 'calendar.revoke',
        entityType: 'calendar_token',
        entityId: actor.userId,
        unitId: null,
      });
  });
  return { active: false, createdAt: null };
}

const WORDS = {
  vi: {
    calendar: 'Lịch sinh hoạt chi bộ',
    thematic: 'Sinh hoạt chuyên đề',
    model: 'Sinh hoạt chuyên đề mẫu',
    regular: 'Sinh hoạt chi bộ thường kỳ',
    cancelled: '[Đã hủy] ',
    notice: 'Thông báo',
  },
  en: {
    calendar: 'Cell meetings',
    thematic: 'Thematic meeting',
    model: 'Model thematic meeting',
    regular: 'Regular cell meeting',
    cancelled: '[Cancelled] ',
    notice: 'Notice',
  },
} as const;

/**
 * The feed of a token: the meetings of the owner's cells from 90 days ago on. Unknown or revoked token →
 * NOT_FOUND, the same answer either way.
 */
export async function calendarFeed(db: Kysely<DB>, token: string): Promise<string> {
  const owner = await store.ownerOfToken(db, hash(token));
  if (!owner?.person_id) throw new AppError('NOT_FOUND');
  const today = todayInVietnam();
  const cells = await store.cellsOfPerson(db, owner.person_id, today);
  const [own, invited] = await Promise.all([
    calendarMeetings(db, cells, addDays(today, -90)),
    // Seed 001: the model meetings of other cells its secretary is invited to ("sinh hoạt chuyên đề mẫu").
    invitedCalendarMeetings(db, owner.person_id, today, addDays(today, -90)),
  ]);
  const guestOf = invited.filter((m) => !own.some((o) => o.id === m.id));
  const w = WORDS[owner.locale === 'en' ? 'en' : 'vi'];
  const base = mailSettings().appUrl.replace(/\/$/, '');
  const entries = [
    ...own.map((m) => meetingEntry(m, w, base)),
    ...guestOf.map((m) => meetingEntry(m, w, base, true)),
  ].sort((a, b) => `${a.date}${a.time}`.localeCompare(`${b.date}${b.time}`));
  return renderCalendar(w.calendar, entries);
}

type Words = (typeof WORDS)[keyof typeof WORDS];
type CalendarMeeting = Awaited<ReturnType<typeof calendarMeetings>>[number];

/** One meeting as a calendar event: the one way a meeting is written, for the feeds and the notice's .ics. */
function meetingEntry(m: CalendarMeeting, w: Words, base: string, invited = false): CalendarEntry {
  const thematic = invited ? w.model : w.thematic;
  const title = m.kind !== 'regular' ? `${thematic}${m.topic_title ? `: ${m.topic_title}` : ''}` : w.regular;
  const notice =
    m.notice_number !== null ? `${w.notice} ${documentNumber(m.notice_number, 'TB', m.cell_kind)}` : null;
  return {
    id: m.id,
    date: m.held_on,
    time: m.starts_at,
    minutes: m.planned_minutes && m.planned_minutes > 0 ? m.planned_minutes : 120,
    summary: `${m.status === 'cancelled' ? w.cancelled : ''}${title}`,
    location: m.place,
    description: [m.cell_name, notice].filter(Boolean).join('\n'),
    // An invited secretary opens the model meeting's invitation, not the host cell's record.
    url: `${base}/${invited ? 'model-meetings' : 'meetings'}/${m.id}`,
    cancelled: m.status === 'cancelled',
    updatedAt: m.updated_at,
  };
}

/**
 * The notice of a meeting as one calendar event (issue 14: "every notice also offers an .ics download"):
 * whoever may read the notice document may take it; before the notice is sent there is nothing to take.
 */
export async function noticeCalendar(db: Kysely<DB>, actor: Actor, meetingId: string) {
  const m = await getMeeting(db, actor, meetingId);
  if (!m.noticeSentAt) throw new AppError('MEETING_NOTICE_NOT_SENT');
  const row = (await calendarMeetings(db, [m.cellId], m.heldOn)).find((r) => r.id === meetingId);
  if (!row) throw new AppError('NOT_FOUND');
  const w = WORDS.vi;
  const base = mailSettings().appUrl.replace(/\/$/, '');
  const entry = meetingEntry(row, w, base);
  return {
    body: renderCalendar(w.calendar, [entry]),
    fileName: `thong-bao-${row.notice_number ?? ''}-${row.held_on}.ics`,
  };
}
