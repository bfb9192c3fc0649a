import { describe, expect, it } from 'vitest';
import {
  type DashboardRow,
  filterRows,
  isLagging,
  lacksReport,
  matchesName,
  missedQuarter,
  monthsEnded,
  NO_FILTER,
  type RowFigures,
  sortRows,
} from './dashboard-rows.ts';

/** A cell's figures: held the quarters listed, missed the others up to `ended`. */
function figures(
  opts: {
    held?: number[];
    ended?: number;
    overdueSteps?: number;
    planLate?: number;
    missingReports?: number[];
    annualMissing?: number;
    rate?: number | null;
    tasks?: { open: number; overdue: number };
    cells?: number;
  } = {},
): RowFigures {
  const cells = opts.cells ?? 1;
  const held = opts.held ?? [];
  const ended = opts.ended ?? 3;
  return {
    quarters: [1, 2, 3, 4].map((quarter) => ({
      quarter,
      expected: cells,
      held: held.includes(quarter) ? cells : 0,
      missed: !held.includes(quarter) && quarter <= ended ? cells : 0,
    })),
    months: Array.from({ length: 12 }, () => ({ expected: cells, regularHeld: 0, cellsHeld: 0 })),
    plan: { late: opts.planLate ?? 0 },
    overdueSteps: opts.overdueSteps ?? 0,
    attendance: { rate: opts.rate === undefined ? 0.9 : opts.rate },
    tasks: opts.tasks ?? { open: 0, overdue: 0 },
    reviewsDue: 0,
    reports: {
      quarters: [1, 2, 3, 4].map((quarter) => ({
        quarter,
        issued: 0,
        late: 0,
        missing: opts.missingReports?.includes(quarter) ? 1 : 0,
      })),
      annual: { issued: 0, late: 0, missing: opts.annualMissing ?? 0 },
    },
  };
}

const row = (name: string, f: RowFigures, kind: 'cell' | 'committee' = 'cell'): DashboardRow => ({
  id: name,
  name,
  kind,
  figures: f,
});

const mamnon = row('Chi bộ Trường Mầm non Mỹ Hòa', figures({ held: [1, 2, 3] }));
const khupho = row(
  'Chi bộ Khu phố 3',
  figures({ held: [], overdueSteps: 2, planLate: 1, missingReports: [1, 2, 3], rate: null }),
);
const dongThap = row('Chi bộ Ấp Đông', figures({ held: [1, 2], missingReports: [3] }));
const hospital = row(
  'Đảng ủy Bệnh viện Đa khoa khu vực Mỹ Hòa',
  figures({ held: [1], cells: 2, rate: 0.8, tasks: { open: 4, overdue: 1 } }),
  'committee',
);
const rows = [mamnon, khupho, dongThap, hospital];
const names = (list: readonly DashboardRow[]) => list.map((r) => r.name);

describe('missedQuarter', () => {
  it('reads the chosen quarter, or any quarter of the year', () => {
    expect(missedQuarter(dongThap.figures, 3)).toBe(true);
    expect(missedQuarter(dongThap.figures, 2)).toBe(false);
    expect(missedQuarter(dongThap.figures, null)).toBe(true);
    expect(missedQuarter(mamnon.figures, null)).toBe(false);
  });

  it('does not count a quarter that has not ended as missed', () => {
    expect(missedQuarter(mamnon.figures, 4)).toBe(false);
  });
});

describe('lacksReport', () => {
  it('reads the chosen quarter’s report, or any report of the year including the annual one', () => {
    expect(lacksReport(dongThap.figures, 3)).toBe(true);
    expect(lacksReport(dongThap.figures, 1)).toBe(false);
    expect(lacksReport(mamnon.figures, null)).toBe(false);
    expect(lacksReport(figures({ annualMissing: 1 }), null)).toBe(true);
    expect(lacksReport(figures({ annualMissing: 1 }), 4)).toBe(false);
  });
});

describe('matchesName', () => {
  it('finds a name typed without tone marks, without đ, in any case', () => {
    expect(matchesName('Chi bộ Khu phố 3', 'khu pho')).toBe(true);
    expect(matchesName('Đảng ủy Bệnh viện', 'dang uy benh')).toBe(true);
    expect(matchesName('Chi bộ Trường Mầm non Mỹ Hòa', 'MAM NON')).toBe(true);
    expect(matchesName('Chi bộ Khu phố 3', 'mầm')).toBe(false);
    expect(matchesName('Chi bộ Khu phố 3', '   ')).toBe(true);
  });
});

describe('filterRows', () => {
  it('keeps everything without a filter', () => {
    expect(filterRows(rows, NO_FILTER)).toHaveLength(4);
  });

  it('"missed a quarter" with quarter 3 keeps the rows that held no meeting in it', () => {
    const kept = filterRows(rows, { ...NO_FILTER, quarter: 3, missed: true });
    expect(names(kept)).toEqual([
      'Chi bộ Khu phố 3',
      'Chi bộ Ấp Đông',
      'Đảng ủy Bệnh viện Đa khoa khu vực Mỹ Hòa',
    ]);
  });

  it('combines the filters and the search (all must hold)', () => {
    expect(names(filterRows(rows, { ...NO_FILTER, missed: true, overdueSteps: true }))).toEqual([
      'Chi bộ Khu phố 3',
    ]);
    expect(names(filterRows(rows, { ...NO_FILTER, quarter: 3, noReport: true }))).toEqual([
      'Chi bộ Khu phố 3',
      'Chi bộ Ấp Đông',
    ]);
    expect(names(filterRows(rows, { ...NO_FILTER, quarter: 2, noReport: true, search: 'ap dong' }))).toEqual(
      [],
    );
    expect(names(filterRows(rows, { ...NO_FILTER, search: 'ap dong' }))).toEqual(['Chi bộ Ấp Đông']);
  });
});

