import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { PLAN_STATE_KEYS } from '#domain/oversight/figures.ts';
import { QUALITY_LEVELS } from '#domain/quality/rubric.ts';
import { requireActor } from '../../authz/authorize.ts';
import type { AppEnv } from '../../http/context.ts';
import { errorResponses, IdParams, jsonResponse, YearQuery } from '../../http/schemas.ts';
import { validationHook } from '../../http/validation.ts';
import { xlsxContent, xlsxResponse } from '../../xlsx/sheet.ts';
import { getOversight } from './service.ts';
import { oversightWorkbook } from './workbook.ts';

const tags = ['oversight'];
const Count = z.number().int();
const Day = z.string().openapi({ description: 'YYYY-MM-DD' });
const Rate = z
  .number()
  .nullable()
  .openapi({ description: 'A share 0–1 (3 decimals), null when nothing is expected' });

const AttendanceSchema = z.object({ present: Count, expected: Count, rate: Rate });
const ReportFiguresSchema = z.object({
  dueOn: Day,
  issued: Count,
  /** Issued after the due day, or not issued with the day passed. */
  late: Count,
  /** Not issued with the due day passed. */
  missing: Count,
});

export const OversightFiguresSchema = z
  .object({
    cells: Count.openapi({ description: 'Cells counted (1 for a cell row)' }),
    quarters: z.array(
      z.object({
        quarter: Count,
        expected: Count.openapi({ description: 'Cells held to the quarter (existing on its first day)' }),
        held: Count.openapi({
          description: 'Of those, cells that held an ended thematic or combined meeting',
        }),
        missed: Count.openapi({ description: 'Cells that held none in a quarter that has ended' }),
        meeting: z
          .object({ meetingId: z.string(), heldOn: Day, topicTitle: z.string().nullable() })
          .nullable()
          .openapi({
            description: 'A cell row: the first thematic meeting of the quarter; null for committees',
          }),
        quality: z
          .object({ level: z.enum(QUALITY_LEVELS), confirmed: z.boolean() })
          .nullable()
          .openapi({
            description:
              'A cell row: the quality level of the quarter’s thematic meeting (confirmed, else proposed); null otherwise',
          }),
        levels: z
          .object({ good: Count, fair: Count, average: Count, poor: Count })
          .openapi({ description: 'Cells by the quarter’s quality level (Tốt, Khá, Trung bình, Kém)' }),
      }),
    ),
    months: z.array(
      z.object({
        month: Count,
        expected: Count.openapi({ description: 'Cells held to the month (existing on its first day)' }),
        regularHeld: Count.openapi({ description: 'Regular (or combined) meetings held' }),
        cellsHeld: Count.openapi({ description: 'Cells that held a regular (or combined) meeting' }),
        studyMinutes: Count.openapi({ description: 'Hồ Chí Minh study minutes recorded, summed' }),
        studyMeetings: Count.openapi({ description: 'Meetings that recorded their study minutes' }),
        cellsBelowStudyMinimum: Count.openapi({
          description: 'Cells with a meeting whose study took under 30 minutes (seed 002)',
        }),
        attendance: AttendanceSchema,
      }),
    ),
    plan: z.object({
      status: z
        .enum(PLAN_STATE_KEYS)
        .nullable()
        .openapi({ description: 'A cell’s plan; null for committees' }),
      deadline: Day.nullable().openapi({
        description: 'A cell’s plan deadline (its guidance); null for committees',
      }),
      counts: z.object(
        Object.fromEntries(PLAN_STATE_KEYS.map((k) => [k, Count])) as Record<
          (typeof PLAN_STATE_KEYS)[number],
          typeof Count
        >,
      ),
      late: Count.openapi({ description: 'Cells whose plan was sent late or is not sent past the deadline' }),
    }),
    overdueSteps: Count,
    cellsWithOverdueSteps: Count,
    attendance: AttendanceSchema,
    tasks: z.object({ open: Count, overdue: Count }),
    reviewsDue: Count.openapi({ description: 'Resolution reviews planned, due by today and not issued' }),
    reports: z.object({
      quarters: z.array(ReportFiguresSchema.extend({ quarter: Count })),
      annual: ReportFiguresSchema,
    }),
    lastReminder: z
      .object({ sentAt: z.string(), sentByName: z.string().nullable(), message: z.string() })
      .nullable()
      .openapi({
        description: 'The latest committee reminder to the cell (to any of the committee’s cells)',
      }),
  })
  .openapi('OversightFigures');

export const OversightSchema = z
  .object({
    committee: z.object({ id: z.string(), name: z.string() }),
    year: Count,
    today: Day,
    quarters: z.array(
      z.object({ quarter: Count, startsOn: Day, endsOn: Day, ended: z.boolean(), reportDueOn: Day }),
    ),
    annualReportDueOn: Day,
    rows: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        kind: z.enum(['cell', 'committee']),
        figures: OversightFiguresSchema,
      }),
    ),
    totals: OversightFiguresSchema,
    charts: z.object({
      thematicShare: z.array(z.object({ quarter: Count, held: Count, expected: Count, share: Rate })),
      attendance: z.array(z.object({ month: Count, present: Count, expected: Count, rate: Rate })),
      planStatus: z.array(z.object({ status: z.enum(PLAN_STATE_KEYS), count: Count })),
    }),
  })
  .openapi('Oversight');

const request = { params: IdParams, query: YearQuery };

export const oversightRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{id}/oversight',
      tags,
      summary:
        'A committee’s oversight of its subtree for a year: a row per direct child (cells, child committees rolled up), totals and charts',
      request,
      responses: { 200: jsonResponse(OversightSchema, 'The oversight table'), ...errorResponses },
    }),
    async (c) =>
      c.json(
        await getOversight(
          c.get('database').db,
          requireActor(c.get('actor')),
          c.req.valid('param').id,
          c.req.valid('query').year,
        ),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{id}/oversight/export',
      tags,
      summary: 'The same oversight table as an Excel workbook (.xlsx), Vietnamese headers',
      request,
      responses: { 200: xlsxContent, ...errorResponses },
    }),
    async (c) => {
      const { year } = c.req.valid('query');
      const oversight = await getOversight(
        c.get('database').db,
        requireActor(c.get('actor')),
        c.req.valid('param').id,
        year,
      );
      return xlsxResponse(await oversightWorkbook(oversight), `giám-sát-${year}.xlsx`);
    },
  );
