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
  IdSchema,
  jsonBody,
  jsonResponse,
  LocalDateSchema,
  OptionalText,
  RequiredText,
} from '../../http/schemas.ts';
import { validationHook } from '../../http/validation.ts';
import { OrgTreeUnitSchema, OrgUnitSchema, presentTreeUnit, presentUnit } from './presenter.ts';
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
const TreeQuery = z.object({
  /** The units directly under this one; without it, the tops of what the user sees and the level under them. */
  parentId: IdSchema.optional(),
});
const SearchQuery = z.object({
  /** Words of the name, any case and tones ("chi bo thon 3", "đảng ủy" = "dang uy"); empty: the first by name. */
  q: z.string().trim().max(100).optional(),
  kind: z.enum(ORG_KINDS).optional(),
  /** Only units strictly under this one (a committee's cells). */
  under: IdSchema.optional(),
  /** Not this unit nor anything under it (a unit's new parent). */
  exclude: IdSchema.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
const UnitChoice = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(ORG_KINDS),
    parentId: z.string().nullable(),
    /** The names of the unit's parent and grandparent, nearest first: tells same-named cells apart. */
    path: z.array(z.string()),
  })
  .openapi('OrgUnitChoice');
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
      summary: 'The organisation tree, one level at a time',
      description:
        'Without `parentId`: the tops of what the user sees (an administrator: every root) and the units directly ' +
        'under them. With `parentId`: the units directly under that unit. Each unit says how many units sit ' +
        'directly under it (`childCount`), so a screen knows what it can expand.',
      request: { query: TreeQuery },
      responses: {
        200: jsonResponse(z.object({ units: z.array(OrgTreeUnitSchema) }), 'One level (or two) of units'),
        ...errorResponses,
      },
    }),
    async (c) => {
      const actor = requireActor(c.get('actor'));
      const { parentId } = c.req.valid('query');
      const units = await service.listTreeLevel(c.get('database').db, actor, parentId);
      return c.json({ units: units.map(presentTreeUnit) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/search',
      tags,
      summary: 'Find units by name for a picker',
      description:
        'Units the user sees whose name holds every word of `q`, tones and case ignored (đ = d): names that ' +
        'start with `q` first, then those with a word that starts with it, then by name; at most `limit`.',
      request: { query: SearchQuery },
      responses: {
        200: jsonResponse(z.object({ units: z.array(UnitChoice) }), 'The units found, best first'),
        ...errorResponses,
      },
    }),
    async (c) => {
      const actor = requireActor(c.get('actor'));
      const units = await service.searchVisibleUnits(c.get('database').db, actor, c.req.valid('query'));
      return c.json(
        {
          units: units.map((u) => ({
            id: u.id,
            name: u.name,
            kind: u.kind,
            parentId: u.parent_id,
            path: u.path,
          })),
        },
        200,
      );
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
