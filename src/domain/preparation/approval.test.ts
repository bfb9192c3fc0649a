import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../authz/roles.ts';
import {
  approvalDecision,
  approverRoles,
  DEFAULT_COMMITTEE_MIN_OFFICIAL_MEMBERS,
  eligibleApprovers,
  hasCellCommittee,
  holdsApproverRole,
  mayApprove,
  refusalIssue,
} from './approval.ts';

describe('hasCellCommittee', () => {
  it('uses the Party Charter threshold of 9 official members by default (Art. 24)', () => {
    expect(DEFAULT_COMMITTEE_MIN_OFFICIAL_MEMBERS).toBe(9);
  });

  it('gives a cell of 8 official members no committee and a cell of 9 one', () => {
    expect(hasCellCommittee(3)).toBe(false);
    expect(hasCellCommittee(8)).toBe(false);
    expect(hasCellCommittee(9)).toBe(true);
    expect(hasCellCommittee(40)).toBe(true);
  });

  it('takes another threshold when a later regulation sets one', () => {
    expect(hasCellCommittee(9, 11)).toBe(false);
    expect(hasCellCommittee(11, 11)).toBe(true);
  });

  for (const bad of [-1, 2.5, Number.NaN]) {
    it(`throws a RangeError for an official member count of ${bad}`, () => {
      expect(() => hasCellCommittee(bad)).toThrow(RangeError);
    });
  }
});

describe('approverRoles', () => {
  it('lets the whole cell committee approve in a cell of 9 or more official members', () => {
    expect([...approverRoles(9)].sort()).toEqual(['committee_member', 'deputy', 'secretary']);
    expect([...approverRoles(25)].sort()).toEqual(['committee_member', 'deputy', 'secretary']);
  });

  it('lets only the secretary (and a deputy, if elected) approve in a cell under 9', () => {
    expect([...approverRoles(8)].sort()).toEqual(['deputy', 'secretary']);
    expect([...approverRoles(3)].sort()).toEqual(['deputy', 'secretary']);
  });

  it('never lets committee officers, inspectors or group leaders approve a cell’s draft', () => {
    for (const count of [3, 8, 9, 30]) {
      for (const role of ['officer', 'inspector', 'group_leader'] as const) {
        expect(approverRoles(count)).not.toContain(role);
      }
    }
  });
});

describe('holdsApproverRole', () => {
  it('counts a committee member only where the cell has a committee', () => {
    expect(holdsApproverRole(['committee_member'], 12)).toBe(true);
    expect(holdsApproverRole(['committee_member'], 7)).toBe(false);
  });

  it('is true when any of several roles qualifies', () => {
    expect(holdsApproverRole(['group_leader', 'deputy'], 7)).toBe(true);
  });

  it('is false with no roles (an ordinary member)', () => {
    expect(holdsApproverRole([], 12)).toBe(false);
  });
});

describe('approvalDecision and mayApprove', () => {
  it('lets a secretary who did not prepare the topic approve, in any cell', () => {
    for (const count of [3, 8, 9, 20]) {
      expect(approvalDecision(['secretary'], count, false, true)).toEqual({
        allowed: true,
        selfApproval: false,
      });
      expect(mayApprove(['secretary'], count, false, false)).toBe(true);
    }
  });

  it('lets a committee member approve in a cell with a committee', () => {
    expect(mayApprove(['committee_member'], 9, false, true)).toBe(true);
  });

  it('refuses a committee member in a cell that elects only a secretary', () => {
    expect(approvalDecision(['committee_member'], 8, false, true)).toEqual({
      allowed: false,
      reason: 'NOT_AN_APPROVER',
    });
  });

  it('refuses an ordinary member, even the preparer', () => {
    expect(approvalDecision([], 12, false, true)).toEqual({ allowed: false, reason: 'NOT_AN_APPROVER' });
    expect(approvalDecision([], 5, true, false)).toEqual({ allowed: false, reason: 'NOT_AN_APPROVER' });
  });

  it('refuses a preparer approving their own draft while another approver exists', () => {
    expect(approvalDecision(['secretary'], 12, true, true)).toEqual({ allowed: false, reason: 'OWN_DRAFT' });
    expect(approvalDecision(['deputy'], 6, true, true)).toEqual({ allowed: false, reason: 'OWN_DRAFT' });
    expect(mayApprove(['committee_member'], 9, true, true)).toBe(false);
  });

  it('lets the sole approver approve their own draft, and says so (small cell, secretary prepared it)', () => {
    expect(approvalDecision(['secretary'], 5, true, false)).toEqual({ allowed: true, selfApproval: true });
    expect(mayApprove(['secretary'], 5, true, false)).toBe(true);
  });

  it('passes a custom committee threshold through', () => {
    expect(mayApprove(['committee_member'], 10, false, true, 11)).toBe(false);
    expect(mayApprove(['committee_member'], 11, false, true, 11)).toBe(true);
  });

  it('agrees with approvalDecision for every role, size and preparer combination', () => {
    for (const role of ROLES) {
      for (const count of [3, 8, 9, 15]) {
        for (const isPreparer of [false, true]) {
          for (const another of [false, true]) {
            const roles: Role[] = [role];
            expect(mayApprove(roles, count, isPreparer, another)).toBe(
              approvalDecision(roles, count, isPreparer, another).allowed,
            );
          }
        }
      }
    }
  });
});

