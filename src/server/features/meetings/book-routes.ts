import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/context.ts';
import { errorResponses, IdParams, jsonBody, jsonResponse, YearSchema } from '../../http/schemas.ts';
import { validationHook } from '../../http/validation.ts';
import { xlsxContent, xlsxResponse } from '../../xlsx/sheet.ts';
import { meetingStats, minuteBook, minuteBookExport } from './book.ts';
import { MeetingSchema, MeetingStatsSchema, MinuteBookSchema } from './presenter.ts';
import { actor, db, ScheduleRequest, tags, view } from './route-kit.ts';
import * as service from './service.ts';
import { minuteBookWorkbook } from './workbook.ts';

/** The cell's minute book, scheduling, and the members' statistics. */
export const bookRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{id}/meetings',
      tags,
      summary: 'The cell’s minute book: its meetings by date, searchable',
      request: {
        params: IdParams,
        query: z.object({ year: YearSchema.optional(), q: z.string().trim().max(200).optional() }),
      },
      responses: { 200: jsonResponse(MinuteBookSchema, 'The minute book'), ...errorResponses },
    }),
    async (c) =>
      c.json(await minuteBook(db(c), actor(c), c.req.valid('param').id, c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{id}/meetings/export',
      tags,
      summary:
        'The minute book of a year as an Excel workbook (.xlsx): a row per meeting, and each member’s attendance',
      request: { params: IdParams, query: z.object({ year: YearSchema }) },
      responses: { 200: xlsxContent, ...errorResponses },
    }),
    async (c) => {
      const { year } = c.req.valid('query');
      const book = await minuteBookExport(db(c), actor(c), c.req.valid('param').id, year);
      return xlsxResponse(await minuteBookWorkbook(book), `sổ-biên-bản-${year}.xlsx`);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/orgs/{id}/meetings',
      tags,
      summary: 'Schedule a meeting of the cell (agenda from seed 000’s procedure)',
      request: { params: IdParams, ...jsonBody(ScheduleRequest) },
      responses: { 201: jsonResponse(MeetingSchema, 'Scheduled'), ...errorResponses },
    }),
    async (c) => {
      const id = await service.scheduleMeeting(db(c), actor(c), c.req.valid('param').id, c.req.valid('json'));
      return c.json(await view(c, id), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{id}/meeting-stats',
      tags,
      summary: 'Per member over a year: meetings attended, absences with and without reason, speeches',
      request: { params: IdParams, query: z.object({ year: YearSchema }) },
      responses: { 200: jsonResponse(MeetingStatsSchema, 'Statistics'), ...errorResponses },
    }),
    async (c) =>
      c.json(await meetingStats(db(c), actor(c), c.req.valid('param').id, c.req.valid('query').year), 200),
  );
