import type { LocalDate } from '../dates/local-date.ts';

/**
 * When a cell's plan is due at the committee above, and how late it came.
 *
 * Seed 000: the cell sends its plan to "Đảng ủy cấp trên trực tiếp" by the date the committees' guidance
 * (hướng dẫn) sets (`guidance.plan_deadline`). The guidance the cell works under is the nearest committee's
 * above it that issued one for the year (a hospital committee's, else the ward's); where that committee issued
 * several, the earliest date binds.
 */
export interface GuidanceDeadline {
  committeeId: string;
  planDeadline: LocalDate;
}

/** @param above the committees above the cell, nearest first. */
export function governingDeadline(
  above: readonly string[],
  guidance: readonly GuidanceDeadline[],
): LocalDate | null {
  for (const committeeId of above) {
    const dates = guidance.filter((g) => g.committeeId === committeeId).map((g) => g.planDeadline);
    if (dates.length > 0) return dates.reduce((a, b) => (b < a ? b : a));
  }
  return null;
}

export interface Lateness {
  /** Whole days after the deadline: when it was sent, or until today while it is not. */
  days: number;
  /** Sent late (`true`), or still not sent with the deadline passed (`false`). */
  submitted: boolean;
}

/**
 * How late the plan is. A plan sent on the deadline itself is on time. `firstSubmittedOn` is the day it was
 * first sent up: a plan returned and sent again is judged by its first sending.
 */
export function planLateness(
  deadline: LocalDate | null,
  firstSubmittedOn: LocalDate | null,
  today: LocalDate,
): Lateness | null {
  if (deadline === null) return null;
  const on = firstSubmittedOn ?? today;
  const days = daysBetween(deadline, on);
  return days > 0 ? { days, submitted: firstSubmittedOn !== null } : null;
}

function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}
