import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { DB } from '#db/schema.ts';
import { MEETING_STATUSES } from '#domain/meetings/meeting-status.ts';
import { PLAN_STEPS } from '#domain/plans/plan-schedule.ts';
import { PLAN_STATUSES } from '#domain/plans/plan-status.ts';
import { TOPIC_KINDS } from '#domain/plans/topic-groups.ts';
import { requireActor } from '../../authz/authorize.ts';
import type { AppEnv } from '../../http/context.ts';
import {
  errorResponses,
  IdParams,
  jsonBody,
  jsonResponse,
  OptionalText,
  RequiredText,
  YearSchema,
} from '../../http/schemas.ts';
import { validationHook } from '../../http/validation.ts';
import { commentsOpen } from '../preparation/index.ts';
import * as service from './service.ts';

const tags = ['topics'];

const RegistrationRequest = z
  .object({
    year: YearSchema,
    title: RequiredText(300),
    topicGroup: OptionalText(200),
    criterion: OptionalText(100),
    reason: OptionalText(5000),
    preferredQuarter: z.number().int().min(1).max(4).nullish(),
  })
  .openapi('RegistrationRequest');

const RegistrationSchema = z
  .object({
    id: z.string(),
    cellId: z.string(),
    year: z.number().int(),
    personId: z.string(),
    personName: z.string(),
    title: z.string(),
    topicGroup: z.string().nullable(),
    criterion: z.string().nullable(),
    reason: z.string().nullable(),
    preferredQuarter: z.number().int().nullable(),
    usedInPlan: z.boolean(),
    /** The plan's topic made from it, prepared on its topic page. */
    planTopicId: z.string().nullable(),
    /** The signed-in user may withdraw it: their own, or they build the plan; never once the plan uses it. */
    canWithdraw: z.boolean(),
  })
  .openapi('TopicRegistration');

const RegistrationListSchema = z
  .object({
    /** The signed-in user may propose a topic in this cell. */
    canRegister: z.boolean(),
    registrations: z.array(RegistrationSchema),
  })
  .openapi('TopicRegistrations');

const ModelSchema = z
  .object({
    id: z.string(),
    committeeId: z.string(),
    committeeName: z.string(),
    sourceCellName: z.string().nullable(),
    sourceTopicId: z.string().nullable(),
    title: z.string(),
    topicGroup: z.string().nullable(),
    kind: z.enum(TOPIC_KINDS),
    workContent: z.string().nullable(),
    publishedAt: z.string(),
    /** The lessons drawn at the model meeting it comes from (seed 001: "sinh hoạt chuyên đề mẫu"), or null. */
    lessons: z.string().nullable(),
    /** The signed-in user may withdraw it from the library. */
    canWithdraw: z.boolean(),
  })
  .openapi('TopicModel');

const AssignmentsSchema = z
  .object({
    year: z.number().int(),
    topics: z.array(
      z.object({
        topicId: z.string(),
        title: z.string(),
        quarter: z.number().int(),
        kind: z.enum(TOPIC_KINDS),
        planId: z.string(),
        planStatus: z.enum(PLAN_STATUSES),
        cellName: z.string(),
      }),
    ),
    steps: z.array(
      z.object({
        id: z.string(),
        step: z.enum(PLAN_STEPS),
        dueMonth: z.number().int(),
        note: z.string().nullable(),
        topicId: z.string(),
        topicTitle: z.string(),
        planId: z.string(),
        planStatus: z.enum(PLAN_STATUSES),
        cellName: z.string(),
      }),
    ),
    /** Texts sent to me to study (seed 001: every member studies and comments on the draft). */
    reading: z.array(
      z.object({
        topicId: z.string(),
        title: z.string(),
        cellName: z.string(),
        round: z.enum(['draft1', 'draft2', 'final']),
        sentAt: z.string(),
        openedAt: z.string().nullable(),
        /** Comments are asked for on draft 1 until this day. */
        commentDueOn: z.string().nullable(),
        commentsOpen: z.boolean(),
        commented: z.boolean(),
      }),
    ),
    /** Meetings I was given notice of, not yet ended (the notice: topic, time, place). */
    meetings: z.array(
      z.object({
        meetingId: z.string(),
        heldOn: z.string(),
        startsAt: z.string(),
        place: z.string(),
        status: z.enum(MEETING_STATUSES),
        topicId: z.string().nullable(),
        topicTitle: z.string().nullable(),
        cellName: z.string(),
      }),
    ),
  })
  .openapi('MyAssignments');

type RegistrationRow = DB['topic_registration'] & {
  person_name: string;
  used: boolean;
  plan_topic_id?: string | null;
  canWithdraw: boolean;
};
function presentRegistration(r: RegistrationRow): z.infer<typeof RegistrationSchema> {
  return {
    id: r.id,
    cellId: r.cell_id,
    year: r.year,
    personId: r.person_id,
    personName: r.person_name,
    title: r.title,
    topicGroup: r.topic_group,
    criterion: r.criterion,
    reason: r.reason,
    preferredQuarter: r.preferred_quarter,
    usedInPlan: r.used,
    planTopicId: r.plan_topic_id ?? null,
    canWithdraw: r.canWithdraw,
  };
}

