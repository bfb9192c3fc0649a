/** The plans' side of the committee's oversight (features/oversight): every cell under a unit at once. */
import type { Kysely } from 'kysely';
import type { DB } from '#db/schema.ts';
import type { LocalDate } from '#domain/dates/local-date.ts';
import { todayInVietnam } from '#domain/dates/local-date.ts';
import { governingDeadline, planLateness } from '#domain/plans/plan-deadline.ts';
import type { PlanStatus } from '#domain/plans/plan-status.ts';
import { listGuidanceOf } from '../guidance/index.ts';
import * as store from './store.ts';

export interface CellPlanFacts {
  status: PlanStatus | null;
  /** The plan deadline of the guidance the cell works under (plan-deadline.ts), if any. */
  deadline: LocalDate | null;
  /** Sent after the deadline, or still not sent with the deadline passed (planLateness, as the plan page says). */
  late: boolean;
}

/**
 * Each cell's plan of the year under the unit, judged against the deadline of the guidance it works under, as
 * the plan page and the committee's plan overview judge it: a fixed number of queries for the whole subtree.
 * `createdOn`: a cell created after the deadline is not held to it (*practice*: it could not have sent a plan).
 */
export async function planFactsUnder(
  db: Kysely<DB>,
  unitId: string,
  year: number,
  createdOn: ReadonlyMap<string, LocalDate>,
): Promise<Map<string, CellPlanFacts>> {
  const [plans, above] = await Promise.all([
    store.plansUnder(db, unitId, year),
    store.committeesAboveCells(db, unitId),
  ]);
  const guidance = await listGuidanceOf(db, [...new Set([...above.values()].flat())], year);
  // The guidance grouped by committee once, and the deadline judged once per chain of committees (the cells of
  // a committee share it), not by scanning every guidance of the subtree for every cell (issue 20: that was
  // cells × committees, minutes nationally).
  const byCommittee = new Map<string, { committeeId: string; planDeadline: LocalDate }[]>();
  for (const g of guidance) {
    const list = byCommittee.get(g.committee_id) ?? [];
    list.push({ committeeId: g.committee_id, planDeadline: g.plan_deadline });
    byCommittee.set(g.committee_id, list);
  }
  const deadlineOfChain = new Map<string, LocalDate | null>();
  const byCell = new Map(plans.map((p) => [p.cell_id, p]));
  const today = todayInVietnam();
  const facts = new Map<string, CellPlanFacts>();
  for (const [cellId, chain] of above) {
    const plan = byCell.get(cellId);
    const key = chain.join(' ');
    let deadline = deadlineOfChain.get(key);
    if (deadline === undefined) {
      deadline = governingDeadline(
        chain,
        chain.flatMap((id) => byCommittee.get(id) ?? []),
      );
      deadlineOfChain.set(key, deadline);
    }
    const first = plan?.first_submitted_at ? todayInVietnam(new Date(String(plan.first_submitted_at))) : null;
    const heldTo = deadline !== null && (createdOn.get(cellId) ?? '') <= deadline;
    facts.set(cellId, {
      status: plan?.status ?? null,
      deadline,
      late: heldTo && planLateness(deadline, first, today) !== null,
    });
  }
  return facts;
}
