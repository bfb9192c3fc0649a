import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { INBOX_KINDS } from '#domain/inbox/inbox.ts';
import { requireActor } from '../../authz/authorize.ts';
import type { AppEnv } from '../../http/context.ts';
import { errorResponses, jsonResponse } from '../../http/schemas.ts';
import { validationHook } from '../../http/validation.ts';
import { inboxOf } from './service.ts';

const InboxItemSchema = z
  .object({
    kind: z.enum(INBOX_KINDS),
    params: z
      .record(z.string(), z.union([z.string(), z.number(), z.null()]))
      .openapi({ description: 'What the text of the kind needs (web: inbox.kinds.<kind>)' }),
    unit: z.object({ id: z.string(), name: z.string() }),
    dueOn: z.string().nullable().openapi({ description: 'YYYY-MM-DD, or null when the item has no due day' }),
    overdue: z.boolean(),
    link: z.string().openapi({ description: 'The web screen where the action is, e.g. /topics/…' }),
  })
  .openapi('InboxItem');
const InboxSchema = z.object({ items: z.array(InboxItemSchema) }).openapi('Inbox');

export const inboxRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(
  createRoute({
    method: 'get',
    path: '/me/inbox',
    tags: ['inbox'],
    summary: "The signed-in person's to-dos across all their units: overdue first, then by due day",
    responses: { 200: jsonResponse(InboxSchema, 'To-dos'), ...errorResponses },
  }),
  async (c) => c.json(await inboxOf(c.get('database').db, requireActor(c.get('actor'))), 200),
);
