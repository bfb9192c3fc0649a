import { describe, expect, it } from 'vitest';
import {
  type CellFacts,
  cellFigures,
  charts,
  countsFrom,
  emptyFigures,
  isQuarterEnded,
  type MonthFacts,
  quarterEnd,
  rollUp,
  yearQuarters,
} from './figures.ts';

const month = (over: Partial<MonthFacts> = {}): MonthFacts => ({
  thematic: 0,
  regular: 0,
  studyMinutes: 0,
  studyMeetings: 0,
  studyShort: 0,
  present: 0,
  expected: 0,
  ...over,
});

const facts = (over: Partial<CellFacts> = {}): CellFacts => ({
  cellId: 'c1',
  createdOn: '2020-01-01',
  months: new Map(),
  plan: { status: null, deadline: null, late: false },
  overdueSteps: 0,
  tasks: { open: 0, overdue: 0 },
  reviewsDue: 0,
  reports: { quarters: new Map(), annual: null },
  lastReminder: null,
  ...over,
});

describe('periods', () => {
  it('ends a quarter after its last day, and counts a cell from its creation', () => {
    expect(quarterEnd(2025, 1)).toBe('2025-03-31');
    expect(quarterEnd(2024, 1)).toBe('2024-03-31');
    expect(quarterEnd(2025, 2)).toBe('2025-06-30');
    expect(quarterEnd(2025, 4)).toBe('2025-12-31');
    expect(isQuarterEnded(2025, 1, '2025-03-31')).toBe(false);
    expect(isQuarterEnded(2025, 1, '2025-04-01')).toBe(true);
    expect(countsFrom('2025-04-01', '2025-04-01')).toBe(true);
    expect(countsFrom('2025-04-02', '2025-04-01')).toBe(false);
  });

  it('gives the quarters with their report due day (report-deadlines.ts defaults)', () => {
    const q = yearQuarters(2025, '2025-07-01');
    expect(q.map((x) => x.ended)).toEqual([true, true, false, false]);
    expect(q.map((x) => x.reportDueOn)).toEqual(['2025-04-10', '2025-07-10', '2025-10-10', '2026-01-10']);
  });
});

describe('a cell’s figures', () => {
  const today = '2025-08-15';

  it('counts a quarter held, missed once ended, or still open', () => {
    const f = cellFigures(facts({ months: new Map([[2, month({ thematic: 1 })]]) }), 2025, today);
    expect(f.quarters.map((q) => [q.expected, q.held, q.missed])).toEqual([
      [1, 1, 0],
      [1, 0, 1],
      [1, 0, 0], // Q3 not ended on 15 August: not missed yet
      [1, 0, 0],
    ]);
  });

  it('holds a cell created mid-year only to the periods that began after its creation', () => {
    const f = cellFigures(
      facts({
        createdOn: '2025-05-20',
        months: new Map([
          [5, month({ thematic: 1, regular: 1 })], // held in Q2, but Q2 began before the cell existed
          [7, month({ regular: 1 })],
        ]),
      }),
      2025,
      '2026-02-01',
    );
    expect(f.quarters.map((q) => [q.expected, q.held, q.missed])).toEqual([
      [0, 0, 0],
      [0, 0, 0],
      [1, 0, 1],
      [1, 0, 1],
    ]);
    expect(f.months.map((m) => m.expected)).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1]);
    // Its own meetings still count as held.
    expect(f.months[4]?.regularHeld).toBe(1);
    // Reports: not due for Q1, Q2; Q3, Q4 and the year missing.
    expect(f.reports.quarters.map((r) => r.missing)).toEqual([0, 0, 1, 1]);
    expect(f.reports.annual.missing).toBe(1);
  });

  it('flags study under 30 minutes and computes attendance from the sums', () => {
    const f = cellFigures(
      facts({
        months: new Map([
          [
            1,
            month({
              regular: 1,
              studyMinutes: 25,
              studyMeetings: 1,
              studyShort: 1,
              present: 9,
              expected: 10,
            }),
          ],
          [2, month({ regular: 1, studyMinutes: 40, studyMeetings: 1, present: 10, expected: 10 })],
        ]),
      }),
      2025,
      today,
    );
    expect(f.months[0]).toMatchObject({ regularHeld: 1, cellsHeld: 1, cellsBelowStudyMinimum: 1 });
    expect(f.months[1]).toMatchObject({ cellsBelowStudyMinimum: 0, attendance: { rate: 1 } });
    expect(f.attendance).toEqual({ present: 19, expected: 20, rate: 0.95 });
  });

  it('judges period reports: on time, late, missing, not yet due', () => {
    const f = cellFigures(
      facts({
        reports: {
          quarters: new Map([
            [1, '2025-04-10'], // on its due day
            [2, '2025-07-11'], // a day late
          ]),
          annual: null,
        },
      }),
      2025,
      '2025-10-11',
    );
    expect(f.reports.quarters.map((r) => [r.issued, r.late, r.missing])).toEqual([
      [1, 0, 0],
      [1, 1, 0],
      [0, 1, 1], // due 10 October, not issued by the 11th
      [0, 0, 0],
    ]);
    expect(f.reports.annual).toEqual({ dueOn: '2025-12-20', issued: 0, late: 0, missing: 0 });
  });

  it('uses the cell’s own report deadlines where the guidance sets them', () => {
    const f = cellFigures(
      facts({
        reports: { quarters: new Map([[1, '2025-04-12']]), annual: null },
        deadlines: { quarterReportDay: 15, annualReportDueOn: '2025-12-10' },
      }),
      2025,
      '2025-12-15',
    );
    expect(f.reports.quarters[0]).toMatchObject({ dueOn: '2025-04-15', late: 0 });
    expect(f.reports.annual).toMatchObject({ dueOn: '2025-12-10', late: 1, missing: 1 });
  });

  it('names its plan state, none when it has no plan', () => {
    expect(cellFigures(facts(), 2025, today).plan).toMatchObject({ status: 'none', late: 0 });
    const f = cellFigures(
      facts({ plan: { status: 'submitted', deadline: '2025-01-31', late: true } }),
      2025,
      today,
    );
    expect(f.plan).toMatchObject({ status: 'submitted', deadline: '2025-01-31', late: 1 });
    expect(f.plan.counts).toMatchObject({ submitted: 1, none: 0 });
  });
});

