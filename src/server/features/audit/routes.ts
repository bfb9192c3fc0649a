import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { authorize, requireActor } from '../../authz/authorize.ts';
import { AppError } from '../../http/app-error.ts';
import type { AppEnv } from '../../http/context.ts';
import { errorResponses, IdSchema, jsonResponse } from '../../http/schemas.ts';
import { validationHook } from '../../http/validation.ts';
import { auditSnapshot, listAuditEntries, listSubtreeIds } from './store.ts';

const AuditEntrySchema = z
  .object({
    id: z.string(),
    at: z.string(),
    actorName: z.string().nullable(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    unitId: z.string().nullable(),
    before: z.unknown().nullable(),
    after: z.unknown().nullable(),
  })
  .openapi('AuditEntry');
const AuditQuery = z.object({
  unitId: IdSchema.optional(),
  entityId: IdSchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const auditRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(
  createRoute({
    method: 'get',
    path: '/audit',
    tags: ['audit'],
    summary: 'Who changed what, when, in a unit’s subtree',
    request: { query: AuditQuery },
    responses: {
      200: jsonResponse(z.object({ entries: z.array(AuditEntrySchema) }), 'Entries, newest first'),
      ...errorResponses,
    },
  }),
  async (c) => {
    const actor = requireActor(c.get('actor'));
    const db = c.get('database').db;
    const { unitId, entityId, limit } = c.req.valid('query');
    let unitIds: string[] | 'all' = 'all';
    if (unitId) {
      await authorize(db, actor, 'audit.read', unitId);
      unitIds = (await listSubtreeIds(db, unitId)).map((r) => r.descendant_id);
    } else if (!actor.isAdmin) {
      // Without a unit, an officer or inspector sees the subtrees they answer for.
      const roots = actor.grants
        .filter((g) => g.role === 'officer' || g.role === 'inspector')
        .map((g) => g.unitId);
      if (roots.length === 0) throw new AppError('FORBIDDEN');
      const subtrees = await Promise.all(roots.map((r) => listSubtreeIds(db, r)));
      unitIds = [...new Set(subtrees.flat().map((r) => r.descendant_id))];
    }
    const rows = await listAuditEntries(db, { unitIds, entityId, limit });
    return c.json(
      {
        entries: rows.map((r) => ({
          id: r.id,
          at: r.at,
          actorName: r.full_name ?? r.username ?? null,
          action: r.action,
          entityType: r.entity_type,
          entityId: r.entity_id,
          unitId: r.unit_id,
          before: auditSnapshot(r.before_json),
          after: auditSnapshot(r.after_json),
        })),
      },
      200,
    );
  },
);