describe('isLagging', () => {
  it('is a cell with a missed quarter, overdue steps, a late plan or a missing report', () => {
    expect(isLagging(khupho)).toBe(true);
    expect(isLagging(dongThap)).toBe(true);
    expect(isLagging(mamnon)).toBe(false);
    expect(isLagging(row('Chi bộ A', figures({ held: [1, 2, 3], overdueSteps: 1 })))).toBe(true);
    expect(isLagging(row('Chi bộ B', figures({ held: [1, 2, 3], planLate: 1 })))).toBe(true);
  });

  it('looks at the chosen quarter only when one is chosen', () => {
    expect(isLagging(dongThap, 2)).toBe(false);
    expect(isLagging(dongThap, 3)).toBe(true);
  });

  it('never takes a child committee (its cells are reminded from its own dashboard)', () => {
    expect(isLagging(hospital)).toBe(false);
  });
});

describe('sortRows', () => {
  it('orders names in Vietnamese alphabetical order, both ways', () => {
    expect(names(sortRows(rows, 'name', 'asc'))).toEqual([
      'Chi bộ Ấp Đông',
      'Chi bộ Khu phố 3',
      'Chi bộ Trường Mầm non Mỹ Hòa',
      'Đảng ủy Bệnh viện Đa khoa khu vực Mỹ Hòa',
    ]);
    expect(names(sortRows(rows, 'name', 'desc'))[0]).toBe('Đảng ủy Bệnh viện Đa khoa khu vực Mỹ Hòa');
  });

  it('sorts meetings held by share of the cells expected, in the chosen quarter', () => {
    expect(names(sortRows(rows, 'thematic', 'desc'))).toEqual([
      'Chi bộ Trường Mầm non Mỹ Hòa',
      'Chi bộ Ấp Đông',
      'Đảng ủy Bệnh viện Đa khoa khu vực Mỹ Hòa',
      'Chi bộ Khu phố 3',
    ]);
    // In quarter 2, Ấp Đông and Mầm non both held theirs: ties go by name.
    expect(names(sortRows(rows, 'thematic', 'desc', { quarter: 2 })).slice(0, 2)).toEqual([
      'Chi bộ Ấp Đông',
      'Chi bộ Trường Mầm non Mỹ Hòa',
    ]);
  });

  it('puts a row with no value last in either direction', () => {
    expect(names(sortRows(rows, 'attendance', 'asc')).at(-1)).toBe('Chi bộ Khu phố 3');
    expect(names(sortRows(rows, 'attendance', 'desc')).at(-1)).toBe('Chi bộ Khu phố 3');
    expect(names(sortRows(rows, 'attendance', 'asc'))[0]).toBe('Đảng ủy Bệnh viện Đa khoa khu vực Mỹ Hòa');
  });

  it('ranks overdue tasks before open ones, and the largest backlog first when descending', () => {
    const many = row('Chi bộ C', figures({ tasks: { open: 9, overdue: 0 } }));
    expect(names(sortRows([many, hospital], 'tasks', 'desc'))).toEqual([
      'Đảng ủy Bệnh viện Đa khoa khu vực Mỹ Hòa',
      'Chi bộ C',
    ]);
    expect(names(sortRows(rows, 'reports', 'desc'))[0]).toBe('Chi bộ Khu phố 3');
  });
});

describe('monthsEnded', () => {
  it('counts the months over in the current year, all of a past one, none of a future one', () => {
    expect(monthsEnded(2026, '2026-12-06')).toBe(11);
    expect(monthsEnded(2026, '2026-01-31')).toBe(0);
    expect(monthsEnded(2025, '2026-12-06')).toBe(12);
    expect(monthsEnded(2027, '2026-12-06')).toBe(0);
  });

  it('limits the regular meetings sorted on to the months over', () => {
    const f = figures();
    const early = row('Chi bộ Sớm', {
      ...f,
      months: f.months.map((m, i) => ({ ...m, cellsHeld: i < 6 ? 1 : 0, regularHeld: i < 6 ? 1 : 0 })),
    });
    const late = row('Chi bộ Muộn', {
      ...f,
      months: f.months.map((m, i) => ({ ...m, cellsHeld: i >= 3 ? 1 : 0, regularHeld: i >= 3 ? 1 : 0 })),
    });
    // Over the first six months the early one held all, the late one half; over the year, 6 against 9.
    expect(names(sortRows([late, early], 'regular', 'desc', { monthsEnded: 6 }))).toEqual([
      'Chi bộ Sớm',
      'Chi bộ Muộn',
    ]);
    expect(names(sortRows([late, early], 'regular', 'desc', { monthsEnded: 12 }))).toEqual([
      'Chi bộ Muộn',
      'Chi bộ Sớm',
    ]);
  });
});
