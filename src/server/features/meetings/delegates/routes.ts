import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { MEETING_KINDS } from '#domain/meetings/agenda.ts';
import { MEETING_STATUSES } from '#domain/meetings/meeting-status.ts';
import type { AppEnv } from '../../../http/context.ts';
import {
  ChildParams,
  errorResponses,
  IdParams,
  jsonBody,
  jsonResponse,
  LocalDateSchema,
} from '../../../http/schemas.ts';
import { validationHook } from '../../../http/validation.ts';
import { actor, changed, db, tags, view } from '../route-kit.ts';
import * as service from './service.ts';

const DelegateSchema = z.object({
  personId: z.string(),
  fullName: z.string(),
  title: z.string().nullable(),
  unitName: z.string().nullable(),
});

export const MeetingCalendarSchema = z
  .object({
    committeeId: z.string(),
    committeeName: z.string(),
    from: z.string(),
    to: z.string(),
    /** The signed-in person may register for the subtree's meetings (a delegate role in this committee or above). */
    mayAttend: z.boolean(),
    /** More meetings than one answer holds: ask for a shorter range. */
    truncated: z.boolean(),
    meetings: z.array(
      z.object({
        id: z.string(),
        cellId: z.string(),
        cellName: z.string(),
        /** The unit directly above the cell (its committee), to group a large subtree. */
        parentId: z.string().nullable(),
        parentName: z.string().nullable(),
        kind: z.enum(MEETING_KINDS),
        status: z.enum(MEETING_STATUSES),
        heldOn: z.string(),
        startsAt: z.string(),
        place: z.string(),
        topicTitle: z.string().nullable(),
        /** Who of the committees registered to attend (seed 000: "đại biểu cấp ủy cấp trên dự"). */
        delegates: z.array(DelegateSchema),
        /** Chosen by a committee as a model meeting (seed 001: "sinh hoạt chuyên đề mẫu"). */
        model: z.boolean(),
        registered: z.boolean(),
        canRegister: z.boolean(),
        canWithdraw: z.boolean(),
      }),
    ),
  })
  .openapi('MeetingCalendar');

const CalendarQuery = z.object({ from: LocalDateSchema, to: LocalDateSchema });
const PresenceRequest = z.object({ present: z.boolean() }).openapi('DelegatePresenceRequest');

/** The committee's calendar of its cells' meetings, and its people registering to attend them. */
export const delegateRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{id}/meeting-calendar',
      tags,
      summary:
        'A committee’s calendar: the meetings of its whole subtree between two days (under three months), with the registered delegates',
      request: { params: IdParams, query: CalendarQuery },
      responses: { 200: jsonResponse(MeetingCalendarSchema, 'The calendar'), ...errorResponses },
    }),
    async (c) => {
      const { from, to } = c.req.valid('query');
      const calendar = await service.committeeCalendar(db(c), actor(c), c.req.valid('param').id, from, to);
      return c.json(calendar, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/meetings/{id}/delegates',
      tags,
      summary: 'Register oneself to attend as a delegate of a committee above the cell',
      request: { params: IdParams },
      responses: changed,
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      await service.registerDelegate(db(c), actor(c), id);
      return c.json(await view(c, id), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/meetings/{id}/delegates/me',
      tags,
      summary: 'Withdraw one’s registration before the meeting starts',
      request: { params: IdParams },
      responses: changed,
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      await service.withdrawDelegate(db(c), actor(c), id);
      return c.json(await view(c, id), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/meetings/{id}/delegates/{guestId}',
      tags,
      summary: 'Mark a registered delegate present or not (the console)',
      request: { params: ChildParams('guestId'), ...jsonBody(PresenceRequest) },
      responses: changed,
    }),
    async (c) => {
      const { id, guestId } = c.req.valid('param');
      await service.markDelegate(db(c), actor(c), id, guestId, c.req.valid('json').present);
      return c.json(await view(c, id), 200);
    },
  );