describe('rolling up', () => {
  const today = '2026-02-01';
  const a = cellFigures(
    facts({
      cellId: 'a',
      months: new Map([
        [
          1,
          month({
            thematic: 1,
            regular: 1,
            studyShort: 1,
            studyMinutes: 20,
            studyMeetings: 1,
            present: 8,
            expected: 10,
          }),
        ],
      ]),
      plan: { status: 'acknowledged', deadline: '2025-01-31', late: false },
      overdueSteps: 2,
      tasks: { open: 3, overdue: 1 },
      reviewsDue: 1,
      reports: { quarters: new Map([[1, '2025-04-01']]), annual: null },
      lastReminder: { sentAt: '2025-05-01T02:00:00.000Z', sentByName: 'A', message: 'a' },
      quality: { 1: { level: 'good', confirmed: true } },
    }),
    2025,
    today,
  );
  const b = cellFigures(
    facts({
      cellId: 'b',
      months: new Map([
        [1, month({ regular: 2, studyMinutes: 70, studyMeetings: 2, present: 4, expected: 10 })],
      ]),
      plan: { status: null, deadline: '2025-01-31', late: true },
      lastReminder: { sentAt: '2025-06-01T02:00:00.000Z', sentByName: 'B', message: 'b' },
    }),
    2025,
    today,
  );

  it('adds counts, recomputes rates from the sums and keeps the latest reminder', () => {
    const t = rollUp([a, b], 2025);
    expect(t.cells).toBe(2);
    expect(t.quarters[0]).toEqual({
      quarter: 1,
      expected: 2,
      held: 1,
      missed: 1,
      meeting: null,
      // Issue 16: a committee shows no single level, but how many of its cells reached each.
      quality: null,
      levels: { good: 1, fair: 0, average: 0, poor: 0 },
    });
    expect(a.quarters[0]?.quality).toEqual({ level: 'good', confirmed: true });
    expect(b.quarters[0]?.quality).toBeNull();
    expect(t.months[0]).toMatchObject({
      expected: 2,
      regularHeld: 3,
      cellsHeld: 2,
      studyMinutes: 90,
      studyMeetings: 3,
      cellsBelowStudyMinimum: 1,
      attendance: { present: 12, expected: 20, rate: 0.6 },
    });
    expect(t.attendance).toEqual({ present: 12, expected: 20, rate: 0.6 });
    expect(t.plan.status).toBeNull();
    expect(t.plan.counts).toEqual({
      none: 1,
      draft: 0,
      adopted: 0,
      submitted: 0,
      returned: 0,
      acknowledged: 1,
    });
    expect(t.plan.late).toBe(1);
    expect([t.overdueSteps, t.cellsWithOverdueSteps, t.tasks.open, t.tasks.overdue, t.reviewsDue]).toEqual([
      2, 1, 3, 1, 1,
    ]);
    expect(t.reports.quarters[0]).toMatchObject({ issued: 1, late: 1, missing: 1 });
    expect(t.reports.annual).toMatchObject({ issued: 0, late: 2, missing: 2 });
    expect(t.lastReminder?.sentByName).toBe('B');
  });

  it('rolls up a rolled-up committee the same as its cells directly (any depth)', () => {
    const c = cellFigures(facts({ cellId: 'c' }), 2025, today);
    expect(rollUp([rollUp([a, b], 2025), c], 2025)).toEqual(rollUp([a, b, c], 2025));
  });

  it('gives zeros for a committee without cells', () => {
    const e = emptyFigures(2025);
    expect(e.cells).toBe(0);
    expect(e.quarters.every((q) => q.expected === 0 && q.missed === 0)).toBe(true);
    expect(e.reports.annual).toMatchObject({ issued: 0, late: 0, missing: 0 });
    expect(rollUp([], 2025)).toEqual(e);
  });

  it('draws the charts from the totals', () => {
    const ch = charts(rollUp([a, b], 2025));
    expect(ch.thematicShare[0]).toEqual({ quarter: 1, held: 1, expected: 2, share: 0.5 });
    expect(ch.thematicShare[1]).toEqual({ quarter: 2, held: 0, expected: 2, share: 0 });
    expect(ch.attendance[0]).toEqual({ month: 1, present: 12, expected: 20, rate: 0.6 });
    expect(ch.attendance[1]?.rate).toBeNull();
    expect(ch.planStatus).toContainEqual({ status: 'acknowledged', count: 1 });
    expect(ch.planStatus).toContainEqual({ status: 'none', count: 1 });
  });
});
