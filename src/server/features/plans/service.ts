import type { Kysely, Transaction } from 'kysely';
import { nextDocumentNumber } from '#db/document-numbers.ts';
import { newId, nowIso, nowIsoAfter } from '#db/ids.ts';
import { overviewRollupsUnder } from '#db/rollups-under.ts';
import type { DB } from '#db/schema.ts';
import { overdueStepsUnder, overviewRowsUnder, stepsOverdue } from '#db/summaries.ts';
import { uniqueViolationAs } from '#db/unique-violation.ts';
import { type Actor, isAllowed } from '#domain/authz/policy.ts';
import { type LocalDate, todayInVietnam } from '#domain/dates/local-date.ts';
import type { PlanStateKey } from '#domain/oversight/figures.ts';
import { checkPlan, type PlanCheckResult } from '#domain/plans/plan-checks.ts';
import { governingDeadline, planLateness } from '#domain/plans/plan-deadline.ts';
import {
  allowedPlanActions,
  isPlanEditable,
  nextPlanStatus,
  type PlanAction,
  type PlanStatus,
} from '#domain/plans/plan-status.ts';
import { isFinishedTopic } from '#domain/preparation/draft-status.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { authorize } from '../../authz/authorize.ts';
import { AppError } from '../../http/app-error.ts';
import { notify } from '../../notifications/notify.ts';
import { guidanceLists, listGuidanceOf, planDeadlinesAbove } from '../guidance/index.ts';
import { getUnit, listUnitsByIds } from '../orgs/index.ts';
import { progressOf } from '../preparation/index.ts';
import { mayRegisterIn } from '../topics/index.ts';
import * as store from './store.ts';
import { buildTopicRows, refuseRemovingPrepared, type TopicInput } from './topic-rows.ts';

export type { TopicInput } from './topic-rows.ts';

type Trx = Transaction<DB>;

export interface PlanInput {
  legalBases: string[];
  purpose?: string | null;
  requirements?: string | null;
  organisation?: string | null;
  topics: TopicInput[];
  /** The `updated_at` the editor started from; when given and no longer the stored one, nothing is saved. */
  expectedUpdatedAt?: string | null;
}

/** The cell's secretary starts the year's plan; legal bases start from the guidance the cell received. */
export async function createPlan(
  db: Kysely<DB>,
  actor: Actor,
  cellId: string,
  year: number,
): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const chain = await authorize(trx, actor, 'plan.edit', cellId);
    const cell = await getUnit(trx, cellId);
    if (cell.kind !== 'cell') throw new AppError('PLAN_NOT_CELL');
    if (await store.findPlanOfCell(trx, cellId, year))
      throw new AppError('PLAN_EXISTS', { year: 'PLAN_EXISTS' });
    const guidance = await listGuidanceOf(trx, chain, year);
    const legalBases = [
      ...new Set(
        guidance.flatMap((g) => [`${g.reference_number} — ${g.title}`, ...guidanceLists(g).documents]),
      ),
    ];
    const now = nowIso();
    const row: DB['plan'] = {
      id: newId(),
      cell_id: cellId,
      year,
      status: 'draft',
      legal_bases_json: JSON.stringify(legalBases),
      purpose: null,
      requirements: null,
      organisation: null,
      adopted_on: null,
      submitted_at: null,
      reviewed_at: null,
      review_remark: null,
      number: null,
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
    };
    // Two secretaries starting the same year at once: the second gets the same refusal as the check above.
    await store
      .insertPlan(trx, row)
      .catch(uniqueViolationAs(() => new AppError('PLAN_EXISTS', { year: 'PLAN_EXISTS' })));
    await recordAudit(trx, actor, {
      action: 'plan.create',
      entityType: 'plan',
      entityId: row.id,
      unitId: cellId,
      after: row,
    });
    return row.id;
  });
}

