import { queryOptions } from '@tanstack/react-query';
import { api, apiUrl, type BodyOf, type DocumentFormat } from '../client.ts';
import { keys } from '../query-keys.ts';

// --- follow-up --------------------------------------------------------------------------------------

/** The assignments of the cell's ended meetings over a year, where each stands, and the counts. */
export const cellTasksQuery = (cellId: string, year: number) =>
  queryOptions({
    queryKey: keys.cellTasks(cellId, year),
    queryFn: () => api.get('/orgs/{id}/tasks', { path: { id: cellId }, query: { year } }),
  });

/** The assignments meetings gave the signed-in member over a year. */
export const myTasksQuery = (year: number) =>
  queryOptions({
    queryKey: keys.myTasks(year),
    queryFn: () => api.get('/me/tasks', { query: { year } }),
  });

/** One assignment with every report on it (oldest first). */
export const taskQuery = (id: string) =>
  queryOptions({
    queryKey: keys.task(id),
    queryFn: () => api.get('/tasks/{id}', { path: { id } }),
  });

export const reportTask = (id: string, body: BodyOf<'/tasks/{id}/reports', 'post'>) =>
  api.post('/tasks/{id}/reports', { path: { id }, body });

/** A resolution's number and issue date, its reviews and its tasks' counts (any topic answers). */
export const topicReviewsQuery = (topicId: string) =>
  queryOptions({
    queryKey: keys.topicReviews(topicId),
    queryFn: () => api.get('/topics/{id}/reviews', { path: { id: topicId } }),
  });

export const planReview = (topicId: string, body: BodyOf<'/topics/{id}/reviews', 'post'>) =>
  api.post('/topics/{id}/reviews', { path: { id: topicId }, body });

export const reviewQuery = (id: string) =>
  queryOptions({
    queryKey: keys.review(id),
    queryFn: () => api.get('/reviews/{id}', { path: { id } }),
  });

export const saveReview = (id: string, body: BodyOf<'/reviews/{id}', 'put'>) =>
  api.put('/reviews/{id}', { path: { id }, body });
export const deleteReview = (id: string) => api.delete('/reviews/{id}', { path: { id } });
/** Gives the review its BC number; refused (400, by field) while a required part is empty. */
export const issueReview = (id: string) => api.post('/reviews/{id}/issue', { path: { id }, body: {} });

/** The review report ("Báo cáo sơ kết/tổng kết việc thực hiện Nghị quyết") as Word, PDF or print view. */
export const reviewDocumentUrl = (id: string, format: DocumentFormat) =>
  apiUrl('/reviews/{id}/document', { path: { id }, query: { format } });

/** The cell's task follow-up of a year as .xlsx (issue 18). */
export const cellTasksExportUrl = (cellId: string, year: number) =>
  apiUrl('/orgs/{id}/tasks/export', { path: { id: cellId }, query: { year } });
