import { describe, expect, it } from 'vitest';
import {
  allowedNextStatuses,
  canChangeStatus,
  isActiveMember,
  MEMBER_STATUSES,
  type MemberStatus,
  probationEndsOn,
} from './member-status.ts';

// The whole table, written out: every pair not listed here must be refused.
const ALLOWED: ReadonlyArray<readonly [MemberStatus, MemberStatus]> = [
  ['probationary', 'official'],
  ['probationary', 'transferred_out'],
  ['official', 'exempt'],
  ['official', 'transferred_out'],
  ['exempt', 'official'],
  ['exempt', 'transferred_out'],
];
const isListed = (from: MemberStatus, to: MemberStatus) => ALLOWED.some(([f, t]) => f === from && t === to);

describe('canChangeStatus', () => {
  for (const [from, to] of ALLOWED) {
    it(`allows ${from} → ${to}`, () => {
      expect(canChangeStatus(from, to)).toBe(true);
    });
  }

  for (const from of MEMBER_STATUSES) {
    for (const to of MEMBER_STATUSES) {
      if (isListed(from, to)) continue;
      it(`refuses ${from} → ${to}`, () => {
        expect(canChangeStatus(from, to)).toBe(false);
      });
    }
  }

  it('never sends anyone back to probation', () => {
    for (const from of MEMBER_STATUSES) expect(canChangeStatus(from, 'probationary')).toBe(false);
  });

  it('never turns a party member into staff or staff into a party member', () => {
    for (const status of MEMBER_STATUSES) {
      if (status === 'staff') continue;
      expect(canChangeStatus(status, 'staff')).toBe(false);
      expect(canChangeStatus('staff', status)).toBe(false);
    }
  });
});

describe('allowedNextStatuses', () => {
  it('lists what a probationary member may become', () => {
    expect([...allowedNextStatuses('probationary')].sort()).toEqual(['official', 'transferred_out']);
  });

  it('lists nothing for a member transferred out (they return through a transfer)', () => {
    expect(allowedNextStatuses('transferred_out')).toEqual([]);
  });

  it('lists nothing for staff', () => {
    expect(allowedNextStatuses('staff')).toEqual([]);
  });

  it('agrees with canChangeStatus for every status', () => {
    for (const from of MEMBER_STATUSES) {
      const fromTable = MEMBER_STATUSES.filter((to) => canChangeStatus(from, to));
      expect([...allowedNextStatuses(from)].sort()).toEqual([...fromTable].sort());
    }
  });
});

describe('isActiveMember', () => {
  it('counts official, probationary and exempt members as active in their cell', () => {
    expect(isActiveMember('official')).toBe(true);
    expect(isActiveMember('probationary')).toBe(true);
    expect(isActiveMember('exempt')).toBe(true);
  });

  it('does not count members transferred out or staff', () => {
    expect(isActiveMember('transferred_out')).toBe(false);
    expect(isActiveMember('staff')).toBe(false);
  });
});

describe('probationEndsOn', () => {
  it('is 12 months after joining', () => {
    expect(probationEndsOn('2025-07-06')).toBe('2026-07-06');
  });

  it('keeps 31 January as 31 January a year later', () => {
    expect(probationEndsOn('2026-01-31')).toBe('2027-01-31');
  });

  it('ends on 28 February when a member joined on 29 February of a leap year', () => {
    expect(probationEndsOn('2024-02-29')).toBe('2025-02-28');
  });

  it('stays on 28 February when the following year is a leap year', () => {
    expect(probationEndsOn('2023-02-28')).toBe('2024-02-28');
  });

  it('crosses from 31 December into the year after next', () => {
    expect(probationEndsOn('2025-12-31')).toBe('2026-12-31');
  });
});
