import type { Kysely } from 'kysely';
import type { DB } from '#db/schema.ts';
import { type Actor, isAllowed } from '#domain/authz/policy.ts';
import { todayInVietnam } from '#domain/dates/local-date.ts';
import { reviewState } from '#domain/follow-up/review.ts';
import {
  countTasks,
  latestReport,
  type TaskProgress,
  taskProgress,
} from '#domain/follow-up/task-progress.ts';
import { authorize } from '../../authz/authorize.ts';
import { AppError } from '../../http/app-error.ts';
import { getUnit } from '../orgs/index.ts';
import { loadResolution } from './access.ts';
import * as store from './store.ts';

/** An assignment as every list shows it: where it came from and where it stands. */
function present(
  task: store.TaskRow,
  reports: store.ReportRow[],
  progress: TaskProgress,
  mayReport: boolean,
) {
  const last = latestReport(
    reports.map((r) => ({ ...r, reportedOn: r.reported_on, recordedAt: r.created_at })),
  );
  return {
    id: task.id,
    title: task.title,
    owner: task.owner_id ? { id: task.owner_id, name: task.owner_name ?? '' } : null,
    dueOn: task.due_on,
    meeting: {
      id: task.meeting_id,
      heldOn: task.held_on,
      topicId: task.topic_id,
      topicTitle: task.topic_title,
    },
    ...progress,
    lastNote: last?.note ?? null,
    mayReport,
  };
}

/**
 * Assignments with their progress from one query of reports for the whole list. `asOf` reads them as they were
 * known at an instant (an issued review).
 */
async function withProgress(
  db: Kysely<DB>,
  tasks: store.TaskRow[],
  mayReport: (task: store.TaskRow) => boolean,
  asOf?: string,
) {
  // An issued review reads overdue against the day it was issued, not today.
  const today = todayInVietnam(asOf === undefined ? new Date() : new Date(asOf));
  const shown = asOf === undefined ? tasks : tasks.filter((t) => t.created_at <= asOf);
  const reports = await store.listReports(
    db,
    shown.map((t) => t.id),
  );
  const byTask = new Map<string, store.ReportRow[]>();
  for (const r of reports) {
    if (asOf !== undefined && r.created_at > asOf) continue;
    const list = byTask.get(r.task_id);
    if (list) list.push(r);
    else byTask.set(r.task_id, [r]);
  }
  return shown.map((task) => {
    const own = byTask.get(task.id) ?? [];
    const facts = own.map((r) => ({ status: r.status, reportedOn: r.reported_on, recordedAt: r.created_at }));
    return present(task, own, taskProgress(task.due_on, facts, today), mayReport(task));
  });
}

const ownedBy = (actor: Actor) => (task: store.TaskRow) =>
  task.owner_id !== null && task.owner_id === actor.personId;

/** The cell's assignments over a year and where each stands: what the secretary checks at the next meeting. */
export async function cellTasks(db: Kysely<DB>, actor: Actor, cellId: string, year: number) {
  const chain = await authorize(db, actor, 'meeting.read', cellId);
  const manages = isAllowed(actor, 'meeting.manage', chain);
  const tasks = await withProgress(
    db,
    await store.listCellTasks(db, cellId, year),
    (t) => manages || ownedBy(actor)(t),
  );
  return { year, tasks, counts: countTasks(tasks) };
}

/** The cell's assignments with its name, for the .xlsx export: the same list, read under the same rule. */
export async function cellTasksOf(db: Kysely<DB>, actor: Actor, cellId: string, year: number) {
  const { tasks } = await cellTasks(db, actor, cellId, year);
  return { cell: await getUnit(db, cellId), tasks };
}

