import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { MEETING_KINDS } from '#domain/meetings/agenda.ts';
import { MEETING_STATUSES } from '#domain/meetings/meeting-status.ts';
import type { AppEnv } from '../../../http/context.ts';
import {
  errorResponses,
  IdParams,
  IdSchema,
  jsonBody,
  jsonResponse,
  RequiredText,
} from '../../../http/schemas.ts';
import { validationHook } from '../../../http/validation.ts';
import { actor, db, tags } from '../route-kit.ts';
import * as service from './service.ts';

export const ModelMeetingSchema = z
  .object({
    meetingId: z.string(),
    cellId: z.string(),
    cellName: z.string(),
    committeeId: z.string(),
    committeeName: z.string(),
    purpose: z.string(),
    designatedAt: z.string(),
    kind: z.enum(MEETING_KINDS),
    status: z.enum(MEETING_STATUSES),
    heldOn: z.string(),
    startsAt: z.string(),
    place: z.string(),
    topicTitle: z.string().nullable(),
    /** The host's topic, for those who read the cell's meetings; null to an invited secretary. */
    topicId: z.string().nullable(),
    invitedCells: z.array(z.object({ id: z.string(), name: z.string() })),
    /** The invited secretaries registered to attend (guests of the meeting linked to their person). */
    observers: z.array(
      z.object({ personId: z.string(), fullName: z.string(), unitName: z.string().nullable() }),
    ),
    /** The lessons drawn after the meeting (seed 001: "rút kinh nghiệm"). */
    lessons: z.string().nullable(),
    lessonsAt: z.string().nullable(),
    /** The library entry the finished topic was published as. */
    libraryModelId: z.string().nullable(),
    attending: z.boolean(),
    permissions: z.object({
      /** Open the host cell's meeting page (a reader of its meetings). */
      openMeeting: z.boolean(),
      withdraw: z.boolean(),
      recordLessons: z.boolean(),
      attend: z.boolean(),
      leave: z.boolean(),
    }),
  })
  .openapi('ModelMeeting');

const DesignateRequest = z
  .object({
    purpose: RequiredText(5000),
    /** The cells whose secretaries are invited; null (or absent) invites every other cell of the committee. */
    cellIds: z.array(IdSchema).max(2000).nullish(),
  })
  .openapi('ModelMeetingRequest');
const LessonsRequest = z.object({ lessons: RequiredText(20_000) }).openapi('ModelMeetingLessonsRequest');

const answer = { 200: jsonResponse(ModelMeetingSchema, 'The model meeting'), ...errorResponses };
const view = (c: Parameters<typeof db>[0], id: string) => service.getModelMeeting(db(c), actor(c), id);

/** Model meetings (seed 001: "sinh hoạt chuyên đề mẫu"): designation, invitations, observers, lessons. */
export const modelMeetingRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    createRoute({
      method: 'get',
      path: '/meetings/{id}/model',
      tags,
      summary: 'A model meeting: the invitation (topic, day, place, purpose), the invited cells, the lessons',
      request: { params: IdParams },
      responses: answer,
    }),
    async (c) => c.json(await view(c, c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/meetings/{id}/model',
      tags,
      summary:
        'A committee’s officer designates a cell’s thematic meeting as a model and invites other cells’ secretaries',
      request: { params: IdParams, ...jsonBody(DesignateRequest) },
      responses: answer,
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      await service.designateModelMeeting(db(c), actor(c), id, {
        purpose: body.purpose,
        cellIds: body.cellIds ?? null,
      });
      return c.json(await view(c, id), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/meetings/{id}/model',
      tags,
      summary: 'Withdraw the designation before the meeting',
      request: { params: IdParams },
      responses: { 204: { description: 'Withdrawn' }, ...errorResponses },
    }),
    async (c) => {
      await service.withdrawModelMeeting(db(c), actor(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/meetings/{id}/model/lessons',
      tags,
      summary: 'Record the lessons drawn after the meeting; the finished topic joins the library with them',
      request: { params: IdParams, ...jsonBody(LessonsRequest) },
      responses: answer,
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      await service.recordLessons(db(c), actor(c), id, c.req.valid('json').lessons);
      return c.json(await view(c, id), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/meetings/{id}/model/attend',
      tags,
      summary: 'An invited secretary registers to attend as an observer',
      request: { params: IdParams },
      responses: answer,
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      await service.attendModelMeeting(db(c), actor(c), id);
      return c.json(await view(c, id), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/meetings/{id}/model/attend',
      tags,
      summary: 'An invited secretary withdraws their registration before the meeting starts',
      request: { params: IdParams },
      responses: answer,
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      await service.leaveModelMeeting(db(c), actor(c), id);
      return c.json(await view(c, id), 200);
    },
  );
