import { foldText } from '../text/fold.ts';

/**
 * What the committee's dashboard does with the rows of its oversight table (issue 15): which rows a filter keeps,
 * which cells lag (and may be reminded), the order of a sorted column, and the search by name. Pure rules over
 * the figures the oversight API answers (domain/oversight/figures.ts), used by the web page.
 */

/** The part of a row's figures these rules read (a cell's own, or a committee's summed over its cells). */
export interface RowFigures {
  quarters: readonly { quarter: number; expected: number; held: number; missed: number }[];
  months: readonly { expected: number; regularHeld: number; cellsHeld: number }[];
  plan: { late: number };
  overdueSteps: number;
  attendance: { rate: number | null };
  tasks: { open: number; overdue: number };
  reviewsDue: number;
  reports: {
    quarters: readonly { quarter: number; issued: number; late: number; missing: number }[];
    annual: { issued: number; late: number; missing: number };
  };
}

export interface DashboardRow {
  id: string;
  name: string;
  kind: 'cell' | 'committee';
  figures: RowFigures;
}

export type Quarter = 1 | 2 | 3 | 4;

export interface DashboardFilter {
  /** The quarter looked at; null: the whole year. */
  quarter: Quarter | null;
  /** "Bỏ sinh hoạt một quý": missed the chosen quarter, or any ended quarter of the year. */
  missed: boolean;
  /** "Có bước quá hạn": preparation steps past their month. */
  overdueSteps: boolean;
  /** "Chưa gửi báo cáo": a report due and not issued — the chosen quarter's, or any of the year's. */
  noReport: boolean;
  /** Part of the name, with or without tone marks. */
  search: string;
}

export const NO_FILTER: DashboardFilter = {
  quarter: null,
  missed: false,
  overdueSteps: false,
  noReport: false,
  search: '',
};

const quarterOf = <T extends { quarter: number }>(list: readonly T[], quarter: number) =>
  list.find((q) => q.quarter === quarter);

/**
 * Seed 001: "ít nhất một quý phải tổ chức sinh hoạt chuyên đề 1 lần" — a row missed the quarter when a cell
 * held to it held no thematic meeting by its end (the API counts `missed` only for ended quarters).
 */
export function missedQuarter(figures: RowFigures, quarter: Quarter | null): boolean {
  if (quarter !== null) return (quarterOf(figures.quarters, quarter)?.missed ?? 0) > 0;
  return figures.quarters.some((q) => q.missed > 0);
}

/**
 * Seed 001: "Từng quý có báo cáo cụ thể" — a report is missing once its due day passed without it (the API
 * counts `missing` by the report deadlines).
 */
export function lacksReport(figures: RowFigures, quarter: Quarter | null): boolean {
  if (quarter !== null) return (quarterOf(figures.reports.quarters, quarter)?.missing ?? 0) > 0;
  return figures.reports.quarters.some((r) => r.missing > 0) || figures.reports.annual.missing > 0;
}

/** The search ignores tone marks, đ/Đ and case: "khu pho" finds "Chi bộ Khu phố 3". */
export function matchesName(name: string, search: string): boolean {
  const wanted = foldText(search);
  return wanted === '' || foldText(name).includes(wanted);
}

export function filterRows<T extends DashboardRow>(rows: readonly T[], filter: DashboardFilter): T[] {
  return rows.filter(
    (row) =>
      matchesName(row.name, filter.search) &&
      (!filter.missed || missedQuarter(row.figures, filter.quarter)) &&
      (!filter.overdueSteps || row.figures.overdueSteps > 0) &&
      (!filter.noReport || lacksReport(row.figures, filter.quarter)),
  );
}

/**
 * A cell lags when the committee has something to remind it of (seed 002: the committee "thường xuyên kiểm
 * tra, nhắc nhở các chi bộ"): a missed quarter (the chosen one, or any), steps past their month, a plan sent
 * late or not yet sent after the deadline, or a report due and not issued. Only cells are reminded: a child
 * committee's cells are reminded from its own rows (drill down).
 */
export function isLagging(row: DashboardRow, quarter: Quarter | null = null): boolean {
  if (row.kind !== 'cell') return false;
  const f = row.figures;
  return missedQuarter(f, quarter) || f.overdueSteps > 0 || f.plan.late > 0 || lacksReport(f, quarter);
}

export const SORT_KEYS = [
  'name',
  'thematic',
  'regular',
  'plan',
  'overdueSteps',
  'attendance',
  'tasks',
  'reviews',
  'reports',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/** What a sorted column looks at: the chosen quarter, and how many months of the year have ended. */
export interface SortScope {
  quarter?: Quarter | null;
  /** Months of the year over by today (12 for a past year): regular meetings are due in those. */
  monthsEnded?: number;
}

/**
 * The value a row sorts by in a column. Shares (meetings held over those expected, attendance) compare a cell
 * with a committee of many cells fairly; counts (overdue steps, tasks, reviews, reports) rank the largest
 * backlog. No value (nothing expected yet) sorts last in either direction.
 */
export function sortValue(row: DashboardRow, key: Exclude<SortKey, 'name'>, scope: SortScope = {}) {
  const quarter = scope.quarter ?? null;
  const f = row.figures;
  const quarters = quarter === null ? f.quarters : f.quarters.filter((q) => q.quarter === quarter);
  switch (key) {
    case 'thematic':
      return share(
        quarters.reduce((s, q) => s + q.held, 0),
        quarters.reduce((s, q) => s + q.expected, 0),
      );
    case 'regular': {
      const months = f.months.slice(0, scope.monthsEnded ?? 12);
      return share(
        months.reduce((s, m) => s + m.cellsHeld, 0),
        months.reduce((s, m) => s + m.expected, 0),
      );
    }
    case 'plan':
      return f.plan.late;
    case 'overdueSteps':
      return f.overdueSteps;
    case 'attendance':
      return f.attendance.rate;
    case 'tasks':
      return f.tasks.overdue * 100_000 + f.tasks.open;
    case 'reviews':
      return f.reviewsDue;
    case 'reports': {
      const reports =
        quarter === null ? f.reports.quarters : f.reports.quarters.filter((r) => r.quarter === quarter);
      return reports.reduce((s, r) => s + r.missing, 0) + (quarter === null ? f.reports.annual.missing : 0);
    }
  }
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** The rows in a column's order; ties, and the name column, in Vietnamese alphabetical order of the name. */
export function sortRows<T extends DashboardRow>(
  rows: readonly T[],
  key: SortKey,
  direction: SortDirection,
  scope: SortScope = {},
): T[] {
  const sign = direction === 'asc' ? 1 : -1;
  const byName = (a: T, b: T) => collator.compare(a.name, b.name);
  if (key === 'name') return [...rows].sort((a, b) => sign * byName(a, b));
  return [...rows].sort((a, b) => {
    const x = sortValue(a, key, scope);
    const y = sortValue(b, key, scope);
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    return sign * (x - y) || byName(a, b);
  });
}

/** Months of `year` over by `today` (a local date): 12 for a past year, 0 for a future one. */
export function monthsEnded(year: number, today: string): number {
  const thisYear = Number(today.slice(0, 4));
  if (year < thisYear) return 12;
  if (year > thisYear) return 0;
  return Number(today.slice(5, 7)) - 1;
}
