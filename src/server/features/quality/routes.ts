import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { QUALITY_CRITERIA, QUALITY_LEVELS } from '#domain/quality/rubric.ts';
import { requireActor } from '../../authz/authorize.ts';
import type { AppEnv } from '../../http/context.ts';
import {
  errorResponses,
  IdParams,
  jsonBody,
  jsonResponse,
  OptionalText,
  RequiredText,
} from '../../http/schemas.ts';
import { validationHook } from '../../http/validation.ts';
import * as service from './service.ts';

const tags = ['quality'];

const Points = z.number().min(0).max(100);
const PointsByCriterion = z.object(
  Object.fromEntries(QUALITY_CRITERIA.map((c) => [c, Points])) as Record<
    (typeof QUALITY_CRITERIA)[number],
    typeof Points
  >,
);
const Percent = z.number().int().min(0).max(100);
const RubricSchema = z
  .object({
    points: PointsByCriterion,
    thresholds: z.object({ good: Percent, fair: Percent, average: Percent }),
  })
  .openapi('QualityRubric');

const RubricInUseSchema = z
  .object({
    source: z.enum(['own', 'inherited', 'default']),
    orgId: z.string().nullable(),
    orgName: z.string().nullable(),
    version: z.number().int().nullable(),
    rubric: RubricSchema,
  })
  .openapi('QualityRubricInUse');

const RubricViewSchema = z
  .object({
    unitId: z.string(),
    current: RubricInUseSchema,
    /** The rubric of the committee above (to copy); null at the root. */
    parent: RubricInUseSchema.nullable(),
    canEdit: z.boolean(),
  })
  .openapi('QualityRubricView');

const SaveRubricRequest = RubricSchema.extend({ basedOnParent: z.boolean().optional() }).openapi(
  'QualityRubricSaveRequest',
);

const ScoreSchema = z
  .object({
    criteria: z.array(
      z.object({
        criterion: z.enum(QUALITY_CRITERIA),
        source: z.enum(['auto', 'manual']),
        applicable: z.boolean(),
        max: z.number(),
        auto: z.number().nullable(),
        points: z.number(),
        reason: z.string().nullable(),
      }),
    ),
    total: z.number(),
    max: z.number(),
    percent: z.number(),
    level: z.enum(QUALITY_LEVELS),
  })
  .openapi('QualityScore');

const QualityViewSchema = z
  .object({
    meetingId: z.string(),
    ended: z.boolean(),
    status: z.enum(['none', 'proposed', 'confirmed']),
    rubric: z.object({
      source: z.enum(['own', 'inherited', 'default']),
      orgName: z.string().nullable(),
      version: z.number().int().nullable(),
      thresholds: z.object({ good: z.number(), fair: z.number(), average: z.number() }),
    }),
    /** The confirmed score, else the proposed one, else a preview from the record. */
    score: ScoreSchema,
    proposed: ScoreSchema.nullable(),
    manual: z.record(z.string(), z.number()),
    note: z.string().nullable(),
    proposedByName: z.string().nullable(),
    proposedAt: z.string().nullable(),
    confirmedByName: z.string().nullable(),
    confirmedAt: z.string().nullable(),
    permissions: z.object({ propose: z.boolean(), confirm: z.boolean() }),
  })
  .openapi('MeetingQuality');

const ProposeRequest = z
  .object({
    manual: PointsByCriterion.partial(),
    note: OptionalText(4000),
  })
  .openapi('MeetingQualityProposeRequest');

const ConfirmRequest = z
  .object({
    adjustments: z
      .array(z.object({ criterion: z.enum(QUALITY_CRITERIA), points: Points, reason: RequiredText(2000) }))
      .max(QUALITY_CRITERIA.length)
      .refine((a) => new Set(a.map((x) => x.criterion)).size === a.length, { message: 'duplicate' }),
  })
  .openapi('MeetingQualityConfirmRequest');

const db = (c: Context<AppEnv>) => c.get('database').db;
const actor = (c: Context<AppEnv>) => requireActor(c.get('actor'));

export const qualityRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{id}/quality-rubric',
      tags,
      summary:
        'The quality rubric a unit uses (its own, its nearest committee’s, or the default), and the one above',
      request: { params: IdParams },
      responses: { 200: jsonResponse(RubricViewSchema, 'The rubric'), ...errorResponses },
    }),
    async (c) => c.json(await service.getRubricOf(db(c), actor(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/orgs/{id}/quality-rubric',
      tags,
      summary:
        'Save a committee’s rubric as a new version (an officer of the committee); past scores keep theirs',
      request: { params: IdParams, ...jsonBody(SaveRubricRequest) },
      responses: { 200: jsonResponse(RubricViewSchema, 'Saved'), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const { basedOnParent, ...rubric } = c.req.valid('json');
      await service.saveRubric(db(c), actor(c), id, { rubric, basedOnParent });
      return c.json(await service.getRubricOf(db(c), actor(c), id), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/meetings/{id}/quality',
      tags,
      summary: 'A meeting’s quality score: frozen once proposed, else a preview from its record',
      request: { params: IdParams },
      responses: { 200: jsonResponse(QualityViewSchema, 'The score'), ...errorResponses },
    }),
    async (c) => c.json(await service.getQuality(db(c), actor(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/meetings/{id}/quality',
      tags,
      summary: 'The secretary proposes an ended meeting’s quality score (manual criteria and a note)',
      request: { params: IdParams, ...jsonBody(ProposeRequest) },
      responses: { 200: jsonResponse(QualityViewSchema, 'Proposed'), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      await service.proposeScore(db(c), actor(c), id, { manual: body.manual, note: body.note ?? null });
      return c.json(await service.getQuality(db(c), actor(c), id), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/meetings/{id}/quality/confirm',
      tags,
      summary:
        'The committee directly above confirms the proposed score, or adjusts criteria with a reason each',
      request: { params: IdParams, ...jsonBody(ConfirmRequest) },
      responses: { 200: jsonResponse(QualityViewSchema, 'Confirmed'), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      await service.confirmScore(db(c), actor(c), id, c.req.valid('json'));
      return c.json(await service.getQuality(db(c), actor(c), id), 200);
    },
  );
