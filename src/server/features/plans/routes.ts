import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { PLAN_STEPS } from '#domain/plans/plan-schedule.ts';
import { PLAN_STATUSES, type PlanAction } from '#domain/plans/plan-status.ts';
import { TOPIC_KINDS } from '#domain/plans/topic-groups.ts';
import { requireActor } from '../../authz/authorize.ts';
import { jsonTextAnswer } from '../../http/compression.ts';
import type { AppEnv } from '../../http/context.ts';
import {
  errorResponses,
  IdParams,
  jsonBody,
  jsonResponse,
  LocalDateSchema,
  OptionalId,
  OptionalText,
  QuarterSchema,
  RequiredText,
  YearSchema,
} from '../../http/schemas.ts';
import { validationHook } from '../../http/validation.ts';
import { xlsxContent, xlsxResponse } from '../../xlsx/sheet.ts';
import { overviewText } from './overview-cache.ts';
import { planPageText } from './page-cache.ts';
import { PlanSchema, presentPlan } from './presenter.ts';
import { listReminders, remindCells } from './reminders.ts';
import * as service from './service.ts';
import { planWorkbook } from './workbook.ts';

const tags = ['plans'];
const Month = z.number().int().min(1).max(12);

const PlanRequest = z
  .object({
    legalBases: z.array(RequiredText(500)).max(30),
    purpose: OptionalText(10_000),
    requirements: OptionalText(10_000),
    organisation: OptionalText(10_000),
    topics: z
      .array(
        z.object({
          id: OptionalId,
          title: RequiredText(300),
          topicGroup: OptionalText(200),
          kind: z.enum(TOPIC_KINDS),
          workContent: OptionalText(10_000),
          quarter: QuarterSchema,
          preparerIds: z.array(z.string().min(1)).max(10),
          registrationId: OptionalId,
          modelId: OptionalId,
          steps: z
            .array(
              z.object({
                step: z.enum(PLAN_STEPS),
                dueMonth: Month,
                responsibleId: OptionalId,
                note: OptionalText(500),
              }),
            )
            .optional(),
        }),
      )
      .max(24),
    /** The plan's `updatedAt` the editor started from: if the plan changed since, 409 PLAN_CHANGED. */
    expectedUpdatedAt: z.string().min(1).max(64).nullish(),
  })
  .openapi('PlanRequest');

const CellPlansSchema = z
  .object({
    year: z.number().int(),
    /** What the signed-in user may do from this unit's plan area. */
    permissions: z.object({
      /** Start the cell's plan (a cell, policy plan.edit). */
      createPlan: z.boolean(),
      /** Issue guidance from this committee (a committee, policy guidance.issue). */
      issueGuidance: z.boolean(),
      /** Propose a topic in this cell (a member of it, policy topic.register). */
      registerTopic: z.boolean(),
      /** Publish topics into this committee's library (a committee, policy library.publish). */
      publishModel: z.boolean(),
      /** Remind lagging cells from this committee's overview (an officer of it, policy committee.remind). */
      remindCells: z.boolean(),
    }),
    /**
     * The committees the cells hang from, by name, each once: its plan deadline of the year is the one its cells
     * work under (the guidance of the nearest committee at or above it that issued one; plan-deadline.ts).
     */
    parents: z.array(z.object({ id: z.string(), name: z.string(), deadline: z.string().nullable() })),
    /**
     * A row per cell right under the unit (the unit itself when it is a cell), by name: short and flat (issue 20).
     * A field is left out when it is empty, zero or false.
     */
    cells: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        /** Its committee: an index into `parents`. */
        parent: z.number().int().optional(),
        /** The cell's plan of the year. */
        planId: z.string().optional(),
        status: z.enum(PLAN_STATUSES).optional(),
        adoptedOn: z.string().optional(),
        submittedAt: z.string().optional(),
        reviewedAt: z.string().optional(),
        /** Steps of the plan's topics past their due month and not done (step-progress.ts). */
        overdueSteps: z.number().int().optional(),
        /** Reports the cell issued to the committees above this year, and the day of the latest. */
        reports: z.number().int().optional(),
        reportsLastOn: z.string().optional(),
        /** How late its plan is against its committee's deadline (planLateness, as the plan page says). */
        lateDays: z.number().int().optional(),
        lateSubmitted: z.boolean().optional(),
        /** The latest reminder a committee sent the cell: when, by whom, what (issue 14). */
        remindedAt: z.string().optional(),
        remindedBy: z.string().optional(),
        reminderMessage: z.string().optional(),
      }),
    ),
    /**
     * A row per committee right under the unit, rolled up over every cell below it (issue 20), by name: the
     * officer drills down to it for its own rows. Zero counts other than `cells` and `plans` are left out.
     */
    committees: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        /** Cells at any depth under it. */
        cells: z.number().int(),
        /** Of those, how many have no plan of the year (`none`) or a plan in each status. */
        plans: z.object({
          none: z.number().int(),
          draft: z.number().int(),
          adopted: z.number().int(),
          submitted: z.number().int(),
          returned: z.number().int(),
          acknowledged: z.number().int(),
        }),
        /** Cells whose plan is late against their committee's deadline (planLateness). */
        late: z.number().int().optional(),
        /** Plan steps overdue today in its cells, and how many cells have some. */
        overdueSteps: z.number().int().optional(),
        overdueCells: z.number().int().optional(),
        /** Reports its cells issued this year. */
        reports: z.number().int().optional(),
      }),
    ),
  })
  .openapi('CellPlans');

