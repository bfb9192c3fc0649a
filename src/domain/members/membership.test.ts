import { describe, expect, it } from 'vitest';
import { isExpected, type MembershipPeriod, memberStatusOn, periodCovers } from './membership.ts';

// A member of cell A from 2020, transferred to cell B on 2025-09-01; a probationary member of B from May 2026.
const moved: MembershipPeriod[] = [
  { unitId: 'A', status: 'official', startedOn: '2020-03-01', endedOn: '2025-09-01' },
  { unitId: 'B', status: 'official', startedOn: '2025-09-01', endedOn: null },
];
const joinedInMay: MembershipPeriod[] = [
  { unitId: 'B', status: 'probationary', startedOn: '2026-05-15', endedOn: null },
];

describe('membership on a day (meetings count only while the person was a member of that cell)', () => {
  it('a period covers its first day and stops the day before it ends', () => {
    const period = { startedOn: '2025-01-01', endedOn: '2025-09-01' };
    expect(periodCovers(period, '2025-01-01')).toBe(true);
    expect(periodCovers(period, '2025-08-31')).toBe(true);
    expect(periodCovers(period, '2025-09-01')).toBe(false);
    expect(periodCovers(period, '2024-12-31')).toBe(false);
    expect(periodCovers({ startedOn: '2025-01-01', endedOn: null }, '2099-01-01')).toBe(true);
  });

  it('a member who left the cell in 2025 is not on its 2026 meetings, but is on the new cell’s', () => {
    expect(memberStatusOn(moved, 'A', '2025-06-10')).toBe('official');
    expect(memberStatusOn(moved, 'A', '2026-03-10')).toBeUndefined();
    expect(memberStatusOn(moved, 'B', '2025-09-01')).toBe('official');
    expect(memberStatusOn(moved, 'B', '2025-08-31')).toBeUndefined();
  });

  it('a member who joined in May is neither credited nor charged with March', () => {
    expect(memberStatusOn(joinedInMay, 'B', '2026-03-10')).toBeUndefined();
    expect(memberStatusOn(joinedInMay, 'B', '2026-06-10')).toBe('probationary');
  });

  it('a member transferred out stays on the roll with that status, and is not expected', () => {
    const left: MembershipPeriod[] = [
      { unitId: 'A', status: 'official', startedOn: '2010-01-01', endedOn: '2025-09-01' },
      { unitId: 'A', status: 'transferred_out', startedOn: '2025-09-01', endedOn: null },
    ];
    expect(memberStatusOn(left, 'A', '2025-08-05')).toBe('official');
    expect(memberStatusOn(left, 'A', '2026-01-05')).toBe('transferred_out');
    expect(isExpected('transferred_out')).toBe(false);
    expect(
      memberStatusOn([{ ...left[0], status: 'staff' } as MembershipPeriod], 'A', '2020-01-01'),
    ).toBeUndefined();
  });

  it('exempt members are on the roll but not expected (shown apart)', () => {
    const exempt: MembershipPeriod[] = [
      { unitId: 'A', status: 'official', startedOn: '2010-01-01', endedOn: '2025-09-01' },
      { unitId: 'A', status: 'exempt', startedOn: '2025-09-01', endedOn: null },
    ];
    expect(memberStatusOn(exempt, 'A', '2026-01-05')).toBe('exempt');
    expect(isExpected('exempt')).toBe(false);
    expect(isExpected('official')).toBe(true);
    expect(isExpected('probationary')).toBe(true);
  });
});