/** Saves the whole plan document at once: sections I–III and the assignment table. */
export async function savePlan(
  db: Kysely<DB>,
  actor: Actor,
  planId: string,
  input: PlanInput,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const plan = await getPlan(trx, planId);
    await authorize(trx, actor, 'plan.edit', plan.cell_id);
    // Someone saved (or moved) the plan since the editor loaded it: do not overwrite their work.
    const expected = input.expectedUpdatedAt ?? undefined;
    if (expected !== undefined && expected !== plan.updated_at) throw new AppError('PLAN_CHANGED');
    if (!isPlanEditable(plan.status)) throw new AppError('PLAN_NOT_EDITABLE');
    const before = await snapshot(trx, plan);
    const rows = await buildTopicRows(trx, plan, input.topics);
    await refuseRemovingPrepared(trx, planId, rows);
    const patch: Partial<DB['plan']> = {
      legal_bases_json: JSON.stringify(input.legalBases),
      purpose: input.purpose ?? null,
      requirements: input.requirements ?? null,
      organisation: input.organisation ?? null,
      updated_at: nowIsoAfter(plan.updated_at),
    };
    // The plan row first, guarded by the version read above: a save that committed in between makes
    // this a no-op (PostgreSQL waits for it on the row lock), and the topics are left untouched.
    if (!(await store.updatePlan(trx, planId, patch, expected))) throw new AppError('PLAN_CHANGED');
    await store.replaceTopics(trx, planId, rows);
    await recordAudit(trx, actor, {
      action: 'plan.save',
      entityType: 'plan',
      entityId: planId,
      unitId: plan.cell_id,
      before,
      after: await snapshot(trx, { ...plan, ...patch }),
    });
  });
}

/**
 * Moves the plan along its lifecycle. The cell adopts, reopens and submits; the committee above
 * acknowledges or returns with remarks. Adopting and submitting need the binding rules met.
 */
export async function transitionPlan(
  db: Kysely<DB>,
  actor: Actor,
  planId: string,
  action: PlanAction,
  input: { adoptedOn?: string; remark?: string | null } = {},
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const plan = await getPlan(trx, planId);
    const reviewing = action === 'acknowledge' || action === 'return';
    await authorize(trx, actor, reviewing ? 'plan.review' : 'plan.edit', plan.cell_id);
    const to = nextPlanStatus(plan.status, action);
    if (!to) throw new AppError('PLAN_TRANSITION_NOT_ALLOWED');
    if (action === 'adopt' || action === 'submit') {
      const checks = await checksOf(trx, plan);
      if (checks.errors.length > 0) throw new AppError('PLAN_RULES_NOT_MET');
    }
    const now = nowIsoAfter(plan.updated_at);
    const patch: Partial<DB['plan']> = { status: to, updated_at: now };
    if (action === 'adopt') {
      const adoptedOn = input.adoptedOn ?? '';
      if (Number(adoptedOn.slice(0, 4)) > plan.year) {
        throw new AppError('PLAN_ADOPTED_OUTSIDE_YEAR', { adoptedOn: 'PLAN_ADOPTED_OUTSIDE_YEAR' });
      }
      patch.adopted_on = adoptedOn;
      // Adoption issues the plan: it takes the cell's next KH number, once (kept on reopening).
      if (plan.number === null)
        patch.number = await nextDocumentNumber(trx, {
          unitId: plan.cell_id,
          kind: 'KH',
          issuedOn: adoptedOn,
        });
    }
    if (action === 'reopen') patch.adopted_on = null;
    if (action === 'submit') {
      // A resubmitted plan awaits a new review; the earlier remark stays in the history (events).
      patch.submitted_at = now;
      patch.reviewed_at = null;
      patch.review_remark = null;
    }
    if (reviewing) {
      patch.reviewed_at = now;
      patch.review_remark = input.remark ?? null;
    }
    await store.updatePlan(trx, planId, patch);
    await store.insertEvent(trx, {
      id: newId(),
      plan_id: planId,
      action,
      from_status: plan.status,
      to_status: to,
      remark: input.remark ?? null,
      actor_user_id: actor.userId,
      at: now,
    });
    if (action === 'return')
      await notify(trx, {
        kind: 'plan_returned',
        unitId: plan.cell_id,
        recipients: { roles: ['secretary', 'deputy'] },
        exceptPersonId: actor.personId,
        params: { year: plan.year, remark: input.remark ?? null },
        link: `/plans/${planId}`,
      });
    await recordAudit(trx, actor, {
      action: `plan.${action}`,
      entityType: 'plan',
      entityId: planId,
      unitId: plan.cell_id,
      before: { status: plan.status },
      after: { status: to, ...patch },
    });
  });
}

