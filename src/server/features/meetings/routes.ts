import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import { AGENDA_ITEM_KINDS, MEETING_KINDS, PART_ORDERS } from '#domain/meetings/agenda.ts';
import { ATTENDANCE_STATES } from '#domain/meetings/attendance.ts';
import type { MeetingAction } from '#domain/meetings/meeting-status.ts';
import { requireActor } from '../../authz/authorize.ts';
import type { AppEnv } from '../../http/context.ts';
import {
  ChildParams,
  errorResponses,
  IdParams,
  IdSchema,
  jsonBody,
  jsonResponse,
  LocalDateSchema,
  OptionalId,
  OptionalText,
  RequiredText,
  YearSchema,
} from '../../http/schemas.ts';
import { validationHook } from '../../http/validation.ts';
import { loadMeeting } from './access.ts';
import { meetingStats, minuteBook } from './book.ts';
import * as record from './console.ts';
import { saveEvaluation } from './evaluation.ts';
import { subscribe } from './live.ts';
import { addAddendum, draftFromConsole, saveMinutes, signMinutes } from './minutes.ts';
import { MeetingSchema, MeetingStatsSchema, MinuteBookSchema } from './presenter.ts';
import * as service from './service.ts';
import { getMeeting } from './view.ts';
import { recordVote } from './votes.ts';

const tags = ['meetings'];
const TimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'time' })
  .openapi({ example: '14:00', description: 'Local time HH:MM' });

const ScheduleRequest = z
  .object({
    topicId: OptionalId,
    kind: z.enum(MEETING_KINDS),
    partOrder: z.enum(PART_ORDERS).nullish(),
    heldOn: LocalDateSchema,
    startsAt: TimeSchema,
    place: RequiredText(300),
  })
  .openapi('ScheduleMeetingRequest');
const DetailsRequest = ScheduleRequest.extend({
  agenda: z
    .array(
      z.object({
        part: z.enum(['opening', 'thematic', 'regular', 'closing']),
        kind: z.enum(AGENDA_ITEM_KINDS),
        title: OptionalText(300),
        minutes: z.number().int().min(0).max(600),
      }),
    )
    .min(1)
    .max(40),
  expectedUpdatedAt: z.string().max(64).nullish(),
}).openapi('MeetingDetailsRequest');
const Empty = z.object({}).openapi('EmptyMeetingRequest');
const RolesRequest = z
  .object({ chairId: OptionalId, minuteTakerId: OptionalId })
  .openapi('MeetingRolesRequest');
const AttendanceRequest = z
  .object({
    state: z.enum(ATTENDANCE_STATES).nullable(),
    reason: OptionalText(500),
    late: z.boolean().optional(),
    suspended: z.boolean().optional(),
  })
  .openapi('AttendanceRequest');
const GuestRequest = z
  .object({
    kind: z.enum(['delegate', 'staff']),
    fullName: RequiredText(200),
    title: OptionalText(200),
    unitName: OptionalText(300),
  })
  .openapi('GuestRequest');
const SpeechRequest = z.object({ personId: OptionalId, guestId: OptionalId }).openapi('SpeechRequest');
const SpeechUpdate = z
  .object({
    status: z.enum(['requested', 'speaking', 'done', 'withdrawn']).optional(),
    position: z.number().int().min(0).max(10_000).optional(),
    note: OptionalText(10_000),
  })
  .openapi('SpeechUpdate');
const TaskRequest = z
  .object({ title: RequiredText(500), ownerId: OptionalId, dueOn: LocalDateSchema.nullish() })
  .openapi('TaskRequest');
const ConclusionRequest = z.object({ conclusion: OptionalText(20_000) }).openapi('ConclusionRequest');
const VoteRequest = z
  .object({
    subject: RequiredText(500),
    mode: z.enum(['count', 'named']),
    tally: z
      .object({
        for: z.number().int().min(0),
        against: z.number().int().min(0),
        abstain: z.number().int().min(0),
      })
      .nullish(),
    ballots: z
      .array(z.object({ personId: IdSchema, choice: z.enum(['for', 'against', 'abstain']) }))
      .max(2000)
      .nullish(),
  })
  .openapi('VoteRequest');
const MinutesRequest = z
  .object({ text: RequiredText(200_000), expectedUpdatedAt: z.string().max(64).nullish() })
  .openapi('MinutesRequest');
const AddendumRequest = z.object({ text: RequiredText(20_000) }).openapi('AddendumRequest');
const EvaluationRequest = z
  .object({ preparer: OptionalText(20_000), result: OptionalText(20_000), lessons: OptionalText(20_000) })
  .openapi('EvaluationRequest');

function view(c: Context<AppEnv>, id: string) {
  return getMeeting(c.get('database').db, requireActor(c.get('actor')), id);
}
const changed = { 200: jsonResponse(MeetingSchema, 'The meeting after the change'), ...errorResponses };

