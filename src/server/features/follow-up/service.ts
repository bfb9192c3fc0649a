import type { Kysely, Transaction } from 'kysely';
import { newId, nowIso, nowIsoAfter } from '#db/ids.ts';
import type { DB } from '#db/schema.ts';
import { type Actor, isAllowed } from '#domain/authz/policy.ts';
import { todayInVietnam } from '#domain/dates/local-date.ts';
import {
  issueProblem,
  missingForIssue,
  planProblem,
  type ReviewFact,
  type ReviewKind,
  type ReviewTexts,
} from '#domain/follow-up/review.ts';
import { reportDateProblem, type TaskReportStatus } from '#domain/follow-up/task-progress.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { authorize } from '../../authz/authorize.ts';
import { AppError } from '../../http/app-error.ts';
import { issueReport } from '../../issuing/issue-report.ts';
import { loadResolution, type ResolutionAccess } from './access.ts';
import { reviewDocumentFor } from './review-document.ts';
import * as store from './store.ts';

export interface TaskReportInput {
  status: TaskReportStatus;
  note?: string | null;
  reportedOn?: string | null;
}

/**
 * Reports how an assignment stands (seed 002: the next meeting checks what was concluded, collectively and
 * per person). The person assigned reports on their own task; the secretary (or deputy) records the cell's
 * check of any task, collective ones included.
 */
export async function reportTask(db: Kysely<DB>, actor: Actor, taskId: string, input: TaskReportInput) {
  await db.transaction().execute(async (trx) => {
    const task = await store.findTask(trx, taskId);
    if (!task) throw new AppError('NOT_FOUND');
    const chain = await authorize(trx, actor, 'meeting.read', task.cell_id);
    const ownsIt = task.owner_id !== null && task.owner_id === actor.personId;
    if (!ownsIt && !isAllowed(actor, 'meeting.manage', chain)) throw new AppError('TASK_NOT_OWNER');
    if (task.meeting_status !== 'ended') throw new AppError('TASK_MEETING_NOT_ENDED');
    const today = todayInVietnam();
    const reportedOn = input.reportedOn ?? today;
    const problem = reportDateProblem(reportedOn, task.held_on, today);
    if (problem)
      throw new AppError('VALIDATION_FAILED', {
        reportedOn: problem === 'BEFORE_MEETING' ? 'TASK_REPORT_BEFORE_MEETING' : 'TASK_REPORT_IN_FUTURE',
      });
    if (input.status === 'not_done' && !input.note)
      throw new AppError('VALIDATION_FAILED', { note: 'TASK_REPORT_NOTE_REQUIRED' });
    const row: DB['task_report'] = {
      id: newId(),
      task_id: taskId,
      status: input.status,
      note: input.note ?? null,
      reported_on: reportedOn,
      reported_by: actor.personId,
      created_at: nowIso(),
      meeting_id: null,
    };
    await store.insertReport(trx, row);
    await recordAudit(trx, actor, {
      action: 'task.report',
      entityType: 'meeting_task',
      entityId: taskId,
      unitId: task.cell_id,
      after: row,
    });
  });
}

function requireManager(access: ResolutionAccess): void {
  if (!access.manages) throw new AppError('FORBIDDEN');
}

const fact = (r: DB['resolution_review']): ReviewFact => ({
  id: r.id,
  kind: r.kind,
  dueOn: r.due_on,
  issued: r.issued_at !== null,
});

function refusePlan(problem: ReturnType<typeof planProblem>): void {
  if (!problem) return;
  if (problem.code === 'REVIEW_FIELD')
    throw new AppError('VALIDATION_FAILED', { [problem.field]: problem.reason });
  throw new AppError(problem.code);
}

/** A review as planned: its kind and day, nothing written, not issued. */
export function newReview(p: {
  topicId: string;
  kind: ReviewKind;
  dueOn: string;
  createdBy: string | null;
  at: string;
}): DB['resolution_review'] {
  return {
    id: newId(),
    topic_id: p.topicId,
    kind: p.kind,
    due_on: p.dueOn,
    results: null,
    shortcomings: null,
    lessons: null,
    next_steps: null,
    number: null,
    issued_at: null,
    issued_on: null,
    issued_by: null,
    created_by: p.createdBy,
    created_at: p.at,
    updated_at: p.at,
  };
}

