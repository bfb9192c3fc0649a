import type { Kysely, Transaction } from 'kysely';
import { nextDocumentNumber } from '#db/document-numbers.ts';
import { newId, nowIso, nowIsoAfter } from '#db/ids.ts';
import type { DB } from '#db/schema.ts';
import { overdueStepsUnder, summariesUnder } from '#db/summaries.ts';
import { uniqueViolationAs } from '#db/unique-violation.ts';
import { type Actor, isAllowed } from '#domain/authz/policy.ts';
import { type LocalDate, todayInVietnam } from '#domain/dates/local-date.ts';
import { checkPlan, type PlanCheckResult } from '#domain/plans/plan-checks.ts';
import { governingDeadline, planLateness } from '#domain/plans/plan-deadline.ts';
import {
  allowedPlanActions,
  isPlanEditable,
  nextPlanStatus,
  type PlanAction,
} from '#domain/plans/plan-status.ts';
import { isFinishedTopic } from '#domain/preparation/draft-status.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { authorize } from '../../authz/authorize.ts';
import { AppError } from '../../http/app-error.ts';
import { notify } from '../../notifications/notify.ts';
import { guidanceLists, listGuidanceOf } from '../guidance/index.ts';
import { getUnit, listUnitsByIds } from '../orgs/index.ts';
import { listPreparationsOfTopics, progressOf } from '../preparation/index.ts';
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

export async function getPlanDetail(db: Kysely<DB>, actor: Actor, planId: string) {
  const plan = await getPlan(db, planId);
  const chain = await authorize(db, actor, 'plan.read', plan.cell_id);
  const [cell, loaded, events, people] = await Promise.all([
    getUnit(db, plan.cell_id),
    loadTopicsWithPreparation(db, planId),
    store.listEvents(db, planId),
    store.listAssignablePeople(db, plan.cell_id),
  ]);
  // Libraries open to the plan's finished topics only: none while no topic was presented yet.
  const publishTo = loaded.preparations.some((p) => isFinishedTopic(p.status))
    ? await publishTargets(db, actor, chain)
    : [];
  const adopted = plan.status !== 'draft';
  const topics = loaded.topics.map((t) => {
    const steps = loaded.steps.filter((s) => s.topic_id === t.id);
    const prep = loaded.preparations.find((p) => p.topic_id === t.id);
    return {
      ...t,
      preparers: loaded.preparers.filter((p) => p.topic_id === t.id),
      steps,
      preparationStatus: prep?.status ?? null,
      // Steps fall due only once the cell has adopted the plan.
      progress: adopted ? progressOf(plan.year, steps, prep) : null,
    };
  });
  const checks = checkPlan({
    legalBases: store.legalBases(plan),
    topics: topics.map((t) => ({
      quarter: t.quarter,
      preparerIds: t.preparers.map((p) => p.id),
      steps: t.steps.map((s) => ({ step: s.step, dueMonth: s.due_month })),
    })),
  });
  const canEdit = isAllowed(actor, 'plan.edit', chain);
  // Seed 000: "Đảng ủy cấp trên trực tiếp" — only the committee directly above reviews (policy `parent`).
  const canReview = isAllowed(actor, 'plan.review', chain);
  const deadline = await deadlineAbove(db, chain.slice(1), plan.year);
  const firstSubmit = events.find((e) => e.action === 'submit')?.at ?? null;
  const actions = allowedPlanActions(plan.status).filter((a) =>
    a === 'acknowledge' || a === 'return' ? canReview : canEdit,
  );
  return {
    plan,
    cell,
    topics,
    events,
    checks,
    people,
    permissions: { edit: canEdit && isPlanEditable(plan.status), review: canReview, actions, publishTo },
    /** The guidance's deadline for the plan and how late it was sent (or still is): the cell and the committee see it. */
    deadline: { on: deadline, late: planLateness(deadline, localDay(firstSubmit), todayInVietnam()) },
  };
}

/** The plan deadline of the guidance the cell works under (plan-deadline.ts); `above` nearest first. */
async function deadlineAbove(db: Kysely<DB>, above: readonly string[], year: number) {
  const guidance = await listGuidanceOf(db, above, year);
  return governingDeadline(
    above,
    guidance.map((g) => ({ committeeId: g.committee_id, planDeadline: g.plan_deadline })),
  );
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
export async function listCellPlans(db: Kysely<DB>, actor: Actor, unitId: string, year: number) {
  const chain = await authorize(db, actor, 'plan.read', unitId);
  const today = todayInVietnam();
  // The counts come from the maintained summaries (db/summaries.ts), one statement each over the subtree.
  const [unit, cells, overdue, summaries, above] = await Promise.all([
    getUnit(db, unitId),
    store.listCellPlans(db, unitId, year),
    overdueStepsUnder(db, unitId, year, today),
    summariesUnder(db, unitId, year),
    store.committeesAboveCells(db, unitId),
  ]);
  const isCell = unit.kind === 'cell';
  const isCommittee = unit.kind === 'committee';
  // Each cell's plan against the deadline of the guidance it works under, as its own plan page shows it.
  const guidance = await listGuidanceOf(db, [...new Set([...above.values()].flat())], year);
  const deadlines = guidance.map((g) => ({ committeeId: g.committee_id, planDeadline: g.plan_deadline }));
  const summaryOf = new Map(summaries.map((s) => [s.cell_id, s]));
  const reminders = isCommittee ? await store.lastCommitteeRemindersUnder(db, unitId) : new Map();
  // The same chain of committees gives the same deadline: judged once per chain, not once per cell.
  const deadlineOf = new Map<string, LocalDate | null>();
  return {
    cells: cells.map((c) => {
      const chainAbove = above.get(c.cell_id) ?? [];
      const chainKey = chainAbove.join('/');
      let deadline = deadlineOf.get(chainKey);
      if (deadline === undefined) {
        deadline = governingDeadline(chainAbove, deadlines);
        deadlineOf.set(chainKey, deadline);
      }
      const summary = summaryOf.get(c.cell_id);
      const submitted = c.plan_id ? (summary?.first_submitted_on ?? null) : null;
      return {
        ...c,
        overdue_steps: overdue.get(c.cell_id) ?? 0,
        reports: summary?.reports
          ? { count: summary.reports, lastOn: summary.reports_last_on }
          : { count: 0, lastOn: null },
        deadline,
        late: planLateness(deadline, submitted, today),
        last_reminder: reminders.get(c.cell_id) ?? null,
      };
    }),
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

async function loadTopicsWithPreparation(db: Kysely<DB>, planId: string) {
  const loaded = await store.loadTopics(db, planId);
  const preparations = await listPreparationsOfTopics(
    db,
    loaded.topics.map((t) => t.id),
  );
  return { ...loaded, preparations };
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
