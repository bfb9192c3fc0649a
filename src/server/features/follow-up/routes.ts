import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { REVIEW_KINDS } from '#domain/follow-up/review.ts';
import { TASK_REPORT_STATUSES } from '#domain/follow-up/task-progress.ts';
import { requireActor } from '../../authz/authorize.ts';
import type { AppEnv } from '../../http/context.ts';
import {
  ExpectedVersion,
  errorResponses,
  IdParams,
  jsonBody,
  jsonResponse,
  LocalDateSchema,
  OptionalText,
  YearQuery,
} from '../../http/schemas.ts';
import { validationHook } from '../../http/validation.ts';
import { xlsxContent, xlsxResponse } from '../../xlsx/sheet.ts';
import * as service from './service.ts';
import * as view from './view.ts';
import { tasksWorkbook } from './workbook.ts';

const tags = ['follow-up'];

const TASK_STATES = ['open', ...TASK_REPORT_STATUSES] as const;
const TaskSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    /** Null for a collective assignment (the whole cell). */
    owner: z.object({ id: z.string(), name: z.string() }).nullable(),
    dueOn: z.string().nullable(),
    meeting: z.object({
      id: z.string(),
      heldOn: z.string(),
      topicId: z.string().nullable(),
      topicTitle: z.string().nullable(),
    }),
    state: z.enum(TASK_STATES),
    overdue: z.boolean(),
    doneLate: z.boolean(),
    lastReportedOn: z.string().nullable(),
    lastNote: z.string().nullable(),
    /** The signed-in user may report on it: the person assigned, or the secretary (or deputy). */
    mayReport: z.boolean(),
  })
  .openapi('FollowUpTask');
const CountsSchema = z
  .object({
    total: z.number().int(),
    done: z.number().int(),
    inProgress: z.number().int(),
    notDone: z.number().int(),
    open: z.number().int(),
    overdue: z.number().int(),
  })
  .openapi('TaskCounts');
const CellTasksSchema = z
  .object({ year: z.number().int(), tasks: z.array(TaskSchema), counts: CountsSchema })
  .openapi('CellTasks');
const MyTasksSchema = z
  .object({
    year: z.number().int(),
    tasks: z.array(TaskSchema),
    /** Reviews the signed-in secretary (or deputy) has to write: planned, not issued, due this year. */
    reviews: z.array(
      z.object({
        id: z.string(),
        kind: z.enum(REVIEW_KINDS),
        dueOn: z.string(),
        state: z.enum(['planned', 'overdue', 'issued']),
        topic: z.object({ id: z.string(), title: z.string() }),
      }),
    ),
  })
  .openapi('MyTasks');
const TaskDetailSchema = TaskSchema.extend({
  reports: z.array(
    z.object({
      id: z.string(),
      status: z.enum(TASK_REPORT_STATUSES),
      note: z.string().nullable(),
      reportedOn: z.string(),
      reporterName: z.string().nullable(),
      recordedAt: z.string(),
    }),
  ),
}).openapi('FollowUpTaskDetail');
const TaskReportRequest = z
  .object({
    status: z.enum(TASK_REPORT_STATUSES),
    note: OptionalText(5000),
    reportedOn: LocalDateSchema.nullish(),
  })
  .openapi('TaskReportRequest');

const ResolutionSchema = z.object({
  kind: z.string(),
  number: z.number().int().nullable(),
  issuedOn: z.string().nullable(),
});
const ReviewSummarySchema = z
  .object({
    id: z.string(),
    kind: z.enum(REVIEW_KINDS),
    dueOn: z.string(),
    state: z.enum(['planned', 'overdue', 'issued']),
    number: z.number().int().nullable(),
    issuedOn: z.string().nullable(),
  })
  .openapi('ReviewSummary');
const TopicReviewsSchema = z
  .object({
    resolution: ResolutionSchema,
    /** The signed-in user may plan a review: the secretary (or deputy) of an issued, still open resolution. */
    mayPlan: z.boolean(),
    reviews: z.array(ReviewSummarySchema),
    taskCounts: CountsSchema,
  })
  .openapi('TopicReviews');
const ReviewSchema = ReviewSummarySchema.extend({
  topic: z.object({ id: z.string(), title: z.string(), cellId: z.string() }),
  resolution: ResolutionSchema,
  results: z.string().nullable(),
  shortcomings: z.string().nullable(),
  lessons: z.string().nullable(),
  nextSteps: z.string().nullable(),
  tasks: z.array(TaskSchema),
  taskCounts: CountsSchema,
  mayEdit: z.boolean(),
  updatedAt: z.string(),
}).openapi('ResolutionReview');
const PlanReviewRequest = z
  .object({ kind: z.enum(REVIEW_KINDS), dueOn: LocalDateSchema })
  .openapi('PlanReviewRequest');
const ReviewRequest = z
  .object({
    dueOn: LocalDateSchema,
    results: OptionalText(50_000),
    shortcomings: OptionalText(50_000),
    lessons: OptionalText(50_000),
    nextSteps: OptionalText(50_000),
    expectedUpdatedAt: ExpectedVersion,
  })
  .openapi('ReviewRequest');

