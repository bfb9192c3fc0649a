import type { OrgKind, OrgTreeUnit } from '../../api/models.ts';
import { collator } from '../../lib/format.ts';

const KIND_ORDER: Record<OrgKind, number> = { committee: 0, cell: 1, group: 2 };

// What may sit under what (mirrors domain/orgs/org-kinds.ts: committee → committee | cell; cell → group).
const CHILD_KINDS: Record<OrgKind, readonly OrgKind[]> = {
  committee: ['committee', 'cell'],
  cell: ['group'],
  group: [],
};

export function childKinds(kind: OrgKind): readonly OrgKind[] {
  return CHILD_KINDS[kind];
}

/** The kinds of unit that can be the parent of a unit of this kind. */
export function parentKinds(kind: OrgKind): readonly OrgKind[] {
  return (Object.keys(CHILD_KINDS) as OrgKind[]).filter((parent) => CHILD_KINDS[parent].includes(kind));
}

/** Committees first, then cells, then groups; by name within a kind. */
export function compareUnits(
  a: Pick<OrgTreeUnit, 'kind' | 'name'>,
  b: Pick<OrgTreeUnit, 'kind' | 'name'>,
): number {
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || collator.compare(a.name, b.name);
}

/**
 * The first answer of GET /api/orgs split into its tops (the units whose parent is not in it: the user sees
 * a subtree only, or an administrator the roots) and the level under each (issue 20, the tree by level).
 */
export function splitFirstLevel(
  units: readonly OrgTreeUnit[],
): { top: OrgTreeUnit; children: OrgTreeUnit[] }[] {
  const ids = new Set(units.map((u) => u.id));
  const tops = units.filter((u) => !u.parentId || !ids.has(u.parentId)).sort(compareUnits);
  return tops.map((top) => ({
    top,
    children: units.filter((u) => u.parentId === top.id).sort(compareUnits),
  }));
}
