import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { todayInVietnam } from '#domain/dates/local-date.ts';
import { INSPECTION_KINDS } from '#domain/inspections/inspections.ts';
import { QUALITY_LEVELS } from '#domain/quality/rubric.ts';
import { requireActor } from '../../authz/authorize.ts';
import type { AppEnv } from '../../http/context.ts';
import {
  errorResponses,
  IdParams,
  IdSchema,
  jsonBody,
  jsonResponse,
  LocalDateSchema,
  OptionalText,
  RequiredText,
  YearSchema,
} from '../../http/schemas.ts';
import { validationHook } from '../../http/validation.ts';
import { loadInspection } from './access.ts';
import { InspectionListSchema, InspectionSchema, presentInspection, presentList } from './presenter.ts';
import * as service from './service.ts';
import * as store from './store.ts';

const tags = ['inspections'];

const PlanRequest = z
  .object({
    cellId: IdSchema,
    kind: z.enum(INSPECTION_KINDS),
    content: RequiredText(4000),
    plannedOn: LocalDateSchema,
    teamIds: z.array(IdSchema).max(20).default([]),
  })
  .openapi('InspectionPlanRequest');

const PlanEditRequest = z
  .object({
    kind: z.enum(INSPECTION_KINDS),
    content: RequiredText(4000),
    plannedOn: LocalDateSchema,
    teamIds: z.array(IdSchema).max(20).default([]),
  })
  .openapi('InspectionPlanEditRequest');

const VisitRequest = z
  .object({
    visitedOn: LocalDateSchema,
    visitorIds: z.array(IdSchema).min(1, { message: 'required' }).max(20),
    findings: RequiredText(20_000),
    assessment: OptionalText(20_000),
    /** The assessment against the quality rubric: one of its levels, or none. */
    rubricLevel: z.enum(QUALITY_LEVELS).nullable().optional(),
  })
  .openapi('InspectionVisitRequest');

const ConclusionRequest = z
  .object({
    conclusion: RequiredText(20_000),
    requests: z
      .array(z.object({ text: RequiredText(4000), dueOn: LocalDateSchema }))
      .max(30)
      .default([]),
  })
  .openapi('InspectionConclusionRequest');

const AnswerRequest = z
  .object({ answer: RequiredText(10_000), answeredOn: LocalDateSchema })
  .openapi('InspectionAnswerRequest');

const ReviewRequest = z
  .object({ decision: z.enum(['close', 'ask_again']), note: OptionalText(4000) })
  .openapi('InspectionReviewRequest');

const YearFilter = z.object({ year: YearSchema.optional() });

const db = (c: Context<AppEnv>) => c.get('database').db;
const actor = (c: Context<AppEnv>) => requireActor(c.get('actor'));

async function presentOne(c: Context<AppEnv>, id: string) {
  const loaded = await loadInspection(db(c), actor(c), id);
  const people = await store.listPeople(db(c), [id]);
  const candidates =
    loaded.canManage && loaded.status !== 'concluded' && loaded.status !== 'closed'
      ? await store.listCommitteePeople(db(c), loaded.inspection.committee_id, todayInVietnam())
      : [];
  return presentInspection(loaded, people, candidates, await service.proposedRubricLevel(db(c), loaded));
}

export const inspectionRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{id}/inspections',
      tags,
      summary:
        'Inspections and supervisions: a committee’s (and those of the committees under it), or a cell’s (its own once the conclusion is issued)',
      request: { params: IdParams, query: YearFilter },
      responses: { 200: jsonResponse(InspectionListSchema, 'The inspections'), ...errorResponses },
    }),
    async (c) => {
      const data = await service.getInspectionsOf(
        db(c),
        actor(c),
        c.req.valid('param').id,
        c.req.valid('query').year ?? null,
      );
      const ids = data.rows.map((r) => r.id);
      const [requests, people] = await Promise.all([
        store.listRequests(db(c), ids),
        store.listPeople(db(c), ids),
      ]);
      return c.json(presentList(data, requests, people), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/orgs/{id}/inspections',
      tags,
      summary: 'Plan an inspection or supervision of a cell (the committee’s inspectors and officers)',
      request: { params: IdParams, ...jsonBody(PlanRequest) },
      responses: { 201: jsonResponse(InspectionSchema, 'Planned'), ...errorResponses },
    }),
    async (c) => {
      const id = await service.planInspection(db(c), actor(c), c.req.valid('param').id, c.req.valid('json'));
      return c.json(await presentOne(c, id), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/inspections/{id}',
      tags,
      summary: 'One inspection: plan, visit, conclusion, requests and the cell’s answers',
      request: { params: IdParams },
      responses: { 200: jsonResponse(InspectionSchema, 'The inspection'), ...errorResponses },
    }),
    async (c) => c.json(await presentOne(c, c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/inspections/{id}',
      tags,
      summary: 'Correct the plan (kind, content, date, team) until the conclusion is issued',
      request: { params: IdParams, ...jsonBody(PlanEditRequest) },
      responses: { 200: jsonResponse(InspectionSchema, 'Corrected'), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      await service.editPlan(db(c), actor(c), id, c.req.valid('json'));
      return c.json(await presentOne(c, id), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/inspections/{id}',
      tags,
      summary: 'Withdraw a planned inspection, before its visit is recorded',
      request: { params: IdParams },
      responses: { 204: { description: 'Deleted' }, ...errorResponses },
    }),
    async (c) => {
      await service.deletePlan(db(c), actor(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/inspections/{id}/visit',
      tags,
      summary:
        'Record (or correct) the visit: who went, the date, findings, assessment — until the conclusion',
      request: { params: IdParams, ...jsonBody(VisitRequest) },
      responses: { 200: jsonResponse(InspectionSchema, 'Recorded'), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      await service.recordVisit(db(c), actor(c), id, c.req.valid('json'));
      return c.json(await presentOne(c, id), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/inspections/{id}/conclusion',
      tags,
      summary:
        'Issue the conclusion with its requests to the cell: the committee’s numbered “Thông báo kết luận” (TB), frozen',
      request: { params: IdParams, ...jsonBody(ConclusionRequest) },
      responses: { 200: jsonResponse(InspectionSchema, 'Issued'), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      await service.issueConclusion(db(c), actor(c), id, c.req.valid('json'));
      return c.json(await presentOne(c, id), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/inspection-requests/{id}/answer',
      tags,
      summary: 'The cell answers a request of the conclusion (its secretary or deputy)',
      request: { params: IdParams, ...jsonBody(AnswerRequest) },
      responses: { 200: jsonResponse(InspectionSchema, 'Answered'), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      await service.answerRequest(db(c), actor(c), id, c.req.valid('json'));
      return c.json(await presentOne(c, await inspectionOfRequest(c, id)), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/inspection-requests/{id}/review',
      tags,
      summary:
        'The committee closes an answered request or asks again; the inspection closes with its last request',
      request: { params: IdParams, ...jsonBody(ReviewRequest) },
      responses: { 200: jsonResponse(InspectionSchema, 'Reviewed'), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      await service.reviewRequest(db(c), actor(c), id, c.req.valid('json'));
      return c.json(await presentOne(c, await inspectionOfRequest(c, id)), 200);
    },
  );

async function inspectionOfRequest(c: Context<AppEnv>, requestId: string) {
  const request = await store.findRequest(db(c), requestId);
  if (!request) throw new Error('reviewed request not found');
  return request.inspection_id;
}