const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
const db = (c: Context<AppEnv>) => c.get('database').db;
const actor = (c: Context<AppEnv>) => requireActor(c.get('actor'));
const nullable = (v: string | null | undefined) => v ?? null;

app
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{id}/tasks',
      tags,
      summary: 'The cell’s assignments over a year and where each stands (checked at the next meeting)',
      request: { params: IdParams, query: YearQuery },
      responses: { 200: jsonResponse(CellTasksSchema, 'Assignments'), ...errorResponses },
    }),
    async (c) =>
      c.json(await view.cellTasks(db(c), actor(c), c.req.valid('param').id, c.req.valid('query').year), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{id}/tasks/export',
      tags,
      summary: 'The cell’s assignments over a year as an Excel workbook (.xlsx): owner, due day, state, late',
      request: { params: IdParams, query: YearQuery },
      responses: { 200: xlsxContent, ...errorResponses },
    }),
    async (c) => {
      const { year } = c.req.valid('query');
      const { cell, tasks } = await view.cellTasksOf(db(c), actor(c), c.req.valid('param').id, year);
      return xlsxResponse(await tasksWorkbook(cell.name, year, tasks), `theo-dõi-nhiệm-vụ-${year}.xlsx`);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/me/tasks',
      tags,
      summary: 'The assignments meetings gave me over a year, and the resolution reviews I have to write',
      request: { query: YearQuery },
      responses: { 200: jsonResponse(MyTasksSchema, 'My assignments'), ...errorResponses },
    }),
    async (c) => c.json(await view.myTasks(db(c), actor(c), c.req.valid('query').year), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/tasks/{id}',
      tags,
      summary: 'An assignment with every report on it',
      request: { params: IdParams },
      responses: { 200: jsonResponse(TaskDetailSchema, 'The assignment'), ...errorResponses },
    }),
    async (c) => c.json(await view.getTask(db(c), actor(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/tasks/{id}/reports',
      tags,
      summary: 'Report how an assignment stands: in progress, done, or not done (with why)',
      request: { params: IdParams, ...jsonBody(TaskReportRequest) },
      responses: {
        201: jsonResponse(TaskDetailSchema, 'The assignment after the report'),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      await service.reportTask(db(c), actor(c), id, {
        status: body.status,
        note: nullable(body.note),
        reportedOn: nullable(body.reportedOn),
      });
      return c.json(await view.getTask(db(c), actor(c), id), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/topics/{id}/reviews',
      tags,
      summary: 'The interim and final reviews of a resolution topic',
      request: { params: IdParams },
      responses: { 200: jsonResponse(TopicReviewsSchema, 'Reviews'), ...errorResponses },
    }),
    async (c) => c.json(await view.topicReviews(db(c), actor(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/topics/{id}/reviews',
      tags,
      summary: 'Plan an interim (sơ kết) or the final (tổng kết) review of an issued resolution',
      request: { params: IdParams, ...jsonBody(PlanReviewRequest) },
      responses: { 201: jsonResponse(ReviewSchema, 'Planned'), ...errorResponses },
    }),
    async (c) => {
      const id = await service.planReview(db(c), actor(c), c.req.valid('param').id, c.req.valid('json'));
      return c.json(await view.getReview(db(c), actor(c), id), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/reviews/{id}',
      tags,
      summary: 'A review: its parts and the resolution’s tasks as they stand (or stood when issued)',
      request: { params: IdParams },
      responses: { 200: jsonResponse(ReviewSchema, 'The review'), ...errorResponses },
    }),
    async (c) => c.json(await view.getReview(db(c), actor(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/reviews/{id}',
      tags,
      summary: 'Write the review (until it is issued)',
      request: { params: IdParams, ...jsonBody(ReviewRequest) },
      responses: { 200: jsonResponse(ReviewSchema, 'The review after the change'), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      await service.saveReview(db(c), actor(c), id, {
        dueOn: body.dueOn,
        results: nullable(body.results),
        shortcomings: nullable(body.shortcomings),
        lessons: nullable(body.lessons),
        nextSteps: nullable(body.nextSteps),
        expectedUpdatedAt: body.expectedUpdatedAt,
      });
      return c.json(await view.getReview(db(c), actor(c), id), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/reviews/{id}',
      tags,
      summary: 'Drop a review that was not issued',
      request: { params: IdParams },
      responses: { 204: { description: 'Dropped' }, ...errorResponses },
    }),
    async (c) => {
      await service.deleteReview(db(c), actor(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/reviews/{id}/issue',
      tags,
      summary: 'Issue the review as the cell’s numbered report (BC) to the committee above',
      request: { params: IdParams, ...jsonBody(z.object({}).openapi('IssueReviewRequest')) },
      responses: { 200: jsonResponse(ReviewSchema, 'Issued'), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      await service.issueReview(db(c), actor(c), id);
      return c.json(await view.getReview(db(c), actor(c), id), 200);
    },
  );

export const followUpRoutes = app;
