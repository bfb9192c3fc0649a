/**
 * What other features use of official documents: issuing a report (its number, its frozen copy), the reports
 * issued, and the review's document that issuing a review freezes.
 */
export { issuedTitle, issueReport } from './issued.ts';
export { issueMeetingReport, issuePeriodReport, reviewDocumentFor } from './reports.ts';
export { findIssued, reportsIssuedUnder } from './store.ts';
