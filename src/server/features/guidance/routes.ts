import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { DB } from '#db/schema.ts';
import { requireActor } from '../../authz/authorize.ts';
import type { AppEnv } from '../../http/context.ts';
import {
  errorResponses,
  IdParams,
  jsonBody,
  jsonResponse,
  LocalDateSchema,
  OptionalText,
  RequiredText,
  YearSchema,
} from '../../http/schemas.ts';
import { validationHook } from '../../http/validation.ts';
import * as service from './service.ts';
import { guidanceLists } from './store.ts';

const tags = ['plans'];

const GuidanceRequest = z
  .object({
    year: YearSchema,
    referenceNumber: RequiredText(60).openapi({ example: '25-CV/ĐU' }),
    issuedOn: LocalDateSchema,
    title: RequiredText(300),
    theme: OptionalText(500),
    documents: z.array(RequiredText(300)).max(30),
    topicGroups: z.array(RequiredText(200)).max(30),
    planDeadline: LocalDateSchema,
    content: OptionalText(20_000),
    /** The day of the month after a quarter by which the quarter's report is due; absent: the 10th. */
    quarterReportDay: z.number().int().min(1).max(28).nullish(),
    /** The day the year's report is due (1 December – 31 January next); absent: 20 December. */
    annualReportDueOn: LocalDateSchema.nullish(),
  })
  .openapi('GuidanceRequest');

const GuidanceSchema = z
  .object({
    id: z.string(),
    committeeId: z.string(),
    committeeName: z.string(),
    year: z.number().int(),
    referenceNumber: z.string(),
    issuedOn: z.string(),
    title: z.string(),
    theme: z.string().nullable(),
    documents: z.array(z.string()),
    topicGroups: z.array(z.string()),
    planDeadline: z.string(),
    content: z.string().nullable(),
    quarterReportDay: z.number().int().nullable(),
    annualReportDueOn: z.string().nullable(),
    /** The signed-in user may correct it. */
    canEdit: z.boolean(),
  })
  .openapi('Guidance');

type GuidanceRow = DB['guidance'] & { committee_name: string; canEdit: boolean };
function present(g: GuidanceRow): z.infer<typeof GuidanceSchema> {
  return {
    id: g.id,
    committeeId: g.committee_id,
    committeeName: g.committee_name,
    year: g.year,
    referenceNumber: g.reference_number,
    issuedOn: g.issued_on,
    title: g.title,
    theme: g.theme,
    ...guidanceLists(g),
    planDeadline: g.plan_deadline,
    content: g.content,
    quarterReportDay: g.quarter_report_day,
    annualReportDueOn: g.annual_report_due_on,
    canEdit: g.canEdit,
  };
}

export const guidanceRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{id}/guidance',
      tags,
      summary: 'Guidance a unit works under: from its committee and every committee above',
      request: { params: IdParams, query: z.object({ year: YearSchema.optional() }) },
      responses: {
        200: jsonResponse(z.object({ guidance: z.array(GuidanceSchema) }), 'Guidance, newest first'),
        ...errorResponses,
      },
    }),
    async (c) => {
      const rows = await service.listGuidanceFor(
        c.get('database').db,
        requireActor(c.get('actor')),
        c.req.valid('param').id,
        c.req.valid('query').year,
      );
      return c.json({ guidance: rows.map(present) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/orgs/{id}/guidance',
      tags,
      summary: 'Issue the year’s guidance to the committee’s subtree',
      request: { params: IdParams, ...jsonBody(GuidanceRequest) },
      responses: { 201: jsonResponse(GuidanceSchema, 'Issued'), ...errorResponses },
    }),
    async (c) => {
      const db = c.get('database').db;
      const actor = requireActor(c.get('actor'));
      const id = await service.issueGuidance(db, actor, c.req.valid('param').id, c.req.valid('json'));
      return c.json(present(await service.getGuidanceFor(db, actor, id)), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/guidance/{id}',
      tags,
      summary: 'Correct issued guidance',
      request: { params: IdParams, ...jsonBody(GuidanceRequest) },
      responses: { 200: jsonResponse(GuidanceSchema, 'Saved'), ...errorResponses },
    }),
    async (c) => {
      const db = c.get('database').db;
      const actor = requireActor(c.get('actor'));
      const { id } = c.req.valid('param');
      await service.updateGuidance(db, actor, id, c.req.valid('json'));
      return c.json(present(await service.getGuidanceFor(db, actor, id)), 200);
    },
  );
