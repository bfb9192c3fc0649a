// The committee's plan overview (`GET /orgs/{id}/plans`) comes short and flat (issue 20: a province sends 8,010
// rows; committees' names and deadlines once, a field only when it says something). The screens read it as one
// self-contained row per cell: `expandCellPlans` makes those rows once, when the answer arrives.
import type { components } from './generated/openapi.ts';

export type CellPlansAnswer = components['schemas']['CellPlans'];
type PlanStatus = NonNullable<CellPlansAnswer['cells'][number]['status']>;

/** One cell of a committee's overview: the cell, its plan of the year, its progress, reports and reminders. */
export interface CellRow {
  cellId: string;
  cellName: string;
  parentName: string | null;
  plan: {
    id: string;
    status: PlanStatus;
    adoptedOn: string | null;
    submittedAt: string | null;
    reviewedAt: string | null;
  } | null;
  overdueSteps: number;
  reports: { count: number; lastOn: string | null };
  /** The plan deadline of the guidance the cell works under (its committee's). */
  deadline: string | null;
  late: { days: number; submitted: boolean } | null;
  lastReminder: { sentAt: string; sentByName: string | null; message: string } | null;
}

export interface CellPlans {
  year: number;
  permissions: CellPlansAnswer['permissions'];
  cells: CellRow[];
}

export function expandCellPlans(answer: CellPlansAnswer): CellPlans {
  return {
    year: answer.year,
    permissions: answer.permissions,
    cells: answer.cells.map((c) => {
      const parent = c.parent === undefined ? undefined : answer.parents[c.parent];
      return {
        cellId: c.id,
        cellName: c.name,
        parentName: parent?.name ?? null,
        plan:
          c.planId && c.status
            ? {
                id: c.planId,
                status: c.status,
                adoptedOn: c.adoptedOn ?? null,
                submittedAt: c.submittedAt ?? null,
                reviewedAt: c.reviewedAt ?? null,
              }
            : null,
        overdueSteps: c.overdueSteps ?? 0,
        reports: { count: c.reports ?? 0, lastOn: c.reportsLastOn ?? null },
        deadline: parent?.deadline ?? null,
        late: c.lateDays === undefined ? null : { days: c.lateDays, submitted: c.lateSubmitted ?? false },
        lastReminder: c.remindedAt
          ? { sentAt: c.remindedAt, sentByName: c.remindedBy ?? null, message: c.reminderMessage ?? '' }
          : null,
      };
    }),
  };
}
