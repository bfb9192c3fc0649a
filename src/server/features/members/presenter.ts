import { z } from '@hono/zod-openapi';
import type { Person } from '#db/schema.ts';
import { ROLES } from '#domain/authz/roles.ts';
import { MEMBER_STATUSES, probationEndsOn } from '#domain/members/member-status.ts';
import { RoleAssignmentSchema } from '../roles/index.ts';

export const MemberSummarySchema = z
  .object({
    id: z.string(),
    fullName: z.string(),
    gender: z.enum(['male', 'female']).nullable(),
    birthDate: z.string().nullable(),
    status: z.enum(MEMBER_STATUSES),
    statusSince: z.string(),
    unitId: z.string(),
    unitName: z.string(),
    groupId: z.string().nullable(),
    groupName: z.string().nullable(),
    joinedOn: z.string().nullable(),
    officialOn: z.string().nullable(),
    probationEndsOn: z.string().nullable(),
    cardNumber: z.string().nullable(),
    phone: z.string().nullable(),
    roles: z.array(z.enum(ROLES)),
  })
  .openapi('MemberSummary');

export const MemberSchema = MemberSummarySchema.extend({
  email: z.string().nullable(),
  periods: z.array(
    z.object({
      id: z.string(),
      unitId: z.string(),
      unitName: z.string(),
      status: z.enum(MEMBER_STATUSES),
      startedOn: z.string(),
      endedOn: z.string().nullable(),
      note: z.string().nullable(),
    }),
  ),
  roleHistory: z.array(RoleAssignmentSchema),
  account: z
    .object({
      username: z.string(),
      /** Sign-in refused and sessions ended by an officer or administrator (issue 19). */
      disabled: z.boolean(),
      /** Reset by an officer or administrator: the person chooses their own password at the next sign-in. */
      mustChangePassword: z.boolean(),
      /** The reader may reset its password and disable or re-enable it (not their own). */
      canManage: z.boolean(),
    })
    .nullable(),
  permissions: z.object({
    manage: z.boolean(),
    /** May read the member's year-end scorecard (GET /members/{id}/scorecard/document). */
    scorecard: z.boolean(),
  }),
  nextStatuses: z.array(z.enum(MEMBER_STATUSES)),
}).openapi('Member');

type PersonRow = Person & {
  unit_name: string;
  group_name: string | null;
  roles: readonly (typeof ROLES)[number][];
};

export function presentMemberSummary(p: PersonRow): z.infer<typeof MemberSummarySchema> {
  return {
    id: p.id,
    fullName: p.full_name,
    gender: p.gender,
    birthDate: p.birth_date,
    status: p.status,
    statusSince: p.status_since,
    unitId: p.unit_id,
    unitName: p.unit_name,
    groupId: p.group_id,
    groupName: p.group_name,
    joinedOn: p.joined_on,
    officialOn: p.official_on,
    // The roster shows when a probationary member's 12 months are up (Party Charter, Art. 5).
    probationEndsOn: p.status === 'probationary' && p.joined_on ? probationEndsOn(p.joined_on) : null,
    cardNumber: p.card_number,
    phone: p.phone,
    roles: [...new Set(p.roles)],
  };
}
