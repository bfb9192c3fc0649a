import type { Kysely } from 'kysely';
import type { DB } from '#db/schema.ts';
import { type InboxItem, type InboxScope, inboxItem, unitsWhere } from '#domain/inbox/inbox.ts';
import { governingDeadline } from '#domain/plans/plan-deadline.ts';
import { listGuidanceOf } from '../guidance/index.ts';
import { listUnitsByIds } from '../orgs/index.ts';
import { overdueStepsByCell } from './service.ts';
import * as store from './store.ts';

/**
 * The plans' to-dos of a person (seeds 000, 004). For the secretary (or deputy) of a cell: the plan the committee
 * returned with its remark, and the year's plan to make, adopt and send up before the guidance's deadline
 * (plan-deadline.ts). For a committee's officer: the plans the cells directly below sent up ("Đảng ủy cấp trên
 * trực tiếp", policy scope `parent`), and how many cells of the subtree have overdue steps (the overview's count).
 */
export async function planInboxItems(db: Kysely<DB>, scope: InboxScope): Promise<InboxItem[]> {
  const { today } = scope;
  const year = Number(today.slice(0, 4));
  const cellIds = unitsWhere(scope, ['secretary', 'deputy']);
  const committees = unitsWhere(scope, ['officer']);
  const [{ cells, above }, returned, submitted, committeeUnits] = await Promise.all([
    store.listCellsWithPlan(db, cellIds, year),
    store.listReturnedPlans(db, cellIds),
    store.listPlansSubmittedTo(db, committees),
    listUnitsByIds(db, committees),
  ]);
  const guidance = await listGuidanceOf(db, [...new Set([...above.values()].flat())], year);
  const deadlines = guidance.map((g) => ({ committeeId: g.committee_id, planDeadline: g.plan_deadline }));
  const items: InboxItem[] = [];
  for (const c of cells) {
    const unit = { id: c.cell_id, name: c.cell_name };
    // Not yet sent up: to make (once a guidance asks for it), to adopt, or to send.
    const deadline = governingDeadline(above.get(c.cell_id) ?? [], deadlines);
    const pending = c.status === null ? deadline !== null : c.status === 'draft' || c.status === 'adopted';
    if (pending)
      items.push(
        inboxItem(today, {
          kind: 'plan_to_submit',
          params: { year, status: c.status ?? 'none' },
          unit,
          dueOn: deadline,
          link: c.plan_id ? `/plans/${c.plan_id}` : `/plans?unit=${c.cell_id}`,
        }),
      );
  }
  for (const p of returned)
    items.push(
      inboxItem(today, {
        kind: 'plan_returned',
        params: { year: p.year, remark: p.review_remark },
        unit: { id: p.cell_id, name: p.cell_name },
        dueOn: null,
        link: `/plans/${p.id}`,
      }),
    );
  for (const p of submitted)
    items.push(
      inboxItem(today, {
        kind: 'plan_to_review',
        params: { year: p.year, cell: p.cell_name },
        unit: { id: p.cell_id, name: p.cell_name },
        dueOn: null,
        link: `/plans/${p.id}`,
      }),
    );
  const overdue = await Promise.all(committeeUnits.map((u) => overdueStepsByCell(db, u.id, year)));
  for (const [i, u] of committeeUnits.entries()) {
    const cellsBehind = overdue[i]?.size ?? 0;
    if (cellsBehind === 0) continue;
    items.push(
      inboxItem(today, {
        kind: 'cells_overdue',
        params: { count: cellsBehind, year },
        unit: { id: u.id, name: u.name },
        dueOn: null,
        link: `/plans?unit=${u.id}&overdue=1`,
      }),
    );
  }
  return items;
}
