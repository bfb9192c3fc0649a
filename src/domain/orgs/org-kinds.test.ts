import { describe, expect, it } from 'vitest';
import { canBeRoot, canHoldChild, ORG_KINDS, type OrgKind } from './org-kinds.ts';

describe('canHoldChild', () => {
  // Every (parent, child) pair, written out so a change to the rules shows up here.
  const expected: Record<OrgKind, Record<OrgKind, boolean>> = {
    committee: { committee: true, cell: true, group: false },
    cell: { committee: false, cell: false, group: true },
    group: { committee: false, cell: false, group: false },
  };

  for (const parent of ORG_KINDS) {
    for (const child of ORG_KINDS) {
      const verdict = expected[parent][child];
      it(`${verdict ? 'lets' : 'does not let'} a ${parent} hold a ${child}`, () => {
        expect(canHoldChild(parent, child)).toBe(verdict);
      });
    }
  }
});

describe('canBeRoot', () => {
  it('lets a committee stand at the root', () => {
    expect(canBeRoot('committee')).toBe(true);
  });

  it('does not let a cell stand at the root', () => {
    expect(canBeRoot('cell')).toBe(false);
  });

  it('does not let a party group stand at the root', () => {
    expect(canBeRoot('group')).toBe(false);
  });
});
