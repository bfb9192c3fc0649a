import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  dayInVietnamOf,
  isLocalDate,
  todayInVietnam,
  vietnamYearInstants,
} from './local-date.ts';

describe('isLocalDate', () => {
  it('accepts an ordinary date', () => {
    expect(isLocalDate('2018-07-06')).toBe(true);
  });

  it('accepts 29 February in a leap year', () => {
    expect(isLocalDate('2024-02-29')).toBe(true);
  });

  it('rejects 29 February in a common year', () => {
    expect(isLocalDate('2026-02-29')).toBe(false);
  });

  it('rejects 30 February', () => {
    expect(isLocalDate('2026-02-30')).toBe(false);
  });

  it('rejects 31 April', () => {
    expect(isLocalDate('2026-04-31')).toBe(false);
  });

  it('rejects month 13 and month 00', () => {
    expect(isLocalDate('2026-13-01')).toBe(false);
    expect(isLocalDate('2026-00-10')).toBe(false);
  });

  it('rejects day 00', () => {
    expect(isLocalDate('2026-01-00')).toBe(false);
  });

  it('rejects the Vietnamese display form', () => {
    expect(isLocalDate('06/07/2018')).toBe(false);
  });

  it('rejects dates without zero padding', () => {
    expect(isLocalDate('2018-7-6')).toBe(false);
  });

  it('rejects a full timestamp', () => {
    expect(isLocalDate('2018-07-06T00:00:00Z')).toBe(false);
  });

  it('rejects an empty string', () => {
    expect(isLocalDate('')).toBe(false);
  });
});

describe('todayInVietnam', () => {
  it('is still the same day at 16:59:59.999 UTC', () => {
    expect(todayInVietnam(new Date('2026-01-14T16:59:59.999Z'))).toBe('2026-01-14');
  });

  it('turns to the next day at 17:00 UTC (midnight in Hà Nội)', () => {
    expect(todayInVietnam(new Date('2026-01-14T17:00:00.000Z'))).toBe('2026-01-15');
  });

  it('is already the next day just after UTC midnight', () => {
    expect(todayInVietnam(new Date('2026-01-15T00:00:01Z'))).toBe('2026-01-15');
  });

  it('turns the year at 17:00 UTC on 31 December', () => {
    expect(todayInVietnam(new Date('2025-12-31T17:00:00Z'))).toBe('2026-01-01');
  });

  it('answers each instant by its own day when days alternate (the last day is remembered)', () => {
    const instants = ['2026-01-14T16:59:59.999Z', '2026-01-14T17:00:00.000Z', '2026-01-14T10:00:00Z'];
    for (let round = 0; round < 2; round++) {
      expect(instants.map((i) => todayInVietnam(new Date(i)))).toEqual([
        '2026-01-14',
        '2026-01-15',
        '2026-01-14',
      ]);
    }
    expect(todayInVietnam(new Date('1969-12-31T16:59:59Z'))).toBe('1969-12-31');
    expect(() => todayInVietnam(new Date('not a date'))).toThrow(RangeError);
  });

  it('gives a valid local date for the current clock', () => {
    expect(isLocalDate(todayInVietnam())).toBe(true);
  });
});

describe('addMonths', () => {
  it('keeps the day of the month when it exists', () => {
    expect(addMonths('2026-01-15', 1)).toBe('2026-02-15');
  });

  it('clamps 31 January + 1 month to 28 February in a common year', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
  });

  it('clamps 31 January + 1 month to 29 February in a leap year', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
  });

  it('clamps 31 March + 1 month to 30 April', () => {
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
  });

  it('crosses the year end', () => {
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
  });

  it('adds 12 months to the same day next year', () => {
    expect(addMonths('2025-07-06', 12)).toBe('2026-07-06');
  });

  it('counts backwards with a negative number of months', () => {
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-01-15', -2)).toBe('2025-11-15');
  });

  it('returns the same date for zero months', () => {
    expect(addMonths('2026-05-20', 0)).toBe('2026-05-20');
  });
});

describe('addDays', () => {
  it('crosses month and year ends and leap days', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});

describe('vietnamYearInstants', () => {
  it('starts and ends the year at midnight in Việt Nam (17:00 UTC the day before)', () => {
    expect(vietnamYearInstants(2026)).toEqual({
      from: '2025-12-31T17:00:00.000Z',
      to: '2026-12-31T17:00:00.000Z',
    });
  });

  it('counts an instant in the year from 00:00 on 1 January, local time, up to the next year', () => {
    const { from, to } = vietnamYearInstants(2026);
    const inYear = (iso: string) => iso >= from && iso < to;
    expect(inYear('2025-12-31T16:59:59.999Z')).toBe(false);
    expect(inYear('2025-12-31T17:00:00.000Z')).toBe(true);
    expect(inYear('2026-12-31T16:59:59.999Z')).toBe(true);
    expect(inYear('2026-12-31T17:00:00.000Z')).toBe(false);
  });
});

describe('dayInVietnamOf', () => {
  it('is the UTC date before 17:00 UTC and the next day from 17:00, as todayInVietnam says', () => {
    expect(dayInVietnamOf('2026-01-14T16:59:59.999Z')).toBe('2026-01-14');
    expect(dayInVietnamOf('2026-01-14T17:00:00.000Z')).toBe('2026-01-15');
    expect(dayInVietnamOf('2026-12-31T17:30:00.000Z')).toBe('2027-01-01');
    expect(dayInVietnamOf('2026-02-28T18:00:00Z')).toBe('2026-03-01');
    expect(dayInVietnamOf('2026-01-15T00:00:01Z')).toBe('2026-01-15');
  });

  it('agrees with todayInVietnam on every hour of a year and on other forms of instant', () => {
    for (let t = Date.UTC(2028, 0, 1); t < Date.UTC(2029, 0, 1); t += 3600_000 + 61_001) {
      const iso = new Date(t).toISOString();
      expect(dayInVietnamOf(iso)).toBe(todayInVietnam(new Date(t)));
    }
    expect(dayInVietnamOf('2026-01-14T10:00:00+09:00')).toBe('2026-01-14');
    expect(dayInVietnamOf('2026-01-14T23:30:00+07:00')).toBe('2026-01-14');
  });
});