/**
 * The plan page (`GET /plans/{id}` and the answer of every plan write). A fixed number of fixed statements
 * (db/fixed-query.ts, issue 20): the plan with its cell, the cell's chain, the topics with their preparations,
 * their preparers and steps, the events, the people, the guidance deadlines above (and the committees to publish to, once a
 * topic is finished). Today is worked out once; the legal bases are parsed once.
 */
export async function getPlanDetail(db: Kysely<DB>, actor: Actor, planId: string) {
  const found = await store.findPlanWithCell(db, planId);
  if (!found) throw new AppError('NOT_FOUND');
  const { cell_name, cell_place, ...plan } = found;
  const chain = await authorize(db, actor, 'plan.read', plan.cell_id);
  const [loaded, events, people, guidance] = await Promise.all([
    store.loadTopicsWithPreparation(db, planId),
    store.listEvents(db, planId),
    store.listAssignablePeople(db, plan.cell_id),
    planDeadlinesAbove(db, plan.cell_id, plan.year),
  ]);
  // Libraries open to the plan's finished topics only: none while no topic was presented yet.
  const publishTo = loaded.topics.some((t) => t.preparation && isFinishedTopic(t.preparation.status))
    ? await publishTargets(db, actor, chain)
    : [];
  const adopted = plan.status !== 'draft';
  const today = todayInVietnam();
  const preparersOf = groupBy(loaded.preparers, (p) => p.topic_id);
  const stepsOf = groupBy(loaded.steps, (s) => s.topic_id);
  const topics = loaded.topics.map(({ topic: t, preparation: prep }) => {
    const steps = stepsOf.get(t.id) ?? [];
    return {
      ...t,
      preparers: preparersOf.get(t.id) ?? [],
      steps,
      preparationStatus: prep?.status ?? null,
      // Steps fall due only once the cell has adopted the plan.
      progress: adopted ? progressOf(plan.year, steps, prep, today) : null,
    };
  });
  const legalBases = store.legalBases(plan);
  const checks = checkPlan({
    legalBases,
    topics: topics.map((t) => ({
      quarter: t.quarter,
      preparerIds: t.preparers.map((p) => p.id),
      steps: t.steps.map((s) => ({ step: s.step, dueMonth: s.due_month })),
    })),
  });
  const canEdit = isAllowed(actor, 'plan.edit', chain);
  // Seed 000: "Đảng ủy cấp trên trực tiếp" — only the committee directly above reviews (policy `parent`).
  const canReview = isAllowed(actor, 'plan.review', chain);
  // The plan deadline of the guidance the cell works under (plan-deadline.ts); the chain above nearest first.
  const deadline = governingDeadline(
    chain.slice(1),
    guidance.map((g) => ({ committeeId: g.committee_id, planDeadline: g.plan_deadline })),
  );
  const firstSubmit = events.find((e) => e.action === 'submit')?.at ?? null;
  const actions = allowedPlanActions(plan.status).filter((a) =>
    a === 'acknowledge' || a === 'return' ? canReview : canEdit,
  );
  return {
    plan,
    legalBases,
    cell: { id: plan.cell_id, name: cell_name, place: cell_place },
    topics,
    events,
    checks,
    people,
    permissions: { edit: canEdit && isPlanEditable(plan.status), review: canReview, actions, publishTo },
    /** The guidance's deadline for the plan and how late it was sent (or still is): the cell and the committee see it. */
    deadline: { on: deadline, late: planLateness(deadline, localDay(firstSubmit), today) },
  };
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const list = out.get(key(row));
    if (list) list.push(row);
    else out.set(key(row), [row]);
  }
  return out;
}

const localDay = (at: string | null | undefined) => (at ? todayInVietnam(new Date(at)) : null);

