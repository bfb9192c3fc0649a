import type { OrgKind } from '../orgs/org-kinds.ts';

/**
 * The numbered series of a unit's documents (DOMAIN.md, "Documents"): a cell numbers its plan (KH), notices (TB),
 * minutes (BB), resolutions (NQ) and reports (BC); a committee its notices of inspection conclusions (TB) and its
 * own reports (BC). The guidance letter's number is typed by the committee, not counted.
 */
export const NUMBERED_SERIES: Record<OrgKind, readonly string[]> = {
  cell: ['KH', 'TB', 'BB', 'NQ', 'BC'],
  committee: ['TB', 'BC'],
  group: [],
};

export const FIRST_NUMBER_MAX = 9999;

/** What the series has: the last number counted and the first number a unit set (null: from 01). */
export interface SeriesState {
  lastNumber: number;
  firstNumber: number | null;
}

/** The last number the app has issued in a series; null when none yet (a first number set issues nothing). */
export function lastIssued(state: SeriesState | null): number | null {
  if (!state) return null;
  return state.lastNumber >= (state.firstNumber ?? 1) ? state.lastNumber : null;
}

/** The number the next document of the series will get. */
export function nextNumber(state: SeriesState | null): number {
  return (state?.lastNumber ?? 0) + 1;
}

export type FirstNumberRefusal = 'FIRST_NUMBER_BELOW_ISSUED' | 'FIRST_NUMBER_SERIES_UNKNOWN';

/**
 * A unit that starts mid-year with paper documents sets where the app's numbers begin (issue 17, item 7;
 * *practice*: Hướng dẫn 36-HD/VPTW numbers each kind in one run per year or term, so the app must continue the
 * paper run, not restart it). A first number may not fall at or below a number the app already issued in that
 * run — two documents would share it.
 */
export function checkFirstNumber(
  unitKind: OrgKind,
  kind: string,
  first: number,
  state: SeriesState | null,
): FirstNumberRefusal | null {
  if (!NUMBERED_SERIES[unitKind].includes(kind)) return 'FIRST_NUMBER_SERIES_UNKNOWN';
  const issued = lastIssued(state);
  if (issued !== null && first <= issued) return 'FIRST_NUMBER_BELOW_ISSUED';
  return null;
}
