import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { FIRST_NUMBER_MAX } from '#domain/documents/first-number.ts';
import { requireActor } from '../../authz/authorize.ts';
import type { AppEnv } from '../../http/context.ts';
import { errorResponses, IdParams, jsonBody, jsonResponse } from '../../http/schemas.ts';
import { validationHook } from '../../http/validation.ts';
import * as service from './service.ts';

const tags = ['numbering'];

export const NumberingSchema = z
  .object({
    /** The run today falls in: "2026", or "term:2025-10-15" for a unit numbering through its party term. */
    period: z.string(),
    series: z.array(
      z.object({
        /** KH, TB, BB, NQ, BC. */
        kind: z.string(),
        firstNumber: z.number().int().nullable(),
        lastIssued: z.number().int().nullable(),
        next: z.number().int(),
      }),
    ),
    canEdit: z.boolean(),
  })
  .openapi('DocumentNumbering');

const FirstNumberRequest = z
  .object({
    kind: z.string().min(1).max(10),
    firstNumber: z.number().int().min(1).max(FIRST_NUMBER_MAX),
  })
  .openapi('FirstNumberRequest');

const db = (c: Context<AppEnv>) => c.get('database').db;
const actor = (c: Context<AppEnv>) => requireActor(c.get('actor'));

export const numberingRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{id}/document-numbering',
      tags,
      summary: 'A unit’s numbered series this year (or term): first number set, last issued, next',
      request: { params: IdParams },
      responses: { 200: jsonResponse(NumberingSchema, 'The series'), ...errorResponses },
    }),
    async (c) => c.json(await service.getNumbering(db(c), actor(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/orgs/{id}/document-numbering',
      tags,
      summary:
        'Sets the first number of a series for a unit that starts mid-year with paper documents (not at or below a number issued)',
      request: { params: IdParams, ...jsonBody(FirstNumberRequest) },
      responses: { 200: jsonResponse(NumberingSchema, 'The series after the change'), ...errorResponses },
    }),
    async (c) =>
      c.json(
        await service.setFirstNumber(db(c), actor(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
  );
