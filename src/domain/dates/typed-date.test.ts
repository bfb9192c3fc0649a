import { describe, expect, it } from 'vitest';
import { formatTypedDate, maskTypedDate, parseTypedDate } from './typed-date.ts';

describe('dates typed as dd/mm/yyyy (Vietnamese usage), sent as ISO', () => {
  it('reads day first, whatever the browser locale', () => {
    expect(parseTypedDate('15/03/2026')).toEqual({ ok: true, date: '2026-03-15' });
    expect(parseTypedDate('05/12/2026')).toEqual({ ok: true, date: '2026-12-05' });
    expect(parseTypedDate(' 5/3/2026 ')).toEqual({ ok: true, date: '2026-03-05' });
    expect(parseTypedDate('2026-03-15')).toEqual({ ok: true, date: '2026-03-15' });
  });

  it('refuses a day that does not exist and text that is no date', () => {
    expect(parseTypedDate('31/02/2026')).toEqual({ ok: false, issue: 'NO_SUCH_DAY' });
    expect(parseTypedDate('12/13/2026')).toEqual({ ok: false, issue: 'NO_SUCH_DAY' });
    expect(parseTypedDate('29/02/2025')).toEqual({ ok: false, issue: 'NO_SUCH_DAY' });
    expect(parseTypedDate('29/02/2024')).toEqual({ ok: true, date: '2024-02-29' });
    expect(parseTypedDate('15/03/26')).toEqual({ ok: false, issue: 'FORMAT' });
    expect(parseTypedDate('hôm nay')).toEqual({ ok: false, issue: 'FORMAT' });
    expect(parseTypedDate('')).toEqual({ ok: false, issue: 'FORMAT' });
  });

  it('shows an ISO date as dd/mm/yyyy', () => {
    expect(formatTypedDate('2026-03-15')).toBe('15/03/2026');
    expect(formatTypedDate('')).toBe('');
    expect(formatTypedDate('31/02/2026')).toBe('31/02/2026');
  });

  it('puts the slashes in as digits are typed, and keeps slashes typed by hand', () => {
    expect(maskTypedDate('1')).toBe('1');
    expect(maskTypedDate('15')).toBe('15');
    expect(maskTypedDate('150')).toBe('15/0');
    expect(maskTypedDate('1503')).toBe('15/03');
    expect(maskTypedDate('15032026')).toBe('15/03/2026');
    expect(maskTypedDate('150320261')).toBe('15/03/2026');
    expect(maskTypedDate('5/3/2026')).toBe('5/3/2026');
    expect(maskTypedDate('15.03.2026')).toBe('15/03/2026');
    expect(maskTypedDate('15/0a')).toBe('15/0');
    expect(maskTypedDate('2026-03-15')).toBe('15/03/2026');
    // Typed one key at a time, after the field put its slashes in.
    expect(maskTypedDate('15/03')).toBe('15/03');
    expect(maskTypedDate('15/032')).toBe('15/03/2');
    expect(maskTypedDate('15/03/20261')).toBe('15/03/2026');
    // Deleting goes back through the same states.
    expect(maskTypedDate('15/03/')).toBe('15/03/');
    expect(maskTypedDate('15/')).toBe('15/');
    expect(maskTypedDate('')).toBe('');
  });
});