/** Plans an interim or the final review of an issued resolution (seed 003, step 5). */
export async function planReview(
  db: Kysely<DB>,
  actor: Actor,
  topicId: string,
  input: { kind: ReviewKind; dueOn: string },
): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const access = await loadResolution(trx, actor, topicId);
    requireManager(access);
    const others = (await store.listReviews(trx, topicId)).map(fact);
    refusePlan(planProblem(access.resolution, others, input.kind, input.dueOn));
    const row = newReview({
      topicId,
      kind: input.kind,
      dueOn: input.dueOn,
      createdBy: actor.personId,
      at: nowIso(),
    });
    await store.insertReview(trx, row);
    await recordAudit(trx, actor, {
      action: 'review.plan',
      entityType: 'resolution_review',
      entityId: row.id,
      unitId: access.topic.cell_id,
      after: { kind: row.kind, dueOn: row.due_on },
    });
    return row.id;
  });
}

/**
 * One change to a review not yet issued: authorise, check it is still open, write it only if nobody changed
 * it meanwhile, record it.
 */
async function changeReview(
  db: Kysely<DB>,
  actor: Actor,
  reviewId: string,
  action: string,
  work: (
    trx: Transaction<DB>,
    review: DB['resolution_review'],
    access: ResolutionAccess,
    others: ReviewFact[],
  ) => Promise<Partial<DB['resolution_review']> | 'delete'>,
  expectedUpdatedAt?: string | null,
) {
  await db.transaction().execute(async (trx) => {
    const review = await store.findReview(trx, reviewId);
    if (!review) throw new AppError('NOT_FOUND');
    const access = await loadResolution(trx, actor, review.topic_id);
    // A review still being written is the secretary's working paper: it does not exist for others yet.
    if (!access.manages && review.issued_at === null) throw new AppError('NOT_FOUND');
    requireManager(access);
    if (review.issued_at !== null) throw new AppError('REVIEW_ALREADY_ISSUED');
    if (expectedUpdatedAt && expectedUpdatedAt !== review.updated_at) throw new AppError('REVIEW_CHANGED');
    const others = (await store.listReviews(trx, review.topic_id)).filter((r) => r.id !== reviewId).map(fact);
    const patch = await work(trx, review, access, others);
    if (patch === 'delete') {
      await store.deleteReview(trx, reviewId);
    } else if (
      !(await store.updateReview(
        trx,
        reviewId,
        { ...patch, updated_at: nowIsoAfter(review.updated_at) },
        review.updated_at,
      ))
    ) {
      throw new AppError('REVIEW_CHANGED');
    }
    await recordAudit(trx, actor, {
      action,
      entityType: 'resolution_review',
      entityId: reviewId,
      unitId: access.topic.cell_id,
      before: review,
      after: patch,
    });
  });
}

export interface ReviewInput extends ReviewTexts {
  dueOn: string;
  expectedUpdatedAt?: string | null;
}

/** Writes the review (its date and its four parts) until it is issued. */
export async function saveReview(db: Kysely<DB>, actor: Actor, reviewId: string, input: ReviewInput) {
  await changeReview(
    db,
    actor,
    reviewId,
    'review.save',
    async (_trx, review, access, others) => {
      if (input.dueOn !== review.due_on)
        refusePlan(planProblem(access.resolution, others, review.kind, input.dueOn));
      return {
        due_on: input.dueOn,
        results: input.results,
        shortcomings: input.shortcomings,
        lessons: input.lessons,
        next_steps: input.nextSteps,
      };
    },
    input.expectedUpdatedAt,
  );
}

/** Drops a planned review that was not issued. */
export async function deleteReview(db: Kysely<DB>, actor: Actor, reviewId: string) {
  await changeReview(db, actor, reviewId, 'review.delete', async () => 'delete');
}

/**
 * Issues the review as the cell's report (BC) to the committee above: numbered now, in the unit's run, and
 * fixed from then on — its task table reads the reports as they stood at this moment.
 */
export async function issueReview(db: Kysely<DB>, actor: Actor, reviewId: string) {
  await changeReview(db, actor, reviewId, 'review.issue', async (trx, review, access, others) => {
    const problem = issueProblem(fact(review), others, todayInVietnam());
    if (problem) throw new AppError(problem);
    const missing = missingForIssue(review.kind, {
      results: review.results,
      shortcomings: review.shortcomings,
      lessons: review.lessons,
      nextSteps: review.next_steps,
    });
    if (missing.length > 0)
      throw new AppError(
        'VALIDATION_FAILED',
        Object.fromEntries(missing.map((f) => [f, 'REVIEW_TEXT_REQUIRED'])),
      );
    // The report is issued as the cell's next BC, its document frozen as signed (documents/issued.ts).
    const doc = await reviewDocumentFor(trx, actor, review.id);
    const issued = await issueReport(
      trx,
      actor,
      { id: access.topic.cell_id, kind: 'cell' },
      { kind: 'review', reviewId: review.id },
      doc,
    );
    return {
      number: issued.number,
      issued_at: issued.issued_at,
      issued_on: issued.issued_on,
      issued_by: actor.personId,
    };
  });
}
