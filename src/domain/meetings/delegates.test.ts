import { describe, expect, it } from 'vitest';
import type { Actor } from '../authz/policy.ts';
import { attendanceChangeClosed, calendarRangeProblem, delegateGrant, delegateTitle } from './delegates.ts';

const actor = (grants: Actor['grants'], personId: string | null = 'p1'): Actor => ({
  userId: 'u1',
  personId,
  isAdmin: false,
  grants,
});
/** A cell under a grassroots committee under a ward committee. */
const chain = ['cell', 'hospital', 'ward'];

describe('the calendar range', () => {
  it('covers less than three months, running forward', () => {
    expect(calendarRangeProblem('2026-09-01', '2026-11-30')).toBeNull();
    expect(calendarRangeProblem('2026-09-01', '2026-09-01')).toBeNull();
    expect(calendarRangeProblem('2026-09-01', '2026-12-01')).toBe('CALENDAR_RANGE_TOO_LONG');
    expect(calendarRangeProblem('2026-11-30', '2027-02-27')).toBeNull();
    expect(calendarRangeProblem('2026-11-30', '2027-02-28')).toBe('CALENDAR_RANGE_TOO_LONG');
    expect(calendarRangeProblem('2026-09-02', '2026-09-01')).toBe('CALENDAR_RANGE_REVERSED');
  });
});

describe('registering and withdrawing', () => {
  it('is open only for a scheduled meeting on a day still to come', () => {
    expect(attendanceChangeClosed('scheduled', '2026-12-10', '2026-12-06')).toBe(false);
    expect(attendanceChangeClosed('scheduled', '2026-12-06', '2026-12-06')).toBe(false);
    expect(attendanceChangeClosed('scheduled', '2026-12-05', '2026-12-06')).toBe(true);
    for (const status of ['in_progress', 'ended', 'cancelled'] as const)
      expect(attendanceChangeClosed(status, '2026-12-10', '2026-12-06')).toBe(true);
  });
});

describe('who is a delegate to a cell', () => {
  it('holds an officer, inspector or committee-member role in a committee above the cell', () => {
    expect(delegateGrant(actor([{ unitId: 'ward', role: 'officer' }]), chain)).toEqual({
      unitId: 'ward',
      role: 'officer',
    });
    expect(delegateGrant(actor([{ unitId: 'hospital', role: 'inspector' }]), chain)).toEqual({
      unitId: 'hospital',
      role: 'inspector',
    });
  });

  it('is nobody in the cell itself, nobody outside the chain, and no account without a person', () => {
    expect(delegateGrant(actor([{ unitId: 'cell', role: 'secretary' }]), chain)).toBeUndefined();
    expect(delegateGrant(actor([{ unitId: 'cell', role: 'committee_member' }]), chain)).toBeUndefined();
    expect(delegateGrant(actor([{ unitId: 'hospital', role: 'member' }]), chain)).toBeUndefined();
    expect(delegateGrant(actor([{ unitId: 'other-ward', role: 'officer' }]), chain)).toBeUndefined();
    expect(delegateGrant(actor([{ unitId: 'ward', role: 'officer' }], null), chain)).toBeUndefined();
  });

  it('comes from the nearest committee, and there a committee member before an officer', () => {
    const both = actor([
      { unitId: 'ward', role: 'committee_member' },
      { unitId: 'hospital', role: 'inspector' },
      { unitId: 'hospital', role: 'officer' },
    ]);
    expect(delegateGrant(both, chain)).toEqual({ unitId: 'hospital', role: 'officer' });
    const twoRoles = actor([
      { unitId: 'ward', role: 'officer' },
      { unitId: 'ward', role: 'committee_member' },
    ]);
    expect(delegateGrant(twoRoles, chain)).toEqual({ unitId: 'ward', role: 'committee_member' });
  });

  it('is titled by the role', () => {
    expect(delegateTitle('officer')).toBe('Cán bộ');
    expect(delegateTitle('inspector')).toBe('Cán bộ kiểm tra');
    expect(delegateTitle('committee_member')).toBe('Đảng ủy viên');
  });
});
