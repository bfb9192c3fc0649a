import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { requireActor } from '../../authz/authorize.ts';
import type { AppEnv } from '../../http/context.ts';
import {
  errorResponses,
  IdParams,
  jsonBody,
  jsonResponse,
  OptionalText,
  YearSchema,
} from '../../http/schemas.ts';
import { validationHook } from '../../http/validation.ts';
import { receivedReports, receiveReport } from './received.ts';

const tags = ['documents'];

const PeriodFields = {
  /** The period report's year and quarter (null: the annual report). */
  year: z.number().int(),
  quarter: z.number().int().nullable(),
  /** The day it is due at the committee (the guidance's deadline, else the default). */
  dueOn: z.string(),
};

const ReceiptSchema = z
  .object({
    receivedAt: z.string(),
    receivedBy: z.string().nullable(),
    remark: z.string().nullable(),
    remarkedAt: z.string().nullable(),
    remarkedBy: z.string().nullable(),
  })
  .openapi('ReportReceipt');

const ReceivedReportSchema = z
  .object({
    id: z.string(),
    unit: z.object({ id: z.string(), name: z.string(), kind: z.enum(['committee', 'cell', 'group']) }),
    subject: z.string(),
    number: z.number().int(),
    title: z.string(),
    issuedOn: z.string(),
    /** For the signed-in officer: not opened yet, opened, or received by the committee. */
    state: z.enum(['unread', 'read', 'received']),
    receipt: ReceiptSchema.nullable(),
    /** A period report's period; null for a meeting's report or a review. */
    period: z.object({ year: z.number().int(), quarter: z.number().int().nullable() }).nullable(),
    dueOn: z.string().nullable(),
    late: z.boolean(),
    /** Beside a cell's annual report: its year-end review once finalised (its two documents download). */
    yearReview: z.object({ year: z.number().int(), finalisedAt: z.string().nullable() }).nullable(),
  })
  .openapi('ReceivedReport');

const ReceivedReportsSchema = z
  .object({
    reports: z.array(ReceivedReportSchema),
    /** Period reports of the committee's cells already due and not issued: late. */
    missing: z.array(
      z.object({ unit: z.object({ id: z.string(), name: z.string() }), ...PeriodFields, late: z.boolean() }),
    ),
    /** The signed-in user may mark them received (an officer of this committee). */
    mayReceive: z.boolean(),
  })
  .openapi('ReceivedReports');

const ReceiptRequest = z
  .object({ remark: OptionalText(2000).openapi({ example: 'Đề nghị chi bộ bổ sung số liệu quý 4.' }) })
  .openapi('ReportReceiptRequest');

export const receivedReportRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{id}/received-reports',
      tags,
      summary:
        'A committee’s reports received from the units directly under it in a year, newest first, and its cells’ missing period reports',
      request: { params: IdParams, query: z.object({ year: YearSchema }) },
      responses: { 200: jsonResponse(ReceivedReportsSchema, 'Received'), ...errorResponses },
    }),
    async (c) => {
      const db = c.get('database').db;
      const actor = requireActor(c.get('actor'));
      return c.json(
        await receivedReports(db, actor, c.req.valid('param').id, c.req.valid('query').year),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/issued-reports/{id}/receipt',
      tags,
      summary:
        'The committee directly above marks an issued report received, with an optional remark the issuing unit sees (a later call changes the remark)',
      request: { params: IdParams, ...jsonBody(ReceiptRequest) },
      responses: { 200: jsonResponse(ReceiptSchema, 'Received'), ...errorResponses },
    }),
    async (c) => {
      const db = c.get('database').db;
      const r = await receiveReport(
        db,
        requireActor(c.get('actor')),
        c.req.valid('param').id,
        c.req.valid('json'),
      );
      return c.json(
        {
          receivedAt: r.received_at,
          receivedBy: r.received_by_name,
          remark: r.remark,
          remarkedAt: r.remarked_at,
          remarkedBy: r.remarked_by_name,
        },
        200,
      );
    },
  );
