import { OpenAPIHono } from '@hono/zod-openapi';
import type { MeetingAction } from '#domain/meetings/meeting-status.ts';
import type { AppEnv } from '../../http/context.ts';
import { IdParams } from '../../http/schemas.ts';
import { validationHook } from '../../http/validation.ts';
import { actor, db, Empty, view, write } from './route-kit.ts';
import * as service from './service.ts';

/** Starting, ending and cancelling the meeting. */
export const lifecycleRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

for (const action of ['start', 'end', 'cancel'] as const satisfies readonly MeetingAction[]) {
  lifecycleRoutes.openapi(
    write(
      'post',
      `/meetings/{id}/${action}`,
      `${action[0]?.toUpperCase()}${action.slice(1)} the meeting`,
      IdParams,
      Empty,
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      await service.transition(db(c), actor(c), id, action);
      return c.json(await view(c, id), 200);
    },
  );
}
