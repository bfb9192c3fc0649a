import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/context.ts';
import { jsonResponse } from '../../http/schemas.ts';
import { pingDatabase } from './store.ts';

const Health = z
  .object({ status: z.literal('ok'), database: z.enum(['sqlite', 'postgres']) })
  .openapi('Health');

export const healthRoutes = new OpenAPIHono<AppEnv>().openapi(
  createRoute({
    method: 'get',
    path: '/health',
    tags: ['health'],
    summary: 'Liveness, with the database engine in use',
    responses: { 200: jsonResponse(Health, 'Up and reaching its database') },
  }),
  async (c) => {
    const database = c.get('database');
    await pingDatabase(database.db);
    return c.json({ status: 'ok' as const, database: database.engine }, 200);
  },
);
