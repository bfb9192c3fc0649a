import { describe, expect, it } from 'vitest';
import { periodReportDueOn, type ReportDeadlines } from '../domain/documents/report-deadlines.ts';
import type { CommitteeYearDeadlines } from './committee-rollups.ts';
import { deadlineGroups } from './rollups-under.ts';

const deadlines = (plan: string | null, reports: ReportDeadlines): CommitteeYearDeadlines => ({
  plan,
  reports,
  due: (q) => periodReportDueOn(2026, q, reports),
});
const DEFAULTS: ReportDeadlines = { quarterReportDay: 10, annualReportDueOn: null };

describe('deadlineGroups (committees passed to SQL by their deadlines of a year)', () => {
  const of: Record<string, CommitteeYearDeadlines> = {
    a: deadlines('2026-02-15', DEFAULTS),
    b: deadlines(null, DEFAULTS),
    c: deadlines('2026-02-15', DEFAULTS),
    d: deadlines('2026-02-15', { quarterReportDay: 28, annualReportDueOn: '2026-12-01' }),
  };
  const deadlinesOf = (id: string) => of[id] ?? deadlines(null, DEFAULTS);

  it('puts committees with the same deadlines in one group, each due day spelled out, in first-seen order', () => {
    expect(deadlineGroups(['a', 'b', 'c', 'd'], deadlinesOf)).toEqual([
      {
        plan_deadline: '2026-02-15',
        q1: '2026-04-10',
        q2: '2026-07-10',
        q3: '2026-10-10',
        q4: '2027-01-10',
        annual: '2026-12-20',
        ids: ['a', 'c'],
      },
      {
        plan_deadline: null,
        q1: '2026-04-10',
        q2: '2026-07-10',
        q3: '2026-10-10',
        q4: '2027-01-10',
        annual: '2026-12-20',
        ids: ['b'],
      },
      {
        plan_deadline: '2026-02-15',
        q1: '2026-04-28',
        q2: '2026-07-28',
        q3: '2026-10-28',
        q4: '2027-01-28',
        annual: '2026-12-01',
        ids: ['d'],
      },
    ]);
  });

  it('keeps apart the same deadlines under different extra values (the child a committee sits under)', () => {
    const groups = deadlineGroups(['a', 'c'], deadlinesOf, (id) => ({ child_id: id === 'a' ? 'x' : 'y' }));
    expect(groups.map((g) => [g.child_id, g.ids])).toEqual([
      ['x', ['a']],
      ['y', ['c']],
    ]);
  });

  it('gives no group for no committee', () => {
    expect(deadlineGroups([], deadlinesOf)).toEqual([]);
  });
});
