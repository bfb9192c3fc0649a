import type { OrgKind, OrgUnit } from '../../api/models.ts';
import { collator } from '../../lib/format.ts';

export interface TreeNode {
  unit: OrgUnit;
  children: TreeNode[];
}

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

function compareUnits(a: OrgUnit, b: OrgUnit): number {
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || collator.compare(a.name, b.name);
}

/**
 * Nest the flat list from GET /api/orgs. A unit whose parent is not in the list (the user sees a
 * subtree only) becomes a root of its own.
 */
export function buildTree(units: readonly OrgUnit[]): TreeNode[] {
  const nodes = new Map<string, TreeNode>();
  for (const unit of units) nodes.set(unit.id, { unit, children: [] });
  const roots: TreeNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parentId ? nodes.get(node.unit.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (list: TreeNode[]) => {
    list.sort((a, b) => compareUnits(a.unit, b.unit));
    for (const node of list) sort(node.children);
  };
  sort(roots);
  return roots;
}

/** The unit and everything under it: a unit cannot be moved into these. */
export function subtreeIds(units: readonly OrgUnit[], rootId: string): Set<string> {
  const byParent = new Map<string, string[]>();
  for (const unit of units) {
    if (!unit.parentId) continue;
    const list = byParent.get(unit.parentId) ?? [];
    list.push(unit.id);
    byParent.set(unit.parentId, list);
  }
  const result = new Set<string>([rootId]);
  const queue = [rootId];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    for (const child of byParent.get(id) ?? []) {
      if (!result.has(child)) {
        result.add(child);
        queue.push(child);
      }
    }
  }
  return result;
}
