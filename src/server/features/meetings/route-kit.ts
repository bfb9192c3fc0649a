import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { TASK_REPORT_STATUSES } from '#domain/follow-up/task-progress.ts';
import { AGENDA_ITEM_KINDS, MEETING_KINDS, PART_ORDERS } from '#domain/meetings/agenda.ts';
import { ATTENDANCE_STATES } from '#domain/meetings/attendance.ts';
import { requireActor } from '../../authz/authorize.ts';
import type { AppEnv } from '../../http/context.ts';
import {
  ExpectedVersion,
  errorResponses,
  IdSchema,
  jsonBody,
  jsonResponse,
  LocalDateSchema,
  OptionalId,
  OptionalText,
  RequiredText,
} from '../../http/schemas.ts';
import { MeetingSchema } from './presenter.ts';
/** The request schemas and the helpers the meeting routes share. */
import { getMeeting } from './view.ts';

export const tags = ['meetings'];
export const TimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'time' })
  .openapi({ example: '14:00', description: 'Local time HH:MM' });

export const ScheduleRequest = z
  .object({
    topicId: OptionalId,
    kind: z.enum(MEETING_KINDS),
    partOrder: z.enum(PART_ORDERS).nullish(),
    heldOn: LocalDateSchema,
    startsAt: TimeSchema,
    place: RequiredText(300),
  })
  .openapi('ScheduleMeetingRequest');
export const DetailsRequest = ScheduleRequest.extend({
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
  expectedUpdatedAt: ExpectedVersion,
}).openapi('MeetingDetailsRequest');
export const Empty = z.object({}).openapi('EmptyMeetingRequest');
export const RolesRequest = z
  .object({ chairId: OptionalId, minuteTakerId: OptionalId })
  .openapi('MeetingRolesRequest');
export const AttendanceRequest = z
  .object({
    state: z.enum(ATTENDANCE_STATES).nullable(),
    reason: OptionalText(500),
    late: z.boolean().optional(),
    suspended: z.boolean().optional(),
  })
  .openapi('AttendanceRequest');
export const GuestRequest = z
  .object({
    kind: z.enum(['delegate', 'staff']),
    fullName: RequiredText(200),
    title: OptionalText(200),
    unitName: OptionalText(300),
  })
  .openapi('GuestRequest');
/**
 * The id a console made for a row it creates (a UUID): the row is stored under it, and the same request sent
 * again (after a dropped connection) answers the meeting as it is instead of creating a second row.
 */
export const ClientId = z.uuid().optional().openapi({
  description: 'A UUID made by the client; a replay with the same id and content changes nothing',
});
export const SpeechRequest = z
  .object({ personId: OptionalId, guestId: OptionalId, clientId: ClientId })
  .openapi('SpeechRequest');
export const SpeechUpdate = z
  .object({
    status: z.enum(['requested', 'speaking', 'done', 'withdrawn']).optional(),
    position: z.number().int().min(0).max(10_000).optional(),
    note: OptionalText(10_000),
  })
  .openapi('SpeechUpdate');
export const TaskRequest = z
  .object({
    title: RequiredText(500),
    ownerId: OptionalId,
    dueOn: LocalDateSchema.nullish(),
    clientId: ClientId,
  })
  .openapi('TaskRequest');
export const CommitmentRequest = z
  .object({ text: RequiredText(2000), ownerId: OptionalId })
  .openapi('PracticeCommitmentRequest');
export const CommitmentReviewRequest = z
  .object({ note: RequiredText(5000), achieved: z.boolean() })
  .openapi('PracticeReviewRequest');
export const TaskCheckRequest = z
  .object({ status: z.enum(TASK_REPORT_STATUSES), note: OptionalText(5000) })
  .openapi('TaskCheckRequest');
export const ConclusionRequest = z.object({ conclusion: OptionalText(20_000) }).openapi('ConclusionRequest');
export const VoteRequest = z
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
    /** The resolution decision voted on; a passed vote adopts it and makes it a task of the meeting. */
    decisionId: OptionalId,
  })
  .openapi('VoteRequest');
export const MinutesRequest = z
  .object({ text: RequiredText(200_000), expectedUpdatedAt: ExpectedVersion })
  .openapi('MinutesRequest');
export const AddendumRequest = z.object({ text: RequiredText(20_000) }).openapi('AddendumRequest');
export const EvaluationRequest = z
  .object({ preparer: OptionalText(20_000), result: OptionalText(20_000), lessons: OptionalText(20_000) })
  .openapi('EvaluationRequest');

export function view(c: Context<AppEnv>, id: string) {
  return getMeeting(c.get('database').db, requireActor(c.get('actor')), id);
}
export const changed = {
  200: jsonResponse(MeetingSchema, 'The meeting after the change'),
  ...errorResponses,
};

export function write<P extends z.ZodObject, B extends z.ZodType>(
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

export function remove<P extends z.ZodObject>(path: string, summary: string, params: P) {
  return createRoute({ method: 'delete', path, tags, summary, request: { params }, responses: changed });
}

export const db = (c: Context<AppEnv>) => c.get('database').db;
export const actor = (c: Context<AppEnv>) => requireActor(c.get('actor'));
