import { z } from '@hono/zod-openapi';
import { ROLES } from '#domain/authz/roles.ts';
import type { RoleRow } from './store.ts';

export const RoleAssignmentSchema = z
  .object({
    id: z.string(),
    personId: z.string(),
    personName: z.string(),
    unitId: z.string(),
    unitName: z.string(),
    role: z.enum(ROLES),
    startedOn: z.string(),
    endedOn: z.string().nullable(),
  })
  .openapi('RoleAssignment');

export function presentRole(r: RoleRow): z.infer<typeof RoleAssignmentSchema> {
  return {
    id: r.id,
    personId: r.person_id,
    personName: r.person_name,
    unitId: r.unit_id,
    unitName: r.unit_name,
    role: r.role,
    startedOn: r.started_on,
    endedOn: r.ended_on,
  };
}
