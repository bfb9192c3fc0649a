import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { requireActor } from '../../authz/authorize.ts';
import { AppError } from '../../http/app-error.ts';
import type { AppEnv } from '../../http/context.ts';
import { errorResponses, IdParams, jsonResponse } from '../../http/schemas.ts';
import { validationHook } from '../../http/validation.ts';
import * as service from './service.ts';

const tags = ['calendar'];
const db = (c: Context<AppEnv>) => c.get('database').db;
const actor = (c: Context<AppEnv>) => requireActor(c.get('actor'));

const FeedSchema = z
  .object({
    active: z.boolean(),
    createdAt: z.string().nullable(),
    path: z
      .string()
      .optional()
      .openapi({ description: 'Only when just created: the private address, shown once' }),
    url: z.string().optional(),
  })
  .openapi('CalendarFeed');
const FileParams = z.object({
  file: z
    .string()
    .max(200)
    .openapi({ param: { name: 'file', in: 'path' }, example: 'k3J…x9.ics', description: '<token>.ics' }),
});

export const calendarRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    createRoute({
      method: 'get',
      path: '/me/calendar-feed',
      tags,
      summary: 'Whether the signed-in user has a private calendar feed',
      responses: { 200: jsonResponse(FeedSchema, 'The feed'), ...errorResponses },
    }),
    async (c) => c.json(await service.getCalendarFeed(db(c), actor(c)), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/me/calendar-feed',
      tags,
      summary: 'A new private calendar address (any earlier one stops working); shown once',
      responses: { 200: jsonResponse(FeedSchema, 'The new feed'), ...errorResponses },
    }),
    async (c) => c.json(await service.createCalendarFeed(db(c), actor(c)), 200),
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/me/calendar-feed',
      tags,
      summary: 'Revoke the private calendar address',
      responses: { 200: jsonResponse(FeedSchema, 'Revoked'), ...errorResponses },
    }),
    async (c) => c.json(await service.revokeCalendarFeed(db(c), actor(c)), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/calendar/{file}',
      tags,
      summary: "A user's meetings as iCalendar (`/calendar/<token>.ics`); no session: the token is the key",
      request: { params: FileParams },
      responses: {
        200: { description: 'iCalendar', content: { 'text/calendar': { schema: z.string() } } },
        ...errorResponses,
      },
    }),
    async (c) => {
      const { file } = c.req.valid('param');
      // A malformed address is as unknown as a revoked one.
      const token = /^([A-Za-z0-9_-]{16,64})\.ics$/.exec(file)?.[1];
      if (!token) throw new AppError('NOT_FOUND');
      const body = await service.calendarFeed(db(c), token);
      return c.body(body, 200, {
        'content-type': 'text/calendar; charset=utf-8',
        'cache-control': 'private, max-age=300',
      });
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/meetings/{id}/notice.ics',
      tags,
      summary: 'The notice of a meeting as one calendar event (iCalendar, times in Asia/Ho_Chi_Minh)',
      request: { params: IdParams },
      responses: {
        200: { description: 'iCalendar', content: { 'text/calendar': { schema: z.string() } } },
        ...errorResponses,
      },
    }),
    async (c) => {
      const { body, fileName } = await service.noticeCalendar(db(c), actor(c), c.req.valid('param').id);
      return c.body(body, 200, {
        'content-type': 'text/calendar; charset=utf-8',
        'content-disposition': `attachment; filename="${fileName}"`,
        'cache-control': 'private, no-store',
      });
    },
  );
