import { isLocalDate, type LocalDate } from '../dates/local-date.ts';

/**
 * The run a document's number belongs to. Numbers restart each calendar year by default; a unit may
 * number through its party term instead (Hướng dẫn 36-HD/VPTW lets the issuing body number by year or by
 * term): from the day its term began, every document continues one run until the unit sets a new term.
 * Documents dated before that day keep their year's run.
 */
export function numberingPeriod(issuedOn: LocalDate, termFrom: LocalDate | null): string {
  if (!isLocalDate(issuedOn)) throw new RangeError(`${issuedOn} is not a YYYY-MM-DD date`);
  if (termFrom !== null && !isLocalDate(termFrom))
    throw new RangeError(`${termFrom} is not a YYYY-MM-DD date`);
  return termFrom !== null && issuedOn >= termFrom ? `term:${termFrom}` : issuedOn.slice(0, 4);
}