const CommitteeReminderRequest = z
  .object({
    /** The lagging cells to remind: one, or all the overview shows. */
    cellIds: z.array(z.string().min(1)).min(1).max(1000),
    message: RequiredText(1000),
  })
  .openapi('CommitteeReminderRequest');
const CommitteeReminderResponse = z
  .object({ sent: z.number().int(), sentAt: z.string() })
  .openapi('CommitteeReminderResult');

const CommitteeRemindersSchema = z
  .object({
    year: z.number().int(),
    /** Newest first: to a cell, from every committee above it; from a committee, to every cell it reminded. */
    items: z.array(
      z.object({
        id: z.string(),
        committee: z.object({ id: z.string(), name: z.string() }),
        cell: z.object({ id: z.string(), name: z.string() }),
        message: z.string(),
        sentAt: z.string(),
        /** The officer; null when an administrator with no person record sent it. */
        sentByName: z.string().nullable(),
      }),
    ),
  })
  .openapi('CommitteeReminders');

async function planResponse(c: Context<AppEnv>, id: string) {
  return presentPlan(await service.getPlanDetail(c.get('database').db, requireActor(c.get('actor')), id));
}

function transitionRoute<T extends z.ZodType>(action: PlanAction, summary: string, body: T) {
  return createRoute({
    method: 'post',
    path: `/plans/{id}/${action}`,
    tags,
    summary,
    request: { params: IdParams, ...jsonBody(body) },
    responses: { 200: jsonResponse(PlanSchema, 'The plan in its new state'), ...errorResponses },
  });
}

const AdoptRequest = z.object({ adoptedOn: LocalDateSchema }).openapi('AdoptPlanRequest');
const RemarkRequest = z.object({ remark: OptionalText(5000) }).openapi('PlanRemarkRequest');
const ReturnRequest = z.object({ remark: RequiredText(5000) }).openapi('ReturnPlanRequest');
const EmptyRequest = z.object({}).openapi('EmptyRequest');

