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

/** Late: issued after its due day, or not issued and the day has passed. */
export function isReportLate(dueOn: LocalDate, issuedOn: LocalDate | null, today: LocalDate): boolean {
  return issuedOn === null ? today > dueOn : issuedOn > dueOn;
}

/** Whether a guidance's annual due date can hold the year's report: from 1 December to the end of next January. */
export function isAnnualDueOnValid(year: number, dueOn: string): boolean {
  return isLocalDate(dueOn) && dueOn >= `${year}-12-01` && dueOn <= `${year + 1}-01-31`;
}
