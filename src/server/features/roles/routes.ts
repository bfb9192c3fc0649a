import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { ROLES } from '#domain/authz/roles.ts';
import { authorize, requireActor } from '../../authz/authorize.ts';
import type { AppEnv } from '../../http/context.ts';
import { errorResponses, IdParams, jsonBody, jsonResponse, LocalDateSchema } from '../../http/schemas.ts';
import { validationHook } from '../../http/validation.ts';
import { presentRole, RoleAssignmentSchema } from './presenter.ts';
import * as service from './service.ts';

const tags = ['roles'];
const AssignRoleRequest = z
  .object({ personId: z.string().min(1), role: z.enum(ROLES), startedOn: LocalDateSchema })
  .openapi('AssignRoleRequest');
const EndRoleRequest = z.object({ endedOn: LocalDateSchema }).openapi('EndRoleRequest');
const RolesQuery = z.object({ history: z.enum(['true', 'false']).optional() });

export const roleRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{id}/roles',
      tags,
      summary: 'Who holds which role in a unit (and who held it before)',
      request: { params: IdParams, query: RolesQuery },
      responses: {
        200: jsonResponse(z.object({ roles: z.array(RoleAssignmentSchema) }), 'Roles'),
        ...errorResponses,
      },
    }),
    async (c) => {
      const actor = requireActor(c.get('actor'));
      const withHistory = c.req.valid('query').history === 'true';
      const rows = await service.listRoles(c.get('database').db, actor, c.req.valid('param').id, withHistory);
      return c.json({ roles: rows.map(presentRole) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/orgs/{id}/roles',
      tags,
      summary: 'Give a person a role in the unit',
      request: { params: IdParams, ...jsonBody(AssignRoleRequest) },
      responses: { 201: jsonResponse(RoleAssignmentSchema, 'Assigned'), ...errorResponses },
    }),
    async (c) => {
      const db = c.get('database').db;
      const roleId = await service.assignRole(
        db,
        requireActor(c.get('actor')),
        c.req.valid('param').id,
        c.req.valid('json'),
      );
      return c.json(presentRole(await service.getRole(db, roleId)), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/roles/{id}/end',
      tags,
      summary: 'End a role on a date',
      request: { params: IdParams, ...jsonBody(EndRoleRequest) },
      responses: { 200: jsonResponse(RoleAssignmentSchema, 'Ended'), ...errorResponses },
    }),
    async (c) => {
      const db = c.get('database').db;
      const actor = requireActor(c.get('actor'));
      const { id } = c.req.valid('param');
      await service.endRole(db, actor, id, c.req.valid('json').endedOn);
      const role = await service.getRole(db, id);
      await authorize(db, actor, 'org.read', role.unit_id);
      return c.json(presentRole(role), 200);
    },
  );
