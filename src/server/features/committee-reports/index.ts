/** What other features use of a committee's report upward: issuing it, and its document. */

export { committeeReportDocumentFor } from './document.ts';
export { issueCommitteeReport } from './service.ts';
