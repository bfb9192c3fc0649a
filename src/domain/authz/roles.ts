import type { OrgKind } from '../orgs/org-kinds.ts';

export const ROLES = [
  'secretary',
  'deputy',
  'committee_member',
  'group_leader',
  'officer',
  'inspector',
] as const;
export type Role = (typeof ROLES)[number];

/** Which roles a unit of each kind can hand out. Being a member comes from the roster, not from a role. */
const ROLES_BY_KIND: Record<OrgKind, readonly Role[]> = {
  cell: ['secretary', 'deputy', 'committee_member'],
  group: ['group_leader'],
  // A committee's own committee member (đảng ủy viên) follows the cells it is assigned to (seed 000: the
  // committee above "chỉ đạo, hướng dẫn cách sinh hoạt"); the role reads the subtree and manages nothing.
  committee: ['officer', 'inspector', 'committee_member'],
};

export function rolesForKind(kind: OrgKind): readonly Role[] {
  return ROLES_BY_KIND[kind];
}

/** A cell has one secretary and one deputy at a time; other roles may be held by several people. */
export function isSingleHolderRole(role: Role): boolean {
  return role === 'secretary' || role === 'deputy' || role === 'group_leader';
}
