import { queryOptions } from '@tanstack/react-query';
import { api, apiUrl, type BodyOf, type DocumentFormat } from '../client.ts';
import { keys } from '../query-keys.ts';

// --- committee-reports: a committee's own report upward ---------------------------------------------

/** A committee's report of a quarter (or of the year, quarter null): figures, the officer's text, issued or not. */
export const committeeReportQuery = (committeeId: string, year: number, quarter: number | null) =>
  queryOptions({
    queryKey: keys.committeeReport(committeeId, year, quarter),
    queryFn: () =>
      api.get('/orgs/{id}/committee-report', {
        path: { id: committeeId },
        query: { year, quarter: quarter ?? undefined },
      }),
  });

/** Saves the assessment and recommendations, naming the version the officer started from. */
export const saveCommitteeReport = (
  committeeId: string,
  body: BodyOf<'/orgs/{id}/committee-report', 'put'>,
) => api.put('/orgs/{id}/committee-report', { path: { id: committeeId }, body });

/** Issues it: the committee's next BC number, frozen as issued, sent to the committee above. */
export const issueCommitteeReport = (committeeId: string, year: number, quarter: number | null) =>
  api.post('/orgs/{id}/report/issue', { path: { id: committeeId }, body: { year, quarter } });

/** The report as Word, PDF or a print view: the draft, or as issued. */
export const committeeReportUrl = (
  committeeId: string,
  year: number,
  quarter: number | null,
  format: DocumentFormat,
) =>
  apiUrl('/orgs/{id}/report/document', {
    path: { id: committeeId },
    query: { format, year, quarter: quarter ?? undefined },
  });
