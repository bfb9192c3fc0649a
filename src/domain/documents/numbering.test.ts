import { describe, expect, it } from 'vitest';
import { numberingPeriod } from './numbering.ts';

describe('numberingPeriod', () => {
  it('restarts numbers each calendar year by default', () => {
    expect(numberingPeriod('2026-01-02', null)).toBe('2026');
    expect(numberingPeriod('2026-12-31', null)).toBe('2026');
    expect(numberingPeriod('2027-01-01', null)).toBe('2027');
  });

  it('runs through the term from the day it began, across years', () => {
    expect(numberingPeriod('2025-10-15', '2025-10-15')).toBe('term:2025-10-15');
    expect(numberingPeriod('2027-03-01', '2025-10-15')).toBe('term:2025-10-15');
  });

  it('keeps the year’s run for documents dated before the term began', () => {
    expect(numberingPeriod('2025-10-14', '2025-10-15')).toBe('2025');
  });

  it('refuses what is not a date', () => {
    expect(() => numberingPeriod('2025-13-01', null)).toThrow(RangeError);
    expect(() => numberingPeriod('2025-10-01', '15/10/2025')).toThrow(RangeError);
  });
});
