import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { streamSSE } from 'hono/streaming';
import { holdStreamForSession } from '../../auth/session-streams.ts';
import type { AppEnv } from '../../http/context.ts';
import { errorResponses, IdParams, jsonResponse } from '../../http/schemas.ts';
import { validationHook } from '../../http/validation.ts';
import { loadMeeting } from './access.ts';
import { subscribe } from './live.ts';
import { MeetingSchema } from './presenter.ts';
import { actor, DetailsRequest, db, Empty, RolesRequest, tags, view, write } from './route-kit.ts';
import * as service from './service.ts';

/** One meeting: read it, follow it live, change its schedule, notice and roles. */
export const meetingRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    createRoute({
      method: 'get',
      path: '/meetings/{id}',
      tags,
      summary: 'A meeting: schedule, agenda and clock, attendance, speakers, votes, assignments, minutes',
      request: { params: IdParams },
      responses: { 200: jsonResponse(MeetingSchema, 'The meeting'), ...errorResponses },
    }),
    async (c) => c.json(await view(c, c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/meetings/{id}/events',
      tags,
      summary: 'Server-sent events: `changed` each time the meeting changes (the console reloads it)',
      request: { params: IdParams },
      responses: {
        200: { description: 'An event stream', content: { 'text/event-stream': { schema: z.string() } } },
        ...errorResponses,
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      // Authorised once, when the stream opens: the same rule as reading the meeting.
      await loadMeeting(db(c), actor(c), id);
      return streamSSE(c, async (stream) => {
        let resolveClosed: () => void = () => {};
        const closed = new Promise<void>((resolve) => {
          resolveClosed = resolve;
        });
        const unsubscribe = subscribe(id, (at) => {
          void stream.writeSSE({ event: 'changed', data: String(at) });
        });
        // The stream ends with its session (logout, expiry) and at shutdown.
        const release = await holdStreamForSession(db(c), c.get('session')?.id ?? null, resolveClosed);
        stream.onAbort(() => {
          unsubscribe();
          release();
          resolveClosed();
        });
        await stream.writeSSE({ event: 'ready', data: id });
        // A comment line every 25 s keeps proxies and phones from closing an idle stream.
        const keepAlive = setInterval(() => void stream.write(': keep-alive\n\n'), 25_000);
        await closed;
        clearInterval(keepAlive);
        unsubscribe();
        release();
      });
    },
  )
  .openapi(
    write(
      'put',
      '/meetings/{id}',
      'Change the schedule and the agenda (before it starts)',
      IdParams,
      DetailsRequest,
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      await service.updateMeeting(db(c), actor(c), id, c.req.valid('json'));
      return c.json(await view(c, id), 200);
    },
  )
  .openapi(
    write(
      'post',
      '/meetings/{id}/notice',
      'Send the notice: members on the roll see the meeting',
      IdParams,
      Empty,
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      await service.sendNotice(db(c), actor(c), id);
      return c.json(await view(c, id), 200);
    },
  )
  .openapi(
    write(
      'put',
      '/meetings/{id}/roles',
      'Set the chair and appoint the minute-taker',
      IdParams,
      RolesRequest,
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      await service.setRoles(db(c), actor(c), id, c.req.valid('json'));
      return c.json(await view(c, id), 200);
    },
  );
