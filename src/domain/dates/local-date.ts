/** Local calendar dates are 'YYYY-MM-DD' strings (Asia/Ho_Chi_Minh), kept apart from UTC instants. */
export type LocalDate = string;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLocalDate(value: string): boolean {
  const m = LOCAL_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const VIETNAM_OFFSET_MS = 7 * 3600_000;
const DAY_MS = 86_400_000;
/** The last day worked out (days since 1970 in Việt Nam) and its text: most calls ask about the same day. */
let lastDay = Number.NaN;
let lastDayText = '';

/** Today in Việt Nam (UTC+7, no daylight saving). */
export function todayInVietnam(now: Date = new Date()): LocalDate {
  const local = now.getTime() + VIETNAM_OFFSET_MS;
  const day = Math.floor(local / DAY_MS);
  // *practice* (issue 20 "Per-request cost"): formatting a date cost more than the rest of this.
  if (day !== lastDay) {
    lastDayText = new Date(local).toISOString().slice(0, 10);
    lastDay = day;
  }
  return lastDayText;
}

/**
 * The day in Việt Nam of a stored instant (`nowIso()`: `YYYY-MM-DDTHH:MM:SS.sssZ`, UTC). Before 17:00 UTC it is
 * the instant's own UTC date, read from the text without parsing a date (*practice*, issue 20: the plan page
 * asked this of every preparation date); otherwise, or for any other form, `todayInVietnam(new Date(instant))`.
 */
export function dayInVietnamOf(instant: string): LocalDate {
  if (INSTANT_UTC.test(instant) && Number(instant.slice(11, 13)) < 17 && isLocalDate(instant.slice(0, 10)))
    return instant.slice(0, 10);
  return todayInVietnam(new Date(instant));
}

const INSTANT_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

export function addMonths(date: LocalDate, months: number): LocalDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * A year in Việt Nam as UTC instants (ISO strings as the database keeps them): from its first moment,
 * 1 January 00:00 UTC+7, included, to the next year's first moment, excluded.
 */
export function vietnamYearInstants(year: number): { from: string; to: string } {
  const start = (y: number) => new Date(Date.UTC(y, 0, 1) - 7 * 3600_000).toISOString();
  return { from: start(year), to: start(year + 1) };
}

/**
 * The instant (ISO, as the database keeps timestamps) at which a day in Việt Nam ends: a timestamp falls on that
 * day or before it exactly when it is earlier. Lets SQL compare stored instants with Việt Nam days.
 */
export function vietnamDayEnd(day: LocalDate): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 17 * 3600_000).toISOString();
}
