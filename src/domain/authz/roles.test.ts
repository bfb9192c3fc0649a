import { describe, expect, it } from 'vitest';
import { isSingleHolderRole, ROLES, rolesForKind } from './roles.ts';

describe('rolesForKind', () => {
  it('gives a cell its secretary, deputy and cell committee members', () => {
    expect([...rolesForKind('cell')].sort()).toEqual(['committee_member', 'deputy', 'secretary']);
  });

  it('gives a party group only its leader', () => {
    expect(rolesForKind('group')).toEqual(['group_leader']);
  });

  it('gives a committee its officers and inspectors', () => {
    expect([...rolesForKind('committee')].sort()).toEqual(['inspector', 'officer']);
  });

  it('hands out every role in exactly one kind of unit', () => {
    const all = [...rolesForKind('cell'), ...rolesForKind('group'), ...rolesForKind('committee')];
    expect([...all].sort()).toEqual([...ROLES].sort());
  });
});

describe('isSingleHolderRole', () => {
  it('treats secretary, deputy and group leader as single posts', () => {
    expect(isSingleHolderRole('secretary')).toBe(true);
    expect(isSingleHolderRole('deputy')).toBe(true);
    expect(isSingleHolderRole('group_leader')).toBe(true);
  });

  it('lets several people be cell committee members, officers or inspectors', () => {
    expect(isSingleHolderRole('committee_member')).toBe(false);
    expect(isSingleHolderRole('officer')).toBe(false);
    expect(isSingleHolderRole('inspector')).toBe(false);
  });
});