type ModelRow = DB['topic_model'] & { committee_name: string; canWithdraw: boolean };
function presentModel(m: ModelRow): z.infer<typeof ModelSchema> {
  return {
    id: m.id,
    committeeId: m.committee_id,
    committeeName: m.committee_name,
    sourceCellName: m.source_cell_name,
    sourceTopicId: m.source_topic_id,
    title: m.title,
    topicGroup: m.topic_group,
    kind: m.kind,
    workContent: m.work_content,
    publishedAt: m.published_at,
    lessons: m.lessons,
    canWithdraw: m.canWithdraw,
  };
}

export const topicRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{id}/registrations',
      tags,
      summary: 'Topics the cell’s members proposed for a year',
      request: { params: IdParams, query: z.object({ year: YearSchema }) },
      responses: {
        200: jsonResponse(RegistrationListSchema, 'Proposals'),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { canRegister, registrations } = await service.listRegistrations(
        c.get('database').db,
        requireActor(c.get('actor')),
        c.req.valid('param').id,
        c.req.valid('query').year,
      );
      return c.json({ canRegister, registrations: registrations.map(presentRegistration) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/orgs/{id}/registrations',
      tags,
      summary: 'Propose a topic to present',
      request: { params: IdParams, ...jsonBody(RegistrationRequest) },
      responses: { 201: jsonResponse(RegistrationSchema, 'Registered'), ...errorResponses },
    }),
    async (c) => {
      const db = c.get('database').db;
      const actor = requireActor(c.get('actor'));
      const cellId = c.req.valid('param').id;
      const body = c.req.valid('json');
      const id = await service.registerTopic(db, actor, cellId, body);
      const { registrations } = await service.listRegistrations(db, actor, cellId, body.year, id);
      const row = registrations[0];
      if (!row) throw new Error('registration vanished');
      return c.json(presentRegistration(row), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/registrations/{id}',
      tags,
      summary: 'Withdraw a proposal not yet in the plan',
      request: { params: IdParams },
      responses: { 204: { description: 'Withdrawn' }, ...errorResponses },
    }),
    async (c) => {
      await service.withdrawRegistration(
        c.get('database').db,
        requireActor(c.get('actor')),
        c.req.valid('param').id,
      );
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{id}/library',
      tags,
      summary: 'Model topics published by the unit’s committees',
      request: { params: IdParams },
      responses: {
        200: jsonResponse(z.object({ models: z.array(ModelSchema) }), 'Library'),
        ...errorResponses,
      },
    }),
    async (c) => {
      const rows = await service.listLibrary(
        c.get('database').db,
        requireActor(c.get('actor')),
        c.req.valid('param').id,
      );
      return c.json({ models: rows.map(presentModel) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/library',
      tags,
      summary: 'Publish a finished topic as a model for the committee’s cells',
      request: jsonBody(
        z
          .object({ topicId: z.string().min(1), committeeId: z.string().min(1) })
          .openapi('PublishModelRequest'),
      ),
      responses: { 201: jsonResponse(ModelSchema, 'Published'), ...errorResponses },
    }),
    async (c) => {
      const db = c.get('database').db;
      const actor = requireActor(c.get('actor'));
      const body = c.req.valid('json');
      const id = await service.publishModel(db, actor, body);
      const [model] = await service.listLibrary(db, actor, body.committeeId, id);
      if (!model) throw new Error('model vanished');
      return c.json(presentModel(model), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/library/{id}',
      tags,
      summary: 'Withdraw a model from the library',
      request: { params: IdParams },
      responses: { 204: { description: 'Withdrawn' }, ...errorResponses },
    }),
    async (c) => {
      await service.unpublishModel(
        c.get('database').db,
        requireActor(c.get('actor')),
        c.req.valid('param').id,
      );
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/me/assignments',
      tags,
      summary: 'Topics I prepare and plan steps I answer for',
      request: { query: z.object({ year: YearSchema }) },
      responses: { 200: jsonResponse(AssignmentsSchema, 'My assignments'), ...errorResponses },
    }),
    async (c) => {
      const { year } = c.req.valid('query');
      const { topics, steps, reading, meetings } = await service.listMyAssignments(
        c.get('database').db,
        requireActor(c.get('actor')),
        year,
      );
      return c.json(
        {
          year,
          topics: topics.map((t) => ({
            topicId: t.id,
            title: t.title,
            quarter: t.quarter,
            kind: t.kind,
            planId: t.plan_id,
            planStatus: t.plan_status,
            cellName: t.cell_name,
          })),
          steps: steps.map((s) => ({
            id: s.id,
            step: s.step,
            dueMonth: s.due_month,
            note: s.note,
            topicId: s.topic_id,
            topicTitle: s.title,
            planId: s.plan_id,
            planStatus: s.plan_status,
            cellName: s.cell_name,
          })),
          reading: reading.map((r) => ({
            topicId: r.topic_id,
            title: r.title,
            cellName: r.cell_name,
            round: r.round,
            sentAt: r.sent_at,
            openedAt: r.opened_at,
            commentDueOn: r.round === 'draft1' ? r.comment_due_on : null,
            commentsOpen: r.round === 'draft1' && commentsOpen(r),
            commented: Boolean(Number(r.commented)),
          })),
          meetings: meetings.map((m) => ({
            meetingId: m.id,
            heldOn: m.held_on,
            startsAt: m.starts_at,
            place: m.place,
            status: m.status,
            topicId: m.topic_id,
            topicTitle: m.topic_title,
            cellName: m.cell_name,
          })),
        },
        200,
      );
    },
  );
