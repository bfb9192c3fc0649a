import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { PARTICIPATION_LEVELS } from '#domain/year-review/participation.ts';
import { requireActor } from '../../authz/authorize.ts';
import type { AppEnv } from '../../http/context.ts';
import {
  ChildParams,
  errorResponses,
  IdParams,
  jsonBody,
  jsonResponse,
  OptionalText,
  YearQuery,
} from '../../http/schemas.ts';
import { validationHook } from '../../http/validation.ts';
import * as service from './service.ts';

const tags = ['year-review'];

const Thresholds = service.ThresholdsSchema.openapi('YearReviewThresholds');
const Level = z.enum(PARTICIPATION_LEVELS);

const ThresholdsInUse = z
  .object({
    source: z.enum(['own', 'inherited', 'default']),
    orgId: z.string().nullable(),
    orgName: z.string().nullable(),
    thresholds: Thresholds,
  })
  .openapi('YearReviewThresholdsInUse');

const ThresholdsView = z
  .object({ unitId: z.string(), current: ThresholdsInUse, canEdit: z.boolean() })
  .openapi('YearReviewThresholdsView');

const MemberLine = z
  .object({
    personId: z.string(),
    name: z.string(),
    /** The first and last day in the cell this year when not the whole year (a transfer in or out). */
    inCell: z.object({ from: z.string().nullable(), to: z.string().nullable() }),
    figures: z.object({
      expected: z.number().int(),
      attended: z.number().int(),
      excused: z.number().int(),
      unexcused: z.number().int(),
      attendanceRate: z.number().int().nullable(),
      spoke: z.number().int(),
      draftsCommented: z.number().int(),
      topicsPrepared: z.number().int(),
      tasksDone: z.number().int(),
      tasksLate: z.number().int(),
      tasksOpen: z.number().int(),
    }),
    proposed: Level.nullable(),
    assessment: z
      .object({
        level: Level,
        remark: z.string().nullable(),
        reason: z.string().nullable(),
        updatedAt: z.string(),
      })
      .nullable(),
  })
  .openapi('YearReviewMember');

const YearReviewView = z
  .object({
    cellId: z.string(),
    year: z.number().int(),
    status: z.enum(['draft', 'final']),
    finalisedAt: z.string().nullable(),
    thresholds: ThresholdsInUse.extend({ frozen: z.boolean() }),
    /** Every member for the cell's committee and those above; a member sees their own line only. */
    members: z.array(MemberLine),
    cell: z
      .object({
        quarters: z.array(
          z.object({
            quarter: z.number().int(),
            thematic: z.number().int(),
            regular: z.number().int(),
            quality: z.object({ level: z.string(), confirmed: z.boolean() }).nullable(),
          }),
        ),
        tasks: z.object({
          total: z.number().int(),
          done: z.number().int(),
          inProgress: z.number().int(),
          notDone: z.number().int(),
          open: z.number().int(),
          overdue: z.number().int(),
        }),
        selfAssessment: z.object({
          strengths: z.string().nullable(),
          limitations: z.string().nullable(),
          direction: z.string().nullable(),
        }),
      })
      .nullable(),
    permissions: z.object({ write: z.boolean(), finalise: z.boolean(), readAll: z.boolean() }),
  })
  .openapi('YearReview');

const AssessmentRequest = z
  .object({ level: Level, remark: OptionalText(2000), reason: OptionalText(2000) })
  .openapi('YearReviewAssessmentRequest');

const SelfAssessmentRequest = z
  .object({
    strengths: OptionalText(8000),
    limitations: OptionalText(8000),
    direction: OptionalText(8000),
  })
  .openapi('YearReviewSelfAssessmentRequest');

const db = (c: Context<AppEnv>) => c.get('database').db;
const actor = (c: Context<AppEnv>) => requireActor(c.get('actor'));

export const yearReviewRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{id}/year-review-thresholds',
      tags,
      summary:
        'The thresholds of the proposed participation level a unit uses (its own, its nearest committee’s, or the default)',
      request: { params: IdParams },
      responses: { 200: jsonResponse(ThresholdsView, 'The thresholds'), ...errorResponses },
    }),
    async (c) => c.json(await service.getThresholdsOf(db(c), actor(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/orgs/{id}/year-review-thresholds',
      tags,
      summary: 'A committee’s officer sets the participation thresholds of its subtree',
      request: { params: IdParams, ...jsonBody(Thresholds) },
      responses: { 200: jsonResponse(ThresholdsView, 'Saved'), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      await service.saveThresholds(db(c), actor(c), id, c.req.valid('json'));
      return c.json(await service.getThresholdsOf(db(c), actor(c), id), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{id}/year-review',
      tags,
      summary:
        'A cell’s year-end review of its thematic meetings: members’ participation and proposed level, the cell’s year',
      request: { params: IdParams, query: YearQuery },
      responses: { 200: jsonResponse(YearReviewView, 'The review'), ...errorResponses },
    }),
    async (c) =>
      c.json(
        await service.getYearReview(db(c), actor(c), c.req.valid('param').id, c.req.valid('query').year),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/orgs/{id}/year-review/members/{personId}',
      tags,
      summary:
        'The cell’s committee records its assessment of a member (a level other than proposed needs a reason)',
      request: { params: ChildParams('personId'), query: YearQuery, ...jsonBody(AssessmentRequest) },
      responses: { 200: jsonResponse(YearReviewView, 'Saved'), ...errorResponses },
    }),
    async (c) => {
      const { id, personId } = c.req.valid('param');
      const { year } = c.req.valid('query');
      const body = c.req.valid('json');
      await service.saveAssessment(db(c), actor(c), id, year, personId, {
        level: body.level,
        remark: body.remark ?? null,
        reason: body.reason ?? null,
      });
      return c.json(await service.getYearReview(db(c), actor(c), id, year), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/orgs/{id}/year-review/self-assessment',
      tags,
      summary:
        'The secretary writes the cell’s self-assessment of its year (strengths, limitations, direction)',
      request: { params: IdParams, query: YearQuery, ...jsonBody(SelfAssessmentRequest) },
      responses: { 200: jsonResponse(YearReviewView, 'Saved'), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const { year } = c.req.valid('query');
      const body = c.req.valid('json');
      await service.saveSelfAssessment(db(c), actor(c), id, year, {
        strengths: body.strengths ?? null,
        limitations: body.limitations ?? null,
        direction: body.direction ?? null,
      });
      return c.json(await service.getYearReview(db(c), actor(c), id, year), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/orgs/{id}/year-review/finalise',
      tags,
      summary:
        'The secretary finalises the review: documents frozen, it goes up with the annual report to the committee above',
      request: { params: IdParams, query: YearQuery },
      responses: { 200: jsonResponse(YearReviewView, 'Finalised'), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const { year } = c.req.valid('query');
      await service.finaliseYearReview(db(c), actor(c), id, year);
      return c.json(await service.getYearReview(db(c), actor(c), id, year), 200);
    },
  );
