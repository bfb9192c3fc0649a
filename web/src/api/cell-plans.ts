// The committee's plan overview (`GET /orgs/{id}/plans`) comes short and flat (issue 20): a row per cell right
// under the unit (its committee's name and deadline once, a field only when it says something) and a rolled-up
// row per child committee. The screens read it as self-contained rows: `expandCellPlans` makes them once, when
// the answer arrives.
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

/** A committee right under the unit, rolled up over every cell below it (the officer drills down to it). */
export interface CommitteeRow {
  committeeId: string;
  name: string;
  cells: number;
  plans: CellPlansAnswer['committees'][number]['plans'];
  late: number;
  overdueSteps: number;
  overdueCells: number;
  reports: number;
}

export interface CellPlans {
  year: number;
  permissions: CellPlansAnswer['permissions'];
  cells: CellRow[];
  committees: CommitteeRow[];
}

export function expandCellPlans(answer: CellPlansAnswer): CellPlans {
  return {
    year: answer.year,
    permissions: answer.permissions,
    committees: answer.committees.map((k) => ({
      committeeId: k.id,
      name: k.name,
      cells: k.cells,
      plans: k.plans,
      late: k.late ?? 0,
      overdueSteps: k.overdueSteps ?? 0,
      overdueCells: k.overdueCells ?? 0,
      reports: k.reports ?? 0,
    })),
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
