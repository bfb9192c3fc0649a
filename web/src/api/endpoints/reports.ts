import { queryOptions } from '@tanstack/react-query';
import { api } from '../client.ts';
import { keys } from '../query-keys.ts';

// --- reports received by a committee ---------------------------------------------------------------

/** A committee's reports received from the units directly under it in a year, and its cells' missing ones. */
export const receivedReportsQuery = (committeeId: string, year: number) =>
  queryOptions({
    queryKey: keys.receivedReports(committeeId, year),
    queryFn: () => api.get('/orgs/{id}/received-reports', { path: { id: committeeId }, query: { year } }),
  });

/** "Đã nhận": an officer of the committee directly above marks the report received, with an optional remark. */
export const receiveReport = (reportId: string, remark: string | null) =>
  api.post('/issued-reports/{id}/receipt', { path: { id: reportId }, body: { remark } });