describe('eligibleApprovers', () => {
  const smallCell = [
    { personId: 'nguyen-van-an', roles: ['secretary'] as Role[] },
    { personId: 'tran-thi-binh', roles: [] as Role[] },
    { personId: 'le-van-cuong', roles: [] as Role[] },
  ];
  const largeCell = [
    { personId: 'pham-thi-dung', roles: ['secretary'] as Role[] },
    { personId: 'hoang-van-em', roles: ['deputy'] as Role[] },
    { personId: 'vu-thi-giang', roles: ['committee_member'] as Role[] },
    { personId: 'do-van-hung', roles: [] as Role[] },
  ];

  it('names the secretary of a small cell when a member prepared the topic', () => {
    expect(eligibleApprovers(smallCell, 5, ['tran-thi-binh'])).toEqual([
      { personId: 'nguyen-van-an', selfApproval: false },
    ]);
  });

  it('falls back to the secretary approving their own topic when nobody else can', () => {
    expect(eligibleApprovers(smallCell, 5, ['nguyen-van-an'])).toEqual([
      { personId: 'nguyen-van-an', selfApproval: true },
    ]);
  });

  it('names the deputy, not the secretary, when the secretary of a small cell prepared it', () => {
    const withDeputy = [...smallCell, { personId: 'ngo-thi-hoa', roles: ['deputy'] as Role[] }];
    expect(eligibleApprovers(withDeputy, 6, ['nguyen-van-an'])).toEqual([
      { personId: 'ngo-thi-hoa', selfApproval: false },
    ]);
  });

  it('names the committee except the preparer in a large cell', () => {
    expect(eligibleApprovers(largeCell, 12, ['hoang-van-em'])).toEqual([
      { personId: 'pham-thi-dung', selfApproval: false },
      { personId: 'vu-thi-giang', selfApproval: false },
    ]);
  });

  it('ignores a committee member grant in a cell that has shrunk below 9', () => {
    expect(eligibleApprovers(largeCell, 8, ['do-van-hung']).map((a) => a.personId)).toEqual([
      'pham-thi-dung',
      'hoang-van-em',
    ]);
  });

  it('falls back to self-approval only when every approver co-prepared the topic', () => {
    const twoLeaders = [
      { personId: 'a', roles: ['secretary'] as Role[] },
      { personId: 'b', roles: ['deputy'] as Role[] },
    ];
    expect(eligibleApprovers(twoLeaders, 4, ['a', 'b'])).toEqual([
      { personId: 'a', selfApproval: true },
      { personId: 'b', selfApproval: true },
    ]);
    expect(eligibleApprovers(twoLeaders, 4, ['a'])).toEqual([{ personId: 'b', selfApproval: false }]);
  });

  it('lists a person holding two grants once', () => {
    const rows = [
      { personId: 'a', roles: ['secretary'] as Role[] },
      { personId: 'a', roles: ['committee_member'] as Role[] },
      { personId: 'b', roles: ['committee_member'] as Role[] },
    ];
    expect(eligibleApprovers(rows, 10, [])).toEqual([
      { personId: 'a', selfApproval: false },
      { personId: 'b', selfApproval: false },
    ]);
  });

  it('is empty when the cell has no approver at all', () => {
    expect(eligibleApprovers([{ personId: 'a', roles: [] }], 3, [])).toEqual([]);
  });

  it('agrees with mayApprove for each person', () => {
    const preparers = ['pham-thi-dung'];
    const eligible = eligibleApprovers(largeCell, 12, preparers).map((a) => a.personId);
    for (const person of largeCell) {
      const isPreparer = preparers.includes(person.personId);
      const another = eligible.some((id) => id !== person.personId);
      expect(mayApprove(person.roles, 12, isPreparer, another)).toBe(eligible.includes(person.personId));
    }
  });
});

describe('refusalIssue', () => {
  it('accepts a refusal with a remark', () => {
    expect(refusalIssue('Phần đánh giá thực trạng cần số liệu quý I.')).toBeUndefined();
  });

  for (const remark of [undefined, null, '', '   ', '\n\t\u00a0']) {
    it(`requires a remark (${JSON.stringify(remark)})`, () => {
      expect(refusalIssue(remark)).toEqual({ code: 'REMARK_REQUIRED' });
    });
  }
});
