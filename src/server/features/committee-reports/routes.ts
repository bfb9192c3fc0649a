import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { requireActor } from '../../authz/authorize.ts';
import type { AppEnv } from '../../http/context.ts';
import {
  ExpectedVersion,
  errorResponses,
  IdParams,
  jsonBody,
  jsonResponse,
  OptionalText,
  QuarterSchema,
  YearSchema,
} from '../../http/schemas.ts';
import { validationHook } from '../../http/validation.ts';
import { saveCommitteeReportDraft } from './service.ts';
import { getCommitteeReport } from './view.ts';

const tags = ['committee-reports'];

const Tasks = z.object({ open: z.number().int(), overdue: z.number().int() });
const QuarterCount = z.object({
  quarter: z.number().int(),
  /** Cells that held their thematic meeting in the quarter. */
  held: z.number().int(),
  /** Cells that held none in a quarter that has ended. */
  missed: z.number().int(),
});
const FiguresSchema = z
  .object({
    cells: z.number().int(),
    quarters: z.array(QuarterCount),
    attendanceRate: z.number().nullable(),
    tasks: Tasks,
    /** The cells' own reports of the period: issued, and late (issued late, or missing past the due day). */
    reports: z.object({ issued: z.number().int(), late: z.number().int() }),
  })
  .openapi('CommitteeReportFigures');
const CommitteeReportSchema = z
  .object({
    committee: z.object({ id: z.string(), name: z.string() }),
    year: z.number().int(),
    quarter: z.number().int().nullable(),
    /** The quarters of the year that have ended (only those count as missed). */
    endedQuarters: z.array(z.number().int()),
    /** The cells directly under the committee. */
    cells: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        meetings: z.array(
          z.object({
            quarter: z.number().int(),
            meetingId: z.string(),
            heldOn: z.string(),
            topicTitle: z.string().nullable(),
          }),
        ),
        /** Ended quarters of the period it held none in, while it existed (a cell counts from its creation). */
        missedQuarters: z.array(z.number().int()),
        attendanceRate: z.number().nullable(),
        tasks: Tasks,
        report: z.object({
          number: z.number().int().nullable(),
          issuedOn: z.string().nullable(),
          late: z.boolean(),
        }),
      }),
    ),
    /** The committees directly under it, their cells rolled up; their own report of the period once issued. */
    committees: z.array(
      FiguresSchema.extend({
        id: z.string(),
        name: z.string(),
        upwardReport: z.object({ number: z.number().int(), issuedOn: z.string() }).nullable(),
      }),
    ),
    /** Over the whole subtree. */
    totals: FiguresSchema,
    draft: z.object({
      assessment: z.string().nullable(),
      recommendations: z.string().nullable(),
      /** The version to send back as `expectedUpdatedAt`; null before the first save. */
      updatedAt: z.string().nullable(),
    }),
    issued: z
      .object({
        id: z.string(),
        number: z.number().int(),
        numberText: z.string(),
        title: z.string(),
        issuedOn: z.string(),
      })
      .nullable(),
    /** The first day the report may be issued (the period's last month). */
    opensOn: z.string(),
    /** What still stops it from being issued; null: nothing. */
    missing: z.enum(['COMMITTEE_REPORT_ASSESSMENT_MISSING']).nullable(),
    /** The signed-in user may write the text (an officer of the committee, before it is issued). */
    mayEdit: z.boolean(),
    /** … and may issue it now (from the period's last month). */
    mayIssue: z.boolean(),
  })
  .openapi('CommitteeReport');

const PeriodQuery = z.object({
  year: YearSchema,
  quarter: z.coerce.number().int().min(1).max(4).optional(),
});
const DraftRequest = z
  .object({
    year: YearSchema,
    quarter: QuarterSchema.nullish(),
    assessment: OptionalText(50_000),
    recommendations: OptionalText(50_000),
    expectedUpdatedAt: ExpectedVersion,
  })
  .openapi('CommitteeReportDraftRequest');

const db = (c: Context<AppEnv>) => c.get('database').db;
const actor = (c: Context<AppEnv>) => requireActor(c.get('actor'));

export const committeeReportRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{id}/committee-report',
      tags,
      summary:
        'A committee’s quarterly (or annual) report on its subtree’s thematic meetings: the figures from the data, the officer’s text, the report once issued',
      request: { params: IdParams, query: PeriodQuery },
      responses: { 200: jsonResponse(CommitteeReportSchema, 'The report'), ...errorResponses },
    }),
    async (c) => {
      const { year, quarter } = c.req.valid('query');
      return c.json(
        await getCommitteeReport(db(c), actor(c), c.req.valid('param').id, year, quarter ?? null),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/orgs/{id}/committee-report',
      tags,
      summary:
        'Save the committee’s assessment and recommendations of a period’s report (until it is issued)',
      request: { params: IdParams, ...jsonBody(DraftRequest) },
      responses: {
        200: jsonResponse(CommitteeReportSchema, 'The report after the change'),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      const quarter = body.quarter ?? null;
      await saveCommitteeReportDraft(db(c), actor(c), id, {
        year: body.year,
        quarter,
        assessment: body.assessment ?? null,
        recommendations: body.recommendations ?? null,
        expectedUpdatedAt: body.expectedUpdatedAt,
      });
      return c.json(await getCommitteeReport(db(c), actor(c), id, body.year, quarter), 200);
    },
  );
