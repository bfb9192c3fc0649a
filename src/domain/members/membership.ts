import type { LocalDate } from '../dates/local-date.ts';
import type { MemberStatus } from './member-status.ts';

/**
 * Who was a member of a cell on a given day, from the membership periods (practice: a member belongs to
 * the cell "where the member is active", DOMAIN.md; every change of unit or status opens a new period and
 * ends the previous one on the same day). A period covers the days from `startedOn` up to, not including,
 * `endedOn`: on the day of a transfer the member already sits in the new cell.
 *
 * A meeting's roll is the people who were members of its cell on its day, with the status they had then;
 * a member with the status "transferred out" (chuyển sinh hoạt) stays on the cell's roll with that status,
 * set aside from the vote base (Quy định 294-QĐ/TW, vote-rule.ts), until a transfer moves them to another
 * cell. A meeting counts for a person — in the statistics, the scorecard and the reports — only if it was
 * held while they were an expected member of that cell (official or probationary): a member who left in
 * 2025 has no place in 2026's figures, one who joined in May is neither credited nor charged with March's.
 * Exempt members (miễn sinh hoạt) are on the roll but not expected (*practice*, DOMAIN.md), so the
 * statistics show them apart.
 */
export interface MembershipPeriod {
  unitId: string;
  status: MemberStatus;
  startedOn: LocalDate;
  endedOn: LocalDate | null;
}

export function periodCovers(period: Pick<MembershipPeriod, 'startedOn' | 'endedOn'>, day: LocalDate) {
  return period.startedOn <= day && (period.endedOn === null || period.endedOn > day);
}

/** The status the person had in the cell on that day, or undefined when they were not a member of it. */
export function memberStatusOn(
  periods: readonly MembershipPeriod[],
  cellId: string,
  day: LocalDate,
): MemberStatus | undefined {
  const period = periods.find((p) => p.unitId === cellId && periodCovers(p, day));
  return period && (ROLL_STATUSES as readonly MemberStatus[]).includes(period.status)
    ? period.status
    : undefined;
}

/** The statuses that put a person on a meeting's roll; the SQL of the stores filters on the same list. */
export const ROLL_STATUSES = [
  'official',
  'probationary',
  'exempt',
  'transferred_out',
] as const satisfies readonly MemberStatus[];

/** Whether a member with this status at the meeting is expected to attend (exempt members are not). */
export function isExpected(status: MemberStatus): boolean {
  return status === 'official' || status === 'probationary';
}