/**
 * Committees above a cell into whose library the actor may publish the cell's topics (`library.publish`
 * there), nearest first. `chain` is the cell's.
 */
async function publishTargets(db: Kysely<DB>, actor: Actor, chain: readonly string[]) {
  const allowed = chain.slice(1).filter((_id, i) => isAllowed(actor, 'library.publish', chain.slice(i + 1)));
  const units = await listUnitsByIds(db, allowed);
  return allowed.flatMap((id) => {
    const unit = units.find((u) => u.id === id);
    return unit?.kind === 'committee' ? [{ id: unit.id, name: unit.name }] : [];
  });
}

/**
 * Every cell under a unit with its plan for the year, and what the actor may start from this unit's plan
 * area (each flag is the rule its action applies: the policy, and the kind of unit the action needs).
 */
/** One cell of the overview as it is sent: short, flat, a field only when it says something (issue 20). */
export interface OverviewCell {
  id: string;
  name: string;
  /** Its committee: an index into `parents`. */
  parent?: number;
  planId?: string;
  status?: PlanStatus;
  adoptedOn?: string;
  submittedAt?: string;
  reviewedAt?: string;
  overdueSteps?: number;
  reports?: number;
  reportsLastOn?: string;
  lateDays?: number;
  lateSubmitted?: boolean;
  remindedAt?: string;
  remindedBy?: string;
  reminderMessage?: string;
}

/**
 * A committee right under the overview's unit, rolled up (issue 20): how many cells it has at any depth, their
 * plans per state, how many are late, the steps overdue today (and in how many cells), reports of the year.
 */
export interface OverviewCommittee {
  id: string;
  name: string;
  cells: number;
  plans: Record<PlanStateKey, number>;
  late?: number;
  overdueSteps?: number;
  overdueCells?: number;
  reports?: number;
}

/**
 * The plan overview of a unit (issue 20): a row per unit right under it. Each cell (the unit itself when it is a
 * cell) with its plan of the year, the steps overdue today, its reports, how late its plan is against the
 * deadline of the guidance it works under, and the last reminder a committee sent it; each committee rolled up
 * in SQL over its whole subtree (`committees`), so the answer's size does not grow with the cells below a
 * child committee — the officer drills down to it. A fixed number of statements whatever the number of cells:
 * the cells with their maintained summary (db/summaries.ts), the committee above them with the guidance above it
 * (the deadline is judged once per committee), the reminders, and the child committees' two roll-ups.
 * The committee's name and deadline travel once, in `parents`; each cell names its committee by index.
 */
