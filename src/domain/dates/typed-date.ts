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
 * What the field shows while the user types: digits typed without separators get their slashes
 * ("15032026" → "15/03/2026", "150" → "15/0"); text with slashes is kept as typed (digits and slashes only).
 */
export function maskTypedDate(text: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text.trim())) return formatTypedDate(text.trim());
  if (/[/.-]/.test(text))
    return text
      .replace(/[.-]/g, '/')
      .replace(/[^\d/]/g, '')
      .slice(0, 10);
  const digits = text.replace(/\D/g, '').slice(0, 8);
  if (digits.length <= 2) return digits;
  if (digits.length <= 4) return `${digits.slice(0, 2)}/${digits.slice(2)}`;
  return `${digits.slice(0, 2)}/${digits.slice(2, 4)}/${digits.slice(4)}`;
}
