import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/context.ts';
import { errorResponses, IdParams, jsonResponse } from '../../http/schemas.ts';
import { validationHook } from '../../http/validation.ts';
import { lessonsForTopicOf, saveEvaluation } from './evaluation.ts';
import { addAddendum, draftFromConsole, saveMinutes, signMinutes } from './minutes.ts';
import {
  AddendumRequest,
  actor,
  db,
  Empty,
  EvaluationRequest,
  MinutesRequest,
  tags,
  view,
  write,
} from './route-kit.ts';

const TopicLessonsSchema = z
  .object({
    lessons: z
      .object({
        meetingId: z.string(),
        heldOn: z.string(),
        topicTitle: z.string().nullable(),
        text: z.string(),
      })
      .nullable(),
  })
  .openapi('TopicLessons');

/** The minutes (drafted, edited, signed, amended) and the secretary's evaluation. */
export const minutesRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    write(
      'post',
      '/meetings/{id}/minutes/draft',
      'Write the minutes from the console (until signed)',
      IdParams,
      Empty,
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      await draftFromConsole(db(c), actor(c), id);
      return c.json(await view(c, id), 200);
    },
  )
  .openapi(
    write(
      'put',
      '/meetings/{id}/minutes',
      'Edit the minutes (until the first signature)',
      IdParams,
      MinutesRequest,
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      await saveMinutes(db(c), actor(c), id, body.text, body.expectedUpdatedAt);
      return c.json(await view(c, id), 200);
    },
  )
  .openapi(
    write(
      'post',
      '/meetings/{id}/minutes/sign',
      'Sign the minutes as chair or minute-taker',
      IdParams,
      Empty,
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      await signMinutes(db(c), actor(c), id);
      return c.json(await view(c, id), 200);
    },
  )
  .openapi(
    write(
      'put',
      '/meetings/{id}/evaluation',
      'The secretary’s evaluation after the meeting: the preparers, the result, the lessons',
      IdParams,
      EvaluationRequest,
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      await saveEvaluation(db(c), actor(c), id, {
        preparer: body.preparer ?? null,
        result: body.result ?? null,
        lessons: body.lessons ?? null,
      });
      return c.json(await view(c, id), 200);
    },
  )
  .openapi(
    write(
      'post',
      '/meetings/{id}/minutes/addenda',
      'Append a dated correction to signed minutes',
      IdParams,
      AddendumRequest,
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      await addAddendum(db(c), actor(c), id, c.req.valid('json').text);
      return c.json(await view(c, id), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/topics/{id}/lessons',
      tags,
      summary:
        'The lessons for this topic’s preparer: from the secretary’s evaluation of the cell’s latest evaluated meeting (seed 001)',
      request: { params: IdParams },
      responses: { 200: jsonResponse(TopicLessonsSchema, 'The lessons, or none yet'), ...errorResponses },
    }),
    async (c) => c.json(await lessonsForTopicOf(db(c), actor(c), c.req.valid('param').id), 200),
  );
