import { isLocalDate, type LocalDate } from './local-date.ts';

/**
 * Dates typed by hand in a form, the Vietnamese way: "dd/mm/yyyy" (Vietnamese usage, and the house rule
 * "dates shown to users as dd/mm/yyyy"), whatever the browser's locale; the API still takes ISO
 * 'YYYY-MM-DD'. Day and month may be typed with one digit ("5/3/2026"); an ISO date pasted in is accepted.
 */
export type TypedDate = { ok: true; date: LocalDate } | { ok: false; issue: 'FORMAT' | 'NO_SUCH_DAY' };

export function parseTypedDate(text: string): TypedDate {
  const trimmed = text.trim();
  if (isLocalDate(trimmed)) return { ok: true, date: trimmed };
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  if (!match) return { ok: false, issue: 'FORMAT' };
  const [, d, m, y] = match as unknown as [string, string, string, string];
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isLocalDate(iso) ? { ok: true, date: iso } : { ok: false, issue: 'NO_SUCH_DAY' };
}

/** 'YYYY-MM-DD' shown as "dd/mm/yyyy"; anything else is returned as it is. */
export function formatTypedDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : value;
}

/**
 * What the field shows while the user types: the slashes come in as digits are typed ("150" → "15/0",
 * "15032026" → "15/03/2026"), a slash typed by hand ends the day or the month early ("5/3/2026"), and
 * anything but digits and separators is dropped.
 */
export function maskTypedDate(text: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text.trim())) return formatTypedDate(text.trim());
  const parts = text
    .replace(/[.-]/g, '/')
    .replace(/[^\d/]/g, '')
    .split('/');
  let day = parts[0] ?? '';
  let month = parts[1] ?? '';
  let year = parts.slice(2).join('');
  let afterDay = parts.length > 1;
  let afterMonth = parts.length > 2;
  if (day.length > 2) {
    month = day.slice(2) + month;
    day = day.slice(0, 2);
    afterDay = true;
  }
  if (month.length > 2) {
    year = month.slice(2) + year;
    month = month.slice(0, 2);
    afterMonth = true;
  }
  return `${day}${afterDay ? `/${month}` : ''}${afterMonth ? `/${year.slice(0, 4)}` : ''}`;
}