export const planRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    createRoute({
      method: 'post',
      path: '/committees/{id}/reminders',
      tags,
      summary: 'Remind one or several lagging cells under the committee (its officers)',
      request: { params: IdParams, ...jsonBody(CommitteeReminderRequest) },
      responses: {
        200: jsonResponse(CommitteeReminderResponse, 'Recorded and sent to each cell'),
        ...errorResponses,
      },
    }),
    async (c) =>
      c.json(
        await remindCells(
          c.get('database').db,
          requireActor(c.get('actor')),
          c.req.valid('param').id,
          c.req.valid('json'),
        ),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{id}/committee-reminders',
      tags,
      summary:
        'Reminders of a year: those a cell received from the committees above, or those a committee sent',
      request: { params: IdParams, query: z.object({ year: YearSchema }) },
      responses: {
        200: jsonResponse(CommitteeRemindersSchema, 'Reminders, newest first'),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { year } = c.req.valid('query');
      const rows = await listReminders(
        c.get('database').db,
        requireActor(c.get('actor')),
        c.req.valid('param').id,
        year,
      );
      return c.json(
        {
          year,
          items: rows.map((r) => ({
            id: r.id,
            committee: { id: r.committee_id, name: r.committee_name },
            cell: { id: r.cell_id, name: r.cell_name },
            message: r.message,
            sentAt: r.sent_at,
            sentByName: r.sent_by_name,
          })),
        },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{id}/plans',
      tags,
      summary: 'The cells and committees right under a unit with the state of their plans for a year',
      request: { params: IdParams, query: z.object({ year: YearSchema }) },
      responses: { 200: jsonResponse(CellPlansSchema, 'Cells and their plans'), ...errorResponses },
    }),
    async (c) => {
      const { year } = c.req.valid('query');
      const { db } = c.get('database');
      const actor = requireActor(c.get('actor'));
      const id = c.req.valid('param').id;
      const answer = async () => {
        const { parents, cells, committees, permissions } = await service.listCellPlans(db, actor, id, year);
        return { year, permissions, parents, cells, committees };
      };
      const kept = await overviewText(db, actor, id, year, answer);
      return kept === null ? c.json(await answer(), 200) : jsonTextAnswer(c, kept, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/orgs/{id}/plans',
      tags,
      summary: 'Start the cell’s plan for a year',
      request: { params: IdParams, ...jsonBody(z.object({ year: YearSchema }).openapi('CreatePlanRequest')) },
      responses: { 201: jsonResponse(PlanSchema, 'Created as a draft'), ...errorResponses },
    }),
    async (c) => {
      const id = await service.createPlan(
        c.get('database').db,
        requireActor(c.get('actor')),
        c.req.valid('param').id,
        c.req.valid('json').year,
      );
      return c.json(await planResponse(c, id), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/plans/{id}',
      tags,
      summary: 'A plan with its topics, assignment table, history and rule checks',
      request: { params: IdParams },
      responses: { 200: jsonResponse(PlanSchema, 'The plan'), ...errorResponses },
    }),
    async (c) => {
      const id = c.req.valid('param').id;
      const { db } = c.get('database');
      return jsonTextAnswer(
        c,
        await planPageText(db, requireActor(c.get('actor')), id, () => planResponse(c, id)),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/plans/{id}/export',
      tags,
      summary:
        'The plan as an Excel workbook (.xlsx): its topics, and the assignment table with each step’s state',
      request: { params: IdParams },
      responses: { 200: xlsxContent, ...errorResponses },
    }),
    async (c) => {
      const plan = await planResponse(c, c.req.valid('param').id);
      return xlsxResponse(await planWorkbook(plan), `kế-hoạch-sinh-hoạt-chuyên-đề-${plan.year}.xlsx`);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/plans/{id}',
      tags,
      summary: 'Save the whole plan (while a draft or returned)',
      request: { params: IdParams, ...jsonBody(PlanRequest) },
      responses: { 200: jsonResponse(PlanSchema, 'Saved'), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      await service.savePlan(c.get('database').db, requireActor(c.get('actor')), id, c.req.valid('json'));
      return c.json(await planResponse(c, id), 200);
    },
  )
  .openapi(transitionRoute('adopt', 'The cell adopted the plan at a meeting', AdoptRequest), async (c) => {
    const { id } = c.req.valid('param');
    await service.transitionPlan(
      c.get('database').db,
      requireActor(c.get('actor')),
      id,
      'adopt',
      c.req.valid('json'),
    );
    return c.json(await planResponse(c, id), 200);
  })
  .openapi(transitionRoute('reopen', 'Reopen an adopted plan for changes', EmptyRequest), async (c) => {
    const { id } = c.req.valid('param');
    await service.transitionPlan(c.get('database').db, requireActor(c.get('actor')), id, 'reopen');
    return c.json(await planResponse(c, id), 200);
  })
  .openapi(transitionRoute('submit', 'Report the plan to the committee', EmptyRequest), async (c) => {
    const { id } = c.req.valid('param');
    await service.transitionPlan(c.get('database').db, requireActor(c.get('actor')), id, 'submit');
    return c.json(await planResponse(c, id), 200);
  })
  .openapi(
    transitionRoute('acknowledge', 'The committee acknowledges the plan', RemarkRequest),
    async (c) => {
      const { id } = c.req.valid('param');
      await service.transitionPlan(
        c.get('database').db,
        requireActor(c.get('actor')),
        id,
        'acknowledge',
        c.req.valid('json'),
      );
      return c.json(await planResponse(c, id), 200);
    },
  )
  .openapi(
    transitionRoute('return', 'The committee returns the plan with remarks', ReturnRequest),
    async (c) => {
      const { id } = c.req.valid('param');
      await service.transitionPlan(
        c.get('database').db,
        requireActor(c.get('actor')),
        id,
        'return',
        c.req.valid('json'),
      );
      return c.json(await planResponse(c, id), 200);
    },
  );
