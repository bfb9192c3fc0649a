import { describe, expect, it } from 'vitest';
import { isSingleHolderRole, ROLES, rolesForKind } from './roles.ts';

describe('rolesForKind', () => {
  it('gives a cell its secretary, deputy and cell committee members', () => {
    expect([...rolesForKind('cell')].sort()).toEqual(['committee_member', 'deputy', 'secretary']);
  });

  it('gives a party group only its leader', () => {
    expect(rolesForKind('group')).toEqual(['group_leader']);
  });

  // Issue 15: a committee also has its committee members (đảng ủy viên), who follow the cells assigned to them.
  it('gives a committee its officers, inspectors and committee members', () => {
    expect([...rolesForKind('committee')].sort()).toEqual(['committee_member', 'inspector', 'officer']);
  });

  it('hands out every role, and only committee_member in two kinds of unit (chi ủy viên, đảng ủy viên)', () => {
    const all = [...rolesForKind('cell'), ...rolesForKind('group'), ...rolesForKind('committee')];
    expect([...new Set(all)].sort()).toEqual([...ROLES].sort());
    const twice = all.filter((role, i) => all.indexOf(role) !== i);
    expect(twice).toEqual(['committee_member']);
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