function write<P extends z.ZodObject, B extends z.ZodType>(
  method: 'post' | 'put',
  path: string,
  summary: string,
  params: P,
  body: B,
) {
  return createRoute({
    method,
    path,
    tags,
    summary,
    request: { params, ...jsonBody(body) },
    responses: changed,
  });
}

function remove<P extends z.ZodObject>(path: string, summary: string, params: P) {
  return createRoute({ method: 'delete', path, tags, summary, request: { params }, responses: changed });
}

const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
const db = (c: Context<AppEnv>) => c.get('database').db;
const actor = (c: Context<AppEnv>) => requireActor(c.get('actor'));

app
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
  )
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
        stream.onAbort(() => {
          unsubscribe();
          resolveClosed();
        });
        await stream.writeSSE({ event: 'ready', data: id });
        // A comment line every 25 s keeps proxies and phones from closing an idle stream.
        const keepAlive = setInterval(() => void stream.write(': keep-alive\n\n'), 25_000);
        await closed;
        clearInterval(keepAlive);
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
  )
  .openapi(
    write(
      'put',
      '/meetings/{id}/attendance/{personId}',
      'Mark a member present, absent with reason or without',
      ChildParams('personId'),
      AttendanceRequest,
    ),
    async (c) => {
      const { id, personId } = c.req.valid('param');
      await record.markAttendance(db(c), actor(c), id, personId, c.req.valid('json'));
      return c.json(await view(c, id), 200);
    },
  )
  .openapi(
    write(
      'post',
      '/meetings/{id}/guests',
      'Add a delegate or a non-member staff attendee',
      IdParams,
      GuestRequest,
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      await record.addGuest(db(c), actor(c), id, c.req.valid('json'));
      return c.json(await view(c, id), 200);
    },
  )
  .openapi(remove('/meetings/{id}/guests/{guestId}', 'Remove a guest', ChildParams('guestId')), async (c) => {
    const { id, guestId } = c.req.valid('param');
    await record.removeGuest(db(c), actor(c), id, guestId);
    return c.json(await view(c, id), 200);
  })
  .openapi(
    write(
      'post',
      '/meetings/{id}/agenda/{itemId}/start',
      'Start an agenda item (its clock)',
      ChildParams('itemId'),
      Empty,
    ),
    async (c) => {
      const { id, itemId } = c.req.valid('param');
      await record.clockItem(db(c), actor(c), id, itemId, 'start');
      return c.json(await view(c, id), 200);
    },
  )
  .openapi(
    write('post', '/meetings/{id}/agenda/{itemId}/end', 'End an agenda item', ChildParams('itemId'), Empty),
    async (c) => {
      const { id, itemId } = c.req.valid('param');
      await record.clockItem(db(c), actor(c), id, itemId, 'end');
      return c.json(await view(c, id), 200);
    },
  )
  .openapi(
    write(
      'post',
      '/meetings/{id}/speeches',
      'Ask to speak (or put someone on the list)',
      IdParams,
      SpeechRequest,
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      await record.requestSpeech(db(c), actor(c), id, c.req.valid('json'));
      return c.json(await view(c, id), 200);
    },
  )
  .openapi(
    write(
      'put',
      '/meetings/{id}/speeches/{speechId}',
      'Order the list, give the floor, note a speech',
      ChildParams('speechId'),
      SpeechUpdate,
    ),
    async (c) => {
      const { id, speechId } = c.req.valid('param');
      await record.updateSpeech(db(c), actor(c), id, speechId, c.req.valid('json'));
      return c.json(await view(c, id), 200);
    },
  )
  .openapi(
    write('post', '/meetings/{id}/tasks', 'Add an assignment from the conclusion', IdParams, TaskRequest),
    async (c) => {
      const { id } = c.req.valid('param');
      await record.addTask(db(c), actor(c), id, c.req.valid('json'));
      return c.json(await view(c, id), 200);
    },
  )
  .openapi(
    remove('/meetings/{id}/tasks/{taskId}', 'Remove an assignment', ChildParams('taskId')),
    async (c) => {
      const { id, taskId } = c.req.valid('param');
      await record.removeTask(db(c), actor(c), id, taskId);
      return c.json(await view(c, id), 200);
    },
  )
  .openapi(
    write('put', '/meetings/{id}/conclusion', 'Record the chair’s conclusion', IdParams, ConclusionRequest),
    async (c) => {
      const { id } = c.req.valid('param');
      await record.saveConclusion(db(c), actor(c), id, c.req.valid('json').conclusion ?? null);
      return c.json(await view(c, id), 200);
    },
  )
  .openapi(
    write(
      'post',
      '/meetings/{id}/votes',
      'Record a vote: counts or named, against the rule’s base',
      IdParams,
      VoteRequest,
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      await recordVote(db(c), actor(c), id, c.req.valid('json'));
      return c.json(await view(c, id), 200);
    },
  )
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
  );

for (const action of ['start', 'end', 'cancel'] as const satisfies readonly MeetingAction[]) {
  app.openapi(
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

export const meetingRoutes = app;
