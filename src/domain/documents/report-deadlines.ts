import { isLocalDate, type LocalDate } from '../dates/local-date.ts';

/**
 * When a cell's period report is due at the committee above. The seeds ask for the reports ("Từng quý có báo cáo",
 * seed 001; "báo cáo cấp ủy cấp trên trực tiếp", seed 000) but set no day: the committee's guidance of the year
 * sets it (*practice*): a quarterly report by a day of the month after the quarter, the annual report by a date.
 * A guidance that sets nothing leaves these defaults (*practice*): the 10th of the next month, and 20 December
 * (the annual report opens on 1 December, documents/issuing.ts).
 */
export interface ReportDeadlines {
  /** Day of the month after the quarter (1–28) by which the quarterly report is due. */
  quarterReportDay: number;
  /** The date the annual report is due, or null for the default (20 December of the year). */
  annualReportDueOn: LocalDate | null;
}

export const DEFAULT_REPORT_DEADLINES: ReportDeadlines = { quarterReportDay: 10, annualReportDueOn: null };

export function periodReportDueOn(
  year: number,
  quarter: number | null,
  deadlines: ReportDeadlines = DEFAULT_REPORT_DEADLINES,
): LocalDate {
  if (quarter === null) return deadlines.annualReportDueOn ?? `${year}-12-20`;
  const next = quarter === 4 ? { year: year + 1, month: 1 } : { year, month: quarter * 3 + 1 };
  const day = String(deadlines.quarterReportDay).padStart(2, '0');
  return `${next.year}-${String(next.month).padStart(2, '0')}-${day}`;
}

/**
 * Whether a unit owes a period's report (*practice*): a quarter's if it existed on the quarter's first day, the
 * year's if it existed when the annual report opens (1 December, documents/issuing.ts). A cell founded mid-quarter
 * reports from the next quarter on.
 */
export function owesPeriodReport(createdOn: LocalDate, year: number, quarter: number | null): boolean {
  return createdOn <= periodReportOwedFrom(year, quarter);
}

/** The day a unit must have existed on to owe a period's report: the quarter's first day, or 1 December. */
export function periodReportOwedFrom(year: number, quarter: number | null): LocalDate {
  return quarter === null ? `${year}-12-01` : `${year}-${String(quarter * 3 - 2).padStart(2, '0')}-01`;
}

/** Late: issued after its due day, or not issued and the day has passed. */
export function isReportLate(dueOn: LocalDate, issuedOn: LocalDate | null, today: LocalDate): boolean {
  return issuedOn === null ? today > dueOn : issuedOn > dueOn;
}

/** Whether a guidance's annual due date can hold the year's report: from 1 December to the end of next January. */
export function isAnnualDueOnValid(year: number, dueOn: string): boolean {
  return isLocalDate(dueOn) && dueOn >= `${year}-12-01` && dueOn <= `${year + 1}-01-31`;
}

/**
 * The deadlines a cell works under for a year: those of the guidance of the nearest committee above it that
 * issued one for the year (seed 000: the cell follows "cấp ủy cấp trên trực tiếp"; a province's guidance reaches a
 * ward's cells only where the ward issued none), its unset fields the defaults; no guidance, the defaults. Two
 * guidance letters of one committee: the later issued. `depth` is the committee's distance above the cell.
 */
export function nearestGuidanceDeadlines(
  guidance: readonly {
    depth: number;
    issuedOn: string;
    quarterReportDay: number | null;
    annualReportDueOn: LocalDate | null;
  }[],
): ReportDeadlines {
  let best: (typeof guidance)[number] | undefined;
  for (const g of guidance)
    if (!best || g.depth < best.depth || (g.depth === best.depth && g.issuedOn > best.issuedOn)) best = g;
  if (!best) return DEFAULT_REPORT_DEADLINES;
  return {
    quarterReportDay: best.quarterReportDay ?? DEFAULT_REPORT_DEADLINES.quarterReportDay,
    annualReportDueOn: best.annualReportDueOn ?? DEFAULT_REPORT_DEADLINES.annualReportDueOn,
  };
}

/** The deadlines of a cell for a year (a lookup over many cells, filled in a fixed number of queries). */
export type ReportDeadlinesOf = (cellId: string, year: number) => ReportDeadlines;

export interface DuePeriodReport {
  year: number;
  quarter: number | null;
  dueOn: LocalDate;
}

/**
 * The period reports of a year whose due day has passed by `today` (the four quarters, then the year): those a
 * committee can count as missing when none was issued.
 */
export function periodReportsDue(
  year: number,
  today: LocalDate,
  deadlines: ReportDeadlines,
): DuePeriodReport[] {
  const periods: DuePeriodReport[] = [];
  for (const quarter of [1, 2, 3, 4, null]) {
    const dueOn = periodReportDueOn(year, quarter, deadlines);
    if (today > dueOn) periods.push({ year, quarter, dueOn });
  }
  return periods;
}
