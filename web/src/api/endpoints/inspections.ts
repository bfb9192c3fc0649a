import { queryOptions } from '@tanstack/react-query';
import { api, apiUrl, type BodyOf, type DocumentFormat } from '../client.ts';
import { keys } from '../query-keys.ts';

// --- inspection and supervision of cells (issue 16) ----------------------------------------------------

/** A committee's inspections (and those of the committees under it), or a cell's own. */
export const inspectionsQuery = (unitId: string) =>
  queryOptions({
    queryKey: keys.inspections(unitId),
    queryFn: () => api.get('/orgs/{id}/inspections', { path: { id: unitId } }),
  });

export const inspectionQuery = (id: string) =>
  queryOptions({
    queryKey: keys.inspection(id),
    queryFn: () => api.get('/inspections/{id}', { path: { id } }),
  });

export const planInspection = (committeeId: string, body: BodyOf<'/orgs/{id}/inspections', 'post'>) =>
  api.post('/orgs/{id}/inspections', { path: { id: committeeId }, body });
export const editInspectionPlan = (id: string, body: BodyOf<'/inspections/{id}', 'put'>) =>
  api.put('/inspections/{id}', { path: { id }, body });
export const deleteInspectionPlan = (id: string) => api.delete('/inspections/{id}', { path: { id } });
export const recordInspectionVisit = (id: string, body: BodyOf<'/inspections/{id}/visit', 'put'>) =>
  api.put('/inspections/{id}/visit', { path: { id }, body });
export const issueInspectionConclusion = (id: string, body: BodyOf<'/inspections/{id}/conclusion', 'post'>) =>
  api.post('/inspections/{id}/conclusion', { path: { id }, body });
export const answerInspectionRequest = (
  id: string,
  body: BodyOf<'/inspection-requests/{id}/answer', 'post'>,
) => api.post('/inspection-requests/{id}/answer', { path: { id }, body });
export const reviewInspectionRequest = (
  id: string,
  body: BodyOf<'/inspection-requests/{id}/review', 'post'>,
) => api.post('/inspection-requests/{id}/review', { path: { id }, body });

export const inspectionConclusionUrl = (id: string, format: DocumentFormat) =>
  apiUrl('/inspections/{id}/conclusion/document', { path: { id }, query: { format } });
