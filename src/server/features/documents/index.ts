/** What other features and the seed use of official documents: issuing the reports a cell sends up. */

export { reportInboxItems } from './inbox.ts';
export { issueMeetingReport, issuePeriodReport } from './reports.ts';
