import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { requireActor } from '../../authz/authorize.ts';
import type { AppEnv } from '../../http/context.ts';
import { errorResponses, IdParams, jsonResponse } from '../../http/schemas.ts';
import { validationHook } from '../../http/validation.ts';
import { inviteCommittee, withdrawCommitteeInvitation } from './invitation.ts';
import { PreparationSchema } from './presenter.ts';
import { getPreparation } from './view.ts';

const tags = ['preparation'];

/** The cell's invitation to the committee above to comment on the topic's drafts (invitation.ts). */
export const invitationRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    createRoute({
      method: 'post',
      path: '/topics/{id}/committee-invitation',
      tags,
      summary: 'The secretary (or deputy) invites the committee above to read and comment on the drafts',
      request: { params: IdParams },
      responses: { 201: jsonResponse(PreparationSchema, 'Invited'), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const actor = requireActor(c.get('actor'));
      await inviteCommittee(c.get('database').db, actor, id);
      return c.json(await getPreparation(c.get('database').db, actor, id), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/topics/{id}/committee-invitation',
      tags,
      summary: 'Withdraw the invitation to the committee above',
      request: { params: IdParams },
      responses: { 200: jsonResponse(PreparationSchema, 'Withdrawn'), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const actor = requireActor(c.get('actor'));
      await withdrawCommitteeInvitation(c.get('database').db, actor, id);
      return c.json(await getPreparation(c.get('database').db, actor, id), 200);
    },
  );
