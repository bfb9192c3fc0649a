import type { LocalDate } from './local-date.ts';

/**
 * "ngày 06 tháng 7 năm 2018": days below 10 take a leading zero, months 1 and 2 too (Hướng dẫn 36-HD/VPTW:
 * "ngày 05 tháng 01 năm …"), other months do not.
 */
export function vietnameseDate(date: LocalDate): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const day = String(d).padStart(2, '0');
  const month = m <= 2 ? String(m).padStart(2, '0') : String(m);
  return `ngày ${day} tháng ${month} năm ${y}`;
}

/** Roman numerals for quarters in documents: Quý I … Quý IV. */
export function romanQuarter(quarter: number): string {
  return ['I', 'II', 'III', 'IV'][quarter - 1] ?? String(quarter);
}
