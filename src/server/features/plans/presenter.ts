import { z } from '@hono/zod-openapi';
import { documentNumber } from '#documents/party-document.ts';
import { PLAN_STEPS } from '#domain/plans/plan-schedule.ts';
import { PLAN_ACTIONS, PLAN_STATUSES } from '#domain/plans/plan-status.ts';
import { TOPIC_KINDS } from '#domain/plans/topic-groups.ts';
import { DRAFT_STATUSES } from '#domain/preparation/draft-status.ts';
import type { getPlanDetail } from './service.ts';

const PersonRef = z.object({ id: z.string(), fullName: z.string() });

/** Days after the guidance's deadline (plan-deadline.ts): sent late (`submitted`), or not sent yet. */
export const LatenessSchema = z
  .object({ days: z.number().int().positive(), submitted: z.boolean() })
  .openapi('PlanLateness');

export const PlanTopicSchema = z
  .object({
    id: z.string(),
    position: z.number().int(),
    title: z.string(),
    topicGroup: z.string().nullable(),
    kind: z.enum(TOPIC_KINDS),
    workContent: z.string().nullable(),
    quarter: z.number().int(),
    meetingMonth: z.number().int().nullable(),
    preparers: z.array(PersonRef),
    registrationId: z.string().nullable(),
    modelId: z.string().nullable(),
    steps: z.array(
      z.object({
        step: z.enum(PLAN_STEPS),
        dueMonth: z.number().int(),
        responsibleId: z.string().nullable(),
        responsibleName: z.string().nullable(),
        note: z.string().nullable(),
      }),
    ),
    /** Where its preparation stands (null before the plan is adopted). */
    preparation: z
      .object({
        status: z.enum(DRAFT_STATUSES).nullable(),
        /** The five steps as they actually went: done (and late or not), pending, or overdue. */
        progress: z.array(
          z.object({
            step: z.enum(PLAN_STEPS),
            dueBy: z.string(),
            state: z.enum(['done', 'pending', 'overdue']),
            doneOn: z.string().nullable(),
            late: z.boolean(),
          }),
        ),
      })
      .nullable(),
  })
  .openapi('PlanTopic');

const IssueSchema = z.object({
  code: z.string(),
  quarter: z.number().int().optional(),
  topic: z.number().int().optional(),
});

export const PlanSchema = z
  .object({
    id: z.string(),
    cellId: z.string(),
    cellName: z.string(),
    year: z.number().int(),
    status: z.enum(PLAN_STATUSES),
    /** "Số 03-KH/CB" once adopted. */
    number: z.string().nullable(),
    legalBases: z.array(z.string()),
    purpose: z.string().nullable(),
    requirements: z.string().nullable(),
    organisation: z.string().nullable(),
    adoptedOn: z.string().nullable(),
    submittedAt: z.string().nullable(),
    reviewedAt: z.string().nullable(),
    /**
     * The plan deadline of the guidance the cell works under (the nearest committee above that issued one), and
     * how many days after it the plan was first sent up — or, while not sent, how many days have passed.
     */
    deadline: z.object({ on: z.string().nullable(), late: LatenessSchema.nullable() }),
    reviewRemark: z.string().nullable(),
    /** The plan's version: send it back as `expectedUpdatedAt` to save only over this version. */
    updatedAt: z.string(),
    topics: z.array(PlanTopicSchema),
    events: z.array(
      z.object({
        action: z.enum(PLAN_ACTIONS),
        fromStatus: z.enum(PLAN_STATUSES),
        toStatus: z.enum(PLAN_STATUSES),
        remark: z.string().nullable(),
        actorName: z.string().nullable(),
        at: z.string(),
      }),
    ),
    checks: z.object({ errors: z.array(IssueSchema), warnings: z.array(IssueSchema) }),
    people: z.array(PersonRef),
    permissions: z.object({
      edit: z.boolean(),
      review: z.boolean(),
      actions: z.array(z.enum(PLAN_ACTIONS)),
      /** Committees whose library the signed-in user may publish the plan's finished topics to (none before one is). */
      publishTo: z.array(z.object({ id: z.string(), name: z.string() })),
    }),
  })
  .openapi('Plan');

export function presentPlan(d: Awaited<ReturnType<typeof getPlanDetail>>): z.infer<typeof PlanSchema> {
  const { plan } = d;
  return {
    id: plan.id,
    cellId: plan.cell_id,
    cellName: d.cell.name,
    year: plan.year,
    status: plan.status,
    number: plan.number === null ? null : documentNumber(plan.number, 'KH', 'cell'),
    legalBases: d.legalBases,
    purpose: plan.purpose,
    requirements: plan.requirements,
    organisation: plan.organisation,
    adoptedOn: plan.adopted_on,
    submittedAt: plan.submitted_at,
    reviewedAt: plan.reviewed_at,
    deadline: d.deadline,
    reviewRemark: plan.review_remark,
    updatedAt: plan.updated_at,
    topics: d.topics.map((t) => ({
      id: t.id,
      position: t.position,
      title: t.title,
      topicGroup: t.topic_group,
      kind: t.kind,
      workContent: t.work_content,
      quarter: t.quarter,
      meetingMonth: t.steps.find((s) => s.step === 'meeting')?.due_month ?? null,
      preparers: t.preparers.map((p) => ({ id: p.id, fullName: p.full_name })),
      registrationId: t.registration_id,
      modelId: t.model_id,
      steps: t.steps.map((s) => ({
        step: s.step,
        dueMonth: s.due_month,
        responsibleId: s.responsible_id,
        responsibleName: s.responsible_name,
        note: s.note,
      })),
      preparation: t.progress
        ? {
            status: t.preparationStatus,
            progress: t.progress.map((p) => ({
              step: p.step,
              dueBy: p.dueBy,
              state: p.state,
              doneOn: p.state === 'done' ? p.doneOn : null,
              late: p.state === 'done' && p.late,
            })),
          }
        : null,
    })),
    events: d.events.map((e) => ({
      action: e.action as (typeof PLAN_ACTIONS)[number],
      fromStatus: e.from_status as (typeof PLAN_STATUSES)[number],
      toStatus: e.to_status as (typeof PLAN_STATUSES)[number],
      remark: e.remark,
      actorName: e.full_name ?? e.username ?? null,
      at: e.at,
    })),
    checks: d.checks,
    people: d.people.map((p) => ({ id: p.id, fullName: p.full_name })),
    permissions: d.permissions,
  };
}
