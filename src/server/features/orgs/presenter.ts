import { z } from '@hono/zod-openapi';
import type { OrgUnit } from '#db/schema.ts';
import { draftLeadDays } from '#domain/meetings/draft-gate.ts';
import { commentReminderDays, taskReminderDays } from '#domain/notifications/reminders.ts';
import { ORG_KINDS } from '#domain/orgs/org-kinds.ts';

export const OrgUnitSchema = z
  .object({
    id: z.string(),
    parentId: z.string().nullable(),
    kind: z.enum(ORG_KINDS),
    name: z.string(),
    shortName: z.string().nullable(),
    place: z.string().nullable(),
    /** Documents are numbered through the party term from this day; null: by calendar year. */
    numberingTermFrom: z.string().nullable(),
    /**
     * Days a cell expects a topic's draft to reach members before the meeting (practice): its setting, or
     * the default 3; `draftLeadDaysSet` says whether the cell chose it.
     */
    draftLeadDays: z.number().int(),
    draftLeadDaysSet: z.boolean(),
    /** Reminder lead times of a cell (practice): its settings, or the defaults 2 and 3 (`…Set`: it chose). */
    commentReminderDays: z.number().int(),
    commentReminderDaysSet: z.boolean(),
    taskReminderDays: z.number().int(),
    taskReminderDaysSet: z.boolean(),
    memberCount: z.number().int(),
    canManage: z.boolean(),
  })
  .openapi('OrgUnit');

export function presentUnit(
  u: OrgUnit & { member_count: number; canManage: boolean },
): z.infer<typeof OrgUnitSchema> {
  return {
    id: u.id,
    parentId: u.parent_id,
    kind: u.kind,
    name: u.name,
    shortName: u.short_name,
    place: u.place,
    numberingTermFrom: u.numbering_term_from ?? null,
    draftLeadDays: draftLeadDays(u.draft_lead_days),
    draftLeadDaysSet: u.draft_lead_days !== null && u.draft_lead_days !== undefined,
    commentReminderDays: commentReminderDays(u.comment_reminder_days),
    commentReminderDaysSet: u.comment_reminder_days !== null && u.comment_reminder_days !== undefined,
    taskReminderDays: taskReminderDays(u.task_reminder_days),
    taskReminderDaysSet: u.task_reminder_days !== null && u.task_reminder_days !== undefined,
    memberCount: u.member_count,
    canManage: u.canManage,
  };
}

/**
 * A unit in the tree loaded by level (GET /orgs, issue 20): what a row of the tree shows and nothing of the unit's
 * settings (those come with GET /orgs/{id}), so that a province's 267 communes stay a few tens of kilobytes;
 * `childCount` is how many units sit directly under it.
 */
export const OrgTreeUnitSchema = z
  .object({
    id: z.string(),
    parentId: z.string().nullable(),
    kind: z.enum(ORG_KINDS),
    name: z.string(),
    memberCount: z.number().int(),
    childCount: z.number().int(),
    canManage: z.boolean(),
  })
  .openapi('OrgTreeUnit');

export function presentTreeUnit(u: {
  id: string;
  parent_id: string | null;
  kind: OrgUnit['kind'];
  name: string;
  member_count: number;
  child_count: number;
  canManage: boolean;
}): z.infer<typeof OrgTreeUnitSchema> {
  return {
    id: u.id,
    parentId: u.parent_id,
    kind: u.kind,
    name: u.name,
    memberCount: u.member_count,
    childCount: u.child_count,
    canManage: u.canManage,
  };
}
