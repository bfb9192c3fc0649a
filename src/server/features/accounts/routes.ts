import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { requireActor } from '../../authz/authorize.ts';
import type { AppEnv } from '../../http/context.ts';
import { errorResponses, IdParams, jsonBody, jsonResponse } from '../../http/schemas.ts';
import { validationHook } from '../../http/validation.ts';
import * as service from './service.ts';

const tags = ['accounts'];

const ResetPasswordRequest = z
  .object({
    /** A password the officer typed; absent: a random temporary one is made and returned once. */
    password: z.string().min(1).max(200).optional(),
  })
  .openapi('ResetPasswordRequest');
const ResetPasswordResult = z
  .object({ username: z.string(), temporaryPassword: z.string().nullable() })
  .openapi('ResetPasswordResult');

export const accountRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    createRoute({
      method: 'post',
      path: '/members/{id}/account/password-reset',
      tags,
      summary: 'Reset a person’s password; they must choose their own at the next sign-in',
      request: { params: IdParams, ...jsonBody(ResetPasswordRequest) },
      responses: { 200: jsonResponse(ResetPasswordResult, 'Reset'), ...errorResponses },
    }),
    async (c) => {
      const result = await service.resetPassword(
        c.get('database').db,
        requireActor(c.get('actor')),
        c.req.valid('param').id,
        c.req.valid('json'),
      );
      return c.json(result, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/members/{id}/account/disable',
      tags,
      summary: 'Disable a person’s account: sign-in refused, every session ends',
      request: { params: IdParams },
      responses: { 204: { description: 'Disabled' }, ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c.get('actor'));
      await service.setAccountDisabled(c.get('database').db, actor, c.req.valid('param').id, true);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/members/{id}/account/enable',
      tags,
      summary: 'Re-enable a disabled account',
      request: { params: IdParams },
      responses: { 204: { description: 'Enabled' }, ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c.get('actor'));
      await service.setAccountDisabled(c.get('database').db, actor, c.req.valid('param').id, false);
      return c.body(null, 204);
    },
  );
