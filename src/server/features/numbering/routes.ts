import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { SIGNER_AUTHORITIES, SIGNER_NAME_MAX, SIGNER_TITLES } from '#domain/documents/document-signer.ts';
import { FIRST_NUMBER_MAX } from '#domain/documents/first-number.ts';
import { requireActor } from '../../authz/authorize.ts';
import type { AppEnv } from '../../http/context.ts';
import { errorResponses, IdParams, jsonBody, jsonResponse } from '../../http/schemas.ts';
import { validationHook } from '../../http/validation.ts';
import * as service from './service.ts';
import * as signer from './signer.ts';

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

export const DocumentSignerSchema = z
  .object({
    /** The committee's setting in force now; null: none, the name is left blank for handwriting. */
    signer: z
      .object({
        authority: z.enum(SIGNER_AUTHORITIES),
        title: z.enum(SIGNER_TITLES),
        name: z.string(),
        setAt: z.string(),
      })
      .nullable(),
    /** The signature block documents issued now carry (title lines separated by "\n"). */
    signature: z.object({ authority: z.string(), title: z.string(), name: z.string().nullable() }),
    canEdit: z.boolean(),
  })
  .openapi('DocumentSigner');

const DocumentSignerRequest = z
  .object({
    authority: z.enum(SIGNER_AUTHORITIES),
    title: z.enum(SIGNER_TITLES),
    name: z.string().trim().min(1).max(SIGNER_NAME_MAX),
  })
  .openapi('DocumentSignerRequest');

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
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{id}/document-signer',
      tags,
      summary: 'Who signs a committee’s documents (T/M …, title, name); null until set',
      request: { params: IdParams },
      responses: { 200: jsonResponse(DocumentSignerSchema, 'The signer'), ...errorResponses },
    }),
    async (c) => c.json(await signer.getDocumentSigner(db(c), actor(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/orgs/{id}/document-signer',
      tags,
      summary:
        'Sets who signs the committee’s documents issued from now on (its officers; documents already issued keep theirs)',
      request: { params: IdParams, ...jsonBody(DocumentSignerRequest) },
      responses: {
        200: jsonResponse(DocumentSignerSchema, 'The signer after the change'),
        ...errorResponses,
      },
    }),
    async (c) =>
      c.json(
        await signer.setDocumentSigner(db(c), actor(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
  );
