/** Committees nest to any depth; cells sit under committees; party groups (tổ đảng) under cells. */
export const ORG_KINDS = ['committee', 'cell', 'group'] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

const ALLOWED_CHILDREN: Record<OrgKind, readonly OrgKind[]> = {
  committee: ['committee', 'cell'],
  cell: ['group'],
  group: [],
};

export function canHoldChild(parent: OrgKind, child: OrgKind): boolean {
  return ALLOWED_CHILDREN[parent].includes(child);
}

/** Only a committee may stand at the root of a tree (the province or commune committee). */
export function canBeRoot(kind: OrgKind): boolean {
  return kind === 'committee';
}
