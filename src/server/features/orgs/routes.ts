import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { ROLES } from '#domain/authz/roles.ts';
import { DRAFT_LEAD_DAYS_MAX } from '#domain/meetings/draft-gate.ts';
import { REMINDER_DAYS_MAX } from '#domain/notifications/reminders.ts';
import { ORG_KINDS } from '#domain/orgs/org-kinds.ts';
import { requireActor } from '../../authz/authorize.ts';
import type { AppEnv } from '../../http/context.ts';
import {
  errorResponses,
  IdParams,
  jsonBody,
  jsonResponse,
  LocalDateSchema,
  OptionalText,
  RequiredText,
} from '../../http/schemas.ts';
import { validationHook } from '../../http/validation.ts';
import { OrgUnitSchema, presentUnit } from './presenter.ts';
import * as service from './service.ts';

const tags = ['orgs'];

const UnitFields = {
  name: RequiredText(200),
  shortName: OptionalText(200),
  place: OptionalText(100),
};
const CreateUnitRequest = z
  .object({ parentId: z.string().nullable(), kind: z.enum(ORG_KINDS), ...UnitFields })
  .openapi('CreateUnitRequest');
const UpdateUnitRequest = z
  .object({
    name: UnitFields.name.optional(),
    shortName: UnitFields.shortName,
    place: UnitFields.place,
    parentId: z.string().optional(),
    /** Number documents through the party term from this day (null: by calendar year). */
    numberingTermFrom: LocalDateSchema.nullish(),
    /**
     * A cell's days between sending a topic's draft to members and the meeting, 0–30 (practice; null: the
     * default, 3). A shorter interval is a warning on the notice, the meeting page and the minutes.
     */
    draftLeadDays: z.number().int().min(0).max(DRAFT_LEAD_DAYS_MAX).nullish(),
    /** A cell's days before a comment window closes that members are reminded, 0–30 (null: the default, 2). */
    commentReminderDays: z.number().int().min(0).max(REMINDER_DAYS_MAX).nullish(),
    /** A cell's days before a task or a review falls due that its owner is reminded, 0–30 (null: 3). */
    taskReminderDays: z.number().int().min(0).max(REMINDER_DAYS_MAX).nullish(),
  })
  .openapi('UpdateUnitRequest');
const UnitRef = z.object({ id: z.string(), name: z.string(), kind: z.enum(ORG_KINDS) });
const UnitDetail = OrgUnitSchema.extend({
  ancestors: z.array(UnitRef),
  children: z.array(OrgUnitSchema),
  permissions: z.object({
    manage: z.boolean(),
    /** Reads the unit's roster and its party records (plans, meetings); non-member staff do not. */
    readMembers: z.boolean(),
    manageMembers: z.boolean(),
    /** May import the cell's roster from .xlsx/.csv (POST /orgs/{id}/roster-import). */
    importMembers: z.boolean(),
    manageRoles: z.boolean(),
    readAudit: z.boolean(),
    /** A committee's calendar of its subtree's meetings (GET /orgs/{id}/meeting-calendar). */
    readMeetingCalendar: z.boolean(),
    /** A committee's own report upward (its officers and inspectors, the committees above). */
    readUpwardReport: z.boolean(),
    /** The guidance records of a cell, or a committee's cells under guidance (GET /orgs/{id}/support). */
    readSupport: z.boolean(),
    /** A committee's inspections (its own and those under it), or a cell's (GET /orgs/{id}/inspections). */
    readInspections: z.boolean(),
    /** A committee's reports received from the units under it (GET /orgs/{id}/received-reports). */
    readReceivedReports: z.boolean(),
  }),
  assignableRoles: z.array(z.enum(ROLES)),
}).openapi('OrgUnitDetail');

export const orgRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs',
      tags,
      summary: 'Units the user can see',
      responses: {
        200: jsonResponse(z.object({ units: z.array(OrgUnitSchema) }), 'Visible units, flat'),
        ...errorResponses,
      },
    }),
    async (c) => {
      const actor = requireActor(c.get('actor'));
      const units = await service.listVisibleUnits(c.get('database').db, actor);
      return c.json({ units: units.map(presentUnit) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{id}',
      tags,
      summary: 'One unit with its place in the tree',
      request: { params: IdParams },
      responses: { 200: jsonResponse(UnitDetail, 'The unit'), ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c.get('actor'));
      const d = await service.getUnitDetail(c.get('database').db, actor, c.req.valid('param').id);
      return c.json(
        {
          ...presentUnit(d.unit),
          ancestors: d.ancestors,
          children: d.children.map(presentUnit),
          permissions: d.permissions,
          assignableRoles: [...d.assignableRoles],
        },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/orgs',
      tags,
      summary: 'Create a unit under a parent',
      request: jsonBody(CreateUnitRequest),
      responses: { 201: jsonResponse(OrgUnitSchema, 'Created'), ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c.get('actor'));
      const unit = await service.createUnit(c.get('database').db, actor, c.req.valid('json'));
      return c.json(presentUnit({ ...unit, member_count: 0, canManage: true }), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/orgs/{id}',
      tags,
      summary: 'Rename, re-describe or move a unit',
      request: { params: IdParams, ...jsonBody(UpdateUnitRequest) },
      responses: { 200: jsonResponse(OrgUnitSchema, 'Updated'), ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c.get('actor'));
      const db = c.get('database').db;
      const { id } = c.req.valid('param');
      await service.updateUnit(db, actor, id, c.req.valid('json'));
      const d = await service.getUnitDetail(db, actor, id);
      return c.json(presentUnit(d.unit), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/orgs/{id}',
      tags,
      summary: 'Delete an empty unit',
      request: { params: IdParams },
      responses: { 204: { description: 'Deleted' }, ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c.get('actor'));
      await service.deleteUnit(c.get('database').db, actor, c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
