import { describe, expect, it } from 'vitest';
import { governingDeadline, planLateness } from './plan-deadline.ts';

describe('governingDeadline', () => {
  const guidance = [
    { committeeId: 'ward', planDeadline: '2026-01-31' },
    { committeeId: 'hospital', planDeadline: '2026-02-15' },
    { committeeId: 'hospital', planDeadline: '2026-02-10' },
  ];

  it('takes the nearest committee above that issued guidance, its earliest date', () => {
    expect(governingDeadline(['hospital', 'ward'], guidance)).toBe('2026-02-10');
  });

  it('goes up the chain when the direct committee issued none', () => {
    expect(governingDeadline(['department', 'ward'], guidance)).toBe('2026-01-31');
  });

  it('has no deadline without guidance', () => {
    expect(governingDeadline(['department'], guidance)).toBeNull();
    expect(governingDeadline([], guidance)).toBeNull();
  });
});

describe('planLateness', () => {
  it('is on time up to the deadline itself', () => {
    expect(planLateness('2026-01-31', '2026-01-31', '2026-03-01')).toBeNull();
    expect(planLateness('2026-01-31', '2026-01-20', '2026-03-01')).toBeNull();
    expect(planLateness('2026-01-31', null, '2026-01-31')).toBeNull();
  });

  it('counts the days a plan was sent late', () => {
    expect(planLateness('2026-01-31', '2026-02-05', '2026-03-01')).toEqual({ days: 5, submitted: true });
    expect(planLateness('2026-02-28', '2026-03-01', '2026-12-01')).toEqual({ days: 1, submitted: true });
  });

  it('counts the days so far while a plan is not sent after the deadline', () => {
    expect(planLateness('2026-01-31', null, '2026-02-10')).toEqual({ days: 10, submitted: false });
  });

  it('has nothing to say without a deadline', () => {
    expect(planLateness(null, '2026-12-31', '2026-12-31')).toBeNull();
  });
});
