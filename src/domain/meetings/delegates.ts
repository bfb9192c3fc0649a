import type { Actor, GrantRole } from '../authz/policy.ts';
import { POLICY } from '../authz/policy.ts';
import { addMonths, type LocalDate } from '../dates/local-date.ts';
import type { MeetingStatus } from './meeting-status.ts';

/**
 * The committee above attends its cells' meetings (seed 000: the opening introduces delegates, "đại biểu
 * cấp ủy cấp trên dự"; the committee "theo dõi, chỉ đạo" the cells). Its people register themselves for a
 * scheduled meeting from the committee's calendar; the cell sees who is coming and the minutes name them.
 */

/** How far one call of the committee's calendar reaches: three months (*practice*: a quarter's meetings). */
export const CALENDAR_MAX_MONTHS = 3;

export type CalendarRangeProblem = 'CALENDAR_RANGE_REVERSED' | 'CALENDAR_RANGE_TOO_LONG';

/** A calendar range runs forward and covers less than three months ([from, from + 3 months)). */
export function calendarRangeProblem(from: LocalDate, to: LocalDate): CalendarRangeProblem | null {
  if (to < from) return 'CALENDAR_RANGE_REVERSED';
  if (to >= addMonths(from, CALENDAR_MAX_MONTHS)) return 'CALENDAR_RANGE_TOO_LONG';
  return null;
}

/**
 * Only a meeting still to come can be registered for, or withdrawn from: scheduled (not started, ended or
 * cancelled) and not on a past day. Seed 000: delegates are introduced at the opening, so they come before
 * it starts.
 */
export function attendanceChangeClosed(status: MeetingStatus, heldOn: LocalDate, today: LocalDate): boolean {
  return status !== 'scheduled' || heldOn < today;
}

/** The roles that may attend as the committee's delegate: the rule `meeting.attend` of the policy. */
export const DELEGATE_ROLES: readonly GrantRole[] = POLICY['meeting.attend'].flatMap((r) => r.roles);

/**
 * The title a registered delegate is named with in the minutes, from their role in the committee
 * (*practice*: "đồng chí …, cán bộ Đảng ủy phường …"); the committee's name goes beside it.
 */
const TITLE: Partial<Record<GrantRole, string>> = {
  committee_member: 'Đảng ủy viên',
  officer: 'Cán bộ',
  inspector: 'Cán bộ kiểm tra',
};
const PRIORITY: readonly GrantRole[] = ['committee_member', 'officer', 'inspector'];

export function delegateTitle(role: GrantRole): string {
  return TITLE[role] ?? 'Cán bộ';
}

/**
 * Which of the actor's grants makes them a delegate to a cell: one held in a committee strictly above it
 * (`chain`: the cell first, then its ancestors), the nearest committee first, then by role. None when the
 * actor holds no such role there, or has no person (an administrator account attends nowhere).
 */
export function delegateGrant(actor: Actor, chain: readonly string[]) {
  if (actor.personId === null) return undefined;
  let best: { unitId: string; role: GrantRole; depth: number } | undefined;
  for (const g of actor.grants) {
    const depth = chain.indexOf(g.unitId);
    if (depth < 1 || !DELEGATE_ROLES.includes(g.role)) continue;
    if (
      !best ||
      depth < best.depth ||
      (depth === best.depth && PRIORITY.indexOf(g.role) < PRIORITY.indexOf(best.role))
    )
      best = { unitId: g.unitId, role: g.role, depth };
  }
  return best && { unitId: best.unitId, role: best.role };
}
