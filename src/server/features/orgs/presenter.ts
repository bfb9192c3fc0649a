import { z } from '@hono/zod-openapi';
import type { OrgUnit } from '#db/schema.ts';
import { ORG_KINDS } from '#domain/orgs/org-kinds.ts';

export const OrgUnitSchema = z
  .object({
    id: z.string(),
    parentId: z.string().nullable(),
    kind: z.enum(ORG_KINDS),
    name: z.string(),
    shortName: z.string().nullable(),
    place: z.string().nullable(),
    /** Documents are numbered through the party term from this day; null: by calendar year. */
    numberingTermFrom: z.string().nullable(),
    memberCount: z.number().int(),
    canManage: z.boolean(),
  })
  .openapi('OrgUnit');

export function presentUnit(
  u: OrgUnit & { member_count: number; canManage: boolean },
): z.infer<typeof OrgUnitSchema> {
  return {
    id: u.id,
    parentId: u.parent_id,
    kind: u.kind,
    name: u.name,
    shortName: u.short_name,
    place: u.place,
    numberingTermFrom: u.numbering_term_from ?? null,
    memberCount: u.member_count,
    canManage: u.canManage,
  };
}
