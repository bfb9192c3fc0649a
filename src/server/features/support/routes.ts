import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { SUPPORT_ENTRY_KINDS } from '#domain/support/support.ts';
import { requireActor } from '../../authz/authorize.ts';
import type { AppEnv } from '../../http/context.ts';
import {
  errorResponses,
  IdParams,
  IdSchema,
  jsonBody,
  jsonResponse,
  LocalDateSchema,
  OptionalId,
  OptionalText,
  RequiredText,
} from '../../http/schemas.ts';
import { validationHook } from '../../http/validation.ts';
import { loadSupport } from './access.ts';
import {
  presentEntry,
  presentOverview,
  presentRecord,
  SupportEntrySchema,
  SupportOverviewSchema,
  SupportRecordSchema,
} from './presenter.ts';
import * as service from './service.ts';
import * as store from './store.ts';

const tags = ['support'];

const MarkRequest = z
  .object({ reason: RequiredText(2000), assigneeId: IdSchema, startedOn: LocalDateSchema })
  .openapi('SupportMarkRequest');

const ChangeRequest = z
  .object({
    assigneeId: OptionalId,
    reason: OptionalText(2000),
    endedOn: LocalDateSchema.nullish(),
    endNote: OptionalText(2000),
  })
  .refine((b) => Boolean(b.assigneeId || b.reason || b.endedOn), {
    message: 'required',
    path: ['assigneeId'],
  })
  .openapi('SupportChangeRequest');

const EntryRequest = z
  .object({
    kind: z.enum(SUPPORT_ENTRY_KINDS),
    onDate: LocalDateSchema,
    findings: RequiredText(10_000),
    advice: OptionalText(10_000),
  })
  .openapi('SupportEntryRequest');

const db = (c: Context<AppEnv>) => c.get('database').db;
const actor = (c: Context<AppEnv>) => requireActor(c.get('actor'));

async function presentOne(c: Context<AppEnv>, id: string) {
  const { record, chain } = await loadSupport(db(c), actor(c), id);
  const entries = await store.listEntries(db(c), [record.id]);
  return presentRecord(actor(c), chain, record, entries);
}

export const supportRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{id}/support',
      tags,
      summary:
        'Guidance of cells that struggle: a cell’s records with their visits, or a committee’s open records below it',
      request: { params: IdParams },
      responses: { 200: jsonResponse(SupportOverviewSchema, 'The records'), ...errorResponses },
    }),
    async (c) => {
      const data = await service.getSupportOf(db(c), actor(c), c.req.valid('param').id);
      return c.json(presentOverview(actor(c), data), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/orgs/{id}/support',
      tags,
      summary: 'Mark a cell as needing guidance and assign who follows it (an officer of a committee above)',
      request: { params: IdParams, ...jsonBody(MarkRequest) },
      responses: { 201: jsonResponse(SupportRecordSchema, 'Marked'), ...errorResponses },
    }),
    async (c) => {
      const id = await service.markCell(db(c), actor(c), c.req.valid('param').id, c.req.valid('json'));
      return c.json(await presentOne(c, id), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/supports/{id}',
      tags,
      summary: 'Reassign a guidance record, correct its reason, or end it with a closing note',
      request: { params: IdParams, ...jsonBody(ChangeRequest) },
      responses: { 200: jsonResponse(SupportRecordSchema, 'Changed'), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      await service.changeSupport(db(c), actor(c), id, c.req.valid('json'));
      return c.json(await presentOne(c, id), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/supports/{id}/visits',
      tags,
      summary: 'Record a guidance visit or note (the person assigned, or an officer above)',
      request: { params: IdParams, ...jsonBody(EntryRequest) },
      responses: { 201: jsonResponse(SupportEntrySchema, 'Recorded'), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const entryId = await service.recordEntry(db(c), actor(c), id, c.req.valid('json'));
      const entry = (await store.listEntries(db(c), [id])).find((e) => e.id === entryId);
      if (!entry) throw new Error('recorded entry not found');
      return c.json(presentEntry(entry), 201);
    },
  );
