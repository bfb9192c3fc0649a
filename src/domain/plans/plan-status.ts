/**
 * The annual plan's lifecycle (seeds 000, 001, 004): the secretary drafts it, the cell adopts it at a
 * meeting (thông qua), it is reported to the committee, which acknowledges it or returns it with remarks;
 * a returned plan is revised and submitted again.
 */
export const PLAN_STATUSES = ['draft', 'adopted', 'submitted', 'acknowledged', 'returned'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const PLAN_ACTIONS = ['adopt', 'reopen', 'submit', 'acknowledge', 'return'] as const;
export type PlanAction = (typeof PLAN_ACTIONS)[number];

const TRANSITIONS: Record<PlanStatus, Partial<Record<PlanAction, PlanStatus>>> = {
  draft: { adopt: 'adopted' },
  adopted: { submit: 'submitted', reopen: 'draft' },
  submitted: { acknowledge: 'acknowledged', return: 'returned' },
  returned: { submit: 'submitted' },
  acknowledged: {},
};

export function nextPlanStatus(from: PlanStatus, action: PlanAction): PlanStatus | undefined {
  return TRANSITIONS[from][action];
}

export function allowedPlanActions(from: PlanStatus): PlanAction[] {
  return Object.keys(TRANSITIONS[from]) as PlanAction[];
}

/** Content can change while the cell works on it, and after the committee returned it. */
export function isPlanEditable(status: PlanStatus): boolean {
  return status === 'draft' || status === 'returned';
}