export async function listCellPlans(db: Kysely<DB>, actor: Actor, unitId: string, year: number) {
  const chain = await authorize(db, actor, 'plan.read', unitId);
  const today = todayInVietnam();
  const unit = await store.overviewUnit(db, unitId);
  if (!unit) throw new AppError('NOT_FOUND');
  const isCell = unit.kind === 'cell';
  const isCommittee = unit.kind === 'committee';
  const committeeAbove = isCell ? unit.parentId : unitId;
  // The roll-ups have a row per committee right under the unit: none for a commune, whose cells are all.
  const rollsUp = isCommittee && unit.hasChildCommittees;
  const [rows, committees, reminders, rollups] = await Promise.all([
    overviewRowsUnder(db, { id: unitId, kind: unit.kind }, year),
    committeeAbove ? store.committeesWithGuidance(db, { committeeId: committeeAbove }, year) : new Map(),
    isCommittee ? store.lastCommitteeReminders(db, { childrenOf: unitId }) : new Map(),
    rollsUp ? overviewRollupsUnder(db, unitId, year, today) : [],
  ]);
  const childCommittees: OverviewCommittee[] = rollups.map((r) => {
    const row: OverviewCommittee = { id: r.id, name: r.name, cells: r.cells, plans: r.plans };
    if (r.late > 0) row.late = r.late;
    if (r.overdueSteps > 0) {
      row.overdueSteps = r.overdueSteps;
      row.overdueCells = r.overdueCells;
    }
    if (r.reports > 0) row.reports = r.reports;
    return row;
  });
  // Every cell row has the same committee: the unit itself, or the cell's own (`committeeAbove`). It travels
  // once in `parents`, when there is a row to name it.
  const parents: { id: string; name: string; deadline: LocalDate | null }[] = [];
  const cells: OverviewCell[] = [];
  let index: number | undefined;
  let deadline: LocalDate | null = null;
  if (rows.length > 0 && committeeAbove) {
    const k = committees.get(committeeAbove);
    deadline = k ? governingDeadline(k.chain, k.guidance) : null;
    index = parents.push({ id: committeeAbove, name: k?.name ?? '', deadline }) - 1;
  }
  for (const r of rows) {
    const cell: OverviewCell = { id: r.cell_id, name: r.cell_name };
    if (index !== undefined) cell.parent = index;
    const hasPlan = r.plan_id !== null && r.plan_status !== null;
    if (hasPlan) {
      cell.planId = r.plan_id ?? undefined;
      cell.status = r.plan_status as PlanStatus;
      if (r.plan_adopted_on) cell.adoptedOn = r.plan_adopted_on;
      if (r.plan_submitted_at) cell.submittedAt = r.plan_submitted_at;
      if (r.plan_reviewed_at) cell.reviewedAt = r.plan_reviewed_at;
      const overdue = stepsOverdue(r.steps_due ?? '', today);
      if (overdue > 0) cell.overdueSteps = overdue;
    }
    const reports = Number(r.reports ?? 0);
    if (reports > 0) {
      cell.reports = reports;
      if (r.reports_last_on) cell.reportsLastOn = r.reports_last_on;
    }
    const late = planLateness(deadline, hasPlan ? (r.first_submitted_on ?? null) : null, today);
    if (late) {
      cell.lateDays = late.days;
      cell.lateSubmitted = late.submitted;
    }
    const reminder = reminders.get(r.cell_id);
    if (reminder) {
      cell.remindedAt = reminder.sent_at;
      if (reminder.sent_by_name) cell.remindedBy = reminder.sent_by_name;
      cell.reminderMessage = reminder.message;
    }
    cells.push(cell);
  }
  return {
    parents,
    cells,
    committees: childCommittees,
    permissions: {
      createPlan: isCell && isAllowed(actor, 'plan.edit', chain),
      issueGuidance: isCommittee && isAllowed(actor, 'guidance.issue', chain),
      registerTopic: isCell && (await mayRegisterIn(db, actor, unitId, chain)),
      publishModel: isCommittee && isAllowed(actor, 'library.publish', chain),
      remindCells: isCommittee && isAllowed(actor, 'committee.remind', chain),
    },
  };
}

/**
 * How many steps are overdue today in each cell's plan for the year: step-progress.ts's rule counted in SQL over
 * the maintained summaries (db/summaries.ts; steps-left.ts says why the two agree).
 */
export function overdueStepsByCell(db: Kysely<DB>, unitId: string, year: number) {
  return overdueStepsUnder(db, unitId, year, todayInVietnam());
}

export async function getPlan(db: Kysely<DB> | Trx, id: string) {
  const plan = await store.findPlan(db, id);
  if (!plan) throw new AppError('NOT_FOUND');
  return plan;
}

async function checksOf(trx: Trx, plan: DB['plan']): Promise<PlanCheckResult> {
  const loaded = await store.loadTopics(trx, plan.id);
  return checkPlan({
    legalBases: store.legalBases(plan),
    topics: loaded.topics.map((t) => ({
      quarter: t.quarter,
      preparerIds: loaded.preparers.filter((p) => p.topic_id === t.id).map((p) => p.id),
      steps: loaded.steps
        .filter((s) => s.topic_id === t.id)
        .map((s) => ({ step: s.step, dueMonth: s.due_month })),
    })),
  });
}

async function snapshot(trx: Trx, plan: DB['plan']) {
  const loaded = await store.loadTopics(trx, plan.id);
  return { ...plan, topics: loaded.topics, preparers: loaded.preparers, steps: loaded.steps };
}