/** The actor's own assignments over a year, for "Việc của tôi". */
export async function myTasks(db: Kysely<DB>, actor: Actor, year: number) {
  if (!actor.personId) return { year, tasks: [], reviews: [] };
  // The cells whose reviews the actor writes: where they hold the secretary's (or deputy's) grant.
  const managed = actor.grants.map((g) => g.unitId).filter((id) => isAllowed(actor, 'meeting.manage', [id]));
  const today = todayInVietnam();
  const [tasks, reviews] = await Promise.all([
    tasksOfPerson(db, actor.personId, year),
    store.listOpenReviews(db, [...new Set(managed)], year),
  ]);
  return {
    year,
    tasks,
    reviews: reviews.map((r) => ({
      id: r.id,
      kind: r.kind,
      dueOn: r.due_on,
      state: reviewState({ id: r.id, kind: r.kind, dueOn: r.due_on, issued: false }, today),
      topic: { id: r.topic_id, title: r.topic_title },
    })),
  };
}

/** A person's assignments over a year and where each stands (callers authorise: "Việc của tôi", scorecard). */
export async function tasksOfPerson(db: Kysely<DB>, personId: string, year: number) {
  return withProgress(db, await store.listOwnTasks(db, personId, year), () => true);
}

/** One assignment with every report written about it. */
export async function getTask(db: Kysely<DB>, actor: Actor, taskId: string) {
  const task = await store.findTask(db, taskId);
  if (!task) throw new AppError('NOT_FOUND');
  const chain = await authorize(db, actor, 'meeting.read', task.cell_id);
  const mayReport =
    task.meeting_status === 'ended' && (isAllowed(actor, 'meeting.manage', chain) || ownedBy(actor)(task));
  const reports = await store.listReports(db, [taskId]);
  const facts = reports.map((r) => ({
    status: r.status,
    reportedOn: r.reported_on,
    recordedAt: r.created_at,
  }));
  return {
    ...present(task, reports, taskProgress(task.due_on, facts, todayInVietnam()), mayReport),
    reports: reports.map((r) => ({
      id: r.id,
      status: r.status,
      note: r.note,
      reportedOn: r.reported_on,
      reporterName: r.reporter_name,
      recordedAt: r.created_at,
    })),
  };
}

function summary(r: DB['resolution_review'], today: string) {
  return {
    id: r.id,
    kind: r.kind,
    dueOn: r.due_on,
    state: reviewState({ id: r.id, kind: r.kind, dueOn: r.due_on, issued: r.issued_at !== null }, today),
    number: r.number,
    issuedOn: r.issued_on,
  };
}

/**
 * The reviews of a resolution: the secretary sees the planned ones; members and the committee above see those
 * issued (the report reaches them when it is issued).
 */
export async function topicReviews(db: Kysely<DB>, actor: Actor, topicId: string) {
  const access = await loadResolution(db, actor, topicId);
  const today = todayInVietnam();
  const rows = await store.listReviews(db, topicId);
  const tasks = await withProgress(db, await store.listTopicTasks(db, topicId), () => false);
  return {
    resolution: access.resolution,
    mayPlan:
      access.manages &&
      access.resolution.issuedOn !== null &&
      !rows.some((r) => r.kind === 'final' && r.issued_at),
    reviews: rows.filter((r) => access.manages || r.issued_at !== null).map((r) => summary(r, today)),
    taskCounts: countTasks(tasks),
  };
}

/** One review: its four parts and the resolution's tasks as they stand (or stood when it was issued). */
export async function getReview(db: Kysely<DB>, actor: Actor, reviewId: string) {
  const review = await store.findReview(db, reviewId);
  if (!review) throw new AppError('NOT_FOUND');
  const access = await loadResolution(db, actor, review.topic_id);
  if (!access.manages && review.issued_at === null) throw new AppError('NOT_FOUND');
  const asOf = review.issued_at ?? undefined;
  const tasks = await withProgress(db, await store.listTopicTasks(db, review.topic_id), () => false, asOf);
  return {
    ...summary(review, todayInVietnam()),
    topic: { id: access.topic.id, title: access.topic.title, cellId: access.topic.cell_id },
    resolution: access.resolution,
    results: review.results,
    shortcomings: review.shortcomings,
    lessons: review.lessons,
    nextSteps: review.next_steps,
    tasks,
    taskCounts: countTasks(tasks),
    mayEdit: access.manages && review.issued_at === null,
    updatedAt: review.updated_at,
  };
}
