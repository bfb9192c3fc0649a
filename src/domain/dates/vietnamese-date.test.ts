import { describe, expect, it } from 'vitest';
import { romanQuarter, vietnameseDate } from './vietnamese-date.ts';

describe('vietnameseDate', () => {
  it('writes the date as party documents do', () => {
    expect(vietnameseDate('2018-07-06')).toBe('ngày 06 tháng 7 năm 2018');
    expect(vietnameseDate('2026-01-15')).toBe('ngày 15 tháng 01 năm 2026');
    expect(vietnameseDate('2026-02-03')).toBe('ngày 03 tháng 02 năm 2026');
    expect(vietnameseDate('2026-12-31')).toBe('ngày 31 tháng 12 năm 2026');
  });
});

describe('romanQuarter', () => {
  it('names quarters I to IV', () => {
    expect([1, 2, 3, 4].map(romanQuarter)).toEqual(['I', 'II', 'III', 'IV']);
  });
});
