import { queryOptions } from '@tanstack/react-query';
import { api, apiUrl, type BodyOf } from '../client.ts';
import { keys } from '../query-keys.ts';

// --- the year-end review of a cell (issue 16) -----------------------------------------------------------

/** A cell's year-end review: every member for its committee and those above, a member's own line for a member. */
export const yearReviewQuery = (cellId: string, year: number) =>
  queryOptions({
    queryKey: keys.yearReview(cellId, year),
    queryFn: () => api.get('/orgs/{id}/year-review', { path: { id: cellId }, query: { year } }),
  });

export type YearReviewAssessmentBody = BodyOf<'/orgs/{id}/year-review/members/{personId}', 'put'>;
export const saveYearReviewAssessment = (
  cellId: string,
  year: number,
  personId: string,
  body: YearReviewAssessmentBody,
) =>
  api.put('/orgs/{id}/year-review/members/{personId}', {
    path: { id: cellId, personId },
    query: { year },
    body,
  });

export const saveYearReviewSelfAssessment = (
  cellId: string,
  year: number,
  body: BodyOf<'/orgs/{id}/year-review/self-assessment', 'put'>,
) => api.put('/orgs/{id}/year-review/self-assessment', { path: { id: cellId }, query: { year }, body });

export const finaliseYearReview = (cellId: string, year: number) =>
  api.post('/orgs/{id}/year-review/finalise', { path: { id: cellId }, query: { year } });

/** One of the review's two documents (the members' table, the cell's self-assessment) in a format. */
export const yearReviewDocumentUrl = (
  cellId: string,
  year: number,
  part: 'members' | 'cell',
  format: 'docx' | 'pdf' | 'html',
) => apiUrl('/orgs/{id}/year-review/document', { path: { id: cellId }, query: { year, part, format } });

/** The participation thresholds a unit uses (its own, its nearest committee's, or the default). */
export const yearReviewThresholdsQuery = (unitId: string) =>
  queryOptions({
    queryKey: keys.yearReviewThresholds(unitId),
    queryFn: () => api.get('/orgs/{id}/year-review-thresholds', { path: { id: unitId } }),
  });

export type YearReviewThresholdsBody = BodyOf<'/orgs/{id}/year-review-thresholds', 'put'>;
export const saveYearReviewThresholds = (unitId: string, body: YearReviewThresholdsBody) =>
  api.put('/orgs/{id}/year-review-thresholds', { path: { id: unitId }, body });
