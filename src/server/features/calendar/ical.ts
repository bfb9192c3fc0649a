import ical, { ICalEventStatus } from 'ical-generator';

/** Việt Nam keeps UTC+7 all year (no daylight saving since 1975): one fixed VTIMEZONE. */
export const TIMEZONE = 'Asia/Ho_Chi_Minh';
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TIMEZONE}`,
  'X-LIC-LOCATION:Asia/Ho_Chi_Minh',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0700',
  'TZOFFSETTO:+0700',
  'TZNAME:+07',
  'DTSTART:19700101T000000',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

export interface CalendarEntry {
  id: string;
  /** Local date and time in Việt Nam; no time for a meeting held on paper and entered later (a whole-day event). */
  date: string;
  /** "HH:MM"; empty for a meeting with no recorded time (held on paper): an all-day event. */
  time: string;
  minutes: number;
  summary: string;
  location: string;
  description: string;
  url?: string;
  cancelled: boolean;
  updatedAt: string;
}

/** A wall-clock time in Việt Nam as a Date whose UTC fields carry it (ical-generator writes them with TZID). */
function wallClock(date: string, time: string, plusMinutes = 0): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1, d, h, mi + plusMinutes));
}

/** An iCalendar feed (ical-generator), times in Asia/Ho_Chi_Minh with its VTIMEZONE. */
export function renderCalendar(name: string, entries: readonly CalendarEntry[]): string {
  const cal = ical({
    name,
    prodId: { company: 'Chuyên Đề', product: 'chuyen-de', language: 'VI' },
    ttl: 3600,
  });
  cal.x([{ key: 'X-WR-TIMEZONE', value: TIMEZONE }]);
  for (const e of entries) {
    const timed = /^\d{2}:\d{2}$/.test(e.time);
    cal.createEvent({
      id: `${e.id}@chuyende`,
      start: wallClock(e.date, timed ? e.time : '00:00'),
      end: timed ? wallClock(e.date, e.time, e.minutes) : wallClock(e.date, '00:00', 24 * 60),
      allDay: !timed,
      timezone: timed ? TIMEZONE : null,
      summary: e.summary,
      location: e.location,
      description: e.description,
      url: e.url ?? null,
      status: e.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      stamp: new Date(e.updatedAt),
      lastModified: new Date(e.updatedAt),
    });
  }
  const text = cal.toString();
  // The VTIMEZONE goes before the first component that uses it.
  const at = text.indexOf('BEGIN:VEVENT');
  const end = text.lastIndexOf('END:VCALENDAR');
  const cut = at >= 0 ? at : end;
  return `${text.slice(0, cut)}${VTIMEZONE}\r\n${text.slice(cut)}`;
}
