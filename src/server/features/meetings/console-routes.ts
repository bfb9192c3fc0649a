import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/context.ts';
import { ChildParams, IdParams } from '../../http/schemas.ts';
import { validationHook } from '../../http/validation.ts';
import * as record from './console.ts';
import { recordCommitment, reviewCommitment } from './practice.ts';
import {
  AttendanceRequest,
  actor,
  CommitmentRequest,
  CommitmentReviewRequest,
  ConclusionRequest,
  db,
  Empty,
  GuestRequest,
  remove,
  SpeechRequest,
  SpeechUpdate,
  TaskCheckRequest,
  TaskRequest,
  VoteRequest,
  view,
  write,
} from './route-kit.ts';
import { checkTask } from './task-checks.ts';
import { recordVote } from './votes.ts';

/** The live console: attendance, guests, the agenda clock, speeches, assignments, conclusion, votes. */
export const consoleRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
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
      '/meetings/{id}/commitments',
      'Record what the cell or a member will put into practice from the Hồ Chí Minh study (seed 002)',
      IdParams,
      CommitmentRequest,
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      await recordCommitment(db(c), actor(c), id, c.req.valid('json'));
      return c.json(await view(c, id), 200);
    },
  )
  .openapi(
    write(
      'post',
      '/meetings/{id}/commitments/{commitmentId}/review',
      'Evaluate a practice commitment carried to this meeting; achieved closes it',
      ChildParams('commitmentId'),
      CommitmentReviewRequest,
    ),
    async (c) => {
      const { id, commitmentId } = c.req.valid('param');
      await reviewCommitment(db(c), actor(c), id, commitmentId, c.req.valid('json'));
      return c.json(await view(c, id), 200);
    },
  )
  .openapi(
    write(
      'put',
      '/meetings/{id}/task-checks/{taskId}',
      'Check an earlier meeting’s assignment at this meeting: done, in progress, or not done with the reason (seed 002)',
      ChildParams('taskId'),
      TaskCheckRequest,
    ),
    async (c) => {
      const { id, taskId } = c.req.valid('param');
      await checkTask(db(c), actor(c), id, taskId, c.req.valid('json'));
      return c.json(await view(c, id), 200);
    },
  );
