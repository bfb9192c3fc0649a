import { queryOptions } from '@tanstack/react-query';
import { api, apiUrl } from '../client.ts';
import { keys } from '../query-keys.ts';

// --- the committee's oversight dashboard (issue 15) ---------------------------------------------------

/** A committee's direct children (cells, child committees rolled up) with the year's figures, totals, charts. */
export const oversightQuery = (committeeId: string, year: number) =>
  queryOptions({
    queryKey: keys.oversight(committeeId, year),
    queryFn: () => api.get('/orgs/{id}/oversight', { path: { id: committeeId }, query: { year } }),
  });

/** The same table as .xlsx (a plain link: same-origin cookie, no CSRF on GET; the answer is an attachment). */
export const oversightExportUrl = (committeeId: string, year: number) =>
  apiUrl('/orgs/{id}/oversight/export', { path: { id: committeeId }, query: { year } });
