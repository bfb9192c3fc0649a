import { queryOptions } from '@tanstack/react-query';
import { api, apiUrl, type BodyOf } from '../client.ts';
import { keys } from '../query-keys.ts';

// --- commendations (issue 16) -------------------------------------------------------------------------

/** A committee's commendations of its subtree, a cell's own, of a year (or all years); or one member's. */
export const commendationsQuery = (unitId: string, filter: { year?: number; personId?: string }) =>
  queryOptions({
    queryKey: keys.commendations(unitId, filter),
    queryFn: () => api.get('/orgs/{id}/commendations', { path: { id: unitId }, query: filter }),
  });

export type CommendationBody = BodyOf<'/orgs/{id}/commendations', 'post'>;
export const recordCommendation = (committeeId: string, body: CommendationBody) =>
  api.post('/orgs/{id}/commendations', { path: { id: committeeId }, body });
export const changeCommendation = (id: string, body: CommendationBody) =>
  api.put('/commendations/{id}', { path: { id }, body });
export const deleteCommendation = (id: string) => api.delete('/commendations/{id}', { path: { id } });

/** The year's list as .xlsx (a plain link: same-origin cookie, the answer is an attachment). */
export const commendationsExportUrl = (unitId: string, year: number) =>
  apiUrl('/orgs/{id}/commendations/export', { path: { id: unitId }, query: { year } });
