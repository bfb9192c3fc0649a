import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { redactPassword } from '#db/connection.ts';
import type { AppEnv } from '../../http/context.ts';
import { jsonResponse } from '../../http/schemas.ts';
import { checkDatabaseWritable } from './store.ts';

const Health = z
  .object({ status: z.enum(['ok', 'down']), database: z.enum(['sqlite', 'postgres']) })
  .openapi('Health');

export const healthRoutes = new OpenAPIHono<AppEnv>().openapi(
  createRoute({
    method: 'get',
    path: '/health',
    tags: ['health'],
    summary: 'Liveness, with the database engine in use and whether it takes writes',
    responses: {
      200: jsonResponse(Health, 'Up and able to write to its database'),
      503: jsonResponse(Health, 'Up, but the database cannot be reached or written'),
    },
  }),
  async (c) => {
    const database = c.get('database');
    try {
      await checkDatabaseWritable(database.db);
    } catch (err) {
      console.warn(`health: database down: ${redactPassword((err as Error).message)}`);
      return c.json({ status: 'down' as const, database: database.engine }, 503);
    }
    return c.json({ status: 'ok' as const, database: database.engine }, 200);
  },
);
